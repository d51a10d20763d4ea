/** The password-protected fixture with its spinCount rewritten (same stream length). */
import { readFileSync } from 'node:fs'
import { patchSpinCount } from './spinCountPatch'

export const PROTECTED = new Uint8Array(
  readFileSync(
    new URL('../../../../shared/fixtures/leads/broken/password-protected.xlsx', import.meta.url)
  )
)
export const PASSWORD = 'senha123'

/** The protected fixture with its spinCount rewritten (see spinCountPatch). */
export function withSpinCount(spinCount: number): Uint8Array {
  return patchSpinCount(PROTECTED, spinCount)
}
