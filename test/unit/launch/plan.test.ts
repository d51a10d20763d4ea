import { describe, expect, it } from 'vitest'
import { buildLaunchPlan } from '../../../shared/launch/buildPlan'
import {
  IntegraLaunchPlan,
  KinboxLaunchPlan,
  LaunchPlan,
  type ExcludedCounts
} from '../../../shared/launch/types'
import { IntegraCreateCampaign } from '../../../shared/providers/integra/schemas'
import { KinboxCreateCampaign } from '../../../shared/providers/kinbox/schemas'
import { EXAMPLE_2_HOURS } from '../timing/helpers'
import {
  COLUMNS,
  INTEGRA_SETTINGS,
  KINBOX_SETTINGS,
  integraInput,
  kinboxInput,
  leads,
  mapping,
  openApiIssues,
  planOf,
  variable
} from './helpers'

const sum = (counts: ExcludedCounts): number =>
  Object.values(counts).reduce((total, n) => total + (n ?? 0), 0)

describe('Integra plan for 25,000 leads', () => {
  const rows = leads(25_000)
  const given: ExcludedCounts = { invalid: 40, duplicate: 12, do_not_contact: 3 }
  const plan = planOf(buildLaunchPlan(integraInput(rows, { excluded: given })))
  if (plan.provider !== 'integra') throw new Error('wrong provider')

  it('has three parts of at most 10,000 named (k/3)', () => {
    expect(plan.parts.map((p) => [p.name, p.body.recipients.length])).toEqual([
      ['Campanha Dezembro (1/3)', 10_000],
      ['Campanha Dezembro (2/3)', 10_000],
      ['Campanha Dezembro (3/3)', 5_000]
    ])
    expect(plan.parts.map((p) => p.body.name)).toEqual(plan.parts.map((p) => p.name))
  })

  it('puts every lead in exactly one part, in file order, and counts every row', () => {
    const inParts = plan.parts.flatMap((p) => p.rows)
    expect(inParts).toEqual(rows.map((r) => r.row))
    const phones = plan.parts.flatMap((p) => p.body.recipients.map((r) => r.phone_number))
    expect(new Set(phones).size).toBe(25_000)
    expect(plan.recipients).toBe(25_000)
    expect(plan.excluded).toMatchObject({ ...given, empty_required_variable: 0 })
    expect(plan.recipients + sum(plan.excluded)).toBe(rows.length + 55)
  })

  it('builds bodies the zod schema and the vendor OpenAPI both accept', () => {
    for (const part of plan.parts) {
      expect(IntegraCreateCampaign.safeParse(part.body).success).toBe(true)
      expect(openApiIssues('integra', part.body)).toEqual([])
    }
    expect(IntegraLaunchPlan.safeParse(plan).success).toBe(true)
    expect(LaunchPlan.safeParse(JSON.parse(JSON.stringify(plan))).success).toBe(true)
  })

  it('sends ids, config, names and variables from the settings and the mapping', () => {
    const body = plan.parts[0]!.body
    expect(body).toMatchObject({
      project_id: INTEGRA_SETTINGS.project_id,
      agent_id: INTEGRA_SETTINGS.agent_id,
      phone_number_id: INTEGRA_SETTINGS.phone_number_id,
      config: INTEGRA_SETTINGS.config
    })
    expect(body.recipients[1]).toEqual({
      phone_number: '+5511900000001',
      recipient_name: 'José da Silva',
      dynamic_variables: { leadName: 'José', companyName: 'Silva, Souza & Cia', city: 'Belém' }
    })
  })

  it('schedules parts one after another inside the calling window, with its offset', () => {
    // 10,000 calls, 5 at a time, 60 s each: 2,000 min = 33 h 20 min of open calling time
    // (Mon–Fri 09:00–20:00, Sat 10:00–16:00): Tue 11 h + Wed 11 h + Thu 11 h + Fri 20 min.
    expect(plan.parts.map((p) => [p.scheduledAt, p.expectedEndAt])).toEqual([
      ['2026-12-01T09:00:00-03:00', '2026-12-04T09:20:00-03:00'],
      ['2026-12-04T09:20:00-03:00', '2026-12-08T14:40:00-03:00'],
      ['2026-12-08T14:40:00-03:00', '2026-12-10T09:20:00-03:00']
    ])
    expect(plan.parts.map((p) => p.body.scheduled_at)).toEqual(plan.parts.map((p) => p.scheduledAt))
    // Integra will not pause a campaign overnight: each part is flagged.
    expect(plan.parts.map((p) => p.warnings)).toEqual([
      ['part_runs_past_window:1'],
      ['part_runs_past_window:2'],
      ['part_runs_past_window:3']
    ])
    expect(plan.warnings).toContain('part_runs_past_window:2')
  })
})

