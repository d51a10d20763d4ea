/**
 * Accounts for the launch specs, saved the way Configurações saves them (through the page's
 * own bridge): an Integra key and ids, a Kinbox token and channel with the leads file on the
 * worker's fake S3. One home, so every launch spec sets up the same accounts.
 */
import type { Locator, Page } from '@playwright/test'
import { INTEGRA_CONFIG_DEFAULTS, KINBOX_ACCOUNT_DEFAULTS } from '../../../shared/ipc/accounts'
import { FAKE_INTEGRA_TOKEN } from '../../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../../fakes/kinboxServer'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_REGION,
  FAKE_S3_SECRET_ACCESS_KEY
} from '../../fakes/s3Server'
import { expect } from '../fixtures'

export const PROJECT = '3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c'
export const AGENT = '8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d'
export const PHONE = 'c0ffee00-1234-4abc-9def-00112233aabb'

export type KinboxAccount = typeof KINBOX_ACCOUNT_DEFAULTS

/** A button of the step bar ("Etapas da campanha"). */
export const step = (app: Page, name: RegExp): Locator =>
  app.getByRole('navigation', { name: 'Etapas da campanha' }).getByRole('button', { name })

export async function setUpIntegra(app: Page): Promise<void> {
  const done = await app.evaluate(
    async ([key, ids, config]) => {
      const saved = await window.leadprep.saveSecret({ provider: 'integra', token: key })
      const updated = await window.leadprep.updateAccounts({ integra: { ...ids, config } })
      return saved.ok && updated.ok
    },
    [
      FAKE_INTEGRA_TOKEN,
      { project_id: PROJECT, agent_id: AGENT, phone_number_id: PHONE },
      INTEGRA_CONFIG_DEFAULTS
    ] as const
  )
  expect(done).toBe(true)
}

/** A Kinbox account on the fake S3; `change` edits the account before it is saved. */
export async function setUpKinbox(
  app: Page,
  s3Url: string,
  change: (account: KinboxAccount) => KinboxAccount = (account) => account
): Promise<void> {
  const kinbox = change({
    ...KINBOX_ACCOUNT_DEFAULTS,
    channelId: 'canal-whatsapp-01',
    channelType: '1',
    leadsFile: {
      host: 's3',
      s3: {
        endpoint: s3Url,
        region: FAKE_S3_REGION,
        bucket: FAKE_S3_BUCKET,
        prefix: 'leadprep/',
        forcePathStyle: true,
        expiresInDays: 7
      },
      self: { url: '' }
    }
  })
  const done = await app.evaluate(
    async ([token, account, keys]) => {
      const saved = await window.leadprep.saveSecret({ provider: 'kinbox', token })
      const updated = await window.leadprep.updateAccounts({ kinbox: account })
      const secrets = await window.leadprep.saveS3Secrets(keys)
      return saved.ok && updated.ok && secrets.ok
    },
    [
      FAKE_KINBOX_TOKEN,
      kinbox,
      { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY }
    ] as const
  )
  expect(done).toBe(true)
}

/** A preset saved by another spec in this worker would bring its own mapping and text. */
export async function forgetPresets(app: Page): Promise<void> {
  await app.evaluate(async () => {
    await window.leadprep.deletePreset({ name: 'Planilha de vendas (e2e)', provider: 'kinbox' })
    await window.leadprep.deletePreset({ name: 'Planilha de vendas (e2e)', provider: 'integra' })
  })
}
