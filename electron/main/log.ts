/**
 * Main-process logging that cannot print a token: every known secret (registered when it is
 * read or saved) and anything shaped like a credential or a phone number is masked first.
 * This is the one redaction home: the log files (logFile.ts) and "Copiar diagnóstico"
 * (diagnostics.ts) go through `redactForLog`; launch error details through `redact`.
 */
const secrets = new Set<string>()

export const REDACTED = '[redacted]'
export const PHONE_REDACTED = '[phone]'

export function registerSecret(value: string): void {
  if (value.length >= 4) secrets.add(value)
}

export function forgetSecret(value: string): void {
  secrets.delete(value)
}

/** Credential shapes masked even when nobody registered them. */
const CREDENTIAL_PATTERNS: ReadonlyArray<readonly [RegExp, string | ((match: string) => string)]> =
  [
    // Authorization: Bearer <token> / Basic <base64>
    [/\b(Bearer|Basic)(\s+)[^\s"',;]+/gi, `$1$2${REDACTED}`],
    // Integra API keys (providers.md): ik_live_ + 64 hex, wherever they appear.
    [/\bik_(?:live|test)_[0-9a-fA-F]{16,}/g, REDACTED],
    // AWS access key ids (AKIA…, ASIA…).
    [/\b(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{16}\b/g, REDACTED],
    // Presigned-URL query parameters (the signature is as good as the key for its lifetime).
    [/\b(X-Amz-(?:Signature|Credential|Security-Token))=[^&\s"']+/gi, `$1=${REDACTED}`],
    // key: value / key=value / "key":"value" where the key names a secret.
    [
      /(["']?\b[\w-]*(?:token|secret|password|passwd|api[_-]?key|apikey|access[_-]?key|authorization|credential)[\w-]*["']?\s*[:=]\s*["']?)(?!Bearer\b|Basic\b)([^\s"',;&}]+)/gi,
      `$1${REDACTED}`
    ],
    // An AWS secret access key: 40 characters of base64 standing on their own, mixing
    // upper case, lower case and digits (a folder path or a word run is left alone).
    [
      /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
      (match) => (/\d/.test(match) && /[A-Z]/.test(match) && /[a-z]/.test(match) ? REDACTED : match)
    ]
  ]

/**
 * Phone numbers: anything E.164-like (+55 11 91234-5678, +5511912345678), a Brazilian number
 * written with its DDD ((11) 91234-5678, 11 91234-5678), and bare runs of 10–11 digits (DDD +
 * number) or 12–13 digits starting with 55.
 */
const PHONE_PATTERNS: readonly RegExp[] = [
  /\+\d[\d\s().-]{6,20}\d/g,
  /\(\d{2}\)\s?9?\d{4}[-\s]?\d{4}\b/g,
  /(?<![\w.-])\d{2}[\s.-]9?\d{4}[-\s.]\d{4}\b/g,
  /(?<![\w.+-])(?:55\d{10,11}|\d{10,11})(?![\w.-])/g
]

/** Known secrets and credential shapes masked (what any text leaving main goes through). */
export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join(REDACTED)
  for (const [pattern, replacement] of CREDENTIAL_PATTERNS)
    out =
      typeof replacement === 'string'
        ? out.replace(pattern, replacement)
        : out.replace(pattern, replacement)
  return out
}

/** `redact`, and phone numbers too: for what is kept on disk or copied for support. */
export function redactForLog(text: string): string {
  let out = redact(text)
  for (const pattern of PHONE_PATTERNS) out = out.replace(pattern, PHONE_REDACTED)
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

export type LogLevel = 'info' | 'warn' | 'error'

/** Where log lines go besides the console (the rotating files, once main has set them up). */
export interface LogSink {
  write(line: string): void
}

let sink: LogSink | null = null

/** Sends every later line (already redacted) to `next` too; null stops it. */
export function setLogSink(next: LogSink | null): void {
  sink = next
}

function emit(level: LogLevel, parts: unknown[]): void {
  const text = redactForLog(parts.map(render).join(' '))
  const print = level === 'info' ? console.log : level === 'warn' ? console.warn : console.error
  print(text)
  try {
    sink?.write(`${new Date().toISOString()} ${level.toUpperCase()} ${text}`)
  } catch {
    // A full disk must not take the app down with it: the console still has the line.
  }
}

export const log = {
  info: (...parts: unknown[]): void => emit('info', parts),
  warn: (...parts: unknown[]): void => emit('warn', parts),
  error: (...parts: unknown[]): void => emit('error', parts)
}
