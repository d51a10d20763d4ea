/**
 * launch:start in main does not take the page's word that the block list was checked: while a
 * damaged block list waits for review, nothing starts (blocklist_needs_review, with pt-BR and
 * English text); once the user has acknowledged it, the launch starts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dispatchIpc } from '../../../electron/main/ipc/dispatch'
import { createHandlerTable } from '../../../electron/main/ipc/handlerTable'
import type { LaunchService } from '../../../electron/main/launch/launchService'
import type { LaunchSummary } from '../../../shared/ipc/launch'
import { ipcErrorsEn, ipcErrorsPtBR } from '../../../renderer/src/i18n/ipcErrors'
import { integraPlan } from './launchTestKit'

const frame = { url: 'app://leadprep/index.html', isMainFrame: true }
let dirs: string[] = []
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
  dirs = []
})

/** What a stand-in launch service answers: a launch that has just begun. */
const SUMMARY: LaunchSummary = {
  launchId: 'a'.repeat(24),
  provider: 'integra',
  name: 'Campanha Dezembro',
  sourceFile: 'leads.csv',
  state: 'in_progress',
  active: true,
  createdAt: '2026-12-01T12:00:00.000Z',
  updatedAt: '2026-12-01T12:00:00.000Z',
  recipients: 3,
  upload: null,
  parts: [],
  error: null
}

async function harness() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'leadprep-launch-blocklist-'))
  dirs.push(userDataDir)
  const started: unknown[] = []
  const launches = {
    review: async () => {
      throw new Error('not used')
    },
    start: async (plan: unknown) => {
      started.push(plan)
      return SUMMARY
    },
    resume: async () => {
      throw new Error('not used')
    },
    list: async () => []
  } as unknown as LaunchService
  const table = createHandlerTable({
    secrets: { get: async () => null, set: async () => undefined, remove: async () => undefined },
    settings: {
      get: async () => ({ language: 'pt-BR' }),
      update: async () => ({ language: 'pt-BR' })
    },
    app: { name: 'LeadPrep', version: '1', platform: 'linux' },
    openInBrowser: async () => undefined,
    chooseLeadFile: async () => null,
    chooseSavePath: async () => null,
    userDataDir,
    launches
  })
  const call = (channel: string, payload: unknown) =>
    dispatchIpc(table, { appOrigin: 'app://leadprep' }, channel, frame, payload)
  return { userDataDir, started, call }
}

describe('launch:start while the block list needs review', () => {
  it('is refused by main with blocklist_needs_review, even if the page never looked', async () => {
    const h = await harness()
    // A cut-short block list: some numbers may be lost. The page has not asked for notices.
    await writeFile(join(h.userDataDir, 'blocklist.json'), '{"numbers": ["+5511987654321", "+55')
    const refused = await h.call('launch:start', { plan: integraPlan(3) })
    expect(refused).toMatchObject({ ok: false, error: { code: 'blocklist_needs_review' } })
    expect(h.started).toEqual([])

    expect(await h.call('stores:acknowledge', { store: 'blocklist' })).toMatchObject({
      ok: true,
      data: { blockListNeedsReview: false }
    })
    const accepted = await h.call('launch:start', { plan: integraPlan(3) })
    expect(accepted).toMatchObject({ ok: true, data: { launchId: SUMMARY.launchId } })
    expect(h.started).toHaveLength(1)
  })

  it('a sound block list does not hold a launch', async () => {
    const h = await harness()
    await writeFile(
      join(h.userDataDir, 'blocklist.json'),
      '{"numbers": ["+5511987654321"], "updatedAt": null}'
    )
    expect(await h.call('launch:start', { plan: integraPlan(2) })).toMatchObject({ ok: true })
    expect(h.started).toHaveLength(1)
  })

  it('the refusal has its pt-BR and English text', () => {
    expect(ipcErrorsPtBR.blocklist_needs_review).toMatch(/lista de bloqueio.*danificada/)
    expect(ipcErrorsEn.blocklist_needs_review).toMatch(/block list was found damaged/)
  })
})
