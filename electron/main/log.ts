/**
 * Main-process logging that cannot print a token: every known secret (registered when it
 * is read or saved) and anything shaped like a bearer credential is masked first.
 */
const secrets = new Set<string>()

export function registerSecret(value: string): void {
  if (value.length >= 4) secrets.add(value)
}

export function forgetSecret(value: string): void {
  secrets.delete(value)
}

export function redact(text: string): string {
  let out = text.replace(/(Bearer\s+)[^\s"',;]+/gi, '$1[redacted]')
  for (const secret of secrets) out = out.split(secret).join('[redacted]')
  return out
}

function render(part: unknown): string {
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`
  if (typeof part === 'string') return part
  try {
    return JSON.stringify(part)
  } catch {
    return String(part)
  }
}

export const log = {
  info: (...parts: unknown[]): void => console.log(redact(parts.map(render).join(' '))),
  warn: (...parts: unknown[]): void => console.warn(redact(parts.map(render).join(' '))),
  error: (...parts: unknown[]): void => console.error(redact(parts.map(render).join(' ')))
}
