import { isValidDdd } from '../../../../shared/cleaning/phone/brMetadata'
import type { CleanStart } from './cleanProtocol'
import { cleanState } from './cleanState'

/** What an import call carries for cleaning: its schema lives with Limpar's (cleanProtocol.ts). */
export type { CleanStart }

/** The per-list choices waiting for the table the import is about to load. */
let pending: Pick<CleanStart, 'defaultDdd' | 'keep'> | null = null

/** Settings take effect now (they outlive the table); per-list choices wait for the table. */
export function setCleanStart(start: CleanStart): void {
  cleanState.settings = { ...start.settings }
  if (start.blockList !== undefined) cleanState.blockList = new Set(start.blockList)
  const ddd = start.defaultDdd?.trim()
  pending = {
    // Only an area code that exists (as cleanDefaultDdd checks); anything else is no default.
    ...(ddd !== undefined && /^\d{2}$/.test(ddd) && isValidDdd(Number(ddd)) && { defaultDdd: ddd }),
    ...(start.keep !== undefined && { keep: start.keep })
  }
}

/** The per-list choices for the table being cleaned now (once: a later table starts over). */
export function takeListChoices(): { defaultDdd: string | null; keep: 'first' | 'last' } {
  const choices = { defaultDdd: pending?.defaultDdd ?? null, keep: pending?.keep ?? 'first' }
  pending = null
  return choices
}
