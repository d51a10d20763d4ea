import { z } from 'zod'
import {
  ApiToken,
  AppInfo,
  Empty,
  ProviderId,
  SecretStatus,
  Settings,
  SettingsPatch
} from './schemas'

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
    request: z.object({ provider: ProviderId, token: ApiToken }).strict(),
    response: SecretStatus
  },
  'secrets:remove': {
    request: z.object({ provider: ProviderId }).strict(),
    response: SecretStatus
  },
  'shell:open-external': {
    request: z.object({ url: z.string().max(2048) }).strict(),
    response: z.object({ opened: z.boolean() })
  }
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
