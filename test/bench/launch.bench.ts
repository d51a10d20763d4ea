/**
 * The launch plan (issue 10, "Speed"), from 50,000 launchable leads of a messy export:
 * - plan + bodies + zod validation (Integra: 5 parts of 10,000): goal ≤ 300 ms. Baseline: one
 *   JSON round trip of the same bodies (stringify + parse), the least any sender pays to put
 *   them on the wire or in the journal, so the ratio says how many "serialisations" planning costs.
 * - the Kinbox leads file for 50,000 rows: goal ≤ 1 s, against SheetJS writing the same cells.
 * The production figure: `npx tsx test/bench/bundle.ts launch` (esbuild-bundled, plain node,
 * none of tsx's per-function helpers).
 */
import { loadavg } from 'node:os'
import { utils, write } from '@e965/xlsx'
import Papa from 'papaparse'
import { buildLaunchPlan, type LaunchInput } from '../../shared/launch/buildPlan'
import { integraBodySchema } from '../../shared/launch/integraBodySchema'
import { writeLeadsCsv, writeLeadsXlsx } from '../../shared/launch/leadsFile'
import type { KinboxLeadsFile, LaunchPlan } from '../../shared/launch/types'
import { IntegraCreateCampaign } from '../../shared/providers/integra/schemas'
import { launchInput } from './launchInput'
import { medianPairMs, type BenchSuite } from './types'

/** How slow this machine is right now: figures are wall time, and the machine may be shared. */
function calibration(): string {
  const t0 = performance.now()
  let x = 0
  for (let i = 0; i < 1e8; i++) x = (x + i * 7) | 0
  const ms = performance.now() - t0
  if (x === 0.5) throw new Error('unreachable: keeps the loop from being optimised away')
  return `a 1e8-step integer loop took ${ms.toFixed(0)} ms (≈ 70–100 ms on an idle core)`
}

function plan(input: LaunchInput): LaunchPlan {
  const result = buildLaunchPlan(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.plan
}

function sheetJsXlsx(file: KinboxLeadsFile): unknown {
  const book = utils.book_new()
  utils.book_append_sheet(book, utils.aoa_to_sheet([file.header, ...file.rows]), 'Leads')
  return write(book, { type: 'array', bookType: 'xlsx', compression: true })
}

const suite: BenchSuite = {
  name: 'launch plan and leads file (issue 10)',
  async run(log) {
    const load = loadavg().map((l) => l.toFixed(1))
    log(`load average ${load.join(' ')}; ${calibration()}`)
    const integra = launchInput('integra')
    const kinbox = launchInput('kinbox')
    const integraPlan = plan(integra)
    const bodies = integraPlan.parts.map((part) => part.body)
    log(
      `${integraPlan.recipients} recipients in ${integraPlan.parts.length} parts; excluded ${JSON.stringify(integraPlan.excluded)}`
    )
    const integraTimes = await medianPairMs(
      () => plan(integra),
      () => JSON.parse(JSON.stringify(bodies)) as unknown
    )
    const zodOnly = await medianPairMs(
      () => bodies.map((body) => IntegraCreateCampaign.parse(body)),
      () => undefined
    )
    const keys = integra.mapping.variables.map((variable) => variable.key)
    const planSchema = integraBodySchema(keys)
    const zodPlan = await medianPairMs(
      () => bodies.map((body) => planSchema.safeParse(body)),
      () => undefined
    )
    log(
      `zod on the 5 bodies: IntegraCreateCampaign ${zodOnly.ours.toFixed(1)} ms, the plan's integraBodySchema ${zodPlan.ours.toFixed(1)} ms`
    )
    const kinboxPlan = plan(kinbox)
    if (kinboxPlan.provider !== 'kinbox') throw new Error('wrong provider')
    const file = kinboxPlan.leadsFile
    const kinboxTimes = await medianPairMs(
      () => plan(kinbox),
      () => JSON.parse(JSON.stringify(file)) as unknown
    )

    const xlsx = writeLeadsXlsx(file)
    log(
      `leads file: ${file.rows.length} rows × ${file.header.length} columns, xlsx ${(xlsx.length / 1048576).toFixed(1)} MiB`
    )
    const xlsxTimes = await medianPairMs(
      () => writeLeadsXlsx(file),
      () => sheetJsXlsx(file),
      3
    )
    const csvTimes = await medianPairMs(
      () => writeLeadsCsv(file),
      () => Papa.unparse([file.header, ...file.rows]),
      3
    )
    return [
      {
        label: 'Integra plan + 5 bodies + zod validation, 50k recipients',
        unit: 'ms',
        ours: integraTimes.ours,
        baselineLabel: 'JSON round trip of the same bodies',
        baseline: integraTimes.baseline,
        goalValue: 300
      },
      {
        label: 'Kinbox plan + body + leads-file cells, 50k recipients',
        unit: 'ms',
        ours: kinboxTimes.ours,
        baselineLabel: 'JSON round trip of the cells',
        baseline: kinboxTimes.baseline,
        goalValue: 300
      },
      {
        label: 'Kinbox leads file (xlsx), 50k rows',
        unit: 'ms',
        ours: xlsxTimes.ours,
        baselineLabel: 'SheetJS aoa_to_sheet + write',
        baseline: xlsxTimes.baseline,
        goalValue: 1000
      },
      {
        label: 'Kinbox leads file (csv), 50k rows',
        unit: 'ms',
        ours: csvTimes.ours,
        baselineLabel: 'Papa.unparse (string only)',
        baseline: csvTimes.baseline,
        goalValue: 1000
      }
    ]
  }
}

export default suite
