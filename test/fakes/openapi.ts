import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sharedDir } from '../support/paths'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormats from 'ajv-formats'

/**
 * Checks a request against a vendor's published OpenAPI file (the copies in
 * `../shared/spec/openapi/`), so the fake servers accept exactly what the vendor documents
 * and say in plain words what is wrong with anything else.
 */

export type Vendor = 'kinbox' | 'integra'

type JsonSchema = Record<string, unknown>

export interface OpenApiParameter {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  schema?: JsonSchema
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[]
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> }
  security?: Record<string, string[]>[]
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components?: {
    schemas?: Record<string, JsonSchema>
    securitySchemes?: Record<string, JsonSchema>
  }
  security?: Record<string, string[]>[]
}

const loaded = new Map<Vendor, OpenApiDocument>()

/** Parsed once per process; treat the result as read-only. */
export function loadOpenApi(vendor: Vendor): OpenApiDocument {
  let doc = loaded.get(vendor)
  if (!doc) {
    const file = join(sharedDir(), 'spec', 'openapi', `${vendor}.openapi.json`)
    doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument
    loaded.set(vendor, doc)
  }
  return doc
}

export interface RequestToValidate {
  method: string
  path: string
  query: URLSearchParams
  authorization?: string
  /** Parsed JSON; undefined when there was no body. */
  body: unknown
  /** Set when a body was sent but is not JSON. */
  bodyError?: string
}

export interface MatchedOperation {
  /** The OpenAPI path, e.g. `/v3/campaigns/{id}`. */
  template: string
  method: string
  params: Record<string, string>
}

export type ValidationIssue = { where: 'auth' | 'path' | 'query' | 'body'; message: string }

export type Validation =
  | { kind: 'no_route' }
  | { kind: 'method_not_allowed' }
  | { kind: 'matched'; operation: MatchedOperation; issues: ValidationIssue[] }

export interface ValidatorOptions {
  /**
   * Query parameters the vendor documents outside its OpenAPI file (providers.md), keyed
   * `METHOD /template`, e.g. `GET /v3/campaigns`.
   */
  extraQuery?: Record<string, OpenApiParameter[]>
  /** Reject query parameters the operation does not declare (default true). */
  strictQuery?: boolean
  /**
   * Operations (`METHOD /template`) whose schemas are compiled up front, so a fake's first
   * request is not slowed by compiling (which made short client timeouts flaky).
   */
  precompile?: string[]
}

export interface OpenApiValidator {
  validate(request: RequestToValidate): Validation
}

interface Route {
  template: string
  pattern: RegExp
  names: string[]
  literalLength: number
}

export function createOpenApiValidator(
  doc: OpenApiDocument,
  options: ValidatorOptions = {}
): OpenApiValidator {
  const compile = schemaCompiler(doc)
  const routes = buildRoutes(doc)
  for (const key of options.precompile ?? []) precompileOperation(doc, key, compile)

  function validate(request: RequestToValidate): Validation {
    const found = matchPath(routes, request.path)
    if (!found) return { kind: 'no_route' }
    const method = request.method.toLowerCase()
    const operation = doc.paths[found.template]?.[method]
    if (!operation) return { kind: 'method_not_allowed' }
    const key = `${request.method.toUpperCase()} ${found.template}`
    const parameters = [...(operation.parameters ?? []), ...(options.extraQuery?.[key] ?? [])]
    const issues = [
      ...authIssues(doc, operation, request.authorization),
      ...pathIssues(parameters, found.params, compile),
      ...queryIssues(parameters, request.query, compile, options.strictQuery ?? true),
      ...bodyIssues(operation, request, compile)
    ]
    const matched = { template: found.template, method: request.method.toUpperCase() }
    return { kind: 'matched', operation: { ...matched, params: found.params }, issues }
  }

  return { validate }
}

function schemaCompiler(doc: OpenApiDocument): (schema: JsonSchema) => ValidateFunction {
  // OpenAPI 3.0 schemas carry `example`, `nullable` and friends: not strict JSON Schema.
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  const cache = new Map<JsonSchema, ValidateFunction>()
  return (schema) => {
    let fn = cache.get(schema)
    if (!fn) {
      // `$ref: '#/components/…'` resolves against this root, which carries the components.
      fn = ajv.compile({ allOf: [schema], components: doc.components ?? {} })
      cache.set(schema, fn)
    }
    return fn
  }
}

function precompileOperation(
  doc: OpenApiDocument,
  key: string,
  compile: (schema: JsonSchema) => ValidateFunction
): void {
  const [method = '', template = ''] = key.split(' ')
  const operation = doc.paths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`no operation ${key} in the OpenAPI file`)
  const body = operation.requestBody?.content?.['application/json']?.schema
  if (body) compile(body)
  for (const parameter of operation.parameters ?? []) {
    if (parameter.schema) compile(parameter.schema)
  }
}

function buildRoutes(doc: OpenApiDocument): Route[] {
  const routes = Object.keys(doc.paths).map((template) => {
    const names: string[] = []
    const source = template
      .split(/(\{[^}]+\})/)
      .map((part) => {
        const name = /^\{([^}]+)\}$/.exec(part)?.[1]
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        names.push(name)
        return '([^/]+)'
      })
      .join('')
    const literalLength = template.replace(/\{[^}]+\}/g, '').length
    return { template, pattern: new RegExp(`^${source}$`), names, literalLength }
  })
  // `/v3/campaigns/test-event` must win over `/v3/campaigns/{id}`.
  return routes.sort((a, b) => b.literalLength - a.literalLength)
}

