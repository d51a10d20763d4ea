import { z } from 'zod'
import {
  ApiToken,
  AppInfo,
  BlockList,
  BusinessHoursSet,
  ProviderFailure,
  StoredPreset,
  Empty,
  FileBytes,
  LeadFilePayload,
  ProviderId,
  RecentFile,
  SecretStatus,
  Settings,
  SettingsPatch,
  StoreName,
  StoreNotices
} from './schemas'
import { LaunchReview, LaunchSummary } from './launch'
import { PageBytes, PresetMapping } from './pagePayloads'
import {
  AccountsPatch,
  AccountsView,
  AccountTestResult,
  AccountTestTarget,
  INTEGRA_API_KEY_PATTERN,
  KinboxOperatorsAnswer,
  S3SecretsInput
} from './accounts'
import { LaunchPlan } from '../launch/types'
import { DiagnosticsCopied } from './menu'
import {
  CampaignExportAnswer,
  CampaignExportRequest,
  CampaignPartRequest,
  CampaignPartStatus,
  CampaignResults,
  CampaignsStatus,
  CampaignsStatusRequest
} from './campaigns'
import {
  DraftMarkLaunched,
  DraftOpened,
  DraftRef,
  DraftSaved,
  DraftSaveRequest,
  DraftSummary
} from './drafts'
import { LaunchDraftAnswer, LaunchDraftRequest } from './launchDraft'

/**
 * The IPC contract: one table, channel → request schema → response schema. The preload,
 * the main-process handlers and the renderer's client are all typed from it, and main
 * parses every request with it.
 */
