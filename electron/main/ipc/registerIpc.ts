import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { ipcChannels } from '../../../shared/ipc/contract'
import { dispatchIpc, type IpcHandlerTable } from './dispatch'
import type { IpcSender, TrustedOrigins } from './sender'

function senderOf(event: IpcMainInvokeEvent): IpcSender | null {
  const frame = event.senderFrame
  if (!frame) return null
  return { url: frame.url, isMainFrame: frame === event.sender.mainFrame }
}

/** Registers every channel of the contract through the one dispatcher. */
export function registerIpc(table: IpcHandlerTable, trusted: TrustedOrigins): void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, payload: unknown) =>
      dispatchIpc(table, trusted, channel, senderOf(event), payload)
    )
  }
}
