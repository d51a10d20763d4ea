/**
 * Store files carry a schema version: `{ "schemaVersion": 1, "data": … }`. Version 0 is the
 * unversioned file of LeadPrep ≤ 0.1 (the bare data). A file is read at its version and moved
 * up through each store's migrations, so settings and presets survive updates.
 */
export const CURRENT_SCHEMA_VERSION = 1

/** migrations[n] turns the data of version n into version n + 1. */
export type Migrations = ReadonlyArray<(data: unknown) => unknown>

export function unwrapVersioned(parsed: unknown): { version: number; data: unknown } {
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const { schemaVersion, data } = parsed as { schemaVersion?: unknown; data?: unknown }
    if (Number.isInteger(schemaVersion) && (schemaVersion as number) >= 1 && data !== undefined)
      return { version: schemaVersion as number, data }
  }
  return { version: 0, data: parsed }
}

export function migrate(version: number, data: unknown, migrations: Migrations): unknown {
  let current = data
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v]
    if (step) current = step(current)
  }
  return current
}

export const wrapVersioned = (data: unknown): string =>
  JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, data }, null, 2)