export const ipcContract = {
  'app:info': { request: Empty, response: AppInfo },
  'settings:get': { request: Empty, response: Settings },
  'settings:update': { request: SettingsPatch, response: Settings },
  'secrets:status': {
    request: z.object({ provider: ProviderId }).strict(),
    response: SecretStatus
  },
  'secrets:save': {
    // An Integra key has a known shape (providers.md): refuse a wrong paste before saving it.
    request: z
      .object({ provider: ProviderId, token: ApiToken })
      .strict()
      .refine((r) => r.provider !== 'integra' || INTEGRA_API_KEY_PATTERN.test(r.token), {
        path: ['token'],
        message: 'integra_key_shape'
      }),
    response: SecretStatus
  },
  'secrets:remove': {
    request: z.object({ provider: ProviderId }).strict(),
    response: SecretStatus
  },
  'files:open-dialog': { request: Empty, response: LeadFilePayload.nullable() },
  'files:recent-list': { request: Empty, response: z.array(RecentFile) },
  'files:recent-open': {
    request: z.object({ id: z.string().max(64) }).strict(),
    response: LeadFilePayload
  },
  /** Sent by the preload only (leadprep.rememberFile(file)): the path comes from webUtils. */
  'files:remember': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.array(RecentFile)
  },
  'files:decrypt-workbook': {
    request: z.object({ bytes: PageBytes, password: z.string().min(1).max(256) }).strict(),
    response: z.object({ bytes: FileBytes })
  },
  /** The user's "Cancelar" while a protected workbook opens: main terminates the decrypt worker. */
  'files:decrypt-cancel': { request: Empty, response: z.object({ canceled: z.boolean() }) },
  'files:save-export': {
    // suggestedName is only a file name: main strips any folder before its dialog sees it.
    request: z.object({ suggestedName: z.string().min(1).max(255), bytes: PageBytes }).strict(),
    response: z.object({ saved: z.boolean(), name: z.string().nullable() })
  },
  'blocklist:get': { request: Empty, response: BlockList },
  'blocklist:set': {
    request: z.object({ numbers: BlockList.shape.numbers }).strict(),
    response: BlockList
  },
  'presets:list': { request: Empty, response: z.array(StoredPreset) },
  'presets:save': {
    request: StoredPreset.omit({ savedAt: true }).extend({ mapping: PresetMapping }).strict(),
    response: z.array(StoredPreset)
  },
  'presets:delete': {
    request: z.object({ name: z.string(), provider: ProviderId }).strict(),
    response: z.array(StoredPreset)
  },
  /** Reads every store once; lists the ones found damaged (and whether launches wait on it). */
  'stores:notices': { request: Empty, response: StoreNotices },
  /** The user has seen a store's notice; for the block list this unblocks launches. */
  'stores:acknowledge': {
    request: z.object({ store: StoreName }).strict(),
    response: StoreNotices
  },
  'kinbox:business-hours': {
    request: Empty,
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), sets: z.array(BusinessHoursSet) }),
      z.object({ ok: z.literal(false), failure: ProviderFailure })
    ])
  },
  /** The plan as the review screen shows it: counts, parts, a sample body (no token). */
  'launch:review': {
    request: z.object({ plan: LaunchPlan }).strict(),
    response: LaunchReview
  },
  /** Starts (or, for a launch with a journal, resumes) in main; progress comes as events. */
  'launch:start': {
    request: z.object({ plan: LaunchPlan, new: z.boolean().optional() }).strict(),
    response: LaunchSummary
  },
  'launch:resume': {
    request: z.object({ launchId: z.string().regex(/^[0-9a-f]{24}$/) }).strict(),
    response: LaunchSummary
  },
  'launch:list': { request: Empty, response: z.array(LaunchSummary) },
  /** Campanhas: each part's provider status (cached briefly in main; `fresh` asks now). */
  'campaigns:status': { request: CampaignsStatusRequest, response: CampaignsStatus },
  /** Kinbox only; the answer is the status read back from the server after the POST. */
  'campaigns:pause': { request: CampaignPartRequest, response: CampaignPartStatus },
  'campaigns:resume': { request: CampaignPartRequest, response: CampaignPartStatus },
  /** Every lead of the plan with its result, joined by row. */
  'campaigns:results': { request: CampaignsStatusRequest, response: CampaignResults },
  /** Main builds the file and asks where to save it (its own dialog). */
  'campaigns:export-results': { request: CampaignExportRequest, response: CampaignExportAnswer },
  /** Configurações → Contas: settings (no secrets) + each secret's set / last 4. */
  'accounts:get': { request: Empty, response: AccountsView },
  'accounts:update': { request: AccountsPatch, response: AccountsView },
  'accounts:s3-secrets-save': { request: S3SecretsInput, response: AccountsView },
  'accounts:s3-secrets-remove': { request: Empty, response: AccountsView },
  /** Main's own save dialog picks where "hospedo eu mesmo" writes the file; the page gets its name. */
  'accounts:choose-self-host-file': { request: Empty, response: AccountsView },
  'accounts:test': {
    request: z.object({ target: AccountTestTarget }).strict(),
    response: AccountTestResult
  },
  'kinbox:operators': { request: Empty, response: KinboxOperatorsAnswer },
  /** The file main was asked to open from outside ("Abrir com", a second launch); null when none. */
  'files:take-opened': { request: Empty, response: LeadFilePayload.nullable() },
  /** The bundled sample (resources/sample): main finds and reads it; the page names nothing. */
  'files:open-sample': { request: Empty, response: LeadFilePayload },
  /** "Copiar diagnóstico": versions, OS, settings without secrets, the last log lines → clipboard. */
  'diagnostics:copy': { request: Empty, response: DiagnosticsCopied },
  /**
   * Drafts (drafts/<id>/ in the user-data folder). save upserts; main copies the source from
   * a file it opened itself, or stores `sourceBytes` when it answered `sourceStored: false`.
   */
  'drafts:save': { request: DraftSaveRequest, response: DraftSaved },
  /** Newest first. */
  'drafts:list': { request: Empty, response: z.array(DraftSummary) },
  'drafts:open': { request: DraftRef, response: DraftOpened },
  /** A new id, launchId cleared, the name with " (cópia)". */
  'drafts:duplicate': { request: DraftRef, response: DraftSummary },
  /** The list after deleting (deleting a missing draft is not an error). */
  'drafts:delete': { request: DraftRef, response: z.array(DraftSummary) },
  'drafts:mark-launched': { request: DraftMarkLaunched, response: DraftSummary },
  /** Campanhas' "O que foi enviado": the draft kept with a launch, found by main. */
  'drafts:for-launch': { request: LaunchDraftRequest, response: LaunchDraftAnswer }
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>

export type IpcContract = typeof ipcContract
export type IpcChannel = keyof IpcContract
export type IpcRequest<C extends IpcChannel> = z.input<IpcContract[C]['request']>
export type IpcParsedRequest<C extends IpcChannel> = z.output<IpcContract[C]['request']>
export type IpcResponse<C extends IpcChannel> = z.output<IpcContract[C]['response']>

export const ipcChannels = Object.keys(ipcContract) as IpcChannel[]

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && Object.hasOwn(ipcContract, value)
}
