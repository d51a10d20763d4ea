/**
 * Run by keychain-locked.test.ts inside a D-Bus session whose gnome-keyring was started
 * WITHOUT --unlock: saves a token through the app's store and IPC handler, prints the outcome.
 */
import { createKeytarSecretStore } from '../../../electron/main/secrets/keytarSecretStore'
import { secretHandlers } from '../../../electron/main/ipc/handlers/secrets'

async function probe(): Promise<Record<string, unknown>> {
  const store = createKeytarSecretStore('LeadPrepLockedProbe')
  try {
    await secretHandlers(store)['secrets:save']({ provider: 'kinbox', token: 'kbx-token-abcdefgh' })
    return { save: 'saved' }
  } catch (error) {
    return { save: (error as { code?: unknown }).code ?? String(error) }
  }
}

void probe().then((outcome) => process.stdout.write(`\nPROBE ${JSON.stringify(outcome)}\n`))
