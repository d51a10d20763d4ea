/**
 * The bundled sample's numbers are made up but may be someone's: main refuses a real launch
 * whose recipients are mostly the sample's (decided from the numbers, not from a file name),
 * on Disparar's review, in launch:start itself, and in `leadprep launch`. In simulation the
 * sample launches; an ordinary list is never refused.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../electron/cli/main'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import { defaultLaunchService } from '../../../electron/main/ipc/handlers/launch'
import {
  SAMPLE_MIN_NUMBERS,
  findSampleLeadFile,
  isSampleLaunch,
  leadFileNumbers,
  refusesSample,
  sampleGuard
} from '../../../electron/main/launch/sampleGuard'
import type { LaunchService } from '../../../electron/main/launch/launchService'
import type { MainServices } from '../../../electron/main/services'
import { createSimulation } from '../../../electron/main/simulation/simulation'
import type { LaunchReview, LaunchSummary } from '../../../shared/ipc/launch'
import type { Settings } from '../../../shared/ipc/schemas'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { MappingRow } from '../../../shared/mapping'
import { INTEGRA_SETTINGS, START, phones, tempDir } from './launchTestKit'

const SAMPLE = findSampleLeadFile(__dirname)!
let sample: Set<string>

beforeAll(async () => {
  expect(SAMPLE).not.toBeNull()
  sample = leadFileNumbers(await readFile(SAMPLE), 'leads-exemplo.csv')
})

/** An Integra or Kinbox plan to these E.164 numbers, built by the real plan builder. */
function planTo(numbers: string[], provider: 'integra' | 'kinbox' = 'integra'): LaunchPlan {
  const rows: MappingRow[] = numbers.map((phone, i) => ({
    row: i + 2,
    phone,
    cell: (column: number) => (column === 0 ? phone : `Lead ${i}`)
  }))
  const result = buildLaunchPlan({
    provider,
    name: 'Exemplo',
    sourceFile: 'qualquer-nome.xlsx',
    rows,
    excluded: {},
    mapping: { provider, phone: { column: 0 }, name: { column: 1 }, variables: [] },
    start: START,
    ...(provider === 'integra'
      ? { integra: INTEGRA_SETTINGS }
      : {
          kinbox: {
            channelId: 'channel-1',
            channelType: '1' as const,
            message: 'Olá!',
            chunkSize: 100,
            secondsBetweenMessages: 10,
            secondsBetweenChunks: 600,
            leadsFile: { host: 's3' as const, region: 'us-east-1', bucket: 'leads', prefix: '' }
          }
        })
  })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.plan
}

const sampleE164 = () => [...sample].map((digits) => `+${digits}`)

describe('the sample check', () => {
  it('knows the sample by its cleaned numbers', () => {
    expect(sample.size).toBeGreaterThanOrEqual(SAMPLE_MIN_NUMBERS)
    for (const number of sample) expect(number).toMatch(/^[1-9]\d{7,14}$/)
  })

  it.each(['integra', 'kinbox'] as const)(
    'refuses a real %s launch of the sample, whatever the file is called',
    (provider) => {
      const plan = planTo(sampleE164(), provider)
      expect(isSampleLaunch(plan, sample)).toBe(true)
      expect(refusesSample(plan, sample)).toBe(true)
      expect(refusesSample({ ...plan, simulated: true }, sample)).toBe(false)
    }
  )

  it('refuses the sample with a few numbers of the user’s own added (most still the sample’s)', () => {
    const mixed = [...sampleE164(), ...phones(Math.floor(sample.size / 2))]
    expect(refusesSample(planTo(mixed), sample)).toBe(true)
  })

  it('lets an ordinary list go, even one that shares a few numbers with the sample', () => {
    expect(refusesSample(planTo(phones(40)), sample)).toBe(false)
    // Fewer than 5 sample numbers, or under half the list: not the sample.
    expect(refusesSample(planTo(sampleE164().slice(0, SAMPLE_MIN_NUMBERS - 1)), sample)).toBe(false)
    const few = [...sampleE164().slice(0, 6), ...phones(20)]
    expect(refusesSample(planTo(few), sample)).toBe(false)
  })
})

describe('a stand-in on this machine', () => {
  it('may get the sample (the fakes reach no one); a strict guard and any other host refuse', async () => {
    const plan = planTo(sampleE164())
    const guard = sampleGuard(SAMPLE)
    expect(await guard.refuses(plan, 'http://127.0.0.1:4010')).toBe(false)
    expect(await guard.refuses(plan, 'http://localhost:4010/')).toBe(false)
    expect(await guard.refuses(plan, 'https://api.useintegra.com.br')).toBe(true)
    expect(await guard.refuses(plan, 'https://staging.example.com.br')).toBe(true)
    expect(await guard.refuses(plan)).toBe(true)
    expect(await sampleGuard(SAMPLE, true).refuses(plan, 'http://127.0.0.1:4010')).toBe(true)
  })
})

