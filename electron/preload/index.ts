import { contextBridge, ipcRenderer } from 'electron'
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
  openExternal: channel('shell:open-external')
} satisfies LeadPrepApi

contextBridge.exposeInMainWorld('leadprep', api)
