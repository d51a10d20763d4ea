import { useEffect, useRef } from 'react'
import { shortcutFor, type ShortcutId } from '../../../../shared/ui/shortcuts'
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

/**
 * Gives the focus to what `find` returns, now or once it is drawn, and again when a redraw
 * replaces it while it had the focus (the focus fell to the page body); stops at the user's
 * next key or click inside `root`. Returns a stop.
 */
export function keepFocusOn(
  find: () => HTMLElement | null,
  root: HTMLElement,
  focus: (element: HTMLElement) => void = (element) => element.focus()
): () => void {
  let focused: HTMLElement | null = null
  const tryFocus = (): void => {
    if (focused?.isConnected) return
    // Lost with the element it was on (the page body has it), or never placed yet.
    if (focused && document.activeElement && document.activeElement !== document.body) return
    const target = find()
    if (!target) return
    focus(target)
    focused = target
  }
  tryFocus()
  const observer = new MutationObserver(tryFocus)
  observer.observe(root, { childList: true, subtree: true })
  // Once the user moves on, the screen is theirs. The key or click that got here is still on its
  // way up (an Escape, an Enter): only a later one stops it.
  const startedAt = performance.now()
  const onUser = (event: Event): void => {
    if (event.timeStamp > startedAt) stop()
  }
  const stop = (): void => {
    observer.disconnect()
    root.removeEventListener('keydown', onUser)
    root.removeEventListener('pointerdown', onUser)
  }
  root.addEventListener('keydown', onUser)
  root.addEventListener('pointerdown', onUser)
  return stop
}

export function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
  heading.focus({ preventScroll: false })
}
