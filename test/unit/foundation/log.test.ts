import { describe, expect, it, vi } from 'vitest'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { log, redact, redactForLog, registerSecret, setLogSink } from '../../../electron/main/log'
import { createRotatingLog } from '../../../electron/main/logFile'

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

describe('redaction for the log files and the diagnostics', () => {
  it('masks a Bearer token, an S3 key pair, a presigned signature and +55 phones', () => {
    const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    const line = [
      'GET /v1/campaigns Authorization: Bearer eyJhbGciOi.abc-123_DEF',
      `s3 access AKIAIOSFODNN7EXAMPLE secret ${secretKey}`,
      'url https://b.s3.amazonaws.com/leads.csv?X-Amz-Signature=abcdef0123&X-Amz-Credential=AKIA%2F',
      'lead +55 11 91234-5678, also +5521987654321 and (31) 3456-7890 and 11987654321'
    ].join('\n')
    const out = redactForLog(line)
    for (const leaked of [
      'eyJhbGciOi',
      'AKIAIOSFODNN7EXAMPLE',
      secretKey,
      'abcdef0123',
      '91234-5678',
      '5521987654321',
      '3456-7890',
      '11987654321'
    ])
      expect(out, leaked).not.toContain(leaked)
    expect(out).toContain('Bearer [redacted]')
    expect(out).toContain('lead [phone]')
  })

  it('masks secret-named fields and leaves ordinary words, paths and ids alone', () => {
    expect(redact('{"accessToken":"abc123xyz","secretAccessKey":"k"}')).toBe(
      '{"accessToken":"[redacted]","secretAccessKey":"[redacted]"}'
    )
    const ordinary =
      '[store] settings damaged: kept 3, dropped 1 in /home/ana/Documentos/Planilhas/Clientes/leads.csv'
    expect(redactForLog(ordinary)).toBe(ordinary)
    expect(redactForLog('launch 6650f0c1a2b3c4d5e6f70809 part 2')).toBe(
      'launch 6650f0c1a2b3c4d5e6f70809 part 2'
    )
  })

  it('keeps phones out of the lines it writes to its sink', () => {
    const lines: string[] = []
    setLogSink({ write: (line) => lines.push(line) })
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      log.warn('provider refused +55 (11) 91234-5678 with Bearer tok_live_1234567890')
    } finally {
      setLogSink(null)
      spy.mockRestore()
    }
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^\d{4}-\d{2}-\d{2}T[\d:.]+Z WARN provider refused \[phone\] with Bearer \[redacted\]$/
    )
  })
})

describe('the rotating log files', () => {
  it('rotates at the size cap, keeps N files and reads back the last lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadprep-log-'))
    try {
      const file = createRotatingLog({ dir, maxBytes: 1024, keep: 3 })
      for (let i = 0; i < 100; i++)
        file.write(`line ${String(i).padStart(3, '0')} ${'x'.repeat(40)}`)
      const names = readdirSync(dir).sort()
      expect(names).toEqual(['leadprep.1.log', 'leadprep.2.log', 'leadprep.log'])
      for (const name of names) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(1024)
      expect(file.files()).toHaveLength(3)
      const tail = file.tail(30)
      expect(tail).toHaveLength(30)
      expect(tail.at(-1)).toMatch(/^line 099 /)
      expect(tail[0]).toMatch(/^line 070 /)
      // The oldest lines went with the file that fell off the end.
      expect(readFileSync(join(dir, 'leadprep.2.log'), 'utf8')).not.toContain('line 000 ')
      // A new start appends to the same files.
      createRotatingLog({ dir, maxBytes: 1024, keep: 3 }).write('after restart')
      expect(file.tail(1)).toEqual(['after restart'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
