import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { FAKE_INTEGRA_TOKEN } from '../fakes/integraServer'
import { FAKE_KINBOX_TOKEN } from '../fakes/kinboxServer'
import {
  FAKE_S3_ACCESS_KEY_ID,
  FAKE_S3_BUCKET,
  FAKE_S3_REGION,
  FAKE_S3_SECRET_ACCESS_KEY
} from '../fakes/s3Server'
import { expect, test, type Traffic, reloadApp } from './fixtures'

/**
 * Configurações → Contas, set up once: both accounts through the bridge (the same handler
 * table as main, real keychain) against the fake Integra, Kinbox and S3 host, each
 * connection tested, and no secret ever on the page.
 */

const PROJECT = '3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c'
const AGENT = '8a7b6c5d-4e3f-4a1b-8c9d-0e1f2a3b4c5d'
const PHONE = 'c0ffee00-1234-4abc-9def-00112233aabb'
const SECRETS = [FAKE_INTEGRA_TOKEN, FAKE_KINBOX_TOKEN, FAKE_S3_SECRET_ACCESS_KEY]

async function openAccounts(app: Page): Promise<void> {
  await app.getByRole('button', { name: /Configurações/ }).click()
  await expect(app.getByTestId('ready-integra')).toBeVisible()
}

/** What the page holds (markup and every input's value) and what crossed the wire to it. */
async function expectNoSecretVisible(app: Page, traffic: Traffic, secrets: string[]) {
  const dom = await app.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map(
      (i) => (i as HTMLInputElement).value
    )
    return document.documentElement.outerHTML + values.join('\n')
  })
  await traffic.settled()
  // The page's IPC answers were read (a check over nothing would always pass).
  expect(traffic.responses.some((body) => body.includes('"ok"'))).toBe(true)
  for (const secret of secrets) {
    expect(dom).not.toContain(secret)
    expect(traffic.responses.join('\n')).not.toContain(secret)
    expect(traffic.console.join('\n')).not.toContain(secret)
  }
}

async function saveToken(card: Locator, label: string, token: string): Promise<void> {
  await card.getByLabel(label).fill(token)
  await card.getByRole('button', { name: 'Salvar no cofre' }).click()
}

