// The campaign timing model (timing.md): the one entry point for the app, the launch and the CLI.
export * from './businessHours'
export { summarizeHours, type SummaryLanguage } from './hoursSummary'
export { planCampaign } from './plan'
export type * from './types'
export {
  planWarnings,
  busiest24h,
  WHATSAPP_TIERS,
  type PlanWarning,
  type WhatsAppTier,
  type WarningOptions
} from './warnings'
export { brazilianHolidaysBetween, type NationalHoliday } from './holidays'
export {
  planIntegraParts,
  INTEGRA_MAX_PART,
  type IntegraPart,
  type IntegraPartsInput
} from './integra'
export { warningMessage, timingErrorMessage, humanTime, type MessageLanguage } from './messages'
export { DEFAULT_TIME_ZONE, formatInstant, resolveZone } from './zone'
export {
  CallingCursor,
  callingCursor,
  scheduleCalls,
  DEFAULT_CALLING_HOURS,
  DEFAULT_CALLING_WINDOW,
  type CallingWindowSpec,
  type CallingWindowError,
  type CallingScheduleResult,
  type ScheduledCalls
} from './callingWindow'
