import { parseArgs, type ParseArgsConfig } from 'node:util'
import { emit, isCliError, type CliOutcome, type CliStreams } from './output'
import { commands, type Command, type CommandName } from './commands'

const USAGE = `uso: leadprep <comando> [opções]

comandos:
  inspect FILE [--json]      lê e limpa uma lista de leads
  schedule [--json]          calcula o cronograma de uma campanha
  launch --config FILE.json  dispara uma campanha no Kinbox ou na Integra
                             [--dry-run] [--new] [--json]; repetir retoma sem reenviar

Veja a documentação de cada comando com: leadprep <comando> --help`

const table: Readonly<Record<CommandName, () => Promise<Command>>> = commands

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(table, name)
}

/** Runs one command line; returns the exit code. Separate from process so tests can call it. */
export async function runCli(argv: string[], io: CliStreams): Promise<number> {
  const [name, ...rest] = argv
  const asJson = rest.includes('--json')
  if (!isCommand(name)) {
    const outcome: CliOutcome = {
      kind: 'refused',
      code: 'unknown_command',
      message: name ? `comando desconhecido: ${name}\n${USAGE}` : USAGE
    }
    return emit(outcome, asJson, io)
  }
  let outcome: CliOutcome
  try {
    const command: Command = await table[name]()
    const config: ParseArgsConfig = {
      args: rest,
      options: command.options,
      allowPositionals: true,
      strict: true
    }
    const { values, positionals } = parseArgs(config)
    outcome = await command.run({ values, positionals })
  } catch (error) {
    outcome = toOutcome(error)
  }
  return emit(outcome, asJson, io)
}

function toOutcome(error: unknown): CliOutcome {
  if (isCliError(error)) return { kind: error.kind, code: error.code, message: error.message }
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    return { kind: 'refused', code: 'invalid_arguments', message: (error as Error).message }
  }
  return {
    kind: 'refused',
    code: 'internal_error',
    message: String((error as Error)?.message ?? error)
  }
}
