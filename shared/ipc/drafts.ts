import { z } from 'zod'
import { MAX_SHEET_COLUMNS, MAX_SHEET_ROWS } from '../import/limits'
import { MAX_FILE_BYTES } from '../import/readLeadFile'
import { emptyValueSchema } from '../mapping/mapping'
import { transformSchema } from '../mapping/transforms'
import { providerSchema } from '../providers/provider'
import { ClockTimeSchema, WEEKDAYS } from '../timing/businessHours'
import { WHATSAPP_TIERS } from '../timing/warnings'
import { PageBytes } from './pagePayloads'
import { FileBytes } from './schemas'

/**
 * A draft: the user's work on one imported file, saved by main in the user-data folder
 * (`drafts/<draftId>/draft.json`, the file itself copied beside it as `source.<ext>`) so that
 * a reload, a crash or a power cut loses nothing. Plain data, every string and list capped:
 * a compromised page must not make main write gigabytes. Nothing here is a secret: a draft
 * names the account's ids, never a token.
 */

/** Main makes the ids (drafts:save without one, drafts:duplicate); the page may too. */
export const DRAFT_ID_PATTERN = /^[0-9a-f]{24}$/
export const DraftId = z.string().regex(DRAFT_ID_PATTERN)

/** The steps of the flow, as the page's navigation names them. */
export const DRAFT_STEPS = ['import', 'clean', 'map', 'schedule', 'launch'] as const
export const DraftStep = z.enum(DRAFT_STEPS)
export type DraftStep = z.infer<typeof DraftStep>

export const MAX_DRAFT_CELL_EDITS = 100_000
export const MAX_DRAFT_VARIABLES = 200
/** The whole draft as JSON (exclusions of a million rows fit; a runaway page does not). */
export const MAX_DRAFT_JSON_CHARS = 32 * 1024 * 1024
/** Launch ids are launch/launchId.ts's 24 hex characters. */
export const DraftLaunchId = z.string().regex(/^[0-9a-f]{24}$/)

const text = (max: number) => z.string().max(max)
/** A position among the data rows (the worker's stable id for edits). */
const DataRow = z.int().nonnegative().max(MAX_SHEET_ROWS)
const ColumnIndex = z.int().nonnegative().max(MAX_SHEET_COLUMNS)

/**
 * Which file the draft is about; main checks its copy against `size` and `sha256`. For a
 * password-protected workbook (`protected`) these are the ORIGINAL, still-encrypted file's:
 * the draft keeps that file and never its decrypted bytes nor the password, so reopening it
 * asks for the password again. Drafts saved before this field existed read as not protected.
 */
