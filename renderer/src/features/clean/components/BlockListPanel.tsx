import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useClean, type BlockListOutcome } from '../cleanStore'
import { Panel } from '../../../ui/Panel'
import { useTask } from '../../../ui/useTask'

const SHOWN = 50

/**
 * Lista de bloqueio: paste numbers or import them from a file (text, CSV or a spreadsheet's
 * phone column), normalized like the leads; stored on the laptop through main.
 */
export function BlockListPanel({ matched, onClose }: { matched: number; onClose(): void }) {
  const { t } = useTranslation()
  const numbers = useClean((s) => s.blockList) ?? []
  const add = useClean((s) => s.addToBlockList)
  const remove = useClean((s) => s.removeFromBlockList)
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<BlockListOutcome | null>(null)
  const { busy, failure, run: runTask } = useTask()
  const input = useRef<HTMLInputElement>(null)

  async function run(request: Parameters<typeof add>[0]): Promise<void> {
    const added = await runTask(() => add(request))
    if (added === undefined) return
    setOutcome(added)
    if (request.text !== undefined) setText('')
  }

  return (
    <Panel
      className="block-list"
      labelledBy="block-list-title"
      testId="block-list"
      onClose={onClose}
    >
      <div className="panel__top">
        <h2 id="block-list-title">{t('clean.blockList.title')}</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('clean.blockList.close')}
        </button>
      </div>
      <p className="muted">{t('clean.blockList.intro')}</p>
      <div className="block-list__body">
        <div className="block-list__add">
          <label className="field field--wide">
            <span>{t('clean.blockList.paste')}</span>
            <textarea
              rows={5}
              value={text}
              spellCheck={false}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <div className="panel__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy || text.trim() === ''}
              onClick={() => void run({ text })}
            >
              {t('clean.blockList.add')}
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => input.current?.click()}
            >
              {t('clean.blockList.fromFile')}
            </button>
            <input
              ref={input}
              type="file"
              hidden
              data-testid="block-list-file"
              accept=".txt,.csv,.tsv,.xlsx,.xls,.ods"
              onChange={(e) => {
                const file = e.target.files?.[0]
                e.target.value = ''
                if (file)
                  void file.arrayBuffer().then((data) => run({ file: { name: file.name, data } }))
              }}
            />
          </div>
          <div aria-live="polite" data-testid="block-list-outcome">
            {outcome && (
              <p className="notice notice--ok">
                {t('clean.blockList.added', { count: outcome.added })}
                {outcome.ignored > 0 &&
                  ` ${t('clean.blockList.ignored', { count: outcome.ignored })}`}
              </p>
            )}
            {failure && <p className="notice notice--error">{failure}</p>}
          </div>
          <p className="block-list__matched" data-testid="block-list-matched">
            {t('clean.blockList.matched', { count: matched })}
          </p>
        </div>
        <div className="block-list__stored">
          <p>
            <strong>{t('clean.blockList.stored', { count: numbers.length })}</strong>
          </p>
          {numbers.length === 0 ? (
            <p className="muted">{t('clean.blockList.empty')}</p>
          ) : (
            <>
              <ul className="block-list__numbers">
                {numbers.slice(0, SHOWN).map((number) => (
                  <li key={number}>
                    <span>{number}</span>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t('clean.blockList.remove', { number })}
                      onClick={() => void remove([number])}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
              {numbers.length > SHOWN && (
                <p className="muted">
                  {t('clean.blockList.more', { count: numbers.length - SHOWN })}
                </p>
              )}
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => {
                  if (window.confirm(t('clean.blockList.confirmClear'))) void remove('all')
                }}
              >
                {t('clean.blockList.clear')}
              </button>
            </>
          )}
        </div>
      </div>
    </Panel>
  )
}
