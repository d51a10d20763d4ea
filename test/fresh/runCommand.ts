import { spawn } from 'node:child_process'

export interface CommandResult {
  code: number | null
  /** stdout and stderr interleaved, as a user would see them in the terminal. */
  output: string
}

/**
 * Runs a command to its exit and collects its output. `hangGuardMs` only stops a hung run (it
 * kills the whole process group, npm's children included); it is not a speed assertion.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; hangGuardMs: number }
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true
    })
    let output = ''
    const collect = (chunk: Buffer) => (output += chunk.toString('utf8'))
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const guard = setTimeout(() => {
      output += `\n[hang guard: killed after ${options.hangGuardMs} ms]\n`
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    }, options.hangGuardMs)
    child.on('error', (error) => {
      clearTimeout(guard)
      reject(error)
    })
    child.on('close', (code) => {
      clearTimeout(guard)
      resolve({ code, output })
    })
  })
}

/** The last lines of a run, for a failure message that shows what went wrong. */
export function tail(result: CommandResult, lines = 40): string {
  return result.output.split('\n').slice(-lines).join('\n')
}
