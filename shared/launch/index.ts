/** The launch plan (issue 10): built once, here, for the app's worker and `leadprep launch`. */
export * from './types'
export { buildLaunchPlan, type LaunchInput, type LaunchPlanResult } from './buildPlan'
export {
  collectLaunchRows,
  launchExclusion,
  tableCells,
  NATIONWIDE_WARNING,
  type CellAccessor,
  type CleanRowFacts,
  type CollectedRows,
  type LaunchChoices
} from './collectRows'
export { PROBLEM_ROWS_MAX, type LaunchProblem, type LaunchProblemCode } from './problems'
export {
  LAUNCH_WARNING_CODES,
  launchWarning,
  parseLaunchWarning,
  type LaunchWarningCode
} from './warnings'
export {
  writeLeadsCsv,
  writeLeadsFile,
  writeLeadsXlsx,
  LEADS_SHEET_NAME,
  type LeadsFileBytes,
  type LeadsFileFormat
} from './leadsFile'
