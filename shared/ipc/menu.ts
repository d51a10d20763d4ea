import { z } from 'zod'
import { shortcutKey } from '../ui/shortcuts'

/**
 * What the native menu (electron/main/menu) asks the page to do. Main never reaches into the
 * page: a menu click becomes a `menu:action` event, and the page performs it the way its own
 * buttons do (renderer/src/features/shell/menuActions.ts).
 */
export const MenuAction = z.enum([
  /** Arquivo → Abrir: the page calls `openLeadFileDialog` (main's own dialog) and imports. */
  'open-file',
  'next-step',
  'previous-step',
  'undo',
  'redo',
  /** Mapear's "Salvar mapeamento". */
  'save-preset',
  /** Ajuda → "Boas-vindas e arquivo de exemplo": the first-run welcome again (no shortcut). */
  'show-welcome'
])
export type MenuAction = z.infer<typeof MenuAction>

/** The menu actions that have a keyboard shortcut (every one but the welcome). */
export const ShortcutMenuAction = MenuAction.exclude(['show-welcome'])
export type ShortcutMenuAction = z.infer<typeof ShortcutMenuAction>

export const MenuActionEvent = z.object({ action: MenuAction }).strict()
export type MenuActionEvent = z.infer<typeof MenuActionEvent>

/**
 * "Abrir com LeadPrep" or a second launch with a file: main holds the file and says so; the
 * page takes it with `takeOpenedFile` (main reads it; no path ever reaches the page).
 */
export const FileOpenedEvent = z.object({}).strict()
export type FileOpenedEvent = z.infer<typeof FileOpenedEvent>

/**
 * The app's shortcuts as Electron accelerators, from the one table the page's own key handler
 * reads too (shared/ui/shortcuts.ts), so the menu and the page agree.
 */
export const MENU_ACCELERATORS: Readonly<Record<ShortcutMenuAction, string>> = Object.fromEntries(
  ShortcutMenuAction.options.map((action) => [action, shortcutKey(action)])
) as Record<ShortcutMenuAction, string>

/** "Copiar diagnóstico": main writes the text to its own clipboard; the page learns the size. */
export const DiagnosticsCopied = z.object({
  copied: z.boolean(),
  characters: z.number().int().nonnegative()
})
export type DiagnosticsCopied = z.infer<typeof DiagnosticsCopied>
