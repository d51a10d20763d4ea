import type { RetryPolicy } from '../../../electron/main/providers/retry'

/**
 * A clock shared by a fake server and a client: sleeping advances it, so rate-limit resets
 * and backoffs are honoured exactly and instantly.
 */
export function virtualTime(start = Date.parse('2026-12-01T12:00:00Z')) {
  let now = start
  const sleeps: number[] = []
  return {
    now: () => now,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    }
  }
}

export const FAST_RETRY: Partial<RetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 10,
  maxDelayMs: 40,
  rateLimitMarginMs: 0
}

export const INTEGRA_IDS = {
  project_id: 'b9c80a57-fad2-41a0-a304-727337ad1b1f',
  agent_id: '7e09d093-904a-48de-ac49-b0445906c38e',
  phone_number_id: 'd1082e49-1b2c-4337-81e2-8eb74810351d'
}

export function integraBody(name = 'Campanha Dezembro', phones = ['+5511999999999']) {
  return {
    name,
    ...INTEGRA_IDS,
    scheduled_at: '2026-12-01T09:00:00-03:00',
    recipients: phones.map((phone_number) => ({
      phone_number,
      dynamic_variables: { leadName: 'Joao' }
    }))
  }
}

/** Every way an error could leak a string: message, stack, JSON, and Node's inspection. */
export async function everyRendering(error: unknown): Promise<string> {
  const { inspect } = await import('node:util')
  const e = error as Error
  return [e.message, e.stack, JSON.stringify(error), inspect(error, { depth: 10 })].join('\n')
}
