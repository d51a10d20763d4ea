import { describe, expect, it } from 'vitest'
import { createOpenApiValidator, loadOpenApi, type RequestToValidate } from '../../fakes/openapi'

const kinbox = createOpenApiValidator(loadOpenApi('kinbox'))
const integra = createOpenApiValidator(loadOpenApi('integra'))

function request(over: Partial<RequestToValidate>): RequestToValidate {
  return {
    method: 'GET',
    path: '/',
    query: new URLSearchParams(),
    authorization: 'Bearer t',
    body: undefined,
    ...over
  }
}

describe('OpenAPI request validation', () => {
  it('matches literal paths before templated ones and reads path params', () => {
    const literal = kinbox.validate(request({ method: 'POST', path: '/v3/campaigns/test-event' }))
    expect(literal).toMatchObject({ operation: { template: '/v3/campaigns/test-event' } })
    const templated = kinbox.validate(request({ path: '/v3/campaigns/abc%20d' }))
    expect(templated).toMatchObject({
      operation: { template: '/v3/campaigns/{id}', params: { id: 'abc d' } }
    })
  })

  it('tells an unknown path from a wrong method', () => {
    expect(integra.validate(request({ path: '/api/v1/nope' })).kind).toBe('no_route')
    expect(integra.validate(request({ method: 'DELETE', path: '/api/v1/campaigns' })).kind).toBe(
      'method_not_allowed'
    )
  })

  it('requires the Bearer header where the operation is secured', () => {
    const result = integra.validate(
      request({ path: '/api/v1/campaigns', authorization: undefined })
    )
    expect(result).toMatchObject({ issues: [{ where: 'auth' }] })
  })

  it('accepts the vendor example body and explains what is wrong with a broken one', () => {
    const doc = loadOpenApi('integra')
    const example = (
      doc.paths['/api/v1/campaigns']?.['post']?.requestBody?.content?.['application/json'] as {
        example: Record<string, unknown>
      }
    ).example
    const ok = integra.validate(
      request({ method: 'POST', path: '/api/v1/campaigns', body: example })
    )
    expect(ok).toMatchObject({ issues: [] })
    const broken = { ...example, project_id: 'x', recipients: [{ phone_number: '11999' }] }
    const bad = integra.validate(
      request({ method: 'POST', path: '/api/v1/campaigns', body: broken })
    )
    expect(bad.kind === 'matched' && bad.issues.map((i) => i.message)).toEqual([
      '/project_id must match format "uuid"',
      '/recipients/0/phone_number must match pattern "^\\+[1-9]\\d{7,14}$"'
    ])
  })

  it('resolves $ref schemas and lists enum values', () => {
    const result = kinbox.validate(
      request({ method: 'POST', path: '/v3/campaigns', body: { name: 'x', leadType: 'csv' } })
    )
    expect(result).toMatchObject({
      issues: [
        {
          where: 'body',
          message: '/leadType must be equal to one of the allowed values (lead, file)'
        }
      ]
    })
  })

  it('requires a JSON body where one is required, and flags non-JSON', () => {
    const missing = integra.validate(request({ method: 'POST', path: '/api/v1/campaigns' }))
    expect(missing).toMatchObject({
      issues: [{ where: 'body', message: 'a JSON body is required' }]
    })
    const garbled = integra.validate(
      request({
        method: 'POST',
        path: '/api/v1/campaigns',
        body: '{',
        bodyError: 'body is not valid JSON'
      })
    )
    expect(garbled).toMatchObject({ issues: [{ message: 'body is not valid JSON' }] })
  })

  it('checks query values by their schema and refuses undeclared ones', () => {
    const q = (s: string) => request({ path: '/v1/campaigns', query: new URLSearchParams(s) })
    expect(kinbox.validate(q('limit=10&cursor=abc'))).toMatchObject({ issues: [] })
    expect(kinbox.validate(q('limit=ten'))).toMatchObject({
      issues: [{ message: 'limit must be number' }]
    })
    expect(kinbox.validate(q('name=x'))).toMatchObject({
      issues: [{ message: 'name is not a parameter' }]
    })
  })

  it('takes query parameters documented outside the file', () => {
    const withExtra = createOpenApiValidator(loadOpenApi('kinbox'), {
      extraQuery: {
        'GET /v3/campaigns': [
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500 } }
        ]
      }
    })
    const q = (s: string) => request({ path: '/v3/campaigns', query: new URLSearchParams(s) })
    expect(withExtra.validate(q('limit=500'))).toMatchObject({ issues: [] })
    expect(withExtra.validate(q('limit=501'))).toMatchObject({
      issues: [{ message: 'limit must be <= 500' }]
    })
    expect(kinbox.validate(q('limit=5'))).toMatchObject({
      issues: [{ message: 'limit is not a parameter' }]
    })
  })
})
