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
  'files:open-dialog': { request: Empty, response: LeadFilePayload.nullable() },
  'files:recent-list': { request: Empty, response: z.array(RecentFile) },
  'files:recent-open': {
    request: z.object({ id: z.string().max(64) }).strict(),
    response: LeadFilePayload
  },
  'files:remember': {
    request: z.object({ path: z.string().min(1).max(4096), name: z.string().max(512) }).strict(),
    response: z.array(RecentFile)
  },
  'files:decrypt-workbook': {
    request: z.object({ bytes: FileBytes, password: z.string().min(1).max(256) }).strict(),
    response: z.object({ bytes: FileBytes })
  },
  'files:save-export': {
    request: z.object({ suggestedName: z.string().min(1).max(255), bytes: FileBytes }).strict(),
    response: z.object({ saved: z.boolean(), name: z.string().nullable() })
  },
  'blocklist:get': { request: Empty, response: BlockList },
  'blocklist:set': {
    request: z.object({ numbers: BlockList.shape.numbers }).strict(),
    response: BlockList
  },
  'presets:list': { request: Empty, response: z.array(StoredPreset) },
  'presets:save': {
    request: StoredPreset.omit({ savedAt: true }).strict(),
    response: z.array(StoredPreset)
  },
  'presets:delete': {
    request: z.object({ name: z.string(), provider: ProviderId }).strict(),
    response: z.array(StoredPreset)
  },
  'kinbox:business-hours': {
    request: Empty,
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), sets: z.array(BusinessHoursSet) }),
      z.object({ ok: z.literal(false), failure: ProviderFailure })
    ])
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
