/**
 * `leadprep launch` refuses, in pt-BR and with a code of its own, what the user must fix before
 * anything is sent: a LEADPREP_*_URL that is plain http off loopback (cli.md), and a presigned
 * link asked for longer than Signature V4's 7 days. Nothing is written to the user-data folder.
 */
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { FAKE_INTEGRA_TOKEN } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../../fakes/kinboxServer'
import { INTEGRA_SETTINGS, tempDir } from './launchTestKit'

type Provider = 'integra' | 'kinbox'
let folder: Awaited<ReturnType<typeof tempDir>>
let leads: string
beforeAll(async () => {
  folder = await tempDir()
  leads = join(folder.dir, 'leads.csv')
  await writeFile(leads, 'Nome,Telefone\nMaria Silva,11987654321\nJosé Souza,11987654322\n')
})
afterAll(() => folder.remove())

async function config(provider: Provider, s3: object = {}): Promise<string> {
  const path = join(folder.dir, `${provider}-${Math.random().toString(36).slice(2)}.json`)
  const leadsFile = { host: 's3', endpoint: 'https://s3.example.com', region: 'sa-east-1' }
  const settings =
    provider === 'integra'
      ? { integra: INTEGRA_SETTINGS }
      : {
          kinbox: {
            channelId: 'canal-1',
            channelType: '1',
            message: 'Olá!',
            chunkSize: 100,
            secondsBetweenMessages: 10,
            secondsBetweenChunks: 600,
            leadsFile: { ...leadsFile, bucket: 'leads', ...s3 }
          }
        }
  const common = { provider, file: leads, name: 'Recusas' }
  const mapping = { phone: 'Telefone', name: 'Nome', variables: {} }
  const schedule = { start: '2026-12-01T09:00:00-03:00' }
  await writeFile(path, JSON.stringify({ ...common, mapping, schedule, ...settings }))
  return path
}

async function launch(args: string[], env: Record<string, string>) {
  const userData = join(folder.dir, `user-${Math.random().toString(36).slice(2)}`)
  const all: Record<string, string> = {
    LEADPREP_USER_DATA: userData,
    LEADPREP_INTEGRA_TOKEN: FAKE_INTEGRA_TOKEN,
    LEADPREP_KINBOX_TOKEN: FAKE_KINBOX_TOKEN,
    LEADPREP_S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    LEADPREP_S3_SECRET_ACCESS_KEY: 'secret',
    ...env
  }
  const saved = { ...process.env }
  Object.assign(process.env, all)
  let stdout = ''
  let stderr = ''
  try {
    const code = await runCli(['launch', ...args, '--json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t)
    })
    const { error } = JSON.parse(stdout) as { error: { code: string; message: string } }
    return { code, error, output: stdout + stderr, userData }
  } finally {
    for (const key of Object.keys(all)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

const VARIABLE: Record<Provider, string> = {
  integra: 'LEADPREP_INTEGRA_URL',
  kinbox: 'LEADPREP_KINBOX_URL'
}

describe.each<Provider>(['integra', 'kinbox'])('leadprep launch → %s refuses', (provider) => {
  it.each([true, false])(
    'a plain-http base URL off loopback, in pt-BR (dry run: %s), before anything is written',
    async (dry) => {
      const run = await launch(
        ['--config', await config(provider), ...(dry ? ['--dry-run'] : [])],
        {
          [VARIABLE[provider]]: 'http://10.0.0.7:8080'
        }
      )
      expect(run.code).toBe(1)
      expect(run.error.code).toBe('invalid_base_url')
      expect(run.error.message).toContain(VARIABLE[provider])
      expect(run.error.message).toContain('https://')
      expect(run.output).not.toContain(FAKE_INTEGRA_TOKEN)
      expect(run.output).not.toContain(FAKE_KINBOX_TOKEN)
      expect(existsSync(join(run.userData, 'launches'))).toBe(false)
    }
  )
})

it('a presigned link for more than 7 days is refused, saying Signature V4 allows 7', async () => {
  const run = await launch(
    ['--config', await config('kinbox', { expiresInDays: 8 }), '--dry-run'],
    {}
  )
  expect(run.code).toBe(1)
  expect(run.error.code).toBe('invalid_config')
  expect(run.error.message).toMatch(/expiresInDays/)
  expect(run.error.message).toMatch(/no máximo 7 dias/)
})
