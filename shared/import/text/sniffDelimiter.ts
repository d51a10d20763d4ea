export const DELIMITERS = [',', ';', '\t', '|'] as const
export type Delimiter = (typeof DELIMITERS)[number]

const SAMPLE_CHARS = 64 * 1024
const SAMPLE_RECORDS = 50

/**
 * The delimiter whose field counts agree over the first records (quotes respected): the most
 * records sharing one count, weighted by that count, so `;` with decimal commas beats `,`.
 * A single-column file gets `,`.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, SAMPLE_CHARS)
  let best: Delimiter = ','
  let bestScore = 0
  for (const delimiter of DELIMITERS) {
    const score = consistencyScore(fieldCounts(sample, delimiter))
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

function consistencyScore(counts: number[]): number {
  const frequency = new Map<number, number>()
  for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1)
  let score = 0
  for (const [fields, records] of frequency) {
    if (fields > 1) score = Math.max(score, records * (fields - 1))
  }
  return score
}

/** Field counts of the first non-blank records; a record cut by the sample's end is dropped. */
function fieldCounts(sample: string, delimiter: string): number[] {
  const counts: number[] = []
  let fields = 1
  let inQuotes = false
  let blank = true
  for (let i = 0; i < sample.length && counts.length < SAMPLE_RECORDS; i++) {
    const c = sample[i]
    if (c === '"') inQuotes = !inQuotes
    if (inQuotes) continue
    if (c === delimiter) fields++
    else if (c === '\n' || c === '\r') {
      if (!blank) counts.push(fields)
      fields = 1
      blank = true
      continue
    }
    if (c !== ' ') blank = false
  }
  if (!blank && sample.length < SAMPLE_CHARS) counts.push(fields)
  return counts
}
