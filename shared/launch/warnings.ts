/**
 * Things the user should know about a plan that do not stop it. Plans carry them as strings
 * (`code` or `code:detail`, e.g. `part_runs_past_window:2`) so that they cross IPC and the
 * journal as plain data; `parseLaunchWarning` reads one back.
 */
export const LAUNCH_WARNING_CODES = [
  /** Integra: the part is expected to call past its window's close (detail: part number). */
  'part_runs_past_window',
  /** Integra: the start was outside the calling window and moved to the next opening. */
  'start_moved_to_window',
  /** Integra: rows send "" for this variable (detail: key). */
  'empty_variable',
  /** A date/money transform could not read some cells; sent as written (detail: key). */
  'transform_failed',
  /** Kinbox: the message uses a placeholder that no mapped variable fills (detail: key). */
  'unknown_placeholder',
  /** Kinbox: "não enviar a linha" on a variable the message does not use (detail: key). */
  'skip_rule_unused',
  /** Kinbox: sending crosses a national holiday its business hours ignore (detail: date). */
  'crosses_holiday',
  /** Kinbox: the predicted finish is more than 7 days after the start. */
  'finish_far'
] as const
export type LaunchWarningCode = (typeof LAUNCH_WARNING_CODES)[number]

export function launchWarning(code: LaunchWarningCode, detail?: string | number): string {
  return detail === undefined ? code : `${code}:${String(detail)}`
}

/** Reads back a string made by `launchWarning` (plans carry nothing else). */
export function parseLaunchWarning(text: string): {
  code: LaunchWarningCode
  detail: string | null
} {
  const colon = text.indexOf(':')
  return colon === -1
    ? { code: text as LaunchWarningCode, detail: null }
    : { code: text.slice(0, colon) as LaunchWarningCode, detail: text.slice(colon + 1) }
}
