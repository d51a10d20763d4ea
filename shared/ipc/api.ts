import type { IpcChannel, IpcRequest, IpcResponse } from './contract'
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
  openExternal: 'shell:open-external',
  openLeadFileDialog: 'files:open-dialog',
  recentFiles: 'files:recent-list',
  openRecentFile: 'files:recent-open',
  rememberFile: 'files:remember',
  decryptWorkbook: 'files:decrypt-workbook',
  saveExport: 'files:save-export',
  getBlockList: 'blocklist:get',
  setBlockList: 'blocklist:set',
  listPresets: 'presets:list',
  savePreset: 'presets:save',
  deletePreset: 'presets:delete',
  kinboxBusinessHours: 'kinbox:business-hours'
} as const satisfies Record<string, IpcChannel>

type MethodChannels = typeof apiMethods
export type ApiMethod = keyof MethodChannels

// Every channel has exactly one method: a missing one is a compile error here.
type Unmapped = Exclude<IpcChannel, MethodChannels[ApiMethod]>
const everyChannelMapped: [Unmapped] extends [never] ? true : Unmapped = true
void everyChannelMapped

export type LeadPrepApi = {
  [M in ApiMethod]: (
    request: IpcRequest<MethodChannels[M]>
  ) => Promise<IpcResult<IpcResponse<MethodChannels[M]>>>
} & {
  /** A dropped File's path on disk (Electron's webUtils), for "Recentes"; null when unknown. */
  pathForFile(file: { readonly name: string; readonly size: number }): string | null
}
