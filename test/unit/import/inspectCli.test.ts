import { describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../../electron/cli/main'

const fixture = (path: string): string =>
  fileURLToPath(new URL(`../../../../shared/fixtures/${path}`, import.meta.url))

async function inspect(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['inspect', ...args, '--json'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { code, json: JSON.parse(stdout) as Record<string, unknown>, stderr }
}

describe('leadprep inspect --json', () => {
  it('reports format, encoding, delimiter, header, columns and skipped counts', async () => {
    const { code, json } = await inspect(fixture('leads/excel-ptbr-cp1252.csv'))
    expect(code).toBe(0)
    expect(json).toMatchObject({
      file: 'excel-ptbr-cp1252.csv',
      format: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
      sheets: [],
      sheet: null,
      headerRow: 1,
      phoneColumn: 'Celular',
      dddColumn: null,
      nameColumn: 'Nome completo',
      summary: { blankSkipped: 5, footerRowsSkipped: 0 }
    })
  })

  it('lists the sheets of a workbook and honours --sheet and --header-row', async () => {
    const { code, json } = await inspect(
      fixture('real/13_flatfile_test-basic.xlsx'),
      '--sheet',
      'Rebates-Purchases',
      '--header-row',
      '2'
    )
    expect(code).toBe(0)
    expect(json).toMatchObject({ format: 'xlsx', sheet: 'Rebates-Purchases', headerRow: 2 })
    expect((json.sheets as unknown[]).length).toBe(3)
  })

  it('takes the columns the user names', async () => {
    const { json } = await inspect(
      fixture('real/03_minha-receita_estabelecimento.csv'),
      '--phone-column',
      'telefone2',
      '--name-column',
      'email'
    )
    expect(json).toMatchObject({ phoneColumn: 'telefone2', dddColumn: 'ddd2', nameColumn: 'email' })
  })

  it('exits 2 with the error object for an unreadable file', async () => {
    const { code, json, stderr } = await inspect(fixture('leads/broken/unterminated-quote.csv'))
    expect(code).toBe(2)
    expect(json).toEqual({
      error: { code: 'unterminated_quote', message: expect.stringContaining('linha 2') }
    })
    expect(stderr).toContain('linha 2')
  })

  it('exits 1 for an unknown column, sheet or bad option', async () => {
    const csv = fixture('leads/crm-export-utf8.csv')
    expect((await inspect(csv, '--phone-column', 'Celular')).json).toMatchObject({
      error: { code: 'column_not_found' }
    })
    expect((await inspect(csv, '--provider', 'zap')).code).toBe(1)
    const sheet = await inspect(fixture('leads/planilha-vendas.xlsx'), '--sheet', 'Vendas')
    expect([sheet.code, (sheet.json.error as { code: string }).code]).toEqual([
      1,
      'sheet_not_found'
    ])
  })

  it('tells the user a CSV named .xlsx was read as CSV', async () => {
    const { json } = await inspect(fixture('leads/broken/csv-named-as.xlsx'))
    expect(json.notices).toEqual([
      { code: 'read_as_csv', message: expect.stringContaining('lido como CSV') }
    ])
  })
})
