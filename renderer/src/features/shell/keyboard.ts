import { useEffect, useRef } from 'react'
import { shortcutFor, type ShortcutId } from '../../../../shared/ui/shortcuts'
import { keepFocusOn } from './keepFocusOn'
import { performMenuAction } from './menuActions'
import type { Screen } from './navigationStore'

/** Cmd on macOS, Ctrl elsewhere (the same rule as Electron's CmdOrCtrl). */
export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform)

/**
 * The page's own shortcuts (shared/ui/shortcuts.ts, the table the native menu reads too):
 * open, next/previous step and save preset. Undo/redo stay with Limpar's history buttons and
 * with text fields. A handled key is `preventDefault`ed, so Electron's menu does not act twice.
 */
const PAGE_SHORTCUTS: readonly ShortcutId[] = [
  'open-file',
  'next-step',
  'previous-step',
  'save-preset'
]

export function usePageShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.repeat) return
      const id = shortcutFor(event, isMac())
      if (id === null || !PAGE_SHORTCUTS.includes(id)) return
      // An open modal dialog owns the keyboard.
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      performMenuAction(id)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}

/**
 * After the screen changes (a step button, "Continuar", a shortcut), the focus goes to the new
 * screen's h1 instead of dropping to the page body; a screen still loading gets it as soon as
 * its h1 appears.
 */
export function useFocusScreenHeading(screen: Screen): void {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    return focusHeadingWhenShown()
  }, [screen])
}

/**
 * Puts the focus on main's h1 now or once it is rendered, and again if a loading screen swaps
 * that h1 for its finished one while the focus is still on it; returns a stop.
 */
export function focusHeadingWhenShown(): () => void {
  const main = document.getElementById('main')
  if (!main) return () => undefined
  return keepFocusOn(() => main.querySelector<HTMLElement>('h1'), main, focusHeading)
}

export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: false })
}
