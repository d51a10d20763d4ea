import type { ParseArgsConfig } from 'node:util'
import type { CliOutcome } from '../output'
import { scheduleCommand } from './schedule'
import { inspectCommand } from './inspect'

export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

export interface Command {
  options: NonNullable<ParseArgsConfig['options']>
  run(input: CommandInput): Promise<CliOutcome>
}

/** The command table. Each command lives in its own module and is registered here. */
export const commands = {
  schedule: scheduleCommand,
  inspect: inspectCommand
} satisfies Record<string, Command>

export type CommandName = keyof typeof commands