export const DraftSource = z
  .object({
    fileName: z.string().min(1).max(512),
    size: z.int().nonnegative().max(MAX_FILE_BYTES),
    /** Lower-case hex SHA-256 of the file's bytes (crypto.subtle.digest in the page). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    protected: z.boolean().default(false)
  })
  .strict()
export type DraftSource = z.infer<typeof DraftSource>

/** Importar's column choices: a header name, '' for none (DDD, name); absent is automatic. */
export const DraftColumns = z
  .object({ phone: text(1_000), ddd: text(1_000), name: text(1_000) })
  .partial()
  .strict()

/** One row's edited cells in Limpar (only the cells the user changed). */
export const DraftCellEdit = z
  .object({ phone: text(1_000), ddd: text(1_000), name: text(1_000), email: text(1_000) })
  .partial()
  .strict()
export type DraftCellEdit = z.infer<typeof DraftCellEdit>

/** Data-row position (as decimal text: a JSON key) → edited cells. */
export const DraftCellEditKey = z.string().regex(/^(0|[1-9]\d{0,6})$/)
export const DraftCellEdits = z
  .record(DraftCellEditKey, DraftCellEdit)
  .refine((edits) => Object.keys(edits).length <= MAX_DRAFT_CELL_EDITS, { message: 'too_many' })

const DraftEmptyValue = emptyValueSchema.refine(
  (e) => e.kind !== 'default' || e.value.length <= 2_000,
  {
    message: 'too_long'
  }
)

/** A Mapear variable as the user edits it (key maybe still invalid, column maybe unchosen). */
export const DraftVariable = z
  .object({
    key: text(200),
    column: ColumnIndex.nullable(),
    transform: transformSchema.nullable(),
    empty: DraftEmptyValue
  })
  .strict()
export type DraftVariable = z.infer<typeof DraftVariable>

/**
 * Mapear's state (the renderer's DraftMapping without its local ids): shared/mapping's own
 * pieces (provider, transforms, empty-cell rules); `toMapping` turns it into a `Mapping`.
 */
export const DraftMapping = z
  .object({
    provider: providerSchema,
    phone: ColumnIndex.nullable(),
    ddd: ColumnIndex.nullable(),
    name: ColumnIndex.nullable(),
    variables: z.array(DraftVariable).max(MAX_DRAFT_VARIABLES)
  })
  .strict()
export type DraftMapping = z.infer<typeof DraftMapping>

/** A time as the hours editor holds it: HH:MM, or '' while the user is typing. */
const EditorClock = z.union([ClockTimeSchema, z.literal('')])
const EditorDay = z
  .object({
    active: z.boolean(),
    intervals: z.array(z.object({ open: EditorClock, close: EditorClock }).strict()).max(24)
  })
  .strict()
const EditorWeek = z.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, EditorDay])) as Record<
    (typeof WEEKDAYS)[number],
    typeof EditorDay
  >
)

const WhatsAppTier = z.literal(WHATSAPP_TIERS)

/** Agendar's form as typed (the renderer's ScheduleForm), both providers' fields. */
export const DraftSchedule = z
  .object({
    leadsText: text(32),
    startMode: z.enum(['now', 'at']),
    /** `YYYY-MM-DDTHH:mm`, a wall time in `timeZone` ('' while unset). */
    startLocal: text(32),
    chunkSizeText: text(32),
    messageGapText: text(32),
    chunkGapText: text(32),
    timeZone: text(64),
    hoursSource: z.enum(['account', 'editor', 'none']),
    selectedSetId: text(200).nullable(),
    editor: EditorWeek.strict(),
    tier: WhatsAppTier,
    maxConcurrentText: text(32),
    averageCallText: text(32),
    integraSequential: z.boolean()
  })
  .strict()
export type DraftSchedule = z.infer<typeof DraftSchedule>

/** The destination's ids as chosen (never a token or an S3 secret). */
export const DraftAccount = z
  .object({
    kinboxChannelId: text(200),
    kinboxOperatorName: text(200),
    kinboxBusinessHoursId: text(200),
    integraProjectId: text(200),
    integraAgentId: text(200),
    integraPhoneNumberId: text(200)
  })
  .partial()
  .strict()
export type DraftAccount = z.infer<typeof DraftAccount>

const contentShape = {
  source: DraftSource,
  /** Importar: the sheet and header row read (null: the automatic choice). */
  sheet: text(255).nullable(),
  headerRow: z.int().nonnegative().max(MAX_SHEET_ROWS).nullable(),
  columns: DraftColumns,
  /** Limpar. */
  cellEdits: DraftCellEdits,
  exclusions: z.array(DataRow).max(MAX_SHEET_ROWS),
  /** `field_count` rows the user confirmed. */
  fieldCountConfirmations: z.array(DataRow).max(MAX_SHEET_ROWS),
  nationwideConfirmed: z.boolean(),
  defaultDdd: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  keep: z.enum(['first', 'last']),
  /** Mapear. */
  mapping: DraftMapping.nullable(),
  message: text(20_000),
  voicemail: z.object({ enabled: z.boolean(), text: text(2_000) }).strict(),
  /** Agendar (null until the user has been there). */
  schedule: DraftSchedule.nullable(),
  /** Disparar. */
  provider: providerSchema,
  account: DraftAccount.nullable(),
  campaignName: text(200),
  stepReached: DraftStep,
  /** Leads the launch would send, as last counted (null before Limpar has counted). */
  leadsCount: z.int().nonnegative().max(5_000_000).nullable()
}

