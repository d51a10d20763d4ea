/**
 * Cleaning 100k realistic messy rows (normalize + dedupe + names, as CleanSession does) against
 * libphonenumber-js/max merely parsing and validating the same 100k phone cells.
 * Goal (issue 4): ≤ 0.5×.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { CleanSession } from '../../shared/cleaning/cleanSession'
import type { LeadInput } from '../../shared/cleaning/types'
import { medianPairMs, type BenchSuite } from './types'
import { seededRandom } from '../support/random'

const ROWS = 100_000
const DDDS = [11, 21, 31, 41, 47, 51, 61, 71, 81, 85, 92, 98, 20, 23]
const NAMES = ['MARIA DAS GRAÇAS SILVA', 'joão da silva', '  Ana   Pereira ', 'Carlos Oliveira']

/** Cells shaped like the fixtures: punctuation, +55, trunk 0, carriers, words, junk. */
function messyLeads(): LeadInput[] {
  const next = seededRandom(42)
  const digits = (n: number) => String(Math.floor(next() * 10 ** n)).padStart(n, '0')
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const shapes: ((d: number, m: string, f: string) => string)[] = [
    (d, m) => `(${d}) ${m.slice(0, 5)}-${m.slice(5)}`,
    (d, m) => `+55 ${d} ${m.slice(0, 5)}-${m.slice(5)} (WhatsApp)`,
    (d, m) => `${d} ${m[0]} ${m.slice(1, 5)} ${m.slice(5)}`,
    (d, m) => `55${d}${m}`,
    (d, m) => `0${d}${m}`,
    (d, m) => `0 31 ${d} ${m.slice(0, 5)}-${m.slice(5)}`,
    (d, m) => `tel: ${d} ${m.slice(0, 5)}.${m.slice(5)}`,
    (d, _m, f) => `(${d}) ${f.slice(0, 4)}-${f.slice(4)}`,
    (d, _m, f) => `(${d}) ${f.slice(0, 4)}-${f.slice(4)} ramal 21`,
    (d, m, f) => `(${d}) ${m.slice(0, 5)}-${m.slice(5)} / (${d}) ${f}`,
    (_d, m) => `${m.slice(0, 5)}-${m.slice(5)}`,
    (d) => `5,5${d % 10}E+12`,
    () => pick(['', 'ligar depois', '-', '00000000000', digits(4)])
  ]
  const leads: LeadInput[] = []
  for (let row = 2; row < ROWS + 2; row++) {
    const shape = pick(shapes)
    const fresh = shape(pick(DDDS), '9' + digits(8), pick(['2', '3', '4', '5']) + digits(7))
    // About 5% of rows repeat an earlier lead's cell, as exports merged from two lists do.
    const cell = leads.length > 0 && next() < 0.05 ? pick(leads).phone : fresh
    leads.push({ row, phone: cell, name: pick(NAMES), email: 'maria@example.com' })
  }
  return leads
}

const suite: BenchSuite = {
  name: 'cleaning (issue 4)',
  async run(log) {
    const leads = messyLeads()
    let valid = 0
    let summary = {}
    const times = await medianPairMs(
      () => {
        summary = new CleanSession(leads).result().summary
      },
      () => {
        valid = 0
        for (const lead of leads) {
          if (parsePhoneNumberFromString(lead.phone, 'BR')?.isValid() === true) valid++
        }
      }
    )
    log(`${ROWS} rows; libphonenumber valid ${valid}; cleaned ${JSON.stringify(summary)}`)
    return [
      {
        label: 'clean 100k rows (normalize + dedupe + names)',
        unit: 'ms',
        ours: times.ours,
        baselineLabel: 'libphonenumber-js/max parse 100k',
        baseline: times.baseline,
        goal: 0.5
      }
    ]
  }
}

export default suite
