import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { LogSink } from './log'

/**
 * The local log: `leadprep.log` in `<userData>/logs`, rotated when it would pass `maxBytes`
 * (leadprep.log → leadprep.1.log → … → leadprep.<keep-1>.log; the oldest is deleted). Lines
 * arrive already redacted (log.ts). Writes are synchronous appends: a crash loses nothing
 * that was logged before it, and main logs little.
 */
export interface RotatingLogOptions {
  dir: string
  /** File name without extension (default `leadprep`). */
  name?: string
  /** Size cap of one file (default 1 MiB). */
  maxBytes?: number
  /** Files kept, the current one included (default 5). */
  keep?: number
}

export interface RotatingLog extends LogSink {
  /** The files, newest first (only those that exist). */
  files(): string[]
  /** The last `count` lines across the files, oldest first. */
  tail(count: number): string[]
}

export const LOG_DEFAULTS = { name: 'leadprep', maxBytes: 1024 * 1024, keep: 5 } as const

export function createRotatingLog(options: RotatingLogOptions): RotatingLog {
  const name = options.name ?? LOG_DEFAULTS.name
  const maxBytes = Math.max(1024, options.maxBytes ?? LOG_DEFAULTS.maxBytes)
  const keep = Math.max(1, Math.floor(options.keep ?? LOG_DEFAULTS.keep))
  const fileAt = (index: number): string =>
    join(options.dir, index === 0 ? `${name}.log` : `${name}.${index}.log`)
  let size: number | null = null

  const sizeOf = (path: string): number => {
    try {
      return statSync(path).size
    } catch {
      return 0
    }
  }

  function rotate(): void {
    rmSync(fileAt(keep - 1), { force: true })
    for (let index = keep - 2; index >= 0; index--) {
      try {
        renameSync(fileAt(index), fileAt(index + 1))
      } catch {
        // A missing file is a gap in the chain: nothing to move.
      }
    }
    size = 0
  }

  return {
    write(line) {
      const entry = `${line.replace(/\r?\n/g, '\n  ')}\n`
      const bytes = Buffer.byteLength(entry)
      if (size === null) {
        mkdirSync(options.dir, { recursive: true })
        size = sizeOf(fileAt(0))
      }
      if (size > 0 && size + bytes > maxBytes) rotate()
      // One line larger than a whole file is cut, so the cap holds.
      const text = bytes > maxBytes ? `${entry.slice(0, maxBytes - 2)}…\n` : entry
      appendFileSync(fileAt(0), text)
      size += Buffer.byteLength(text)
    },
    files() {
      const found: string[] = []
      for (let index = 0; index < keep; index++)
        if (sizeOf(fileAt(index)) > 0) found.push(fileAt(index))
      return found
    },
    tail(count) {
      const lines: string[] = []
      for (let index = 0; index < keep && lines.length < count; index++) {
        let text: string
        try {
          text = readFileSync(fileAt(index), 'utf8')
        } catch {
          continue
        }
        const fileLines = text.split('\n').filter((l) => l !== '')
        lines.unshift(...fileLines.slice(-(count - lines.length)))
      }
      return lines
    }
  }
}
