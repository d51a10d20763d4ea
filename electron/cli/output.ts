/** What a command hands back; main.ts turns it into stdout/stderr and an exit code (cli.md). */
export type CliOutcome =
  | { kind: 'ok'; json: unknown; text: string }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unreadable'; code: string; message: string }

export const EXIT = { ok: 0, refused: 1, unreadable: 2 } as const

export class CliError extends Error {
  constructor(
    readonly kind: 'refused' | 'unreadable',
    readonly code: string,
    message: string
  ) {
    super(message)
  }
}

export interface CliStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export function emit(outcome: CliOutcome, asJson: boolean, io: CliStreams): number {
  if (outcome.kind === 'ok') {
    io.stdout(asJson ? JSON.stringify(outcome.json) + '\n' : outcome.text + '\n')
    return EXIT.ok
  }
  const error = { code: outcome.code, message: outcome.message }
  if (asJson) io.stdout(JSON.stringify({ error }) + '\n')
  io.stderr(`leadprep: ${outcome.message} (${outcome.code})\n`)
  return EXIT[outcome.kind]
}
