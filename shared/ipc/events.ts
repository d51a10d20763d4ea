import type { z } from 'zod'
import { LaunchProgressEvent } from './launch'
import { FileOpenedEvent, MenuActionEvent } from './menu'

/**
 * Events main sends to the page (the other direction of the contract): event → payload
 * schema. Main parses every payload with it before `webContents.send`, so the page only
 * ever receives what these schemas allow (never a token).
 */
export const ipcEvents = {
  'launch:progress': LaunchProgressEvent,
  /** A native menu item was chosen (electron/main/menu): the page performs the action. */
  'menu:action': MenuActionEvent,
  /** Main holds a file opened from outside ("Abrir com", a second launch): take it. */
  'files:opened': FileOpenedEvent
} as const satisfies Record<string, z.ZodType>

export type IpcEvents = typeof ipcEvents
export type IpcEventName = keyof IpcEvents
export type IpcEventPayload<E extends IpcEventName> = z.output<IpcEvents[E]>

/** How main (and the test bridge) hand an event to the page. */
export type EmitEvent = <E extends IpcEventName>(event: E, payload: IpcEventPayload<E>) => void

export const ipcEventNames = Object.keys(ipcEvents) as IpcEventName[]

export function isIpcEventName(value: unknown): value is IpcEventName {
  return typeof value === 'string' && Object.hasOwn(ipcEvents, value)
}
