import type { ParseArgsConfig } from 'node:util'
import type { CliOutcome } from '../output'
import { inspectCommand } from './inspect'

export interface CommandInput {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
  positionals: string[]
}

export interface Command {
  options: NonNullable<ParseArgsConfig['options']>
  run(input: CommandInput): Promise<CliOutcome>
}

/**
 * The command table. Each command lives in its own module. `schedule` is loaded only when run:
 * `inspect` is timed as a whole process and must not pay at start-up for luxon, zod and
 * date-holidays with every country. (`inspect` stays in the entry: the bundler puts its runtime
 * helpers in a chunk the entry loads eagerly, so splitting it off saves nothing.)
 */
export const commands = {
  inspect: () => Promise.resolve(inspectCommand),
  schedule: async () => (await import('./schedule')).scheduleCommand,
  launch: async () => (await import('./launch')).launchCommand
} satisfies Record<string, () => Promise<Command>>

export type CommandName = keyof typeof commands
