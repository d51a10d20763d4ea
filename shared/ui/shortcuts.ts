/**
 * The app's keyboard shortcuts: one table, read by the native menu (electron/main/menu, as
 * Electron accelerators) and by the page (renderer/src/features/shell, its own key handler and
 * the tooltips that show them). Next/previous step use PageDown/PageUp with Ctrl (Cmd on
 * macOS): no text field uses them, unlike Alt+arrows or Ctrl+[ on some keyboards.
 */
export type ShortcutId =
  'open-file' | 'next-step' | 'previous-step' | 'undo' | 'redo' | 'save-preset'

export interface Shortcut {
  id: ShortcutId
  /** An Electron accelerator: `CmdOrCtrl+` then one key (Electron's key names). */
  key: string
  /** What it does, in each language the app speaks. */
  label: { 'pt-BR': string; en: string }
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'open-file',
    key: 'CmdOrCtrl+O',
    label: { 'pt-BR': 'Abrir planilha', en: 'Open spreadsheet' }
  },
  {
    id: 'next-step',
    key: 'CmdOrCtrl+PageDown',
    label: { 'pt-BR': 'Próxima etapa', en: 'Next step' }
  },
  {
    id: 'previous-step',
    key: 'CmdOrCtrl+PageUp',
    label: { 'pt-BR': 'Etapa anterior', en: 'Previous step' }
  },
  { id: 'undo', key: 'CmdOrCtrl+Z', label: { 'pt-BR': 'Desfazer', en: 'Undo' } },
  { id: 'redo', key: 'CmdOrCtrl+Shift+Z', label: { 'pt-BR': 'Refazer', en: 'Redo' } },
  {
    id: 'save-preset',
    key: 'CmdOrCtrl+S',
    label: { 'pt-BR': 'Salvar mapeamento', en: 'Save mapping' }
  }
]

export function shortcutKey(id: ShortcutId): string {
  const found = SHORTCUTS.find((shortcut) => shortcut.id === id)
  if (!found) throw new Error(`no shortcut ${id}`)
  return found.key
}

/** How a shortcut reads in a tooltip: "Ctrl+PageDown", or "⌘PageDown" on macOS. */
export function shortcutText(id: ShortcutId, mac: boolean): string {
  const parts = shortcutKey(id).split('+')
  const words = parts.map((part) =>
    part === 'CmdOrCtrl' ? (mac ? '⌘' : 'Ctrl') : part === 'Shift' && mac ? '⇧' : part
  )
  return mac ? words.join('') : words.join('+')
}

/** The `aria-keyshortcuts` value (WAI-ARIA key names). */
export function shortcutAria(id: ShortcutId, mac: boolean): string {
  return shortcutKey(id)
    .split('+')
    .map((part) => (part === 'CmdOrCtrl' ? (mac ? 'Meta' : 'Control') : part))
    .join('+')
}

interface KeyLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/** Which shortcut a key press is, if any (Cmd on macOS, Ctrl elsewhere). */
export function shortcutFor(event: KeyLike, mac: boolean): ShortcutId | null {
  const command = mac ? event.metaKey : event.ctrlKey
  const other = mac ? event.ctrlKey : event.metaKey
  if (!command || other || event.altKey) return null
  for (const shortcut of SHORTCUTS) {
    const parts = shortcut.key.split('+')
    const key = parts[parts.length - 1] ?? ''
    const shift = parts.includes('Shift')
    if (shift === event.shiftKey && key.toLowerCase() === event.key.toLowerCase())
      return shortcut.id
  }
  return null
}
