/**
 * Profiling aid for the launch plan (not a bench): builds the bench's input, then plans it a
 * few times so a CPU profile shows where planning spends its time. Bundle it first (see
 * bundle.ts) so tsx's helpers are not in the profile:
 *   npx tsx test/bench/bundle.ts --entry test/bench/launchProfile.ts
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof node_modules/.cache/leadprep-bench/launchProfile.mjs integra
 */
import { buildLaunchPlan } from '../../shared/launch/buildPlan'
import { launchInput } from './launchInput'

const provider = process.argv[2] === 'kinbox' ? 'kinbox' : 'integra'
const runs = Number(process.argv[3] ?? 10)
const input = launchInput(provider)
const t0 = performance.now()
for (let i = 0; i < runs; i++) {
  const result = buildLaunchPlan(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
}
console.log(`${provider}: ${((performance.now() - t0) / runs).toFixed(1)} ms per plan`)