function matchPath(
  routes: Route[],
  path: string
): { template: string; params: Record<string, string> } | null {
  for (const route of routes) {
    const match = route.pattern.exec(path)
    if (!match) continue
    const params: Record<string, string> = {}
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')))
    return { template: route.template, params }
  }
  return null
}

function authIssues(
  doc: OpenApiDocument,
  operation: OpenApiOperation,
  authorization: string | undefined
): ValidationIssue[] {
  const requirements = operation.security ?? doc.security ?? []
  const schemes = doc.components?.securitySchemes ?? {}
  const needsBearer = requirements.some((requirement) =>
    Object.keys(requirement).some((name) => schemes[name]?.['scheme'] === 'bearer')
  )
  if (!needsBearer || /^Bearer \S+$/.test(authorization ?? '')) return []
  return [{ where: 'auth', message: 'Authorization: Bearer <token> header is required' }]
}

function pathIssues(
  parameters: OpenApiParameter[],
  values: Record<string, string>,
  compile: (schema: JsonSchema) => ValidateFunction
): ValidationIssue[] {
  return parameters
    .filter((p) => p.in === 'path')
    .flatMap((p) => checkValue('path', p, values[p.name], compile))
}

function queryIssues(
  parameters: OpenApiParameter[],
  query: URLSearchParams,
  compile: (schema: JsonSchema) => ValidateFunction,
  strict: boolean
): ValidationIssue[] {
  const declared = parameters.filter((p) => p.in === 'query')
  const issues = declared.flatMap((p) => {
    const values = query.getAll(p.name)
    if (values.length > 1) return [{ where: 'query' as const, message: `${p.name} given twice` }]
    return checkValue('query', p, values[0], compile)
  })
  if (!strict) return issues
  const known = new Set(declared.map((p) => p.name))
  const unknown = [...new Set(query.keys())].filter((name) => !known.has(name))
  return [
    ...issues,
    ...unknown.map((name) => ({ where: 'query' as const, message: `${name} is not a parameter` }))
  ]
}

function checkValue(
  where: 'path' | 'query',
  parameter: OpenApiParameter,
  raw: string | undefined,
  compile: (schema: JsonSchema) => ValidateFunction
): ValidationIssue[] {
  if (raw === undefined) {
    return parameter.required ? [{ where, message: `${parameter.name} is required` }] : []
  }
  if (!parameter.schema) return []
  const validator = compile(parameter.schema)
  if (validator(coerce(raw, parameter.schema))) return []
  return formatErrors(where, validator.errors, parameter.name)
}

/** Query and path values arrive as text; numbers and booleans are read as the schema says. */
function coerce(raw: string, schema: JsonSchema): unknown {
  const type = schema['type']
  if ((type === 'number' || type === 'integer') && raw.trim() !== '' && !isNaN(Number(raw))) {
    return Number(raw)
  }
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true'
  return raw
}

function bodyIssues(
  operation: OpenApiOperation,
  request: RequestToValidate,
  compile: (schema: JsonSchema) => ValidateFunction
): ValidationIssue[] {
  if (request.bodyError) return [{ where: 'body', message: request.bodyError }]
  const requestBody = operation.requestBody
  if (!requestBody) return []
  if (request.body === undefined) {
    return requestBody.required ? [{ where: 'body', message: 'a JSON body is required' }] : []
  }
  const schema = requestBody.content?.['application/json']?.schema
  if (!schema) return []
  const validator = compile(schema)
  return validator(request.body) ? [] : formatErrors('body', validator.errors, '')
}

function formatErrors(
  where: ValidationIssue['where'],
  errors: ErrorObject[] | null | undefined,
  name: string
): ValidationIssue[] {
  return (errors ?? [])
    .filter((error) => error.keyword !== 'allOf')
    .map((error) => {
      const at = `${name}${error.instancePath}` || '(root)'
      const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues
      const extra = allowed ? ` (${allowed.map(String).join(', ')})` : ''
      return { where, message: `${at} ${error.message ?? 'is invalid'}${extra}` }
    })
}

const componentValidators = new Map<string, ValidateFunction>()

/**
 * Checks a value against one of the vendor's component schemas (e.g. Kinbox `Campaign`), so
 * the fakes' answers can be held to the shapes the vendor publishes. Returns the problems.
 */
export function componentIssues(vendor: Vendor, schema: string, value: unknown): string[] {
  const key = `${vendor}/${schema}`
  let validate = componentValidators.get(key)
  if (!validate) {
    const doc = loadOpenApi(vendor)
    if (!doc.components?.schemas?.[schema]) throw new Error(`no schema ${schema} in ${vendor}`)
    validate = schemaCompiler(doc)({ $ref: `#/components/schemas/${schema}` })
    componentValidators.set(key, validate)
  }
  if (validate(value)) return []
  return formatErrors('body', validate.errors, schema).map((issue) => issue.message)
}
