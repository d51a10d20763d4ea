import { createDecoder } from './textDecoder'
import type { ImportCodecs } from '../codecs'

/**
 * How a text file was decoded (reported as `encoding` by inspect):
 * - `utf-8` — valid UTF-8 without a BOM (plain ASCII included)
 * - `utf-8-bom` — UTF-8 with a byte-order mark (Excel's "CSV UTF-8")
 * - `utf-16le` / `utf-16be` — UTF-16 with a BOM (Excel's "Texto Unicode")
 * - `windows-1252` — anything that is not valid UTF-8 (Excel's default pt-BR CSV)
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedText {
  text: string
  encoding: TextEncoding
  /** NUL characters removed from the text (some exporters pad or end files with them). */
  nulsDropped?: number
}

/** The encoding a byte-order mark announces, with the BOM's length; null without one. */
export function bomEncoding(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8-bom', length: 3 }
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

const LABELS: Record<TextEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252'
}

const SNIFF_BYTES = 4096

/**
 * UTF-16 written without a BOM, told by its NUL bytes: text that is mostly ASCII has a NUL
 * in every other byte, after each character (LE) or before it (BE), and almost nowhere else.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2)
  if (pairs < 2) return null
  let evenNuls = 0
  let oddNuls = 0
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNuls++
    if (bytes[2 * i + 1] === 0) oddNuls++
  }
  // Portuguese text (accents included: U+00E3 is `e3 00`) has a NUL in nearly every pair.
  const most = pairs * 0.8
  const few = pairs * 0.02
  if (oddNuls >= most && evenNuls <= few) return 'utf-16le'
  if (evenNuls >= most && oddNuls <= few) return 'utf-16be'
  return null
}

/**
 * BOM first; then UTF-16 told by its NUL pattern; else strict UTF-8, falling back to
 * Windows-1252 (toolchain.md: fast and right). Stray NULs are dropped and counted.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeTextLazily(bytes)
  if (decoded.fixCell === undefined) return withoutFixCell(decoded)
  return { ...withoutFixCell(decoded), text: fixC1Controls(decoded.text) }
}

export interface LazilyDecodedText extends DecodedText {
  /**
   * Set when `text` still holds Windows-1252's 0x80–0x9F bytes as U+0080–U+009F: apply it to
   * each cell taken from the text. Mapping them in the whole text would turn a one-byte string
   * into a two-byte one (twice the memory for a 200 MB file, and slower cells).
   */
  fixCell?: (cell: string) => string
}

/** decodeText for the delimited reader: the same, with the Windows-1252 fix left per cell. */
export function decodeTextLazily(bytes: Uint8Array, codecs?: ImportCodecs): LazilyDecodedText {
  const { text, encoding } = decodeAs(bytes, codecs?.latin1)
  const fixCell = encoding === 'windows-1252' && C1.test(text) ? fixC1Controls : undefined
  if (text.indexOf('\u0000') === -1)
    return fixCell ? { text, encoding, fixCell } : { text, encoding }
  const clean = text.split('\u0000').join('')
  const decoded: LazilyDecodedText = {
    text: clean,
    encoding,
    nulsDropped: text.length - clean.length
  }
  if (fixCell) decoded.fixCell = fixCell
  return decoded
}

function withoutFixCell(decoded: LazilyDecodedText): DecodedText {
  const { text, encoding, nulsDropped } = decoded
  return nulsDropped === undefined ? { text, encoding } : { text, encoding, nulsDropped }
}

function decodeAs(
  bytes: Uint8Array,
  latin1?: (bytes: Uint8Array) => string
): { text: string; encoding: TextEncoding } {
  const bom = bomEncoding(bytes)
  if (bom) {
    const body = bytes.subarray(bom.length)
    return { text: createDecoder(LABELS[bom.encoding]).decode(body), encoding: bom.encoding }
  }
  const utf16 = utf16WithoutBom(bytes)
  if (utf16) return { text: createDecoder(utf16).decode(bytes), encoding: utf16 }
  try {
    return { text: createDecoder('utf-8', true).decode(bytes), encoding: 'utf-8' }
  } catch {
    const text = latin1 ? latin1(bytes) : createDecoder('windows-1252').decode(bytes)
    return { text, encoding: 'windows-1252' }
  }
}

// Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the five
// undefined bytes stay as they are, as the WHATWG decoder leaves them.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

const C1 = /[\u0080-\u009f]/
const C1_ALL = /[\u0080-\u009f]/g

/**
 * Node 20's TextDecoder('windows-1252') decodes as Latin-1 (0x93 → U+0093, not “); browsers get
 * it right. Mapping the C1 range afterwards makes both give the same text.
 */
export function fixC1Controls(text: string): string {
  if (!C1.test(text)) return text
  return text.replace(C1_ALL, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
}
