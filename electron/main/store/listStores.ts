import { join } from 'node:path'
import { PresetMapping } from '../../../shared/ipc/pagePayloads'
import { BlockList, StoredPreset } from '../../../shared/ipc/schemas'
import { jsonFile, type JsonStore } from './jsonFile'
import { salvageArray, type Salvaged } from './salvage'

const E164 = BlockList.shape.numbers.element
/** Any E.164 number in quotes, for a block list file that is not JSON any more. */
const QUOTED_E164 = /"(\+[1-9]\d{7,14})"/g

const emptyBlockList = (): BlockList => ({ numbers: [], updatedAt: null })

/** Every valid number kept (one bad number costs that number), sorted and unique. */
export function salvageBlockList(data: unknown): Salvaged<BlockList> {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  // A hand-made file may be just the array of numbers.
  const numbers = salvageArray(E164, Array.isArray(data) ? data : record['numbers'])
  const updatedAt = typeof record['updatedAt'] === 'string' ? record['updatedAt'] : null
  const unique = [...new Set(numbers.value)].sort()
  const notAList = !Array.isArray(data) && (typeof data !== 'object' || data === null)
  return {
    value: { numbers: unique, updatedAt },
    kept: numbers.kept,
    dropped: numbers.dropped + (notAList ? 1 : 0)
  }
}

function salvageBlockListText(text: string): Salvaged<BlockList> | null {
  const numbers = [...text.matchAll(QUOTED_E164)].map((m) => m[1] as string)
  if (numbers.length === 0) return null
  const unique = [...new Set(numbers)].sort()
  return { value: { numbers: unique, updatedAt: null }, kept: numbers.length, dropped: 0 }
}

/** The do-not-contact list (blocklist.json). */
export function blockListStore(userDataDir: string, now?: () => Date): JsonStore<BlockList> {
  return jsonFile(
    {
      store: 'blocklist',
      path: join(userDataDir, 'blocklist.json'),
      fallback: emptyBlockList,
      salvage: salvageBlockList,
      salvageText: salvageBlockListText,
      // v0 → v1: the same data, now inside the versioned envelope.
      migrations: [(v0) => v0]
    },
    now
  )
}

/**
 * A preset as presets:save accepts it: its mapping is checked against the real schema, so a
 * hand-edited mapping counts as a dropped entry (set aside, reported), not a kept one.
 */
const SavedPreset = StoredPreset.extend({ mapping: PresetMapping })

/** The saved mappings (presets.json): each preset checked on its own. */
export function presetsStore(userDataDir: string, now?: () => Date): JsonStore<StoredPreset[]> {
  return jsonFile(
    {
      store: 'presets',
      path: join(userDataDir, 'presets.json'),
      fallback: () => [],
      salvage: (data) => salvageArray(SavedPreset, data),
      // v0 → v1: the same data, now inside the versioned envelope.
      migrations: [(v0) => v0]
    },
    now
  )
}
