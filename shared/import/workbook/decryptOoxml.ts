/**
 * Decrypts a password-protected .xlsx with officecrypto-tool. That library needs Node (the
 * `Buffer` global, `require('crypto')`, and xml2js → sax → `stream`), so this module is NOT
 * imported by readWorkbook and must run where Node is: Electron's main process or `leadprep`.
 * The worker then reads the returned zip bytes with readWorkbook(…, 'xlsx', …).
 * The key derivation runs spinCount hashes synchronously: the app calls this in a worker
 * thread (electron/main/workers), and a spinCount over the standard's limit is refused here.
 */
import officeCrypto from 'officecrypto-tool'
import { ImportError } from '../errors'
import { isEncryptedOoxml } from './encryption'
import { MAX_SPIN_COUNT, readSpinCount } from './spinCount'

export async function decryptOoxml(bytes: Uint8Array, password: string): Promise<Uint8Array> {
  if (!isEncryptedOoxml(bytes)) return bytes
  if (password === '') throw new ImportError('password_required')
  const spinCount = readSpinCount(bytes)
  if (spinCount !== null && spinCount > MAX_SPIN_COUNT)
    throw new ImportError('encryption_too_costly', { spinCount, limit: MAX_SPIN_COUNT })
  let plain: Uint8Array
  try {
    plain = await officeCrypto.decrypt(toBuffer(bytes), { password })
  } catch (error) {
    const message = error instanceof Error ? error.message : ''
    throw new ImportError(/password/i.test(message) ? 'wrong_password' : 'damaged_file')
  }
  return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength)
}

/** officecrypto-tool wants a Node Buffer; Buffer.from copies nothing when given the memory. */
function toBuffer(bytes: Uint8Array): Parameters<typeof officeCrypto.decrypt>[0] {
  const NodeBuffer = (
    globalThis as unknown as {
      Buffer?: { from(b: ArrayBufferLike, o: number, l: number): unknown }
    }
  ).Buffer
  if (!NodeBuffer)
    throw new Error('decryptOoxml needs Node (Buffer, crypto): call it in the main process')
  return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Parameters<
    typeof officeCrypto.decrypt
  >[0]
}
