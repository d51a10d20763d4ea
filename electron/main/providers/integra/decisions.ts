/**
 * Every Integra guess in one place (providers.md). When a live account shows the truth,
 * change it here and nowhere else. `partName` lives in shared/providers/integra/decisions.ts
 * (the launch plan names parts) and is re-exported here.
 */
export { partName } from '../../../../shared/providers/integra/decisions'

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
