import { z } from 'zod'
import {
  IntegraCreateCampaign,
  IntegraRecipient,
  INTEGRA_MAX_RECIPIENTS,
  INTEGRA_VALUE_MAX_LENGTH
} from '../providers/integra/schemas'

/**
 * IntegraCreateCampaign with `dynamic_variables` checked as an object of the mapping's keys
 * rather than a record of any key. Same limits, same issue paths, for a body whose keys are
 * the mapping's (the plan's, by construction; test/unit/launch/integraBodySchema.test.ts
 * checks the two agree); an unexpected key is rejected, never let through. Why: zod compiles
 * an object of known keys, and a record's per-key checks were half of planning 50,000
 * recipients. Main still validates each body with IntegraCreateCampaign before sending it.
 */
export function integraBodySchema(keys: readonly string[]): typeof IntegraCreateCampaign {
  const value = z.string().max(INTEGRA_VALUE_MAX_LENGTH)
  const dynamic = z.strictObject(
    Object.fromEntries(keys.map((key) => [key, value.exactOptional()]))
  )
  const recipient = IntegraRecipient.extend({ dynamic_variables: dynamic.optional() })
  // IntegraCreateCampaign's own array limits, from their one home.
  const array = z.array(recipient).min(1).max(INTEGRA_MAX_RECIPIENTS)
  // The narrower schema's output is a valid IntegraCreateCampaign: typed as the provider's.
  return IntegraCreateCampaign.extend({
    recipients: array
  }) as unknown as typeof IntegraCreateCampaign
}
