import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import { KinboxCreateCampaign } from '../../../shared/providers/kinbox/schemas'
import { createOpenApiValidator, loadOpenApi, type Vendor } from '../../fakes/openapi'
import { integraBody } from './helpers'

/**
 * Our zod request schemas must agree with the vendor's OpenAPI on every boundary: a body we
 * accept is one the API accepts, and one we refuse is one it would refuse.
 */

const validators = {
  kinbox: createOpenApiValidator(loadOpenApi('kinbox')),
  integra: createOpenApiValidator(loadOpenApi('integra'))
}

function openApiAccepts(vendor: Vendor, path: string, body: unknown): boolean {
  const validation = validators[vendor].validate({
    method: 'POST',
    path,
    query: new URLSearchParams(),
    authorization: 'Bearer t',
    body
  })
  if (validation.kind !== 'matched') throw new Error(`no operation for ${path}`)
  return validation.issues.length === 0
}

type Case = [label: string, body: unknown, valid: boolean]

function agree(vendor: Vendor, path: string, schema: z.ZodType, cases: Case[]) {
  it.each(cases)('%s', (_label, body, valid) => {
    expect(openApiAccepts(vendor, path, body)).toBe(valid)
    expect(schema.safeParse(body).success).toBe(valid)
  })
}

const base = integraBody()
const recipient = (over: Record<string, unknown>) => ({ ...base, recipients: [over] })
const config = (over: Record<string, unknown>) => ({ ...base, config: over })
const phones = (n: number) => Array.from({ length: n }, () => ({ phone_number: '+5511999999999' }))
const { agent_id: _dropped, ...withoutAgent } = base

describe('Integra create body: zod and OpenAPI agree', () => {
  agree('integra', '/api/v1/campaigns', IntegraCreateCampaign, [
    ['the base body', base, true],
    ['empty name', { ...base, name: '' }, false],
    ['missing agent_id', withoutAgent, false],
    ['project_id not a uuid', { ...base, project_id: 'proj-1' }, false],
    ['scheduled_at in UTC', { ...base, scheduled_at: '2026-03-25T14:00:00Z' }, true],
    ['scheduled_at with millis', { ...base, scheduled_at: '2026-03-25T14:00:00.123-03:00' }, true],
    ['scheduled_at without offset', { ...base, scheduled_at: '2026-03-25T14:00:00' }, false],
    ['scheduled_at date only', { ...base, scheduled_at: '2026-03-25' }, false],
    ['no recipients', { ...base, recipients: [] }, false],
    ['10,000 recipients', { ...base, recipients: phones(10_000) }, true],
    ['10,001 recipients', { ...base, recipients: phones(10_001) }, false],
    ['phone without +', recipient({ phone_number: '5511999999999' }), false],
    ['phone starting +0', recipient({ phone_number: '+0511999999999' }), false],
    ['phone of 7 digits', recipient({ phone_number: '+1234567' }), false],
    ['phone of 8 digits', recipient({ phone_number: '+12345678' }), true],
    ['phone of 15 digits', recipient({ phone_number: '+123456789012345' }), true],
    ['phone of 16 digits', recipient({ phone_number: '+1234567890123456' }), false],
    ['phone with spaces', recipient({ phone_number: '+55 11 99999 9999' }), false],
    [
      'variable of 1,000 chars',
      recipient({ phone_number: '+5511999999999', dynamic_variables: { a: 'x'.repeat(1000) } }),
      true
    ],
    [
      'variable of 1,001 chars',
      recipient({ phone_number: '+5511999999999', dynamic_variables: { a: 'x'.repeat(1001) } }),
      false
    ],
    [
      'variable not a string',
      recipient({ phone_number: '+5511999999999', dynamic_variables: { a: 1 } }),
      false
    ],
    [
      'recipient_name not a string',
      recipient({ phone_number: '+5511999999999', recipient_name: 3 }),
      false
    ],
    ['call_timeout 14', config({ call_timeout: 14 }), false],
    [
      'call_timeout 15 and 120 bounds',
      config({ call_timeout: 120, machine_detection_timeout: 5 }),
      true
    ],
    ['call_timeout 121', config({ call_timeout: 121 }), false],
    ['call_timeout not an integer', config({ call_timeout: 45.5 }), false],
    ['machine_detection_timeout 61', config({ machine_detection_timeout: 61 }), false],
    [
      'voicemail_mode tts with message',
      config({ voicemail_mode: 'tts', voicemail_tts_message: 'x'.repeat(500) }),
      true
    ],
    ['voicemail_mode unknown', config({ voicemail_mode: 'beep' }), false],
    ['voicemail message of 501', config({ voicemail_tts_message: 'x'.repeat(501) }), false],
    ['outbound_auto_greet as text', config({ outbound_auto_greet: 'yes' }), false],
    ['max_concurrent 0', config({ max_concurrent: 0 }), false],
    ['max_concurrent 1 and 10', config({ max_concurrent: 10 }), true],
    ['max_concurrent 11', config({ max_concurrent: 11 }), false]
  ])
})

describe('Kinbox create body: zod and OpenAPI agree', () => {
  const kinbox = { name: 'Campanha', channelType: '1', leadType: 'file', chunkSize: 100 }
  agree('kinbox', '/v3/campaigns', KinboxCreateCampaign, [
    ['a minimal body', { name: 'x' }, true],
    ['a typical body', kinbox, true],
    ['missing name', { chunkSize: 1 }, false],
    ['name not a string', { name: 5 }, false],
    ['channelType 10', { ...kinbox, channelType: '10' }, false],
    ['channelType as a number', { ...kinbox, channelType: 1 }, false],
    ['leadType csv', { ...kinbox, leadType: 'csv' }, false],
    ['chunkSize as text', { ...kinbox, chunkSize: '100' }, false],
    ['assetsUrls with a number', { ...kinbox, assetsUrls: [1] }, false],
    ['template as an array', { ...kinbox, template: [] }, false],
    ['template as an object', { ...kinbox, template: { id: 't' } }, true],
    [
      'normalizeBrazilPhoneNumbers as text',
      { ...kinbox, normalizeBrazilPhoneNumbers: 'false' },
      false
    ]
  ])
})