/** Limpar's choices on the current list, keyed by data-row position (the lead worker's view). */
export const DraftLimpar = z.object({
  cellEdits: contentShape.cellEdits,
  exclusions: contentShape.exclusions,
  fieldCountConfirmations: contentShape.fieldCountConfirmations,
  nationwideConfirmed: contentShape.nationwideConfirmed,
  defaultDdd: contentShape.defaultDdd,
  keep: contentShape.keep
})
export type DraftLimpar = z.infer<typeof DraftLimpar>

const fitsTheCap = (value: unknown): boolean => JSON.stringify(value).length <= MAX_DRAFT_JSON_CHARS

/** What the page saves: everything but main's own fields (id, times, launchId). */
export const DraftContent = z
  .object(contentShape)
  .strict()
  .refine(fitsTheCap, { message: 'too_large' })
export type DraftContent = z.infer<typeof DraftContent>

/** A draft as stored and as drafts:open returns it. */
export const Draft = z
  .object({
    ...contentShape,
    id: DraftId,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Set by drafts:mark-launched: the launch this draft became (Campanhas shows it). */
    launchId: DraftLaunchId.nullable()
  })
  .strict()
export type Draft = z.infer<typeof Draft>

/** "Rascunhos recentes": one line per draft (no path, no bytes). */
export const DraftSummary = z.object({
  draftId: DraftId,
  fileName: z.string().max(512),
  size: z.int().nonnegative(),
  updatedAt: z.string(),
  stepReached: DraftStep,
  leadsCount: z.int().nonnegative().nullable(),
  campaignName: z.string().max(200),
  provider: providerSchema,
  launchId: DraftLaunchId.nullable(),
  /** false when the copy of the file is missing (drafts:open would fail). */
  sourceAvailable: z.boolean(),
  /** The copy is a password-protected workbook: opening the draft asks for the password. */
  protected: z.boolean().default(false)
})
export type DraftSummary = z.infer<typeof DraftSummary>

export const DraftSaveRequest = z
  .object({
    /** Absent for a new draft: main makes the id and returns it (use it for every next save). */
    draftId: DraftId.optional(),
    draft: DraftContent,
    /**
     * The file's bytes, only when main answered `sourceStored: false` (a file main never
     * opened itself: a page-made File, a file changed on disk since).
     */
    sourceBytes: PageBytes.optional()
  })
  .strict()

export const DraftSaved = z.object({
  draftId: DraftId,
  updatedAt: z.string(),
  /** true once main holds a copy of the source matching `draft.source`. */
  sourceStored: z.boolean()
})
export type DraftSaved = z.infer<typeof DraftSaved>

export const DraftRef = z.object({ draftId: DraftId }).strict()

export const DraftOpened = z.object({
  draft: Draft,
  source: z.object({
    name: z.string().min(1).max(512),
    bytes: FileBytes
  })
})
export type DraftOpened = z.infer<typeof DraftOpened>

export const DraftMarkLaunched = z.object({ draftId: DraftId, launchId: DraftLaunchId }).strict()

/** A new draft's content before the user has chosen anything but the file. */
export function emptyDraftContent(source: DraftSource): DraftContent {
  return {
    source,
    sheet: null,
    headerRow: null,
    columns: {},
    cellEdits: {},
    exclusions: [],
    fieldCountConfirmations: [],
    nationwideConfirmed: false,
    defaultDdd: null,
    keep: 'first',
    mapping: null,
    message: '',
    voicemail: { enabled: false, text: '' },
    schedule: null,
    provider: 'kinbox',
    account: null,
    campaignName: '',
    stepReached: 'import',
    leadsCount: null
  }
}
