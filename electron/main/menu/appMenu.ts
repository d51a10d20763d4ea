import type { MenuItemConstructorOptions } from 'electron'
import {
  MENU_ACCELERATORS,
  type MenuAction,
  type ShortcutMenuAction
} from '../../../shared/ipc/menu'
import type { Language } from '../../../shared/ipc/schemas'
import { menuTexts } from './menuTexts'

export interface MenuContext {
  language: Language
  platform: string
  /** A packaged build has no reload and no DevTools. */
  packaged: boolean
  appName: string
  /** Asks the page to perform an action (a typed `menu:action` event). */
  send(action: MenuAction): void
  /** Ajuda → Copiar diagnóstico: main builds the text and writes its own clipboard. */
  copyDiagnostics(): void
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

/**
 * The native menu (Arquivo, Editar, Exibir, Ajuda / File, Edit, View, Help) in the chosen
 * language, with the app's shortcuts (shared/ipc/menu.ts). Page actions travel as events;
 * clipboard, zoom and full screen are Electron's roles. Rebuilt when the language changes.
 */
export function menuTemplate(context: MenuContext): Item[] {
  const t = menuTexts(context.language, context.appName)
  const mac = context.platform === 'darwin'
  const action = (label: string, name: ShortcutMenuAction, extra: Partial<Item> = {}): Item => ({
    id: name,
    label,
    accelerator: MENU_ACCELERATORS[name],
    click: () => context.send(name),
    ...extra
  })

  const appMenu: Item = {
    label: context.appName,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: t.quitMac }
    ]
  }
  const file: Item = {
    id: 'file',
    label: t.file,
    submenu: [
      action(t.open, 'open-file'),
      separator,
      action(t.savePreset, 'save-preset'),
      ...(mac ? [] : [separator, { role: 'quit', label: t.quit } as Item])
    ]
  }
  // Undo/redo are the page's own keys (Limpar's history, a text field's own undo): the menu
  // shows them, and where Electron lets it (Windows, Linux) leaves the keys to the page.
  const edit: Item = {
    id: 'edit',
    label: t.edit,
    submenu: [
      action(t.undo, 'undo', { registerAccelerator: false }),
      action(t.redo, 'redo', { registerAccelerator: false }),
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll }
    ]
  }
  const view: Item = {
    id: 'view',
    label: t.view,
    submenu: [
      action(t.previousStep, 'previous-step'),
      action(t.nextStep, 'next-step'),
      separator,
      ...(context.packaged
        ? []
        : [
            { role: 'reload', label: t.reload } as Item,
            { role: 'forceReload', label: t.forceReload } as Item,
            { role: 'toggleDevTools', label: t.toggleDevTools } as Item,
            separator
          ]),
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.fullScreen }
    ]
  }
  const windowMenu: Item = {
    role: 'windowMenu',
    label: t.window,
    submenu: [{ role: 'minimize', label: t.minimize }]
  }
  const help: Item = {
    id: 'help',
    role: 'help',
    label: t.help,
    submenu: [
      { id: 'show-welcome', label: t.welcome, click: () => context.send('show-welcome') },
      separator,
      { id: 'copy-diagnostics', label: t.copyDiagnostics, click: context.copyDiagnostics }
    ]
  }
  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [windowMenu] : []), help]
}
