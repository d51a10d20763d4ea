/**
 * Hostile inputs, generated (issue 14): each is the smallest file showing one pattern that
 * used to crash or stall the reader. Nothing here is read from disk.
 */
import { deflateSync, strToU8, zipSync } from 'fflate'

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** The parts of a one-sheet .xlsx around `sheetXml` (the whole worksheet part). */
function xlsxParts(sheetXml: string | null, sheetName = 'Leads'): Record<string, string> {
  const parts: Record<string, string> = {
    '[Content_Types].xml': '<Types/>',
    '_rels/.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
  }
  if (sheetXml !== null) parts['xl/worksheets/sheet1.xml'] = sheetXml
  return parts
}

export function xlsx(sheetData: string, sheetName?: string): Uint8Array {
  const parts = xlsxParts(
    `<worksheet ${NS}><sheetData>${sheetData}</sheetData></worksheet>`,
    sheetName
  )
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])))
}

export const inline = (text: string): string => `<c t="inlineStr"><is><t>${text}</t></is></c>`

/** Rows (and cells) without the optional `r` attribute: a header, then `rows` leads. */
export function xlsxWithoutRowNumbers(rows: number): Uint8Array {
  const body = [`<row>${inline('Nome')}${inline('Telefone')}</row>`]
  for (let i = 0; i < rows; i++) {
    body.push(`<row>${inline(`Lead ${i}`)}<c><v>${11900000000 + i}</v></c></row>`)
  }
  return xlsx(body.join(''))
}

/** A header, one lead, then 1,048,574 empty `<row/>` (about 11 KB zipped). */
export function xlsxOfEmptyRows(): Uint8Array {
  const head = `<row>${inline('Nome')}${inline('Telefone')}</row><row>${inline('Maria')}<c><v>11987654321</v></c></row>`
  return xlsx(head + '<row/>'.repeat(1_048_576 - 2))
}

/**
 * A raw DEFLATE stream (one fixed-Huffman block) inflating to `bytes` bytes of "a": one
 * literal, then back-references of 258 bytes at distance 1, 13 bits each (ratio ~1000:1).
 */
export function deflateBomb(bytes: number): Uint8Array {
  const copies = Math.floor((bytes - 1) / 258)
  const out = new Uint8Array(Math.ceil((3 + 8 + copies * 13 + 7 + 8) / 8) + 1)
  let bit = 0
  const put = (value: number, count: number): void => {
    for (let i = 0; i < count; i++, bit++) if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7)
  }
  /** Huffman codes go most significant bit first. */
  const code = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--, bit++)
      if ((value >> i) & 1) out[bit >> 3]! |= 1 << (bit & 7)
  }
  put(1, 1) // BFINAL
  put(1, 2) // fixed Huffman
  code(0x30 + 0x61, 8) // literal "a"
  for (let i = 0; i < copies; i++) {
    code(0b11000101, 8) // length code 285 = 258 bytes
    code(0, 5) // distance code 0 = 1 byte back
  }
  code(0, 7) // end of block
  return out.subarray(0, Math.ceil(bit / 8))
}

interface RawEntry {
  name: string
  data: Uint8Array
  method: 0 | 8
  /** What the headers claim the entry inflates to. */
  declaredSize: number
}

/** A zip written by hand, so an entry's declared size can be anything (CRCs left at 0). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const local: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const entry of entries) {
    const name = strToU8(entry.name)
    const header = new Uint8Array(30 + name.length)
    const view = new DataView(header.buffer)
    view.setUint32(0, 0x04034b50, true)
    view.setUint16(4, 20, true)
    view.setUint16(8, entry.method, true)
    view.setUint32(18, entry.data.length, true)
    view.setUint32(22, entry.declaredSize, true)
    view.setUint16(26, name.length, true)
    header.set(name, 30)
    const record = new Uint8Array(46 + name.length)
    const cv = new DataView(record.buffer)
    cv.setUint32(0, 0x02014b50, true)
    cv.setUint16(4, 20, true)
    cv.setUint16(6, 20, true)
    cv.setUint16(10, entry.method, true)
    cv.setUint32(20, entry.data.length, true)
    cv.setUint32(24, entry.declaredSize, true)
    cv.setUint16(28, name.length, true)
    cv.setUint32(42, offset, true)
    record.set(name, 46)
    local.push(header, entry.data)
    central.push(record)
    offset += header.length + entry.data.length
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, entries.length, true)
  ev.setUint16(10, entries.length, true)
  ev.setUint32(12, centralSize, true)
  ev.setUint32(16, offset, true)
  const all = [...local, ...central, end]
  const bytes = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of all) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/** An .xlsx whose worksheet inflates to `inflated` bytes while declaring `declared`. */
export function xlsxBomb(inflated: number, declared = inflated): Uint8Array {
  const entries: RawEntry[] = Object.entries(xlsxParts(null)).map(([name, text]) => {
    const data = strToU8(text)
    return { name, data: deflateSync(data), method: 8, declaredSize: data.length }
  })
  entries.push({
    name: 'xl/worksheets/sheet1.xml',
    data: deflateBomb(inflated),
    method: 8,
    declaredSize: declared
  })
  return rawZip(entries)
}

const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'

/** An .ods whose content.xml body (inside office:spreadsheet) is `tables`. */
export function ods(tables: string, content?: string): Uint8Array {
  const xml =
    content ??
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODS_NS} office:version="1.2"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(xml),
    'styles.xml': strToU8(`<office:document-styles ${ODS_NS}/>`),
    'META-INF/manifest.xml': strToU8(
      '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'
    )
  })
}

const odsCell = (text: string, repeat = 1): string =>
  `<table:table-cell table:number-columns-repeated="${repeat}" office:value-type="string"><text:p>${text}</text:p></table:table-cell>`

/** ~1.5 KB: one row repeated `rows` times, each of one cell repeated `columns` times. */
export function odsBomb(rows: number, columns: number): Uint8Array {
  return ods(
    `<table:table table:name="Leads"><table:table-row>${odsCell('Telefone')}</table:table-row><table:table-row table:number-rows-repeated="${rows}">${odsCell('11987654321', columns)}</table:table-row></table:table>`
  )
}

/** A small, valid .ods with a header and two leads (SheetJS reads it). */
export function smallOds(): Uint8Array {
  return ods(
    `<table:table table:name="Leads"><table:table-row>${odsCell('Nome')}${odsCell('Telefone')}</table:table-row><table:table-row>${odsCell('Maria')}${odsCell('11987654321')}</table:table-row><table:table-row>${odsCell('José')}${odsCell('21998765432')}</table:table-row><table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`
  )
}
