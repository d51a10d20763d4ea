import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { FAKE_KINBOX_TOKEN } from '../fakes/kinboxServer'
import { expect, repoRoot, test } from './fixtures'

const WEEKDAYS = ['Segunda', 'Terça', 'Quarta', 'Quinta', 'Sexta'] as const

async function openSchedule(app: Page): Promise<Locator> {
  await app
    .getByRole('navigation', { name: 'Etapas da campanha' })
    .getByRole('button', { name: /Agendar/ })
    .click()
  const screen = app.getByTestId('schedule-screen')
  await expect(screen).toBeVisible()
  return screen
}

async function setHours(screen: Locator, day: string, open: string, close: string): Promise<void> {
  await screen.getByLabel(`${day}, abre às (intervalo 1)`).fill(open)
  await screen.getByLabel(`${day}, fecha às (intervalo 1)`).fill(close)
}

async function saveScreenshot(app: Page): Promise<void> {
  const dirs = [join(repoRoot, 'test-results/screenshots')]
  if (process.env['LEADPREP_UPDATE_SCREENSHOTS']) dirs.push(join(repoRoot, 'resources/screenshots'))
  for (const dir of dirs) {
    await mkdir(dir, { recursive: true })
    await app.screenshot({ path: join(dir, 'schedule.png') })
  }
}