describe('Integra: required variables and "não enviar a linha"', () => {
  it('leaves out rows whose skipRow variable is empty and counts them', () => {
    const rows = leads(100) // every 4th has no company
    const skipCompany = mapping('integra', [
      variable('leadName', COLUMNS.name, { transform: 'firstName' }),
      variable('companyName', COLUMNS.company, { empty: { kind: 'skipRow' } })
    ])
    const plan = planOf(
      buildLaunchPlan(integraInput(rows, { mapping: skipCompany, excluded: { invalid: 7 } }))
    )
    expect(plan.recipients).toBe(75)
    expect(plan.excluded.empty_required_variable).toBe(25)
    expect(plan.recipients + sum(plan.excluded)).toBe(100 + 7)
    expect(plan.parts[0]!.rows).not.toContain(rows[3]!.row)
  })

  it('sends the default instead, and warns when a variable goes out empty', () => {
    const rows = leads(8)
    const withDefault = mapping('integra', [
      variable('companyName', COLUMNS.company, { empty: { kind: 'default', value: 'sua empresa' } })
    ])
    const plan = planOf(buildLaunchPlan(integraInput(rows, { mapping: withDefault })))
    if (plan.provider !== 'integra') throw new Error('wrong provider')
    expect(plan.recipients).toBe(8)
    expect(plan.parts[0]!.body.recipients[3]!.dynamic_variables).toEqual({
      companyName: 'sua empresa'
    })
    const blank = planOf(buildLaunchPlan(integraInput(rows)))
    expect(blank.warnings).toContain('empty_variable:companyName')
  })

  it('refuses a value over 1,000 characters instead of cutting it', () => {
    const rows = leads(3)
    const long = {
      ...rows[1]!,
      cell: (c: number) => (c === COLUMNS.city ? 'x'.repeat(1001) : rows[1]!.cell(c))
    }
    const result = buildLaunchPlan(integraInput([rows[0]!, long, rows[2]!]))
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'value_too_long', key: 'city', maxLength: 1000, count: 1, rows: [3] }]
    })
  })
})

describe('Kinbox plan', () => {
  // timing.md example 1: 250 leads, chunks of 100, 10 s / 600 s, no hours → 10:01:10.
  const rows = leads(250)
  const plan = planOf(buildLaunchPlan(kinboxInput(rows, { excluded: { duplicate: 5 } })))
  if (plan.provider !== 'kinbox') throw new Error('wrong provider')
  const part = plan.parts[0]!

  it('is one part with every field of the body from the settings and the timing model', () => {
    expect(plan.parts).toHaveLength(1)
    expect(part.body).toEqual({
      name: 'Campanha Dezembro',
      channelId: KINBOX_SETTINGS.channelId,
      channelType: '1',
      operatorName: 'Equipe Vendas',
      businessHoursId: KINBOX_SETTINGS.businessHoursId,
      leadType: 'file',
      normalizeBrazilPhoneNumbers: false,
      scheduledTo: '2026-12-01T09:00:00-03:00',
      originalScheduledTo: '2026-12-01T09:00:00-03:00',
      finishedAtPrediction: '2026-12-01T10:01:10-03:00',
      message: KINBOX_SETTINGS.message,
      textRaw: KINBOX_SETTINGS.message,
      chunksCount: 3,
      chunkSize: 100,
      secondsBetweenMessages: 10,
      secondsBetweenChunks: 600
    })
    expect(part.rows).toEqual(rows.map((r) => r.row))
    expect(part.expectedEndAt).toBe('2026-12-01T10:01:10-03:00')
    expect(plan.recipients + sum(plan.excluded)).toBe(255)
    expect(plan.leadsFileTarget).toEqual(KINBOX_SETTINGS.leadsFile)
  })

  it('passes the zod schema and, with leadsAssetUrl, the vendor OpenAPI', () => {
    const body = { ...part.body, leadsAssetUrl: 'https://files.example.com/leads.xlsx' }
    expect(KinboxCreateCampaign.safeParse(body).success).toBe(true)
    expect(openApiIssues('kinbox', body)).toEqual([])
    expect(KinboxLaunchPlan.safeParse(plan).success).toBe(true)
  })

  it('lays out the leads file: number, then one text column per variable in mapping order', () => {
    expect(plan.leadsFile.header).toEqual(['number', 'leadName', 'companyName', 'city'])
    expect(plan.leadsFile.rows).toHaveLength(250)
    expect(plan.leadsFile.rows[1]).toEqual(['5511900000001', 'José', 'Silva, Souza & Cia', 'Belém'])
    expect(plan.leadsFile.rows.flat().every((cell) => typeof cell === 'string')).toBe(true)
  })

  it("predicts the finish with the account's business hours", () => {
    // timing.md example 2: 10,000 leads from a Friday 16:00, Mon–Fri 09:00–18:00.
    const result = buildLaunchPlan(
      kinboxInput(leads(10_000), {
        start: Date.parse('2026-12-04T16:00:00-03:00'),
        kinbox: {
          ...KINBOX_SETTINGS,
          chunkSize: 500,
          secondsBetweenMessages: 15,
          secondsBetweenChunks: 1800,
          businessHours: EXAMPLE_2_HOURS
        }
      })
    )
    const body = planOf(result).parts[0]!.body
    expect(body).toMatchObject({
      chunksCount: 20,
      scheduledTo: '2026-12-04T16:00:00-03:00',
      finishedAtPrediction: '2026-12-14T13:05:00-03:00'
    })
  })

  it('leaves out rows only for an empty skipRow variable the message uses', () => {
    const skipCompany = mapping('kinbox', [
      variable('leadName', COLUMNS.name),
      variable('companyName', COLUMNS.company, { empty: { kind: 'skipRow' } })
    ])
    const used = planOf(buildLaunchPlan(kinboxInput(leads(100), { mapping: skipCompany })))
    expect([used.recipients, used.excluded.empty_required_variable]).toEqual([75, 25])
    const unused = planOf(
      buildLaunchPlan(
        kinboxInput(leads(100), {
          mapping: skipCompany,
          kinbox: { ...KINBOX_SETTINGS, message: 'Olá {{leadName}}!' }
        })
      )
    )
    expect([unused.recipients, unused.excluded.empty_required_variable]).toEqual([100, 0])
    expect(unused.warnings).toContain('skip_rule_unused:companyName')
  })

  it('warns about a placeholder no variable fills', () => {
    const result = buildLaunchPlan(
      kinboxInput(leads(2), { kinbox: { ...KINBOX_SETTINGS, message: 'Oi {{apelido}}' } })
    )
    expect(planOf(result).warnings).toEqual(['unknown_placeholder:apelido'])
  })
})

