import type { ImportCodecs } from '../codecs'
import {
  bomEncoding,
  fixC1Controls,
  utf16WithoutBom,
  type LazilyDecodedText,
  type TextEncoding
} from './decodeText'
import type { ByteSlicer } from './parseDelimitedBytes'

/** A delimited file left as bytes: where its text starts and how to read a range of it. */
export interface BytesAsText {
  encoding: TextEncoding
  /** Offset of the first byte of text (past a UTF-8 BOM). */
  start: number
  slice: ByteSlicer
  fixCell?: LazilyDecodedText['fixCell']
}

/**
 * decodeTextLazily's choice of encoding, made on the bytes, for files the host can read by
 * ranges (codecs.ts `textSlicer` and `isUtf8`): UTF-8 with or without a BOM when valid, else
 * Windows-1252. Null when the file must be decoded whole instead: no such codecs, UTF-16, NUL
 * bytes (dropped and counted from the text), invalid UTF-8 after a BOM (decoded with
 * replacement characters).
 */
export function bytesAsText(bytes: Uint8Array, codecs?: ImportCodecs): BytesAsText | null {
  const { textSlicer, isUtf8 } = codecs ?? {}
  if (textSlicer === undefined || isUtf8 === undefined) return null
  const bom = bomEncoding(bytes)
  if (bom !== null && bom.encoding !== 'utf-8-bom') return null
  if (bom === null && utf16WithoutBom(bytes) !== null) return null
  const start = bom?.length ?? 0
  const body = bytes.subarray(start)
  if (body.indexOf(0) !== -1) return null
  if (isUtf8(body)) {
    return { encoding: bom ? 'utf-8-bom' : 'utf-8', start, slice: textSlicer(bytes, 'utf-8') }
  }
  if (bom !== null) return null
  // Windows-1252 read as Latin-1, its 0x80–0x9F fixed per cell (decodeTextLazily's fixCell;
  // a no-op on cells without them, so it may be set whether or not the file has any).
  return {
    encoding: 'windows-1252',
    start,
    slice: textSlicer(bytes, 'latin1'),
    fixCell: fixC1Controls
  }
}

/** JavaScript's trim() whitespace among ASCII bytes: tab, LF, VT, FF, CR, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13)
}

/** `text.trim() === ''` for the text of bytes[start..], decoding it only when it may be so. */
export function isBlankText(bytes: Uint8Array, text: BytesAsText): boolean {
  let i = text.start
  while (i < bytes.length && isAsciiSpace(bytes[i] ?? 0)) i++
  if (i === bytes.length) return true
  // An ASCII byte that is not a space is text; past ASCII (NBSP, U+3000…), let trim() decide.
  if ((bytes[i] ?? 0) < 0x80) return false
  return text.slice(text.start, bytes.length).trim() === ''
}

/** The first 64K characters of the text, as sniffDelimiter samples them. */
export function textSample(bytes: Uint8Array, text: BytesAsText, chars: number): string {
  // A UTF-16 unit takes at most 3 bytes of UTF-8 (4 bytes make 2 units), 1 of Latin-1.
  const end = Math.min(bytes.length, text.start + chars * 3 + 4)
  return text.slice(text.start, end).slice(0, chars)
}
