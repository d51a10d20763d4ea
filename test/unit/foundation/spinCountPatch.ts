/** Pure (no file access, no import.meta): the browser tests reuse it on their own copy. */
const DECLARATION = ' standalone="yes"?>'
const SPIN = 'spinCount="100000"'

/**
 * The EncryptionInfo XML sits whole in the file: swap its spinCount, and pad or trim the XML
 * declaration (`standalone="yes"` is optional) so every byte after it stays where it was.
 */
export function patchSpinCount(protectedFile: Uint8Array, spinCount: number): Uint8Array {
  const text = Buffer.from(protectedFile).toString('latin1')
  const spin = `spinCount="${spinCount}"`
  const grow = spin.length - SPIN.length
  if (grow > DECLARATION.length - 2) throw new Error('spinCount too long to patch in place')
  const declaration = ' '.repeat(DECLARATION.length - 2 - grow) + '?>'
  const patched = text.replace(DECLARATION, declaration).replace(SPIN, spin)
  if (patched.length !== text.length || !patched.includes(spin)) throw new Error('patch failed')
  return new Uint8Array(Buffer.from(patched, 'latin1'))
}
