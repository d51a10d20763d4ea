import type { IpcChannel, IpcRequest, IpcResponse } from './contract'
import type { IpcEventName, IpcEventPayload } from './events'
import type { IpcResult } from './result'

/**
 * The named methods `window.leadprep` exposes, one per channel (no generic invoke).
 * The preload implements this by hand, checked with `satisfies`.
 */
export const apiMethods = {
  appInfo: 'app:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  secretStatus: 'secrets:status',
  saveSecret: 'secrets:save',
  removeSecret: 'secrets:remove',
  openLeadFileDialog: 'files:open-dialog',
  recentFiles: 'files:recent-list',
  openRecentFile: 'files:recent-open',
  decryptWorkbook: 'files:decrypt-workbook',
  cancelDecrypt: 'files:decrypt-cancel',
  saveExport: 'files:save-export',
  getBlockList: 'blocklist:get',
  setBlockList: 'blocklist:set',
  listPresets: 'presets:list',
  savePreset: 'presets:save',
  deletePreset: 'presets:delete',
  storeNotices: 'stores:notices',
  acknowledgeStoreNotice: 'stores:acknowledge',
  kinboxBusinessHours: 'kinbox:business-hours',
  reviewLaunch: 'launch:review',
  startLaunch: 'launch:start',
  resumeLaunch: 'launch:resume',
  listLaunches: 'launch:list',
  campaignsStatus: 'campaigns:status',
  pauseCampaign: 'campaigns:pause',
  resumeCampaign: 'campaigns:resume',
  campaignResults: 'campaigns:results',
  exportCampaignResults: 'campaigns:export-results',
  getAccounts: 'accounts:get',
  updateAccounts: 'accounts:update',
  saveS3Secrets: 'accounts:s3-secrets-save',
  removeS3Secrets: 'accounts:s3-secrets-remove',
  chooseSelfHostFile: 'accounts:choose-self-host-file',
  testAccount: 'accounts:test',
  kinboxOperators: 'kinbox:operators',
  takeOpenedFile: 'files:take-opened',
  openSampleFile: 'files:open-sample',
  copyDiagnostics: 'diagnostics:copy',
  saveDraft: 'drafts:save',
  listDrafts: 'drafts:list',
  openDraft: 'drafts:open',
  duplicateDraft: 'drafts:duplicate',
  deleteDraft: 'drafts:delete',
  markDraftLaunched: 'drafts:mark-launched',
  draftForLaunch: 'drafts:for-launch'
} as const satisfies Record<string, IpcChannel>

/**
 * Methods whose request the preload builds itself: the page hands over a dropped or picked
 * File, the preload asks Electron (webUtils) for its path. A path never comes from the page.
 */
export const apiFileMethods = {
  rememberFile: 'files:remember'
} as const satisfies Record<string, IpcChannel>

/** What the page passes for a File: a real File object (its path is looked up in the preload). */
export interface PickedFile {
  readonly name: string
  readonly size: number
}

/** One subscription method per event main sends; each returns its unsubscribe. */
export const apiEvents = {
  onLaunchProgress: 'launch:progress',
  onMenuAction: 'menu:action',
  onFileOpened: 'files:opened'
} as const satisfies Record<string, IpcEventName>

type MethodChannels = typeof apiMethods
type FileMethodChannels = typeof apiFileMethods
export type ApiMethod = keyof MethodChannels | keyof FileMethodChannels

// Every channel has exactly one method: a missing one is a compile error here.
type Unmapped = Exclude<
  IpcChannel,
  MethodChannels[keyof MethodChannels] | FileMethodChannels[keyof FileMethodChannels]
>
const everyChannelMapped: [Unmapped] extends [never] ? true : Unmapped = true
void everyChannelMapped

export type LeadPrepApi = {
  [M in keyof MethodChannels]: (
    request: IpcRequest<MethodChannels[M]>
  ) => Promise<IpcResult<IpcResponse<MethodChannels[M]>>>
} & {
  [M in keyof typeof apiEvents]: (
    callback: (payload: IpcEventPayload<(typeof apiEvents)[M]>) => void
  ) => () => void
} & {
  /** "Recentes" remembers a dropped or picked File; a File with no path on disk is skipped. */
  [M in keyof FileMethodChannels]: (
    file: PickedFile
  ) => Promise<IpcResult<IpcResponse<FileMethodChannels[M]>>>
}
