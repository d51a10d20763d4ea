/**
 * Every Kinbox guess in one place (providers.md marks these [?]). When a live account shows
 * the truth, change it here and nowhere else.
 */

/** `/v1/campaigns` takes the same body; v3 is what the panel and the rest of our calls use. */
export const CREATE_CAMPAIGN_PATH = '/v3/campaigns'

/** No upload endpoint exists: leads travel as a file on the user's host, by URL. */
export const LEAD_TYPE = 'file' as const

/** The app normalises numbers itself (cleaning.md), so Kinbox must not add a DDI again. */
export const NORMALIZE_BRAZIL_PHONE_NUMBERS = false

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

/**
 * Message variables: the app writes `{{leadName}}` and the leads file carries one column per
 * variable in mapping order. Whether Kinbox substitutes by name or by position is unknown;
 * `named` sends the text as written, `positional` rewrites `{{leadName}}` to `{{1}}` by the
 * variable's position. Switching is this one constant.
 */
export const PLACEHOLDER_STYLE: 'named' | 'positional' = 'named'

export function toKinboxMessage(message: string, variablesInOrder: readonly string[]): string {
  if (PLACEHOLDER_STYLE === 'named') return message
  return message.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => {
    const index = variablesInOrder.indexOf(name)
    return index === -1 ? whole : `{{${index + 1}}}`
  })
}
