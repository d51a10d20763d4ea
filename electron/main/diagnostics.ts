import { redact, redactForLog, REDACTED } from './log'

/**
 * "Copiar diagnóstico": what support needs to help, and nothing they must not see. Versions,
 * the OS, the settings with every secret-named field masked, which tokens are set (never
 * their value) and the last log lines; the whole text goes through the log's redaction last.
 */
export interface DiagnosticsInput {
  app: { name: string; version: string; platform: string }
  packaged: boolean
  /** process.versions' electron, chrome, node, v8 (whatever is there). */
  versions: Readonly<Record<string, string | undefined>>
  os: { type: string; release: string; arch: string; locale?: string }
  /** Settings and account settings as stored (they hold no secrets; masked all the same). */
  settings: Readonly<Record<string, unknown>>
  /** Which secrets are set in the keychain: yes/no only. */
  secretsSet: Readonly<Record<string, boolean | null>>
  logLines: readonly string[]
  now: Date
}

export const DIAGNOSTICS_LOG_LINES = 200

const SECRET_KEY = /token|secret|password|passwd|api[_-]?key|apikey|access[_-]?key|credential|auth/i

/** A copy of `value` with every field whose name sounds secret replaced by [redacted]. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        SECRET_KEY.test(key) && item !== null && item !== '' ? REDACTED : withoutSecrets(item)
      ])
    )
  }
  return typeof value === 'string' ? redact(value) : value
}

export function diagnosticsText(input: DiagnosticsInput): string {
  const versions = Object.entries(input.versions)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  const secrets = Object.entries(input.secretsSet)
    .map(([k, set]) => `${k}: ${set === null ? 'unknown' : set ? 'set' : 'not set'}`)
    .join(', ')
  const lines = [
    `${input.app.name} ${input.app.version} (${input.packaged ? 'packaged' : 'development'})`,
    `Generated: ${input.now.toISOString()}`,
    `Versions: ${versions}`,
    `OS: ${input.os.type} ${input.os.release} ${input.os.arch} (${input.app.platform})` +
      (input.os.locale ? `, locale ${input.os.locale}` : ''),
    `Secrets in the keychain: ${secrets || 'none'}`,
    '',
    'Settings:',
    JSON.stringify(withoutSecrets(input.settings), null, 2),
    '',
    `Last ${input.logLines.length} log lines:`,
    ...input.logLines
  ]
  return redactForLog(lines.join('\n'))
}
