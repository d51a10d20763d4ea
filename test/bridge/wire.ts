/**
 * JSON cannot carry bytes: the bridge sends a Uint8Array as { __bytes: base64 } both ways,
 * where Electron's IPC would structured-clone it. The page side mirrors this in installBridge.
 */
export function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') }
  if (Array.isArray(value)) return value.map(toWire)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
  }
  return value
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire)
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if (typeof record['__bytes'] === 'string' && Object.keys(record).length === 1) {
      return new Uint8Array(Buffer.from(record['__bytes'], 'base64'))
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromWire(v)]))
  }
  return value
}