test.describe('Agendar', () => {
  // Brazilian sales people's machines: 24-hour time inputs, as in the screenshot.
  test.use({ locale: 'pt-BR' })

  test('a what-if Kinbox plan: summary, timeline, hours that move the finish, a holiday', async ({
    app
  }) => {
    await app.setViewportSize({ width: 1440, height: 1560 })
    const screen = await openSchedule(app)
    // No token saved: the hours are typed by hand, and the screen says so.
    await expect(screen.getByTestId('kinbox-hours-failure')).toContainText(
      'Nenhuma conta Kinbox conectada'
    )
    await expect(screen.getByText('sem conta conectada')).toBeVisible()
    await expect(screen.getByText('Plano hipotético', { exact: true })).toBeVisible()

    await screen.getByTestId('leads-input').fill('10000')
    await screen.getByLabel('Mensagens por bloco').fill('500')
    await screen.getByLabel('Segundos entre mensagens').fill('15')
    await screen.getByLabel('Segundos entre blocos').fill('1800')
    await screen.getByLabel('Fuso horário').selectOption('America/Sao_Paulo')
    await screen.getByLabel('Data e hora de início').fill('2026-12-04T16:00')
    for (const day of WEEKDAYS) {
      await screen.getByRole('switch', { name: `${day}: Aberto` }).check()
      await setHours(screen, day, '09:00', '18:00')
    }
    await screen.getByRole('switch', { name: 'Sábado: Aberto' }).uncheck()
    await screen.getByRole('switch', { name: 'Domingo: Aberto' }).uncheck()

    // timing.md, worked example 2.
    const summary = screen.getByTestId('plan-summary')
    await expect(summary.getByTestId('summary-chunks')).toHaveText('20')
    await expect(summary.getByTestId('summary-finish')).toContainText('seg 14/12/2026 13:05')
    await expect(summary.getByTestId('summary-first')).toContainText('sex 04/12/2026 16:00')
    await expect(summary.getByTestId('summary-days')).toContainText('11 dias')

    // The whole campaign on the timeline: 20 chunks, the closed nights and weekend shaded.
    const timeline = screen.getByTestId('timeline')
    await expect(timeline.getByTestId('timeline-chunk')).toHaveCount(20)
    expect(await timeline.getByTestId('timeline-closed').count()).toBeGreaterThan(5)
    await timeline.getByTestId('timeline-chunk').first().hover()
    const tooltip = timeline.getByTestId('timeline-tooltip')
    await expect(tooltip).toContainText('Bloco 1')
    await expect(tooltip).toContainText('500 mensagens')
    await expect(tooltip).toContainText('Primeiro envio: sex 04/12/2026 16:00:00')
    await expect(tooltip).toContainText('Último envio: seg 07/12/2026 09:04:45')
    // Keyboard: the arrow keys walk the chunks, each with its tooltip.
    await timeline.getByTestId('timeline-chunk').first().focus()
    await app.keyboard.press('ArrowRight')
    await expect(tooltip).toContainText('Bloco 2')
    await expect(tooltip).toContainText('Primeiro envio: seg 07/12/2026 09:34:45')

    // Zoom to one day: only the chunks of that day are drawn.
    await screen.getByRole('button', { name: 'Aproximar' }).click()
    await screen.getByRole('button', { name: 'Aproximar' }).click()
    await expect(screen.getByTestId('timeline-range')).toHaveValue('day')
    await screen.getByRole('button', { name: 'Próximo período' }).click()
    await screen.getByRole('button', { name: 'Próximo período' }).click()
    await screen.getByRole('button', { name: 'Próximo período' }).click()
    // Monday 07/12: chunk 1's tail and chunks 2–5 (09:34:45, 12:09:30, 14:44:15, 17:19:00).
    // The worker answers each period in turn, and none of the views on the way (the whole
    // plan, its first week, Friday to Sunday) draws five: wait for Monday's, not for a count.
    await expect(timeline.getByTestId('timeline-chunk')).toHaveCount(5)
    await screen.getByTestId('timeline-range').selectOption('all')
    await expect(timeline.getByTestId('timeline-chunk')).toHaveCount(20)

    // Friday closes at 17:00: the same list finishes later.
    await setHours(screen, 'Sexta', '09:00', '17:00')
    await expect(summary.getByTestId('summary-finish')).toContainText('seg 14/12/2026 14:42')
    await setHours(screen, 'Sexta', '09:00', '18:00')
    await expect(summary.getByTestId('summary-finish')).toContainText('seg 14/12/2026 13:05')

    // No open day at all blocks the plan.
    for (const day of WEEKDAYS)
      await screen.getByRole('switch', { name: `${day}: Aberto` }).uncheck()
    await expect(screen.getByTestId('plan-error')).toContainText('nenhuma janela aberta')
    await expect(screen.getByRole('button', { name: /Continuar para Disparar/ })).toBeDisabled()
    for (const day of WEEKDAYS) await screen.getByRole('switch', { name: `${day}: Aberto` }).check()
    await expect(summary.getByTestId('summary-finish')).toContainText('seg 14/12/2026 13:05')
    await expect(screen.getByRole('button', { name: /Continuar para Disparar/ })).toBeEnabled()

    // A plan over Christmas is warned about, with the holiday's name and date.
    await screen.getByLabel('Data e hora de início').fill('2026-12-21T09:00')
    await expect(screen.getByTestId('warning-crosses_holiday')).toContainText('Natal (25/12/2026)')
    await expect(screen.getByTestId('warning-crosses_holiday')).toContainText('1.803 mensagens')
    await expect(screen.getByTestId('warning-finish_far')).toBeVisible()
    await screen.getByLabel('Nível de mensagens do WhatsApp').selectOption('1000')
    await expect(screen.getByTestId('warning-tier_exceeded')).toContainText('1.816')
    await screen.getByLabel('Nível de mensagens do WhatsApp').selectOption('unlimited')
    await expect(screen.getByTestId('warning-tier_exceeded')).toHaveCount(0)

    await screen.getByLabel('Data e hora de início').fill('2026-12-04T16:00')
    await expect(summary.getByTestId('summary-finish')).toContainText('seg 14/12/2026 13:05')
    await expect(timeline.getByTestId('timeline-chunk')).toHaveCount(20)
    await timeline.getByTestId('timeline-chunk').nth(6).hover()
    await expect(timeline.getByTestId('timeline-tooltip')).toContainText('Bloco 7')
    await saveScreenshot(app)
  })

  test('with a Kinbox token, the account’s business hours are listed and used', async ({ app }) => {
    await app.getByRole('button', { name: /Configurações/ }).click()
    const kinbox = app.getByTestId('account-kinbox')
    await kinbox.getByLabel('Token de API do Kinbox').fill(FAKE_KINBOX_TOKEN)
    await kinbox.getByRole('button', { name: 'Salvar no cofre' }).click()
    await expect(kinbox.getByTestId('account-kinbox-status')).toContainText('configurado')

    const screen = await openSchedule(app)
    const sets = screen.getByTestId('business-hours-sets')
    await expect(sets.getByRole('radio')).toHaveCount(2)
    await expect(sets).toContainText('seg–sex 08:00–12:00, 13:30–17:30 · sáb 09:00–13:00')
    await expect(sets).toContainText('seg–sex 09:00–18:00')
    await expect(screen.getByRole('radio', { name: 'Horário da conta Kinbox' })).toBeChecked()

    await screen.getByTestId('leads-input').fill('10000')
    await screen.getByLabel('Mensagens por bloco').fill('500')
    await screen.getByLabel('Segundos entre mensagens').fill('15')
    await screen.getByLabel('Segundos entre blocos').fill('1800')
    await screen.getByLabel('Data e hora de início').fill('2026-12-04T16:00')

    const finish = screen.getByTestId('summary-finish')
    // The first set (lunch break, Saturday mornings) is picked by default.
    await expect(finish).toContainText('seg 14/12/2026 09:17')
    await sets.getByRole('radio', { name: /seg–sex 09:00–18:00/ }).check()
    await expect(finish).toContainText('seg 14/12/2026 13:05')

    // A set copied into the editor becomes a labelled what-if.
    await sets.getByRole('button', { name: 'Copiar para o editor' }).nth(1).click()
    await expect(screen.getByRole('radio', { name: /Editar à mão/ })).toBeChecked()
    await expect(screen.getByText('plano hipotético', { exact: true })).toBeVisible()
    await setHours(screen, 'Sexta', '09:00', '17:00')
    await expect(finish).toContainText('seg 14/12/2026 14:42')
  })

  test('Integra: parts of at most 10,000 with a duration estimate', async ({ app }) => {
    const screen = await openSchedule(app)
    await screen.getByText('Integra · ligações').click()
    await expect(screen.getByRole('radio', { name: 'Integra · ligações' })).toBeChecked()
    await screen.getByTestId('leads-input').fill('25000')
    await screen.getByLabel('Data e hora de início').fill('2026-12-07T09:00')
    await screen.getByTestId('integra-concurrent').fill('10')
    await screen.getByTestId('integra-average').fill('60')
    const parts = screen.getByTestId('integra-parts')
    await expect(parts.getByRole('heading')).toHaveText('3 partes')
    const rows = parts.locator('tbody tr')
    await expect(rows).toHaveCount(3)
    // ceil(10000 / 10) × 60 s = 1000 min: 16 h 40 min per full part, one after another.
    await expect(rows.nth(0)).toContainText('10.000')
    await expect(rows.nth(0)).toContainText('16 h 40 min')
    await expect(rows.nth(1)).toContainText('ter 08/12/2026 01:40')
    await expect(rows.nth(2)).toContainText('5.000')
    await screen.getByRole('radio', { name: 'Todas ao mesmo tempo' }).check()
    await expect(rows.nth(2)).toContainText('seg 07/12/2026 09:00')
    await screen.getByTestId('integra-concurrent').fill('11')
    await expect(screen.getByText('Um número de 1 a 10.')).toBeVisible()
  })
})
