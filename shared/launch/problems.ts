import type { LaunchProvider } from './types'

/**
 * Why no plan could be built. Codes and parameters only: the app's messages.ts and the CLI
 * turn them into pt-BR sentences. buildLaunchPlan never throws for bad input.
 */
export type LaunchProblem =
  /** Nothing left to send once every exclusion is applied. */
  | { code: 'no_launchable_rows' }
  | { code: 'empty_name' }
  /** `start` is not a finite epoch-ms instant. */
  | { code: 'invalid_start' }
  | { code: 'mapping_provider_mismatch'; provider: LaunchProvider; mapping: LaunchProvider }
  | { code: 'missing_settings'; provider: LaunchProvider }
  /** An id (Integra project/agent/phone number, Kinbox channel) is missing or malformed. */
  | { code: 'invalid_id'; provider: LaunchProvider; field: string }
  | { code: 'invalid_settings'; provider: LaunchProvider; field: string; message: string }
  /** Kinbox: the message is empty (or only spaces). */
  | { code: 'empty_message' }
  | { code: 'invalid_time_zone'; timeZone: string }
  /** The calling window (Integra) or business hours (Kinbox) never open. */
  | { code: 'no_open_hours'; provider: LaunchProvider }
  /**
   * Integra: a `dynamic_variables` value over the limit. Not cut silently: the agent would say
   * something else than the sheet holds. `rows` lists at most PROBLEM_ROWS_MAX row numbers.
   */
  | { code: 'value_too_long'; key: string; maxLength: number; count: number; rows: number[] }
  /** A built body failed its provider schema (a bug or a value the schema refuses). */
  | { code: 'invalid_body'; part: number; field: string; message: string }

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
