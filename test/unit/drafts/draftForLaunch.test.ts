/**
 * drafts:for-launch (issue 15, Campanhas shows what was sent): main finds the draft a launch was
 * made from by the launch's id, and reads it with the plan kept beside the journal. Through the
 * app's handler table, on a real user-data folder.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createJournalStore } from '../../../electron/main/launch/journal'
import type { DraftSaved } from '../../../shared/ipc/drafts'
import type { LaunchDraftAnswer } from '../../../shared/ipc/launchDraft'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import type { LaunchPlan } from '../../../shared/launch/types'
import type { MappingRow } from '../../../shared/mapping'
import { CSV, draftsFolder, fullDraft, type DraftsFolder } from './draftsKit'

let f: DraftsFolder
afterEach(async () => {
  await f?.remove()
})

const LAUNCH = '0123456789abcdef01234567'
const OTHER_LAUNCH = 'fedcba9876543210fedcba98'
const HEADERS = ['nome', 'telefone', 'email']

/** The plan Disparar would have sent for fullDraft(): Kinbox, 2 leads, 1 invalid, 1 excluded. */
function kinboxPlan(): LaunchPlan {
  const rows: MappingRow[] = [
    ['Ana', '+5511987654321', 'ana@x.com'],
    ['Bia', '+5521987654321', 'bia@x.com']
  ].map((cells, i) => ({ row: i + 2, phone: cells[1]!, cell: (c: number) => cells[c] ?? '' }))
  const built = buildLaunchPlan({
    provider: 'kinbox',
    name: 'Black Friday',
    sourceFile: 'leads.csv',
    rows,
    excluded: { invalid: 1, excluded_by_user: 1 },
    mapping: {
      provider: 'kinbox',
      phone: { column: 1 },
      name: { column: 0 },
      variables: [{ key: 'email', column: 2, empty: { kind: 'default', value: '' } }]
    },
    start: Date.parse('2030-01-07T12:00:00Z'),
    kinbox: {
      channelId: 'ch-1',
      channelType: '1',
      operatorName: 'Ana',
      message: 'Olá {{leadName}}!',
      chunkSize: 50,
      secondsBetweenMessages: 12,
      secondsBetweenChunks: 300,
      leadsFile: { host: 'self', url: 'https://example.com/leads.xlsx', saveTo: '/tmp/x.xlsx' }
    },
    columns: HEADERS
  })
  if (!built.ok) throw new Error(JSON.stringify(built.problems))
  return built.plan
}

async function launchedDraft(launchId = LAUNCH): Promise<string> {
  const saved = await f.data<DraftSaved>('drafts:save', { draft: fullDraft(), sourceBytes: CSV })
  await f.data('drafts:mark-launched', { draftId: saved.draftId, launchId })
  return saved.draftId
}

const forLaunch = (launchId: string) => f.data<LaunchDraftAnswer>('drafts:for-launch', { launchId })

describe('drafts:for-launch', () => {
  it('gives the launched draft with the plan: file, sheet, counts, mapping, message, schedule, account', async () => {
    f = await draftsFolder()
    const draftId = await launchedDraft()
    await createJournalStore(join(f.dir, 'launches')).writePlan(LAUNCH, kinboxPlan())

    const { draft } = await forLaunch(LAUNCH)
    expect(draft).toEqual({
      draftId,
      fileName: 'leads.csv',
      sheet: 'Planilha1',
      sourceAvailable: true,
      campaignName: 'Black Friday',
      provider: 'kinbox',
      leadsSent: 2,
      excluded: expect.objectContaining({ invalid: 1, excluded_by_user: 1, duplicate: 0 }),
      // Columns by the file's own headers (the launch's source.json); unfinished keys dropped.
      mapping: {
        phone: 'telefone',
        ddd: null,
        name: 'nome',
        variables: [
          { key: 'email', column: 'email' },
          { key: 'em progresso', column: null }
        ]
      },
      message: 'Olá {{leadName}}!',
      voicemail: { enabled: false, text: '' },
      integraConfig: null,
      schedule: {
        startAt: expect.stringMatching(/^2030-01-07T/),
        expectedEndAt: expect.any(String),
        timeZone: 'America/Sao_Paulo',
        parts: 1,
        kinbox: { chunkSize: 50, secondsBetweenMessages: 12, secondsBetweenChunks: 300 },
        integra: null
      },
      account: {
        provider: 'kinbox',
        channelId: 'ch-1',
        operatorName: 'Ana',
        businessHoursId: null
      }
    })
  })

  it('without the plan beside it, still gives the draft, with its own count', async () => {
    f = await draftsFolder()
    await launchedDraft()
    const { draft } = await forLaunch(LAUNCH)
    expect(draft).toMatchObject({
      fileName: 'leads.csv',
      leadsSent: 2,
      excluded: null,
      schedule: null,
      account: null,
      // No headers known: the column's position.
      mapping: { phone: '#2', name: '#1' }
    })
  })

  it('no draft for this launch (a CLI launch, another launch, a deleted draft) is draft: null', async () => {
    f = await draftsFolder()
    expect(await forLaunch(LAUNCH)).toEqual({ draft: null })
    // A draft not launched, and one of another launch, are not this launch's.
    await f.data('drafts:save', { draft: fullDraft(), sourceBytes: CSV })
    const other = await launchedDraft(OTHER_LAUNCH)
    expect(await forLaunch(LAUNCH)).toEqual({ draft: null })
    expect((await forLaunch(OTHER_LAUNCH)).draft?.draftId).toBe(other)

    await f.data('drafts:delete', { draftId: other })
    expect(await forLaunch(OTHER_LAUNCH)).toEqual({ draft: null })
  })

  it('a draft whose file copy is gone says so (Duplicar has nothing to read)', async () => {
    f = await draftsFolder()
    const draftId = await launchedDraft()
    await rm(join(f.drafts, draftId, 'source.csv'))
    expect((await forLaunch(LAUNCH)).draft).toMatchObject({ draftId, sourceAvailable: false })
  })

  it('refuses anything but a launch id (never a path)', async () => {
    f = await draftsFolder()
    for (const launchId of ['../drafts', '/etc/passwd', 'ABCDEF0123456789', ''])
      expect(await f.call('drafts:for-launch', { launchId })).toMatchObject({
        ok: false,
        error: { code: 'invalid_request' }
      })
  })
})
