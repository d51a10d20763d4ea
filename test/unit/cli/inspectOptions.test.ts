/** `leadprep inspect --help`, `--password` and a folder given as the file (issue 14, cli.md). */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'

const PROTECTED = fileURLToPath(
  new URL('../../../../shared/fixtures/leads/broken/password-protected.xlsx', import.meta.url)
)

async function inspect(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['inspect', ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text)
  })
  return { code, stdout, stderr }
}

afterEach(() => {
  delete process.env.LEADPREP_FILE_PASSWORD
})

describe('leadprep inspect', () => {
  it('--help prints the options in pt-BR and exits 0', async () => {
    const { code, stdout } = await inspect(['--help'])
    expect(code).toBe(0)
    expect(stdout).toContain('--password SENHA')
    expect(stdout).toContain('coluna dos telefones')
    expect(stdout).toContain('--default-ddd DD')
  })

  it('a protected file without a password says password_required (exit 2)', async () => {
    const { code, stdout } = await inspect([PROTECTED, '--json'])
    expect(code).toBe(2)
    expect(JSON.parse(stdout)).toMatchObject({ error: { code: 'password_required' } })
  })

  it('--password opens a protected file', async () => {
    const { code, stdout } = await inspect([PROTECTED, '--password', 'senha123', '--json'])
    expect(code).toBe(0)
    const json = JSON.parse(stdout) as { format: string; summary: { total: number } }
    expect(json.format).toBe('xlsx')
    expect(json.summary.total).toBeGreaterThan(0)
  })

  it('LEADPREP_FILE_PASSWORD opens it too; a wrong one is wrong_password', async () => {
    process.env.LEADPREP_FILE_PASSWORD = 'senha123'
    expect((await inspect([PROTECTED, '--json'])).code).toBe(0)
    const wrong = await inspect([PROTECTED, '--password', 'errada', '--json'])
    expect(wrong.code).toBe(2)
    expect(JSON.parse(wrong.stdout)).toMatchObject({ error: { code: 'wrong_password' } })
  })

  it('--phone-column and --name-column choose a repeated header by its grid name', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'leadprep-rep-')), 'leads.csv')
    writeFileSync(
      file,
      'nome,telefone,telefone,email,nome\nAna,11987654321,21998765432,a@x.com,Ana B\n'
    )
    const args = [file, '--phone-column', 'telefone (2)', '--name-column', 'nome (2)', '--json']
    const { code, stdout } = await inspect(args)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({
      phoneColumn: 'telefone (2)',
      nameColumn: 'nome (2)',
      rows: [{ phone: '+5521998765432', name: 'Ana B' }]
    })
  })

  it('a folder given as the file is a pt-BR message and exit 2', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'leadprep-dir-'))
    const { code, stdout, stderr } = await inspect([folder, '--json'])
    expect(code).toBe(2)
    expect(JSON.parse(stdout)).toEqual({
      error: {
        code: 'not_a_file',
        message: 'Isto é uma pasta, não um arquivo: escolha o arquivo da lista de leads.'
      }
    })
    expect(stderr).toContain('pasta')
  })
})
