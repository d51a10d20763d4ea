import { useEffect } from 'react'
import type { LeadPrepApi } from '../../../../shared/ipc/api'
import type { MenuAction } from '../../../../shared/ipc/menu'
import { api, ApiError } from '../../api/client'
import { useClean } from '../clean/cleanStore'
import { importLeads } from '../import/importLeads'
import { useImport } from '../import/importStore'
import { useWelcome } from '../welcome/welcomeStore'
import { STEPS, useNavigation, type StepId } from './navigationStore'

/**
 * The native menu's actions (main sends `menu:action`, electron/main/menu) and files opened
 * from outside ("Abrir com LeadPrep", a second launch: main sends `files:opened`), performed
 * the way the page's own buttons do.
 */

const importFile = async (
  payload: Promise<{ name: string; bytes: Uint8Array } | null>
): Promise<void> => {
  try {
    const file = await payload
    if (file === null) return
    useNavigation.getState().open('import')
    await importLeads(file.name, file.bytes)
  } catch (error) {
    // A file too large says so on Importar; anything else is said in main's log.
    if (error instanceof ApiError && error.code === 'file_too_large') {
      useNavigation.getState().open('import')
      useImport.setState({
        error: { code: 'file_too_large', params: {}, message: error.message }
      })
    } else console.warn('[menu] could not open the file:', error)
  }
}

function step(offset: 1 | -1): void {
  const { screen, lastStep, open } = useNavigation.getState()
  const from: StepId = (STEPS as readonly string[]).includes(screen) ? (screen as StepId) : lastStep
  const next = STEPS[STEPS.indexOf(from) + offset]
  if (next) open(next)
}

const editing = (): boolean => {
  const active = document.activeElement
  return (
    active instanceof HTMLElement &&
    (active.isContentEditable || ['INPUT', 'TEXTAREA'].includes(active.tagName))
  )
}

/** Mapear's "Salvar mapeamento": saves when a name is typed, else puts the focus on the name. */
function savePreset(): void {
  if (useNavigation.getState().screen !== 'map') return
  const form = document.querySelector<HTMLFormElement>('form.map-presets__save')
  const name = form?.querySelector<HTMLInputElement>('input')
  if (!form || !name) return
  if (name.value.trim() === '') name.focus()
  else form.requestSubmit()
}

export function performMenuAction(action: MenuAction): void {
  switch (action) {
    case 'open-file':
      void importFile(api('openLeadFileDialog', {}))
      return
    case 'next-step':
      return step(1)
    case 'previous-step':
      return step(-1)
    case 'undo':
    case 'redo':
      // In a text field, the field's own undo; in Limpar, the history (as Ctrl+Z there).
      if (editing()) document.execCommand(action)
      else if (useNavigation.getState().screen === 'clean') void useClean.getState()[action]()
      return
    case 'save-preset':
      return savePreset()
    case 'show-welcome':
      return useWelcome.getState().show()
  }
}

/** Listens for the menu and for files opened from outside while the app runs. */
export function useMenuActions(): void {
  useEffect(() => {
    const bridge = window.leadprep as Partial<LeadPrepApi> | undefined
    // The browser tests' bridge may predate these events: the page works without them.
    if (typeof bridge?.onMenuAction !== 'function' || typeof bridge.onFileOpened !== 'function')
      return
    const stopMenu = bridge.onMenuAction(({ action }) => performMenuAction(action))
    const take = () => void importFile(api('takeOpenedFile', {}))
    const stopFiles = bridge.onFileOpened(take)
    // A file given on the first launch is waiting before the page could listen.
    take()
    return () => {
      stopMenu()
      stopFiles()
    }
  }, [])
}
