/**
 * The answer to "does a campaign with this name already exist?", asked after a creation
 * whose response was lost. `complete` is false when the scan stopped at its page budget:
 * then "no match" does not prove the campaign is absent, and the launch must not resend.
 */
export interface CampaignSearch<T> {
  matches: T[]
  complete: boolean
}
