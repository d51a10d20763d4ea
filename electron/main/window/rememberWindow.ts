import type { JsonStore } from '../store/jsonFile'
import type { WindowState } from '../store/windowStateStore'
import { log } from '../log'
import type { Rect } from './windowBounds'

/** The slice of BrowserWindow this module needs (a double in tests). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
  getNormalBounds(): Rect
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen?(): boolean
}

export interface WindowMemory {
  /** Waits for the last save (before quitting). */
  flush(): Promise<void>
}

/**
 * Saves the window's size and position as the user changes them (debounced) and when it
 * closes. A minimized window keeps the bounds it had; a maximized one is remembered as
 * maximized, with the size it returns to.
 */
export function rememberWindow(
  window: TrackedWindow,
  store: JsonStore<WindowState>,
  delayMs = 500
): WindowMemory {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pending: Promise<void> = Promise.resolve()

  function save(): void {
    if (timer) clearTimeout(timer)
    timer = null
    if (window.isMinimized()) return
    const bounds = window.getNormalBounds()
    const state: WindowState = {
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      maximized: window.isMaximized() || (window.isFullScreen?.() ?? false)
    }
    pending = pending
      .then(() => store.write(state))
      .catch((error: unknown) => log.warn('[window] could not save its size and position:', error))
  }

  const later = (): void => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later)
  window.on('close', save)

  return { flush: () => pending }
}
