export { normalizePhone } from './phone/normalizePhone'
export type {
  CountryCode,
  PhoneKind,
  PhoneNote,
  PhoneOptions,
  PhoneReason,
  PhoneResult
} from './phone/types'
export { cleanName } from './name'
export type { CleanName } from './name'
export { cleanEmail } from './email'
export type { CleanEmail } from './email'
export { recheckRow } from './recheckRow'
export { DuplicateIndex } from './duplicateIndex'
export { CleanSession, summarize } from './cleanSession'
export type { SkippedCounts } from './cleanSession'
export { cleanLeads, createCleanSession } from './cleanLeads'
export { findEmailColumn, leadInputs, ruleColumns } from './leadInputs'
export { toInspectRow } from './inspectRow'
export type { InspectRow } from './inspectRow'
export { parseDoNotContact } from './doNotContact'
export type * from './types'
export { isNationwide, isNationwideNumber, hasDddConflict, NATIONWIDE } from './phoneWarnings'
