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
  openExternal: 'shell:open-external'
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
}
