/**
 * Runs in the page before the app (Playwright addInitScript): defines `window.leadprep`
 * with the same named methods as the preload, each forwarding over HTTP to the bridge.
 * Self-contained on purpose: Playwright serializes this function into the page.
 */
export function installBridge(args: { methods: Record<string, string>; prefix: string }): void {
  const api: Record<string, (request: unknown) => Promise<unknown>> = {}
  for (const [method, channel] of Object.entries(args.methods)) {
    api[method] = async (request: unknown) => {
      const response = await fetch(args.prefix + encodeURIComponent(channel), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-leadprep-frame': window.top === window ? 'main' : 'sub'
        },
        body: request === undefined ? '' : JSON.stringify(request)
      })
      return (await response.json()) as unknown
    }
  }
  Object.defineProperty(window, 'leadprep', { value: Object.freeze(api), writable: false })
}