describe('main refuses a real launch of the sample', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>
  let settings: Settings
  let call: <T>(channel: string, payload: unknown) => Promise<T>
  let failure: (channel: string, payload: unknown) => Promise<string | undefined>
  let launches: LaunchService

  beforeEach(async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => {
        throw new Error('nothing may be sent')
      })
    )
    folder = await tempDir()
    settings = { language: 'pt-BR', simulation: false } as Settings
    const services: MainServices = {
      secrets: {
        get: () => Promise.resolve(null),
        set: () => Promise.resolve(),
        remove: () => Promise.resolve()
      },
      settings: {
        get: () => Promise.resolve(settings),
        update: (patch) => Promise.resolve((settings = { ...settings, ...patch }))
      },
      app: { name: 'LeadPrep', version: '1', platform: 'linux' },
      openInBrowser: () => Promise.resolve(),
      chooseLeadFile: () => Promise.resolve(null),
      chooseSavePath: () => Promise.resolve(null),
      userDataDir: folder.dir,
      sampleLeadFile: SAMPLE,
      simulation: createSimulation()
    }
    // Kept, so a test's launch is over before its folder goes (no write into a removed folder).
    launches = services.launches = defaultLaunchService(services)
    const handlers = createHandlerTable(services)
    const dispatch = (channel: string, payload: unknown) =>
      dispatchIpc(
        handlers,
        { appOrigin: 'app://leadprep' },
        channel,
        { url: 'app://leadprep/index.html', isMainFrame: true },
        payload
      )
    call = async <T>(channel: string, payload: unknown) => {
      const result = await dispatch(channel, payload)
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
      return result.data as T
    }
    failure = async (channel, payload) => {
      const result = await dispatch(channel, payload)
      return result.ok ? undefined : result.error.code
    }
  })

  afterEach(async () => {
    await launches.idle()
    vi.unstubAllGlobals()
    await folder.remove()
  })

  it('says so on the review and refuses launch:start; in simulation it launches', async () => {
    const plan = planTo(sampleE164())
    expect((await call<LaunchReview>('launch:review', { plan })).sampleFile).toBe(true)
    expect(await failure('launch:start', { plan })).toBe('sample_file_real_launch')
    expect(await call<LaunchSummary[]>('launch:list', {})).toEqual([])

    settings = { ...settings, simulation: true }
    expect((await call<LaunchReview>('launch:review', { plan })).sampleFile).toBeUndefined()
    const started = await call<LaunchSummary>('launch:start', { plan })
    expect(started.simulated).toBe(true)
    await expect
      .poll(async () => (await call<LaunchSummary[]>('launch:list', {}))[0]?.state)
      .toBe('done')
  })

  it('an ordinary list is reviewed without the mark', async () => {
    const review = await call<LaunchReview>('launch:review', { plan: planTo(phones(10)) })
    expect(review.sampleFile).toBeUndefined()
  })
})

describe('leadprep launch', () => {
  let folder: Awaited<ReturnType<typeof tempDir>>
  beforeAll(async () => {
    folder = await tempDir()
  })
  afterAll(() => folder.remove())

  it('refuses the sample (exit 1, JSON error), and sends nothing', async () => {
    const config = join(folder.dir, 'exemplo.json')
    await writeFile(
      config,
      JSON.stringify({
        provider: 'integra',
        file: SAMPLE,
        name: 'Exemplo',
        mapping: { phone: 'Celular', name: 'Nome', variables: {} },
        schedule: { start: '2026-12-01T09:00:00-03:00' },
        integra: INTEGRA_SETTINGS
      })
    )
    const userData = join(folder.dir, 'user')
    const saved = { ...process.env }
    Object.assign(process.env, {
      LEADPREP_USER_DATA: userData,
      LEADPREP_INTEGRA_TOKEN: `ik_live_${'1'.repeat(64)}`
    })
    let stdout = ''
    let stderr = ''
    try {
      const code = await runCli(['launch', '--config', config, '--json'], {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t)
      })
      expect(code).toBe(1)
      const { error } = JSON.parse(stdout) as { error: { code: string; message: string } }
      expect(error.code).toBe('sample_file')
      expect(error.message).toContain('arquivo de exemplo')
      expect(stderr).toContain('arquivo de exemplo')
    } finally {
      for (const key of ['LEADPREP_USER_DATA', 'LEADPREP_INTEGRA_TOKEN']) delete process.env[key]
      Object.assign(process.env, saved)
    }
  })
})
