/**
 * Unzips only the parts a workbook read needs (workbook, its rels, shared strings, styles,
 * worksheets); media, themes, VBA and drawings are never inflated. A damaged or truncated zip
 * is an ImportError('damaged_file'), never an exception from fflate.
 */
import { ImportError } from '../../errors'
import { zipEntries } from '../../detect/zipEntries'
import { checkDeclaredSizes, inflateEntry } from '../../zip/inflateCapped'
import type { ImportCodecs } from '../../codecs'
import { createDecoder } from '../../text/textDecoder'

const NEEDED =
  /^(?:_rels\/\.rels|[^/]+\/(?:[^/]+\.xml|_rels\/[^/]+\.rels|worksheets\/[^/]+\.xml))$/i
const SKIPPED = /(?:^\[Content_Types\]|\/(?:theme|calcChain|externalLink)[^/]*\.xml$)/i

export interface ZipParts {
  /** The decoded text of a part, or undefined when it does not exist. */
  text(path: string): string | undefined
  has(path: string): boolean
  /** Uncompressed size in bytes (0 when absent), to weigh progress. */
  size(path: string): number
  /** Frees a part once read: a 100 MB sheet should not outlive its parse. */
  drop(path: string): void
}

/** Parts are inflated with caps (zip/inflateCapped.ts): a zip bomb stops early. */
export function unzipParts(bytes: Uint8Array, codecs?: ImportCodecs): ZipParts {
  const entries = zipEntries(bytes).filter((e) => NEEDED.test(e.name) && !SKIPPED.test(e.name))
  checkDeclaredSizes(entries)
  const files: Record<string, Uint8Array> = {}
  for (const entry of entries) files[entry.name] = inflateEntry(bytes, entry, codecs?.inflateRaw)
  const lower = new Map<string, string>()
  for (const name of Object.keys(files)) lower.set(name.toLowerCase(), name)
  const find = (path: string): Uint8Array | undefined => {
    const name = lower.get(path.replace(/^\//, '').toLowerCase())
    return name === undefined ? undefined : files[name]
  }
  return {
    text(path) {
      const data = find(path)
      if (!data) return undefined
      try {
        // TextDecoder directly: fflate's strFromU8 took 3× as long on a 37 MB sheet.
        const text = createDecoder('utf-8').decode(data)
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
      } catch {
        throw new ImportError('damaged_file')
      }
    },
    has: (path) => find(path) !== undefined,
    size: (path) => find(path)?.length ?? 0,
    drop(path) {
      const name = lower.get(path.replace(/^\//, '').toLowerCase())
      if (name !== undefined) delete files[name]
    }
  }
}
