export const REDACTED = '[redacted]'

/**
 * The forms a server may echo a token in: as is, JSON-escaped (`abc\/def` from encoders that
 * escape slashes, `\"`, `\\`), and URL-encoded (in a query string it quotes back).
 */
function tokenForms(token: string): string[] {
  const json = JSON.stringify(token).slice(1, -1)
  const forms = [
    token,
    json,
    json.replace(/\//g, '\\/'),
    encodeURIComponent(token),
    encodeURI(token)
  ]
  return [...new Set(forms)].filter((form) => form.length > 0).sort((a, b) => b.length - a.length)
}

/** Text with every known form of the token replaced. */
export function redactText(text: string, token: string): string {
  if (token.length === 0) return text
  let out = text
  for (const form of tokenForms(token)) out = out.split(form).join(REDACTED)
  return out
}

/** A parsed body with the token taken out of every string in it, keys included. */
export function redactValue(value: unknown, token: string): unknown {
  if (token.length === 0) return value
  if (typeof value === 'string') return redactText(value, token)
  if (Array.isArray(value)) return value.map((item) => redactValue(item, token))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redactText(key, token), redactValue(item, token)])
    )
  }
  return value
}
