/**
 * Password-protected OOXML (Excel's "Criptografar com senha") is not a zip but a CFB
 * (OLE compound) file holding an `EncryptionInfo` and an `EncryptedPackage` stream.
 */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
// "EncryptionInfo" as the UTF-16LE directory entry name.
const ENCRYPTION_INFO = Array.from('EncryptionInfo').flatMap((ch) => [ch.charCodeAt(0), 0])

export function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB_MAGIC.every((byte, i) => bytes[i] === byte)
}

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return isCompoundFile(bytes) && indexOfBytes(bytes, ENCRYPTION_INFO) >= 0
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5)
}

function indexOfBytes(haystack: Uint8Array, needle: number[]): number {
  const first = needle[0]
  for (let i = haystack.indexOf(first ?? 0); i >= 0; i = haystack.indexOf(first ?? 0, i + 1)) {
    let j = 1
    while (j < needle.length && haystack[i + j] === needle[j]) j++
    if (j === needle.length) return i
  }
  return -1
}
