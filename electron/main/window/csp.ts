/**
 * The renderer's Content-Security-Policy, sent as a response header on everything app://
 * serves (the page, its scripts and its module workers, which get their CSP from their own
 * response, not from the page's <meta>). The test bridge sends the same header, so browser
 * tests run under it too. renderer/index.html keeps the same policy as a <meta> for the dev
 * server; test/unit/security checks the two agree.
 */
export const RENDERER_CSP_DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  // Only a header can say this: no other page may frame the app.
  "frame-ancestors 'none'"
] as const

export const RENDERER_CSP = RENDERER_CSP_DIRECTIVES.join('; ')

/** The headers every renderer response carries, whatever its type or status. */
export function rendererSecurityHeaders(): Record<string, string> {
  return {
    'content-security-policy': RENDERER_CSP,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
    'referrer-policy': 'no-referrer'
  }
}
