/**
 * A function with `fetch`'s signature that answers from the in-process simulated providers.
 * It routes by origin, method and path and returns `Response` objects; it never opens a
 * socket and never calls the real `fetch`, so a client given it can reach no real API. An
 * address no simulated provider owns fails like an unknown host would.
 */
export interface SimulatedRequest {
  method: string
  path: string
  query: URLSearchParams
  authorization: string | null
  /** The parsed JSON body; undefined when there was none. */
  body: unknown
  /** Set when a body was sent that is not JSON. */
  bodyError?: string
}

export interface SimulatedAnswer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type SimulatedProvider = (
  request: SimulatedRequest
) => SimulatedAnswer | Promise<SimulatedAnswer>

function urlOf(input: string | URL | Request): URL {
  if (input instanceof URL) return input
  return new URL(typeof input === 'string' ? input : input.url)
}

function headerOf(init: RequestInit | undefined, name: string): string | null {
  if (!init?.headers) return null
  return new Headers(init.headers).get(name)
}

function abortError(): DOMException {
  return new DOMException('This operation was aborted', 'AbortError')
}

/** `providers` by origin (`https://kinbox.simulacao.invalid`). */
export function createSimulatedFetch(providers: Record<string, SimulatedProvider>): typeof fetch {
  return async (input, init) => {
    if (init?.signal?.aborted) throw abortError()
    const url = urlOf(input)
    const provider = Object.hasOwn(providers, url.origin) ? providers[url.origin] : undefined
    if (provider === undefined) {
      const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname}`), {
        code: 'ENOTFOUND'
      })
      throw new TypeError('fetch failed', { cause })
    }
    const request: SimulatedRequest = {
      method: (init?.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      authorization: headerOf(init, 'authorization'),
      body: undefined
    }
    if (typeof init?.body === 'string' && init.body !== '') {
      try {
        request.body = JSON.parse(init.body) as unknown
      } catch {
        request.bodyError = 'body is not JSON'
      }
    }
    const answer = await provider(request)
    const text = answer.body === undefined ? null : JSON.stringify(answer.body)
    return new Response(text, {
      status: answer.status,
      headers: {
        ...(text !== null && { 'content-type': 'application/json; charset=utf-8' }),
        ...answer.headers
      }
    })
  }
}
