import { runCli } from './main'

/** stdout refused more (a full pipe): wait for 'drain' before the next piece. */
let full = false
/** The reader went away (`| head`): the rest is dropped, and the command still finishes. */
let closed = false
let wake: (() => void) | undefined

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  closed = true
  wake?.()
})

runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!closed && !process.stdout.write(text)) full = true
  },
  stderr: (text) => process.stderr.write(text),
  drained: () =>
    full && !closed
      ? new Promise((resolve) => {
          wake = () => {
            full = false
            wake = undefined
            resolve()
          }
          process.stdout.once('drain', wake)
        })
      : Promise.resolve()
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`leadprep: ${String(error)}\n`)
    process.exitCode = 1
  }
)
