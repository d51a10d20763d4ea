import { describe, expect, it, vi } from 'vitest'
import { log, redact, registerSecret } from '../../../electron/main/log'

describe('the main-process log', () => {
  it('masks registered tokens and bearer headers', () => {
    registerSecret('ik_live_deadbeefdeadbeef')
    expect(redact('failed with ik_live_deadbeefdeadbeef in body')).toBe(
      'failed with [redacted] in body'
    )
    expect(redact('Authorization: Bearer abc.def-123')).toBe('Authorization: Bearer [redacted]')
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    log.error(new Error('token ik_live_deadbeefdeadbeef rejected'))
    expect(String(spy.mock.calls[0]?.[0])).not.toContain('deadbeef')
  })
})
