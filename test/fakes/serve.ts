import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { FaultRules, type FaultRule } from './faults'
import { repoRoot } from '../support/paths'
import { startFakeIntegra } from './integraServer'
import { startFakeKinbox } from './kinboxServer'

/**
 * The fakes as a standalone process, for browser tests and CLI tests that run in another
 * process than the test itself:
 *
 *   npx tsx test/fakes/serve.ts --kinbox --integra [--s3]
 *     [--kinbox-faults '<FaultRule JSON>'] [--integra-faults '<json>']
 *     [--kinbox-port N] [--integra-port N] [--no-rate-limit] [--leads-files ignore]
 *     [--exit-with-stdin]
 *
 * prints their base URLs as one JSON line on stdout ({"kinbox":"http://127.0.0.1:…",…}) and
 * serves until SIGTERM/SIGINT (or until stdin closes, with --exit-with-stdin). Faults and
 * campaign progress are then driven over `/__fake/` (see control.ts).
 */

interface Closable {
  url: string
  close(): Promise<void>
}

const { values: args } = parseArgs({
  options: {
    kinbox: { type: 'boolean', default: false },
    integra: { type: 'boolean', default: false },
    s3: { type: 'boolean', default: false },
    'kinbox-faults': { type: 'string' },
    'integra-faults': { type: 'string' },
    'kinbox-port': { type: 'string' },
    'integra-port': { type: 'string' },
    'no-rate-limit': { type: 'boolean', default: false },
    'leads-files': { type: 'string', default: 'check' },
    'exit-with-stdin': { type: 'boolean', default: false }
  }
})

function faults(json: string | undefined): FaultRule[] {
  return json === undefined ? [] : FaultRules.parse(JSON.parse(json) as unknown)
}

function port(text: string | undefined): { port?: number } {
  return text === undefined ? {} : { port: z.coerce.number().int().min(1).max(65535).parse(text) }
}

/** The S3 fake is another engineer's file: used when present, under either name it may export. */
async function startS3(): Promise<Closable> {
  const file = join(repoRoot(), 'test', 'fakes', 's3Server.ts')
  if (!existsSync(file)) throw new Error('--s3: test/fakes/s3Server.ts does not exist yet')
  const specifier = './s3Server'
  const module = (await import(specifier)) as Record<string, unknown>
  const start = module['startFakeS3'] ?? module['startS3Server']
  if (typeof start !== 'function') throw new Error('--s3: s3Server.ts exports no start function')
  return (await (start as (options: object) => Promise<Closable>)({})) as Closable
}

async function main(): Promise<void> {
  if (!args.kinbox && !args.integra && !args.s3) {
    throw new Error('say which fakes to start: --kinbox, --integra, --s3')
  }
  const leadsFiles = z.enum(['check', 'ignore']).parse(args['leads-files'])
  const servers: Record<string, Closable> = {}
  if (args.kinbox) {
    servers['kinbox'] = await startFakeKinbox({
      faults: faults(args['kinbox-faults']),
      leadsFiles,
      ...port(args['kinbox-port'])
    })
  }
  if (args.integra) {
    servers['integra'] = await startFakeIntegra({
      faults: faults(args['integra-faults']),
      ...(args['no-rate-limit'] && { rateLimit: false }),
      ...port(args['integra-port'])
    })
  }
  if (args.s3) servers['s3'] = await startS3()

  const urls = Object.fromEntries(Object.entries(servers).map(([name, s]) => [name, s.url]))
  process.stdout.write(`${JSON.stringify(urls)}\n`)

  let closing = false
  const stop = () => {
    if (closing) return
    closing = true
    void Promise.all(Object.values(servers).map((s) => s.close())).then(() => process.exit(0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  if (args['exit-with-stdin']) {
    process.stdin.on('end', stop)
    process.stdin.on('close', stop)
    process.stdin.resume()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
