const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/**
 * The buffers a request hands over to the worker (moved, not copied: a file's bytes can be
 * hundreds of MB). Only the request's own fields and their fields (`bytes`, `file.data`): the
 * caller builds these for the call and does not read them again.
 */
export function transferables(request: unknown): ArrayBuffer[] {
  if (!isPlainObject(request)) return []
  const found: ArrayBuffer[] = []
  for (const value of Object.values(request)) {
    if (value instanceof ArrayBuffer) found.push(value)
    else if (isPlainObject(value))
      for (const inner of Object.values(value)) if (inner instanceof ArrayBuffer) found.push(inner)
  }
  return [...new Set(found)]
}
