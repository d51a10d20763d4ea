/** What a command hands back; main.ts turns it into stdout/stderr and an exit code (cli.md). */
export type CliOutcome =
  | {
      kind: 'ok'
      json: unknown
      text: string
      /** The `--json` text in pieces, for documents too big to stringify at once (inspect). */
      jsonPieces?: () => Iterable<string>
      /** A result that is not a success (a launch with a part not created): exit 1. */
      exitCode?: number
    }
  | { kind: 'refused'; code: string; message: string }
  | { kind: 'unreadable'; code: string; message: string }

export const EXIT = { ok: 0, refused: 1, unreadable: 2 } as const

export class CliError extends Error {
  /** out/cli/schedule.cjs is built apart with its own copy of this class: check the brand. */
  readonly isCliError = true
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
  /**
   * Resolves once stdout has taken what was written. A pipe read slowly would otherwise queue
   * the whole `--json` of a 200 MB file in memory; absent in tests (a string sink).
   */
  drained?: () => Promise<void>
}

export async function emit(outcome: CliOutcome, asJson: boolean, io: CliStreams): Promise<number> {
  if (outcome.kind === 'ok') {
    if (asJson && outcome.jsonPieces !== undefined) {
      for (const piece of outcome.jsonPieces()) {
        io.stdout(piece)
        await io.drained?.()
      }
      io.stdout('\n')
    } else io.stdout(asJson ? JSON.stringify(outcome.json) + '\n' : outcome.text + '\n')
    return outcome.exitCode ?? EXIT.ok
  }
  const error = { code: outcome.code, message: outcome.message }
  if (asJson) io.stdout(JSON.stringify({ error }) + '\n')
  io.stderr(`leadprep: ${outcome.message} (${outcome.code})\n`)
  return EXIT[outcome.kind]
}

/** A CliError from this bundle or from a command built into a file of its own. */
export function isCliError(error: unknown): error is CliError {
  return (
    error instanceof CliError ||
    (error instanceof Error && (error as Partial<CliError>).isCliError === true)
  )
}
