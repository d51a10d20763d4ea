import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { LeadPrepApi, PickedFile } from '../../shared/ipc/api'
import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc/contract'
import type { IpcEventName, IpcEventPayload } from '../../shared/ipc/events'
import type { IpcResult } from '../../shared/ipc/result'

// One named method per channel; nothing generic is exposed, no Node objects, no process.env.
function channel<C extends IpcChannel>(name: C) {
  return (request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>> =>
    ipcRenderer.invoke(name, request) as Promise<IpcResult<IpcResponse<C>>>
}

// The path of a File the user dropped or picked, as Electron knows it; a page-made File has none.
function pathOf(file: PickedFile): string | null {
  try {
    return webUtils.getPathForFile(file as File) || null
  } catch {
    return null
  }
}

/** "Recentes" gets the File's real path from here, never from the page. */
function rememberFile(file: PickedFile): Promise<IpcResult<IpcResponse<'files:remember'>>> {
  const path = pathOf(file)
  return path === null ? channel('files:recent-list')({}) : channel('files:remember')({ path })
}

// Main parses every event payload before sending it; the page gets a plain callback.
function subscribe<E extends IpcEventName>(name: E) {
  return (callback: (payload: IpcEventPayload<E>) => void): (() => void) => {
    const listener = (_event: unknown, payload: IpcEventPayload<E>) => callback(payload)
    ipcRenderer.on(name, listener)
    return () => void ipcRenderer.removeListener(name, listener)
  }
}

const api = {
  appInfo: channel('app:info'),
  getSettings: channel('settings:get'),
  updateSettings: channel('settings:update'),
  secretStatus: channel('secrets:status'),
  saveSecret: channel('secrets:save'),
  removeSecret: channel('secrets:remove'),
  openLeadFileDialog: channel('files:open-dialog'),
  recentFiles: channel('files:recent-list'),
  openRecentFile: channel('files:recent-open'),
  rememberFile,
  decryptWorkbook: channel('files:decrypt-workbook'),
  cancelDecrypt: channel('files:decrypt-cancel'),
  saveExport: channel('files:save-export'),
  getBlockList: channel('blocklist:get'),
  setBlockList: channel('blocklist:set'),
  listPresets: channel('presets:list'),
  savePreset: channel('presets:save'),
  deletePreset: channel('presets:delete'),
  storeNotices: channel('stores:notices'),
  acknowledgeStoreNotice: channel('stores:acknowledge'),
  kinboxBusinessHours: channel('kinbox:business-hours'),
  reviewLaunch: channel('launch:review'),
  startLaunch: channel('launch:start'),
  resumeLaunch: channel('launch:resume'),
  listLaunches: channel('launch:list'),
  campaignsStatus: channel('campaigns:status'),
  pauseCampaign: channel('campaigns:pause'),
  resumeCampaign: channel('campaigns:resume'),
  campaignResults: channel('campaigns:results'),
  exportCampaignResults: channel('campaigns:export-results'),
  getAccounts: channel('accounts:get'),
  updateAccounts: channel('accounts:update'),
  saveS3Secrets: channel('accounts:s3-secrets-save'),
  removeS3Secrets: channel('accounts:s3-secrets-remove'),
  chooseSelfHostFile: channel('accounts:choose-self-host-file'),
  testAccount: channel('accounts:test'),
  kinboxOperators: channel('kinbox:operators'),
  takeOpenedFile: channel('files:take-opened'),
  openSampleFile: channel('files:open-sample'),
  copyDiagnostics: channel('diagnostics:copy'),
  saveDraft: channel('drafts:save'),
  listDrafts: channel('drafts:list'),
  openDraft: channel('drafts:open'),
  duplicateDraft: channel('drafts:duplicate'),
  deleteDraft: channel('drafts:delete'),
  markDraftLaunched: channel('drafts:mark-launched'),
  draftForLaunch: channel('drafts:for-launch'),
  onLaunchProgress: subscribe('launch:progress'),
  onMenuAction: subscribe('menu:action'),
  onFileOpened: subscribe('files:opened')
} satisfies LeadPrepApi

contextBridge.exposeInMainWorld('leadprep', api)
