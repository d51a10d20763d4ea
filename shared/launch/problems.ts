import { z } from 'zod'
import { LaunchProvider } from './types'

const problem = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) =>
  z.object({ code: z.literal(code), ...shape })

/**
 * Why no plan could be built. Codes and parameters only: the app's messages.ts and the CLI
 * turn them into pt-BR sentences. buildLaunchPlan never throws for bad input.
 */
export const LaunchProblem = z.discriminatedUnion('code', [
  /** Nothing left to send once every exclusion is applied. */
  problem('no_launchable_rows', {}),
  problem('empty_name', {}),
  /** `start` is not a finite epoch-ms instant. */
  problem('invalid_start', {}),
  problem('mapping_provider_mismatch', { provider: LaunchProvider, mapping: LaunchProvider }),
  problem('missing_settings', { provider: LaunchProvider }),
  /** An id (Integra project/agent/phone number, Kinbox channel) is missing or malformed. */
  problem('invalid_id', { provider: LaunchProvider, field: z.string() }),
  problem('invalid_settings', { provider: LaunchProvider, field: z.string(), message: z.string() }),
  /** Kinbox: the message is empty (or only spaces). */
  problem('empty_message', {}),
  problem('invalid_time_zone', { timeZone: z.string() }),
  /** The calling window (Integra) or business hours (Kinbox) never open. */
  problem('no_open_hours', { provider: LaunchProvider }),
  /**
   * Integra: a `dynamic_variables` value over the limit. Not cut silently: the agent would say
   * something else than the sheet holds. `rows` lists at most PROBLEM_ROWS_MAX row numbers.
   */
  problem('value_too_long', {
    key: z.string(),
    maxLength: z.number(),
    count: z.number(),
    rows: z.array(z.number())
  }),
  /** A built body failed its provider schema (a bug or a value the schema refuses). */
  problem('invalid_body', { part: z.number(), field: z.string(), message: z.string() })
])
export type LaunchProblem = z.infer<typeof LaunchProblem>

export type LaunchProblemCode = LaunchProblem['code']

/** Row lists in problems and warnings travel capped; `count` keeps the full number. */
export const PROBLEM_ROWS_MAX = 20

/** Fields of the settings that hold provider ids: a bad one is `invalid_id`. */
export const ID_FIELDS: ReadonlySet<string> = new Set([
  'project_id',
  'agent_id',
  'phone_number_id',
  'channelId'
])
