/**
 * `leadprep launch` (cli.md) against the fakes, for both providers: planilha-vendas.xlsx and
 * a generated 25,000-row file launched with every part created once; the same command again
 * resumes and sends nothing; --new makes another launch; --dry-run makes no request at all
 * and prints bodies that validate against the vendors' OpenAPI files; exit 1 when a part is
 * not created. The built out/cli/leadprep.cjs, run as a child process, is killed (SIGKILL)
 * between parts and while a part is `sending`, and run twice at once: the next run ends
 * with each part once at the fake. Tokens never reach stdout, stderr or the journal.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { createOpenApiValidator, loadOpenApi } from '../../fakes/openapi'
import { FAKE_INTEGRA_TOKEN, startFakeIntegra, type FakeIntegra } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN, startFakeKinbox, type FakeKinbox } from '../../fakes/kinboxServer'
import { INTEGRA_SETTINGS, phones, serveFolder, tempDir } from './launchTestKit'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const BUILT = join(ROOT, 'out/cli/leadprep.cjs')
const VENDAS = fileURLToPath(
  new URL('../../../../shared/fixtures/leads/planilha-vendas.xlsx', import.meta.url)
)

type Provider = 'integra' | 'kinbox'

let integra: FakeIntegra
let kinbox: FakeKinbox
let folder: Awaited<ReturnType<typeof tempDir>>
let files: Awaited<ReturnType<typeof serveFolder>>
let filesUrl: string
let bigCsv: string

beforeAll(async () => {
  folder = await tempDir()
  bigCsv = join(folder.dir, 'leads-25k.csv')
  const lines = phones(25_000, 500_000).map((phone, i) => `Lead ${i},${phone.slice(3)}`)
  await writeFile(bigCsv, `Nome,Telefone\n${lines.join('\n')}\n`)
  // "hospedo eu mesmo": the CLI writes the leads file here; this server is the user's host.
  await mkdir(join(folder.dir, 'hosted'))
  files = await serveFolder(join(folder.dir, 'hosted'))
  filesUrl = files.url
})
afterAll(async () => {
  await files.close()
  await folder.remove()
})

let userData: string
let env: Record<string, string>
beforeEach(async () => {
  integra = await startFakeIntegra()
  kinbox = await startFakeKinbox()
  userData = join(folder.dir, `user-${Math.random().toString(36).slice(2)}`)
  env = {
    LEADPREP_USER_DATA: userData,
    LEADPREP_INTEGRA_URL: integra.url,
    LEADPREP_KINBOX_URL: kinbox.url,
    LEADPREP_INTEGRA_TOKEN: FAKE_INTEGRA_TOKEN,
    LEADPREP_KINBOX_TOKEN: FAKE_KINBOX_TOKEN
  }
})
afterEach(() => Promise.all([integra.close(), kinbox.close()]))

let configs = 0
async function config(
  provider: Provider,
  file = VENDAS,
  name = 'Campanha Dezembro'
): Promise<string> {
  const path = join(folder.dir, `config-${++configs}.json`)
  const common = {
    provider,
    file,
    name,
    mapping: {
      phone: 'Telefone',
      name: 'Nome',
      variables: { leadName: { column: 'Nome', transform: 'firstName' } }
    },
    schedule: { start: '2026-12-01T09:00:00-03:00' }
  }
  const settings =
    provider === 'integra'
      ? { integra: { ...INTEGRA_SETTINGS, config: { max_concurrent: 2, call_timeout: 45 } } }
      : {
          kinbox: {
            channelId: 'canal-1',
            channelType: '1',
            message: 'Olá {{leadName}}!',
            chunkSize: 100,
            secondsBetweenMessages: 10,
            secondsBetweenChunks: 600,
            leadsFile: {
              host: 'self',
              url: `${filesUrl}/leads-${configs}.xlsx`,
              saveTo: join(folder.dir, 'hosted', `leads-${configs}.xlsx`)
            }
          }
        }
  await writeFile(path, JSON.stringify({ ...common, ...settings }))
  return path
}

interface Run {
  code: number
  stdout: string
  stderr: string
  json: Record<string, unknown>
}

/** In this process, with `env` set for the duration (the command reads process.env). */
async function inProcess(args: string[]): Promise<Run> {
  const saved = { ...process.env }
  Object.assign(process.env, env)
  let stdout = ''
  let stderr = ''
  try {
    const code = await runCli(['launch', ...args, '--json'], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t)
    })
    return { code, stdout, stderr, json: JSON.parse(stdout) as Record<string, unknown> }
  } finally {
    for (const key of Object.keys(env)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

function child(args: string[]) {
  const proc = spawn(process.execPath, [BUILT, 'launch', ...args, '--json'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  proc.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('close', (code, signal) =>
      resolve({
        code: code ?? -1,
        signal,
        stdout,
        stderr,
        json: stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {}
      })
    )
  )
  return { proc, done }
}

interface Journal {
  parts: { status: string }[]
}

/** The one journal in the user-data folder, once it exists and satisfies `ready`. */
async function journalWhen(ready: (journal: Journal) => boolean): Promise<void> {
  const dir = join(userData, 'launches')
  for (;;) {
    const names = existsSync(dir)
      ? (await readdir(dir)).filter((n) => /^[0-9a-f]{24}\.json$/.test(n))
      : []
    if (names[0]) {
      const text = await readFile(join(dir, names[0]), 'utf8').catch(() => '')
      if (text && ready(JSON.parse(text) as Journal)) return
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const campaigns = (provider: Provider) =>
  [
    ...(provider === 'integra' ? integra.campaigns : kinbox.campaigns).values()
  ] as unknown as Record<string, unknown>[]
const posts = (provider: Provider) =>
  (provider === 'integra' ? integra : kinbox).requests.filter((r) => r.method === 'POST').length
const CREATE: Record<Provider, string> = { integra: '/api/v1/campaigns', kinbox: '/v3/campaigns' }
type ResultPart = { part: number; recipients: number; status: string; campaignId: string }

/** Each part of the result exists once at the fake, under its id; every lead sent once. */
function expectLaunched(provider: Provider, run: Run, recipients: number) {
  expect(run.code).toBe(0)
  const parts = run.json['parts'] as ResultPart[]
  expect(parts.every((p) => p.status === 'created')).toBe(true)
  expect(parts.reduce((n, p) => n + p.recipients, 0)).toBe(recipients)
  const all = campaigns(provider)
  for (const part of parts) expect(all.filter((c) => c['id'] === part.campaignId)).toHaveLength(1)
  const names = all.map((c) => c['name'])
  expect(new Set(names).size).toBe(names.length)
  if (provider === 'integra') {
    const sent = all.flatMap((c) =>
      (c['recipients'] as { phone_number: string }[]).map((r) => r.phone_number)
    )
    expect(new Set(sent).size).toBe(recipients)
    expect(sent).toHaveLength(recipients)
  } else {
    const leads = [...kinbox.leads.values()].flat()
    expect(new Set(leads.map((l) => l.number)).size).toBe(recipients)
  }
  for (const text of [run.stdout, run.stderr]) {
    expect(text).not.toContain(FAKE_INTEGRA_TOKEN)
    expect(text).not.toContain(FAKE_KINBOX_TOKEN)
  }
}

describe.each<Provider>(['integra', 'kinbox'])('leadprep launch → %s', (provider) => {
  it('--dry-run: no request at all, bodies valid for the OpenAPI file, exclusions counted', async () => {
    const path = await config(provider)
    const run = await inProcess(['--config', path, '--dry-run'])
    expect(run.code).toBe(0)
    expect(integra.requests.length + kinbox.requests.length).toBe(0)
    const validator = createOpenApiValidator(loadOpenApi(provider))
    const requests = run.json['requests'] as { method: string; url: string; body: unknown }[]
    expect(requests).toHaveLength(1)
    for (const request of requests) {
      const url = new URL(request.url)
      expect(url.pathname).toBe(CREATE[provider])
      const result = validator.validate({
        method: request.method,
        path: url.pathname,
        query: url.searchParams,
        authorization: `Bearer ${provider === 'integra' ? FAKE_INTEGRA_TOKEN : FAKE_KINBOX_TOKEN}`,
        body: request.body
      })
      expect(result.kind === 'matched' && result.issues).toEqual([])
    }
    expect(run.json['excluded']).toMatchObject({ invalid: 162, duplicate: 72 })
    if (provider === 'kinbox') {
      expect(run.json['leadsFile']).toMatchObject({ format: 'xlsx', rows: 766 })
      expect(await readdir(join(folder.dir, 'hosted'))).not.toContain(`leads-${configs}.xlsx`)
    }
  })

  it('launches planilha-vendas.xlsx; the same command again resumes and sends nothing; --new sends anew', async () => {
    const path = await config(provider)
    const first = await inProcess(['--config', path])
    expectLaunched(provider, first, 766)
    const again = await inProcess(['--config', path])
    expect(again.json).toEqual(first.json)
    expect(posts(provider)).toBe(1)
    const fresh = await inProcess(['--config', path, '--new'])
    expect(fresh.code).toBe(0)
    expect(fresh.json['launchId']).not.toBe(first.json['launchId'])
    expect(posts(provider)).toBe(2)
    const journal = await readFile(
      join(userData, 'launches', `${String(first.json['launchId'])}.json`),
      'utf8'
    )
    expect(journal).not.toContain(provider === 'integra' ? FAKE_INTEGRA_TOKEN : FAKE_KINBOX_TOKEN)
  })

  it('launches a 25,000-row file', async () => {
    const run = await inProcess(['--config', await config(provider, bigCsv, 'Lista grande')])
    expectLaunched(provider, run, 25_000)
    expect((run.json['parts'] as unknown[]).length).toBe(provider === 'integra' ? 3 : 1)
  })

  it('exits 1 with the parts when a part is not created (a revoked token)', async () => {
    env[provider === 'integra' ? 'LEADPREP_INTEGRA_TOKEN' : 'LEADPREP_KINBOX_TOKEN'] =
      provider === 'integra' ? `ik_live_${'e'.repeat(64)}` : 'token-revogado-123'
    const run = await inProcess(['--config', await config(provider)])
    expect(run.code).toBe(1)
    expect((run.json['parts'] as ResultPart[])[0]?.status).toBe('failed')
    expect(campaigns(provider)).toHaveLength(0)
  })
})

// Child processes on a busy 2-core machine: a generous harness limit, not a speed assertion.
const CHILD_TIMEOUT = { timeout: 180_000 }

describe.runIf(existsSync(BUILT)).each<Provider>(['integra', 'kinbox'])(
  'the built CLI killed and run at once → %s',
  CHILD_TIMEOUT,
  (provider) => {
    it('SIGKILL while a part is sending (its POST created the campaign): the next run finds it', async () => {
      const path = await config(provider)
      const create = { method: 'POST', path: CREATE[provider] }
      ;(provider === 'integra' ? integra : kinbox).setFailure(
        { kind: 'hang', afterHandling: true },
        create
      )
      const { proc, done } = child(['--config', path])
      await journalWhen((j) => j.parts.some((p) => p.status === 'sending'))
      // The fake has handled (created) before we kill: wait for that observable state.
      while (campaigns(provider).length === 0) await new Promise((r) => setTimeout(r, 20))
      proc.kill('SIGKILL')
      expect((await done).signal).toBe('SIGKILL')
      const next = await child(['--config', path]).done
      expectLaunched(provider, next, 766)
      expect(posts(provider)).toBe(1)
    })

    it('SIGKILL while a part is sending (nothing created): the next run sends it once', async () => {
      const path = await config(provider)
      const create = { method: 'POST', path: CREATE[provider] }
      ;(provider === 'integra' ? integra : kinbox).setFailure({ kind: 'hang' }, create)
      const { proc, done } = child(['--config', path])
      await journalWhen((j) => j.parts.some((p) => p.status === 'sending'))
      // Killed once its POST has reached the fake (and hangs there, unhandled).
      while (posts(provider) === 0) await new Promise((r) => setTimeout(r, 20))
      proc.kill('SIGKILL')
      await done
      const next = await child(['--config', path]).done
      expectLaunched(provider, next, 766)
    })

    it('two runs at once: one is refused with launch_locked or both end done; each part once', async () => {
      const path = await config(provider)
      const [a, b] = await Promise.all([
        child(['--config', path]).done,
        child(['--config', path]).done
      ])
      const refused = [a, b].filter((r) => r.code === 1)
      for (const r of refused)
        expect((r.json['error'] as { code: string }).code).toBe('launch_locked')
      const winner = [a, b].find((r) => r.code === 0)!
      expectLaunched(provider, winner, 766)
    })
  }
)

describe.runIf(existsSync(BUILT))(
  'the built CLI killed between Integra parts',
  CHILD_TIMEOUT,
  () => {
    it('SIGKILL after part 1 was created: the next run creates the rest, each part once', async () => {
      const path = await config('integra', bigCsv, 'Lista grande')
      // The second POST never answers, so the child is surely stopped at or before part 2.
      integra.setFailure({ kind: 'hang' }, { method: 'POST', path: CREATE.integra, nth: 2 })
      const { proc, done } = child(['--config', path])
      await journalWhen((j) => j.parts[0]?.status === 'created')
      proc.kill('SIGKILL')
      await done
      integra.clearFailures()
      const next = await child(['--config', path]).done
      expectLaunched('integra', next, 25_000)
    })
  }
)
