import { join } from 'node:path'
import { z } from 'zod'
import { jsonFile, type JsonStore } from './jsonFile'
import { salvageObject } from './salvage'

/**
 * The main window's size and position (window.json), restored at start. A store like the
 * others (jsonFile): versioned, written atomically, each field checked on its own (a bad `x`
 * costs the position, not the size), a damaged file set aside with a notice.
 */
export const WINDOW_STATE_FILE = 'window.json'

const Coordinate = z.number().int().min(-100_000).max(100_000)
const Size = z.number().int().min(200).max(20_000)

export const WindowState = z.object({
  width: Size,
  height: Size,
  /** null until the user has moved the window: the system places it. */
  x: Coordinate.nullable(),
  y: Coordinate.nullable(),
  maximized: z.boolean()
})
export type WindowState = z.infer<typeof WindowState>

export const DEFAULT_WINDOW_STATE: WindowState = {
  width: 1280,
  height: 820,
  x: null,
  y: null,
  maximized: false
}

export function windowStateStore(userDataDir: string, now?: () => Date): JsonStore<WindowState> {
  return jsonFile(
    {
      store: 'window',
      path: join(userDataDir, WINDOW_STATE_FILE),
      fallback: () => ({ ...DEFAULT_WINDOW_STATE }),
      salvage: (data) => salvageObject(WindowState, data, { ...DEFAULT_WINDOW_STATE }),
      migrations: []
    },
    now
  )
}
