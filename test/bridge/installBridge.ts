/**
 * Runs in the page before the app (Playwright addInitScript): defines `window.leadprep`
 * with the same named methods as the preload, each forwarding over HTTP to the bridge.
 * Self-contained on purpose: Playwright serializes this function into the page.
 */
export function installBridge(args: {
  methods: Record<string, string>
  prefix: string
  /** Subscription method → event name (shared/ipc/api.ts `apiEvents`). */
  events?: Record<string, string>
  /** The bridge's server-sent events path (server.ts EVENTS_PATH). */
  eventsPath?: string
  /** File methods (shared/ipc/api.ts `apiFileMethods`) → channel. */
  fileMethods?: Record<string, string>
  /** Where the bridge looks a File's path up (server.ts FILE_PREFIX). */
  filePrefix?: string
}): void {
  const toBase64 = (bytes: Uint8Array): string => {
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    }
    return btoa(binary)
  }
  // A plain loop: Uint8Array.from(string, fn) calls fn per character (seconds for a 14 MB file).
  const fromBase64 = (text: string): Uint8Array => {
    const binary = atob(text)
    const bytes = new Uint8Array(binary.length)
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
    return bytes
  }
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
  const post = async (url: string, request: unknown): Promise<unknown> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-leadprep-frame': window.top === window ? 'main' : 'sub'
      },
      body: request === undefined ? '' : JSON.stringify(toWire(request))
    })
    return fromWire(await response.json())
  }
  const api: Record<string, unknown> = {}
  for (const [method, channel] of Object.entries(args.methods)) {
    api[method] = (request: unknown) => post(args.prefix + encodeURIComponent(channel), request)
  }
  // As the preload: the page hands over a File; its path is looked up outside the page (here
  // by the bridge, among the files the test placed), never taken from the page.
  const fileMethods = args.fileMethods ?? { rememberFile: 'files:remember' }
  for (const [method, channel] of Object.entries(fileMethods)) {
    api[method] = (file: File) =>
      post((args.filePrefix ?? '/__file/') + encodeURIComponent(channel), {
        name: file.name,
        size: file.size
      })
  }
  // Main → page events arrive as server-sent events, one named stream per event.
  let source: EventSource | null = null
  const events = args.events ?? { onLaunchProgress: 'launch:progress' }
  for (const [method, name] of Object.entries(events)) {
    api[method] = (callback: (payload: unknown) => void) => {
      source ??= new EventSource(args.eventsPath ?? '/__events')
      const listener = (event: MessageEvent<string>) => callback(fromWire(JSON.parse(event.data)))
      source.addEventListener(name, listener)
      return () => source?.removeEventListener(name, listener)
    }
  }
  Object.defineProperty(window, 'leadprep', { value: Object.freeze(api), writable: false })
}
