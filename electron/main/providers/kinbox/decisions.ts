/**
 * Every Kinbox guess in one place (providers.md marks these [?]). When a live account shows
 * the truth, change it here and nowhere else. The ones the launch plan needs live in
 * shared/providers/kinbox/decisions.ts (shared code cannot import main) and are re-exported here.
 */
import type { LeadsFileFormat } from '../../../../shared/launch/leadsFile'

export {
  LEAD_TYPE,
  NORMALIZE_BRAZIL_PHONE_NUMBERS,
  PLACEHOLDER_STYLE,
  toKinboxMessage
} from '../../../../shared/providers/kinbox/decisions'

/**
 * The leads file's format (providers.md, [decision]): xlsx by default, csv the alternative.
 * Main turns the plan's `leadsFile` cells into bytes with `writeLeadsFile(file, LEADS_FILE_FORMAT)`.
 */
export const LEADS_FILE_FORMAT: LeadsFileFormat = 'xlsx'

/** `/v1/campaigns` takes the same body; v3 is what the panel and the rest of our calls use. */
export const CREATE_CAMPAIGN_PATH = '/v3/campaigns'

/**
 * Errors and rate limits are undocumented: any non-2xx is an error and 429/5xx/network are
 * retried (http.ts). Page size when listing, well inside the documented 1..500.
 */
export const LIST_PAGE_LIMIT = 100

/** Pages read when looking a campaign up by name, before giving up (100 × 20 campaigns). */
export const FIND_MAX_PAGES = 20

/**
 * Whether `GET /v3/campaigns?name=` matches exactly, by prefix or by substring, and with
 * which case rules, is unknown. We send the name as a filter and keep only exact matches.
 */
export function campaignNameMatches(found: string, wanted: string): boolean {
  return found === wanted
}
