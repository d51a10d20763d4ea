import { utils, write } from '@e965/xlsx'
import { afterEach } from 'vitest'
import { FAKE_INTEGRA_TOKEN } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../../fakes/kinboxServer'

/** Shared by the fakes' own tests: raw fetch calls (no client code), and cleanup. */

export const INTEGRA_AUTH = `Bearer ${FAKE_INTEGRA_TOKEN}`
export const KINBOX_AUTH = `Bearer ${FAKE_KINBOX_TOKEN}`

export interface Reply {
  status: number
  headers: Headers
  body: unknown
}

export async function call(
  url: string,
  init: { method?: string; auth?: string; body?: unknown; signal?: AbortSignal } = {}
): Promise<Reply> {
  const headers: Record<string, string> = {}
  if (init.auth !== undefined) headers['Authorization'] = init.auth
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(url, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    ...(init.signal && { signal: init.signal })
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown)
  }
}

/** Closes every server a test started, pass or fail. */
export function closeAfterEach(): <T extends { close(): Promise<void> }>(server: T) => T {
  const open: { close(): Promise<void> }[] = []
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()))
  })
  return (server) => {
    open.push(server)
    return server
  }
}

export const INTEGRA_IDS = {
  project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
  agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
  phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d'
}

export function integraCampaign(name: string, count = 1) {
  return {
    name,
    ...INTEGRA_IDS,
    scheduled_at: '2026-12-01T09:00:00-03:00',
    recipients: Array.from({ length: count }, (_, i) => ({
      phone_number: `+55119${String(87650000 + i)}`,
      recipient_name: `Lead ${i + 1}`,
      dynamic_variables: { leadName: `Lead ${i + 1}` }
    }))
  }
}

/** An xlsx workbook whose first sheet holds `rows` (strings become text cells, numbers numbers). */
export function xlsxFile(rows: (string | number)[][], extraSheet = false): Uint8Array {
  const workbook = utils.book_new()
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(rows), 'Leads')
  if (extraSheet) utils.book_append_sheet(workbook, utils.aoa_to_sheet([['other']]), 'Other')
  return new Uint8Array(write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
}
