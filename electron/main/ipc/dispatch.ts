import {
  ipcContract,
  isIpcChannel,
  type IpcChannel,
  type IpcParsedRequest,
  type IpcResponse
} from '../../../shared/ipc/contract'
import { ipcFail, ipcOk, type IpcResult } from '../../../shared/ipc/result'
import { isTrustedSender, type IpcSender, type TrustedOrigins } from './sender'
import { toIpcFailure } from './errors'

export type IpcHandler<C extends IpcChannel> = (
  request: IpcParsedRequest<C>
) => Promise<IpcResponse<C>> | IpcResponse<C>

/** One handler per channel; a missing one is a compile error where the table is built. */
export type IpcHandlerTable = { [C in IpcChannel]: IpcHandler<C> }

/**
 * The one way a request reaches a handler, under Electron and in the test bridge alike:
 * sender check → zod parse → handler → result value. Nothing else is accepted.
 */
export async function dispatchIpc(
  table: IpcHandlerTable,
  trusted: TrustedOrigins,
  channel: unknown,
  sender: IpcSender | null,
  payload: unknown
): Promise<IpcResult<unknown>> {
  if (!isIpcChannel(channel)) return ipcFail('unknown_channel')
  if (!isTrustedSender(sender, trusted)) return ipcFail('forbidden_sender')
  return runHandler(table, channel, payload)
}

async function runHandler<C extends IpcChannel>(
  table: IpcHandlerTable,
  channel: C,
  payload: unknown
): Promise<IpcResult<unknown>> {
  const parsed = ipcContract[channel].request.safeParse(payload)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    return ipcFail('invalid_request', fields.join('; '))
  }
  try {
    const handler = table[channel] as IpcHandler<C>
    const response = await handler(parsed.data as IpcParsedRequest<C>)
    // The response is checked too: a handler bug must not leak unexpected fields (e.g. a token).
    return ipcOk(ipcContract[channel].response.parse(response))
  } catch (error) {
    return { ok: false, error: toIpcFailure(error) }
  }
}
