import { compactHeader, headerTokens } from './text'

/** Below this a fuzzy match is not worth suggesting. */
export const MIN_SUGGESTED_CONFIDENCE = 0.5
/** Fuzzy matches never reach the 1.0 reserved for exact synonyms. */
const FUZZY_CAP = 0.95

/**
 * How much a header looks like a synonym, 0..1: 1 when equal ignoring accents/case/punctuation,
 * else the best of word overlap and letter-pair overlap (typos such as "Telfone"), capped < 1.
 */
export function headerSimilarity(header: string, synonym: string): number {
  const a = compactHeader(header)
  const b = compactHeader(synonym)
  if (a === '' || b === '') return 0
  if (a === b) return 1
  const words = dice(headerTokens(header), headerTokens(synonym))
  const letters = dice(bigrams(a), bigrams(b)) * 0.9
  return Math.min(FUZZY_CAP, Math.max(words, letters))
}

export function bestSimilarity(header: string, synonyms: readonly string[]): number {
  let best = 0
  for (const synonym of synonyms) best = Math.max(best, headerSimilarity(header, synonym))
  return best
}

function bigrams(s: string): string[] {
  const out: string[] = []
  for (let i = 0; i < s.length - 1; i++) out.push(s.slice(i, i + 2))
  return s.length === 1 ? [s] : out
}

/** Sørensen–Dice over multisets. */
function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const counts = new Map<string, number>()
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1)
  let shared = 0
  for (const y of b) {
    const n = counts.get(y) ?? 0
    if (n > 0) {
      shared++
      counts.set(y, n - 1)
    }
  }
  return (2 * shared) / (a.length + b.length)
}
