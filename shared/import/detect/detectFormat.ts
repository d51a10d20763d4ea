import { ImportError } from '../errors'
import { bomEncoding, utf16WithoutBom } from '../text/decodeText'
import { createDecoder } from '../text/textDecoder'
import { storedEntryBytes, zipEntries } from './zipEntries'

/** What the bytes are, whatever the file is called. */
export type ContentKind = 'xlsx' | 'ods' | 'xls' | 'encrypted-ooxml' | 'html' | 'text'

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet'
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const HEAD_BYTES = 64 * 1024

export function detectFormat(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) throw new ImportError('empty_file')
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipKind(bytes)
  }
  if (startsWith(bytes, CFB_MAGIC)) return compoundFileKind(bytes)
  const head = decodeHead(bytes)
  if (head === null) throw new ImportError('not_a_spreadsheet')
  if (/^\s*(<!doctype html|<html|<table|<head|<body|<meta)/i.test(head)) return 'html'
  return 'text'
}

function zipKind(bytes: Uint8Array): ContentKind {
  const entries = zipEntries(bytes)
  const names = new Set(entries.map((entry) => entry.name))
  const mimetype = entries.find((entry) => entry.name === 'mimetype')
  if (mimetype) {
    const content = storedEntryBytes(bytes, mimetype)
    const text = content ? String.fromCharCode(...content) : ''
    if (text.trim() === ODS_MIMETYPE) return 'ods'
    throw new ImportError('not_a_spreadsheet')
  }
  if (names.has('[Content_Types].xml') && entries.some((e) => e.name.startsWith('xl/workbook.'))) {
    return 'xlsx'
  }
  throw new ImportError('not_a_spreadsheet')
}

/**
 * An OLE compound file is a legacy .xls (a `Workbook` or `Book` stream) or an OOXML file
 * encrypted with a password (an `EncryptionInfo` stream). Stream names are UTF-16LE in the
 * directory; a Word .doc has neither.
 */
function compoundFileKind(bytes: Uint8Array): ContentKind {
  if (containsUtf16Name(bytes, 'EncryptionInfo')) return 'encrypted-ooxml'
  if (containsUtf16Name(bytes, 'Workbook') || containsUtf16Name(bytes, 'Book')) return 'xls'
  throw new ImportError('not_a_spreadsheet')
}

function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2)
  for (let i = 0; i < name.length; i++) needle[2 * i] = name.charCodeAt(i)
  const first = needle[0]
  for (let at = bytes.indexOf(first ?? 0); at !== -1; at = bytes.indexOf(first ?? 0, at + 1)) {
    if (at + needle.length > bytes.length) return false
    let i = 1
    while (i < needle.length && bytes[at + i] === needle[i]) i++
    if (i === needle.length) return true
  }
  return false
}

/**
 * The first 64 KB as text (NULs left out), or null when they are binary: more than 5% NUL
 * bytes outside UTF-16, or more than 1% other control characters, which no CSV or HTML
 * export contains. A few NULs are an exporter's padding: the text reader drops them.
 */
function decodeHead(bytes: Uint8Array): string | null {
  const bom = bomEncoding(bytes)
  const utf16 = bom?.encoding.startsWith('utf-16') ? bom.encoding : utf16WithoutBom(bytes)
  const raw = createDecoder(utf16 ?? 'windows-1252').decode(
    bytes.subarray(bom?.length ?? 0, HEAD_BYTES)
  )
  const head = raw.indexOf('\u0000') === -1 ? raw : raw.split('\u0000').join('')
  if ((raw.length - head.length) * 20 > raw.length) return null
  let control = 0
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      control++
    }
  }
  return control > head.length / 100 ? null : head
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte)
}
