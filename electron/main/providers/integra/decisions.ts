/**
 * Every Integra guess in one place (providers.md). When a live account shows the truth,
 * change it here and nowhere else.
 */

/**
 * `GET /api/v1/campaigns` has no name filter and its order is unspecified, so a lookup by
 * name reads pages of the largest size (100) and keeps exact matches. At 60 requests/minute
 * per key, 10 pages (1,000 campaigns) is the most one lookup spends.
 */
export const LIST_PAGE_LIMIT = 100
export const FIND_MAX_PAGES = 10

export function campaignNameMatches(found: string, wanted: string): boolean {
  return found === wanted
}

/** A list over 10,000 recipients becomes several campaigns named like this. */
export function partName(name: string, part: number, parts: number): string {
  return parts <= 1 ? name : `${name} (${part}/${parts})`
}
