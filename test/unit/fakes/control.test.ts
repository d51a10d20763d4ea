import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeControl } from '../../fakes/control'
import { startFakeKinbox } from '../../fakes/kinboxServer'
import { repoRoot } from '../../support/paths'
import { INTEGRA_AUTH, KINBOX_AUTH, call, closeAfterEach, integraCampaign } from './helpers'

/**
 * The control API under /__fake/, as a CLI or browser test in another process drives it:
 * first over fetch against an in-process fake, then against `serve.ts` as a child process.
 */

const track = closeAfterEach()

describe('fake control endpoint', () => {
  it('arms faults, shows state and resets, none of it recorded as vendor traffic', async () => {
    const fake = track(await startFakeKinbox())
    const control = fakeControl(fake.url)
    await control.addFaults({
      failure: { kind: 'server_error', afterHandling: true },
      scope: { method: 'POST', path: '/v3/campaigns' }
    })
    const create = () =>
      call(`${fake.url}/v3/campaigns`, { method: 'POST', auth: KINBOX_AUTH, body: { name: 'N' } })
    expect((await create()).status).toBe(500)
    const state = await control.state()
    expect(state.campaigns).toMatchObject([{ name: 'N', status: 'processing' }])
    expect(state.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v3/campaigns'])
    expect(state.faults).toEqual([])
    const id = String(state.campaigns[0]?.['id'])
    expect(await control.advance({ id, to: 'executing' })).toMatchObject({ status: 'executing' })
    await control.reset()
    expect(fake.campaigns.size).toBe(0)
    expect(fake.requests).toHaveLength(0)
  })

  it('refuses a fault it does not know, saying why', async () => {
    const fake = track(await startFakeKinbox())
    const reply = await call(`${fake.url}/__fake/faults`, {
      method: 'POST',
      body: { failure: { kind: 'explode' } }
    })
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toContain('failure.kind')
    await expect(fakeControl(fake.url).advance({ id: 'nope' })).rejects.toThrow('404')
  })
})

// Starting tsx and compiling the fakes takes seconds on a busy machine.
describe('serve.ts as a child process', { timeout: 120_000 }, () => {
  let child: ChildProcess | undefined
  afterEach(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM')
      await once(child, 'exit')
    }
  })

  async function serve(...args: string[]): Promise<Record<string, string>> {
    const root = repoRoot()
    child = spawn(`${root}/node_modules/.bin/tsx`, ['test/fakes/serve.ts', ...args], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'inherit']
    })
    const lines = createInterface({ input: child.stdout! })
    const [line] = (await once(lines, 'line')) as [string]
    return JSON.parse(line) as Record<string, string>
  }

  it('prints both base URLs on one line, takes faults at start and over /__fake/', async () => {
    const startFault = JSON.stringify([
      { failure: { kind: 'drop' }, scope: { method: 'POST', path: '/api/v1/campaigns' } }
    ])
    const urls = await serve('--kinbox', '--integra', '--integra-faults', startFault)
    expect(Object.keys(urls).sort()).toEqual(['integra', 'kinbox'])
    const integra = urls['integra'] ?? ''
    const create = () =>
      call(`${integra}/api/v1/campaigns`, {
        method: 'POST',
        auth: INTEGRA_AUTH,
        body: integraCampaign('Natal')
      })
    await expect(create()).rejects.toThrow('fetch failed')
    const control = fakeControl(integra)
    expect((await control.state()).campaigns).toHaveLength(1)
    await control.addFaults({ failure: { kind: 'unauthorized' }, scope: { nth: 2 } })
    expect((await create()).status).toBe(201)
    expect((await create()).status).toBe(401)
    const { id } = (await create()).body as { id: string }
    await control.advance({ id, to: 'COMPLETED' })
    expect((await control.state()).calls).toHaveLength(1)

    child!.kill('SIGTERM')
    const [code] = (await once(child!, 'exit')) as [number | null]
    expect(code).toBe(0)
  })

  it('exits with a message when told to start nothing', async () => {
    const root = repoRoot()
    child = spawn(`${root}/node_modules/.bin/tsx`, ['test/fakes/serve.ts'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [code] = (await once(child, 'close')) as [number | null]
    expect(code).toBe(1)
    expect(stderr).toContain('--kinbox, --integra')
  })
})