test.describe('Configurações → Contas', () => {
  test('Integra: key shape checked, ids and call defaults saved, connection tested', async ({
    app,
    traffic
  }) => {
    await openAccounts(app)
    const card = app.getByTestId('account-integra')
    await expect(card.getByTestId('ready-integra')).toHaveText(
      'Falta: chave de API, projeto, agente, número de telefone'
    )

    await saveToken(card, 'Token de API do Integra', 'ik_live_0123abcd')
    await expect(card.getByRole('alert')).toContainText('ik_live_ seguida de 64')
    const saves = traffic.requests.filter((r) => decodeURIComponent(r.url).includes('secrets:save'))
    expect(saves).toHaveLength(0)
    await saveToken(card, 'Token de API do Integra', FAKE_INTEGRA_TOKEN)
    await expect(card.getByTestId('account-integra-status')).toHaveText('configurado · …cdef')

    const project = card.getByLabel('ID do projeto (project_id)')
    await project.fill('projeto-1')
    await card.getByLabel('Tempo para atender (segundos)').fill('200')
    await card.getByLabel('Deixar um recado falado').check()
    await card.getByRole('button', { name: 'Salvar configurações' }).click()
    await expect(project).toHaveAttribute('aria-invalid', 'true')
    await expect(card.getByText('8-4-4-4-12 letras e números')).toBeVisible()
    await expect(card.getByText('Use um número de 15 a 120.')).toBeVisible()
    await expect(card.getByText('Escreva o recado, ou escolha desligar.')).toBeVisible()

    await project.fill(PROJECT)
    await card.getByLabel('ID do agente (agent_id)').fill(AGENT)
    await card.getByLabel('ID do número de telefone (phone_number_id)').fill(PHONE)
    await card.getByLabel('Tempo para atender (segundos)').fill('60')
    await card.getByLabel('Texto do recado').fill('Olá! Retornamos sua ligação depois.')
    await card.getByLabel('Ligações simultâneas').fill('4')
    await card.getByRole('button', { name: 'Salvar configurações' }).click()
    await expect(card.getByText('Configurações salvas.')).toBeVisible()
    await expect(card.getByTestId('ready-integra')).toHaveText('Pronto para disparar')

    await card.getByRole('button', { name: 'Testar conexão' }).click()
    await expect(card.getByTestId('test-integra-result')).toHaveText(
      'Conectado à Integra: a chave funciona (nenhuma campanha na conta ainda).'
    )

    // Set up once: it is all there after a restart.
    await reloadApp(app)
    await openAccounts(app)
    await expect(card.getByLabel('ID do projeto (project_id)')).toHaveValue(PROJECT)
    await expect(card.getByLabel('Tempo para atender (segundos)')).toHaveValue('60')
    await expect(card.getByLabel('Texto do recado')).toHaveValue(
      'Olá! Retornamos sua ligação depois.'
    )
    await expectNoSecretVisible(app, traffic, SECRETS)
  })

  test('Integra: a refused key says what to do', async ({ app }) => {
    await openAccounts(app)
    const card = app.getByTestId('account-integra')
    await saveToken(card, 'Token de API do Integra', `ik_live_${'e'.repeat(64)}`)
    await card.getByRole('button', { name: 'Testar conexão' }).click()
    await expect(card.getByTestId('test-integra-result')).toHaveText(
      'A chave foi recusada: gere outra no painel da Integra e cole aqui.'
    )
  })

  test('Kinbox: channel, operator and hours from the account, bucket tested, nothing secret shown', async ({
    app,
    bridge,
    traffic
  }) => {
    const s3Url = bridge.s3?.url ?? ''
    await openAccounts(app)
    const card = app.getByTestId('account-kinbox')
    const operator = card.getByLabel('Operador responsável')
    await expect(card.getByText('Salve o token para escolher um operador da lista.')).toBeVisible()
    await saveToken(card, 'Token de API do Kinbox', FAKE_KINBOX_TOKEN)
    await expect(card.getByTestId('account-kinbox-status')).toHaveText('configurado · …zaWc')

    await card.getByLabel('ID do canal (channelId)').fill('canal-whatsapp-01')
    await card.getByLabel('Tipo do canal').selectOption('1')
    await expect(
      operator.getByRole('option', { name: 'Ana Souza · ana.souza@example.com.br' })
    ).toBeAttached()
    await operator.selectOption({ label: 'Ana Souza · ana.souza@example.com.br' })
    await card.getByLabel('Horário de atendimento').selectOption({
      label: 'Horário 1 · seg–sex 08:00–12:00, 13:30–17:30 · sáb 09:00–13:00'
    })

    await card.getByLabel('Endereço do serviço (endpoint)').fill(s3Url)
    await card.getByLabel('Região').fill(FAKE_S3_REGION)
    await card.getByLabel('Bucket', { exact: true }).fill(FAKE_S3_BUCKET)
    await card.getByLabel('Validade do link (dias)').fill('9')
    await card.getByRole('button', { name: 'Salvar configurações' }).click()
    await expect(card.getByText('Use um número de 1 a 7.')).toBeVisible()
    await card.getByLabel('Validade do link (dias)').fill('5')
    await card.getByLabel(/estilo caminho/).check()
    await card.getByRole('button', { name: 'Salvar configurações' }).click()
    await expect(card.getByText('Configurações salvas.')).toBeVisible()
    await expect(card.getByTestId('ready-kinbox')).toHaveText('Falta: chaves do bucket')

    const keys = card.getByTestId('s3-keys')
    await keys.getByLabel('ID da chave de acesso (access key id)').fill(FAKE_S3_ACCESS_KEY_ID)
    await keys.getByLabel('Chave secreta (secret access key)').fill('um-segredo-errado-123456')
    await keys.getByRole('button', { name: 'Salvar chaves no cofre' }).click()
    await expect(keys.getByTestId('s3-keys-status')).toHaveText('chaves salvas · …0001')
    await card.getByRole('button', { name: 'Testar bucket' }).click()
    await expect(card.getByTestId('test-s3-result')).toContainText(
      'Credenciais ou bucket recusados'
    )

    await keys.getByRole('button', { name: 'Substituir chaves' }).click()
    await keys.getByLabel('ID da chave de acesso (access key id)').fill(FAKE_S3_ACCESS_KEY_ID)
    await keys.getByLabel('Chave secreta (secret access key)').fill(FAKE_S3_SECRET_ACCESS_KEY)
    await keys.getByLabel('Chave secreta (secret access key)').press('Enter')
    await expect(keys.getByRole('status')).toHaveText('Chaves do bucket salvas no cofre.')
    await card.getByRole('button', { name: 'Testar bucket' }).click()
    await expect(card.getByTestId('test-s3-result')).toHaveText(
      `Bucket ${FAKE_S3_BUCKET} OK: o arquivo de teste foi enviado, baixado pelo link assinado e apagado.`
    )
    await expect(card.getByTestId('ready-kinbox')).toHaveText('Pronto para disparar')

    await card.getByRole('button', { name: 'Testar conexão' }).click()
    await expect(card.getByTestId('test-kinbox-result')).toHaveText(
      'Conectado ao Kinbox: 2 operadores e 2 horários de atendimento.'
    )

    await reloadApp(app)
    await openAccounts(app)
    await expect(operator).toHaveValue('Ana Souza')
    await expect(card.getByLabel('Validade do link (dias)')).toHaveValue('5')
    await expectNoSecretVisible(app, traffic, SECRETS)
    const carrying = traffic.requests.filter((r) => r.body.includes(FAKE_S3_SECRET_ACCESS_KEY))
    expect(carrying.map((r) => decodeURIComponent(new URL(r.url).pathname))).toEqual([
      '/__ipc/accounts:s3-secrets-save'
    ])
  })

  test('"Hospedo eu mesmo": main chooses where to save; the page sees only the name', async ({
    app,
    bridge
  }) => {
    const dir = await mkdtemp(join(tmpdir(), 'leadprep-e2e-selfhost-'))
    try {
      bridge.saveDialog.next = join(dir, 'leads-kinbox.xlsx')
      await openAccounts(app)
      const card = app.getByTestId('account-kinbox')
      await card.getByLabel('Hospedo eu mesmo').check()
      await card.getByLabel('Endereço público do arquivo (URL)').fill('http://exemplo.com/l.xlsx')
      await card.getByRole('button', { name: 'Salvar configurações' }).click()
      await expect(card.getByText('Use um endereço https:// completo.')).toBeVisible()
      await card.getByLabel('Endereço público do arquivo (URL)').fill('https://exemplo.com/l.xlsx')
      await card.getByRole('button', { name: 'Salvar configurações' }).click()
      await expect(card.getByTestId('ready-kinbox')).toContainText('onde salvar o arquivo')

      await card.getByRole('button', { name: 'Escolher onde salvar' }).click()
      await expect(card.getByTestId('self-save-to')).toHaveText('leads-kinbox.xlsx')
      await expect(card.getByTestId('ready-kinbox')).toHaveText(
        'Falta: token, canal, tipo do canal'
      )
      expect(await app.content()).not.toContain(dir)
    } finally {
      bridge.saveDialog.next = null
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('the tabs follow the arrow keys, with one tab stop', async ({ app }) => {
    await openAccounts(app)
    const accounts = app.getByRole('tab', { name: 'Contas' })
    const preferences = app.getByRole('tab', { name: 'Preferências' })
    await accounts.focus()
    await app.keyboard.press('ArrowRight')
    await expect(preferences).toBeFocused()
    await expect(preferences).toHaveAttribute('aria-selected', 'true')
    await expect(app.getByRole('tabpanel')).toContainText('Idioma')
    await expect(accounts).toHaveAttribute('tabindex', '-1')
    await app.keyboard.press('Home')
    await expect(accounts).toBeFocused()
    await expect(app.getByRole('tabpanel')).toContainText('Integra')
  })
})
