import { contextBridge, ipcRenderer, webUtils } from 'electron'
import type { LeadPrepApi } from '../../shared/ipc/api'
import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/ipc/contract'
import type { IpcResult } from '../../shared/ipc/result'

// One named method per channel; nothing generic is exposed, no Node objects, no process.env.
function channel<C extends IpcChannel>(name: C) {
  return (request: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>> =>
    ipcRenderer.invoke(name, request) as Promise<IpcResult<IpcResponse<C>>>
}

const api = {
  appInfo: channel('app:info'),
  getSettings: channel('settings:get'),
  updateSettings: channel('settings:update'),
  secretStatus: channel('secrets:status'),
  saveSecret: channel('secrets:save'),
  removeSecret: channel('secrets:remove'),
  openExternal: channel('shell:open-external'),
  openLeadFileDialog: channel('files:open-dialog'),
  recentFiles: channel('files:recent-list'),
  openRecentFile: channel('files:recent-open'),
  rememberFile: channel('files:remember'),
  decryptWorkbook: channel('files:decrypt-workbook'),
  saveExport: channel('files:save-export'),
  getBlockList: channel('blocklist:get'),
  setBlockList: channel('blocklist:set'),
  listPresets: channel('presets:list'),
  savePreset: channel('presets:save'),
  deletePreset: channel('presets:delete'),
  kinboxBusinessHours: channel('kinbox:business-hours'),
  pathForFile: (file: { readonly name: string; readonly size: number }) => {
    try {
      return webUtils.getPathForFile(file as File) || null
    } catch {
      return null
    }
  }
} satisfies LeadPrepApi

contextBridge.exposeInMainWorld('leadprep', api)
