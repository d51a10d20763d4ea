import { runCli } from './main'

/** stdout refused more (a full pipe): wait for 'drain' before the next piece. */
let full = false

runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (!process.stdout.write(text)) full = true
  },
  stderr: (text) => process.stderr.write(text),
  drained: () =>
    full
      ? new Promise((resolve) =>
          process.stdout.once('drain', () => {
            full = false
            resolve()
          })
        )
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
