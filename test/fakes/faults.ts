import { z } from 'zod'

/**
 * The failures a fake vendor can be told to produce, and which requests get them. One typed
 * shape serves tests in the same process (`fake.setFailure`) and tests in another process
 * (`POST /__fake/faults`, or `--faults` when starting `serve.ts`), so both are JSON-friendly.
 */

const afterHandling = z.boolean().optional()

export const Failure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unauthorized') }),
  /** 400 in the vendor's own error shape. */
  z.object({ kind: z.literal('bad_request'), message: z.string().optional() }),
  /**
   * 5xx. `afterHandling`: the request is acted on first (the campaign IS created) and only
   * then answered with the 5xx; by default nothing happens on the server.
   */
  z.object({
    kind: z.literal('server_error'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
    afterHandling
  }),
  /**
   * 429 with `X-RateLimit-Limit/Remaining/Reset` unless `headers` is false. `reset`:
   * `epoch` (default, as Integra documents) sends now + resetInSeconds in epoch seconds;
   * `seconds` sends the bare delay (`X-RateLimit-Reset: 5`), as some servers do.
   */
  z.object({
    kind: z.literal('rate_limited'),
    resetInSeconds: z.number().nonnegative().optional(),
    headers: z.boolean().optional(),
    reset: z.enum(['epoch', 'seconds']).optional()
  }),
  /** Never answer: the client must give up (abort or time out). `afterHandling`: act first. */
  z.object({ kind: z.literal('hang'), afterHandling }),
  /**
   * Destroy the socket unanswered. By default AFTER acting on the request (the campaign
   * exists, the client never hears so); `afterHandling: false` drops it untouched.
   */
  z.object({ kind: z.literal('drop'), afterHandling })
])
export type Failure = z.infer<typeof Failure>

/** Which requests a failure hits. Every field is optional; all given ones must match. */
export interface FailureScope {
  /** How many matching requests get it, from the `nth` on (default 1; Infinity or 'always'). */
  times?: number | 'always'
  /** Skip the first nth-1 matching requests (default 1: the next matching request). */
  nth?: number
  method?: string
  /**
   * The path without its query: exact (`/v3/campaigns`), a template
   * (`/v3/campaigns/{id}/pause`) or a RegExp (in-process only).
   */
  path?: string | RegExp
  /** A RegExp source, for callers that speak JSON. */
  pathPattern?: string
}

/** The JSON form of one rule, as `POST /__fake/faults` and `--faults` take it. */
export const FaultRule = z.object({
  failure: Failure,
  scope: z
    .object({
      times: z.union([z.number().int().positive(), z.literal('always')]).optional(),
      nth: z.number().int().positive().optional(),
      method: z.string().optional(),
      path: z.string().optional(),
      pathPattern: z.string().optional()
    })
    .optional()
})
export type FaultRule = z.infer<typeof FaultRule>

/** One rule or a list of them. */
export const FaultRules = z.preprocess(
  (input) => (Array.isArray(input) ? input : [input]),
  z.array(FaultRule)
)

interface ActiveRule {
  failure: Failure
  method?: string
  path?: RegExp
  nth: number
  remaining: number
  seen: number
}

export interface FaultMatcher {
  add(failure: Failure, scope?: FailureScope): void
  /** Counts the request against every rule and returns the failure it gets, if any. */
  take(method: string, path: string): Failure | undefined
  clear(): void
  /** The rules still waiting to fire, for `GET /__fake/state`. */
  pending(): { failure: Failure; remaining: number | 'always'; nth: number }[]
}

export function createFaultMatcher(): FaultMatcher {
  let rules: ActiveRule[] = []
  return {
    add(failure, scope = {}) {
      const times = scope.times === 'always' ? Infinity : (scope.times ?? 1)
      const path = pathRegExp(scope)
      rules.push({
        failure: Failure.parse(failure),
        ...(scope.method !== undefined && { method: scope.method.toUpperCase() }),
        ...(path && { path }),
        nth: scope.nth ?? 1,
        remaining: times,
        seen: 0
      })
    },
    take(method, path) {
      const matching = rules.filter((rule) => matches(rule, method, path))
      for (const rule of matching) rule.seen++
      const firing = matching.find((rule) => rule.seen >= rule.nth && rule.remaining > 0)
      if (!firing) return undefined
      firing.remaining--
      rules = rules.filter((rule) => rule.remaining > 0)
      return firing.failure
    },
    clear() {
      rules = []
    },
    pending() {
      return rules.map((rule) => ({
        failure: rule.failure,
        remaining: rule.remaining === Infinity ? 'always' : rule.remaining,
        nth: Math.max(1, rule.nth - rule.seen)
      }))
    }
  }
}

function matches(rule: ActiveRule, method: string, path: string): boolean {
  if (rule.method !== undefined && rule.method !== method) return false
  return rule.path === undefined || rule.path.test(path)
}

function pathRegExp(scope: FailureScope): RegExp | undefined {
  if (scope.pathPattern !== undefined) return new RegExp(scope.pathPattern)
  if (scope.path === undefined) return undefined
  if (scope.path instanceof RegExp) return scope.path
  const source = scope.path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : escapeRegExp(part)))
    .join('')
  return new RegExp(`^${source}$`)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
