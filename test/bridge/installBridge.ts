/**
 * Runs in the page before the app (Playwright addInitScript): defines `window.leadprep`
 * with the same named methods as the preload, each forwarding over HTTP to the bridge.
 * Self-contained on purpose: Playwright serializes this function into the page.
 */
export function installBridge(args: { methods: Record<string, string>; prefix: string }): void {
  const toBase64 = (bytes: Uint8Array): string => {
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    }
    return btoa(binary)
  }
  const fromBase64 = (text: string): Uint8Array =>
    Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  const toWire = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { __bytes: toBase64(value) }
    if (Array.isArray(value)) return value.map(toWire)
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
    }
    return value
  }
  const fromWire = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fromWire)
    if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>
      const bytes = record['__bytes']
      if (typeof bytes === 'string' && Object.keys(record).length === 1) return fromBase64(bytes)
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fromWire(v)]))
    }
    return value
  }
  const api: Record<string, unknown> = {
    // No file paths in a browser: "Recentes" fills from the open dialog only.
    pathForFile: () => null
  }
  for (const [method, channel] of Object.entries(args.methods)) {
    api[method] = async (request: unknown) => {
      const response = await fetch(args.prefix + encodeURIComponent(channel), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-leadprep-frame': window.top === window ? 'main' : 'sub'
        },
        body: request === undefined ? '' : JSON.stringify(toWire(request))
      })
      return fromWire(await response.json())
    }
  }
  Object.defineProperty(window, 'leadprep', { value: Object.freeze(api), writable: false })
}