describe('problems instead of a plan', () => {
  it('no launchable rows', () => {
    expect(buildLaunchPlan(integraInput([]))).toEqual({
      ok: false,
      problems: [{ code: 'no_launchable_rows' }]
    })
    const allSkipped = mapping('kinbox', [
      variable('companyName', COLUMNS.company, { empty: { kind: 'skipRow' } })
    ])
    const noCompany = leads(4).filter((_, i) => i % 4 === 3)
    const result = buildLaunchPlan(
      kinboxInput(noCompany, {
        mapping: allSkipped,
        kinbox: { ...KINBOX_SETTINGS, message: '{{companyName}}' }
      })
    )
    expect(result).toEqual({ ok: false, problems: [{ code: 'no_launchable_rows' }] })
  })

  it('missing settings for the provider', () => {
    const { integra: _i, ...noIntegra } = integraInput(leads(1))
    expect(buildLaunchPlan(noIntegra)).toEqual({
      ok: false,
      problems: [{ code: 'missing_settings', provider: 'integra' }]
    })
    const { kinbox: _k, ...noKinbox } = kinboxInput(leads(1))
    expect(buildLaunchPlan(noKinbox)).toEqual({
      ok: false,
      problems: [{ code: 'missing_settings', provider: 'kinbox' }]
    })
  })

  it('an empty message', () => {
    const result = buildLaunchPlan(
      kinboxInput(leads(1), { kinbox: { ...KINBOX_SETTINGS, message: '  ' } })
    )
    expect(result).toEqual({ ok: false, problems: [{ code: 'empty_message' }] })
  })

  it('invalid ids', () => {
    const result = buildLaunchPlan(
      integraInput(leads(1), { integra: { ...INTEGRA_SETTINGS, agent_id: 'agente-1' } })
    )
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'invalid_id', provider: 'integra', field: 'agent_id' }]
    })
    const kinbox = buildLaunchPlan(
      kinboxInput(leads(1), { kinbox: { ...KINBOX_SETTINGS, channelId: '' } })
    )
    expect(kinbox).toEqual({
      ok: false,
      problems: [{ code: 'invalid_id', provider: 'kinbox', field: 'channelId' }]
    })
  })

  it('settings out of range, an empty name, a mapping made for the other provider', () => {
    const bad = buildLaunchPlan(
      integraInput(leads(1), { integra: { ...INTEGRA_SETTINGS, config: { max_concurrent: 11 } } })
    )
    expect(bad.ok || bad.problems[0]).toMatchObject({
      code: 'invalid_settings',
      field: 'config.max_concurrent'
    })
    const unnamed = buildLaunchPlan(
      integraInput(leads(1), { name: ' ', mapping: mapping('kinbox') })
    )
    expect(unnamed.ok || unnamed.problems.map((p) => p.code)).toEqual([
      'empty_name',
      'mapping_provider_mismatch'
    ])
  })

  it('a calling window that never opens', () => {
    const never = { hours: {}, timeZone: 'America/Sao_Paulo', skipHolidays: true }
    const result = buildLaunchPlan(
      integraInput(leads(1), { integra: { ...INTEGRA_SETTINGS, callingWindow: never } })
    )
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'no_open_hours', provider: 'integra' }]
    })
  })
})
