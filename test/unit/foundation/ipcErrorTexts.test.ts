import { describe, expect, it } from 'vitest'
import { i18n } from '../../../renderer/src/i18n'
import {
  ipcErrorsEn,
  ipcErrorsPtBR,
  type IpcErrorTexts
} from '../../../renderer/src/i18n/ipcErrors'

describe('every IPC error code has a text, pt-BR and English', () => {
  // The table is typed by IpcErrorCode: one without a code does not typecheck.
  const { disk_full: _left, ...missingOne } = ipcErrorsPtBR
  // @ts-expect-error disk_full is missing
  const incomplete: IpcErrorTexts = missingOne
  void incomplete

  const codes = Object.keys(ipcErrorsPtBR) as (keyof IpcErrorTexts)[]
  it.each(codes)('%s reads as words, not as its key', async (code) => {
    for (const language of ['pt-BR', 'en']) {
      await i18n.changeLanguage(language)
      const text = i18n.t(`errors.ipc.${code}`, { detail: 'x' })
      expect(text).not.toContain('errors.ipc')
      expect(text.length).toBeGreaterThan(5)
    }
    expect(ipcErrorsEn[code as keyof IpcErrorTexts]).not.toBe(
      ipcErrorsPtBR[code as keyof IpcErrorTexts]
    )
  })
})
