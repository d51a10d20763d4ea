import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountryCode, Provider } from '../../../../shared/cleaning'
import { useCampaign } from '../campaign/campaignStore'
import { chooseProvider } from '../campaign/chooseProvider'
import { useImport } from '../import/importStore'
import { NeedsImport } from '../shell/EmptyStep'
import { useClean } from './cleanStore'
import { BlockListPanel } from './components/BlockListPanel'
import { CleanGrid } from './components/CleanGrid'
import { Counters } from './components/Counters'
import { DddForm } from './components/DddForm'
import { ExportPanel } from './components/ExportPanel'
import { HistoryButtons } from './components/HistoryButtons'
import { RowEditor } from './components/RowEditor'
import { NationwideNotice } from './components/NationwideNotice'
import './clean.css'
import './messages'
import { useOptimisticToggle } from '../../ui/useOptimisticToggle'

/** Countries offered as the default for numbers written without `+` (BR first). */
const COUNTRIES: CountryCode[] = ['BR', 'PT', 'AR', 'CL', 'CO', 'MX', 'PY', 'UY', 'US', 'ES']

type Panel = 'ddd' | 'blockList' | 'export' | null

/** Limpar: counters that filter, the cleaned grid, fixes in place, bulk actions, export. */
export function CleanScreen() {
  const { t } = useTranslation()
  const table = useImport((s) => s.table)
  const snapshot = useClean((s) => s.snapshot)
  const query = useClean((s) => s.query)
  const settings = useClean((s) => s.settings)
  const provider = useCampaign((s) => s.provider)
  const editing = useClean((s) => s.editing)
  const error = useClean((s) => s.error)
  const blockList = useClean((s) => s.blockList)
  const store = useClean.getState()
  const [panel, setPanel] = useState<Panel>(null)
  const toggle = (next: Panel) => setPanel((p) => (p === next ? null : next))
  const [keepLast, chooseKeepLast] = useOptimisticToggle(
    snapshot?.keep === 'last',
    store.setKeepLast
  )

  if (!table) return <NeedsImport title={t('clean.title')} />
  if (!snapshot?.ready)
    return (
      <div className="clean">
        <h1>{t('clean.title')}</h1>
        {error ? (
          <p className="notice notice--error" role="alert">
            {t('clean.failed', { message: error })}
          </p>
        ) : (
          <p className="muted" data-testid="clean-preparing">
            {t('clean.preparing')}
          </p>
        )}
      </div>
    )

  const { counts } = snapshot
  const narrowed = query.filter !== null || query.search.trim() !== ''
  const viewRows = snapshot.rowCount

  return (
    <div className="clean" data-testid="clean-screen">
      <div className="clean__top">
        <div>
          <h1>{t('clean.title')}</h1>
          <p className="muted">{t('clean.intro')}</p>
        </div>
        <div className="clean__launchable" data-testid="launchable-count">
          <strong>{t('clean.launchable', { count: counts.launchable })}</strong>
          {counts.toConfirm > 0 && (
            <span className="muted">{t('clean.toConfirm', { count: counts.toConfirm })}</span>
          )}
        </div>
      </div>
      <NationwideNotice snapshot={snapshot} />

      <div className="clean__settings">
        <label className="field field--inline">
          <span>{t('clean.settings.provider')}</span>
          <select value={provider} onChange={(e) => chooseProvider(e.target.value as Provider)}>
            <option value="kinbox">{t('clean.settings.kinbox')}</option>
            <option value="integra">{t('clean.settings.integra')}</option>
          </select>
        </label>
        <label className="field field--inline">
          <span>{t('clean.settings.country')}</span>
          <select
            value={settings.country}
            onChange={(e) => void store.setSettings({ country: e.target.value as CountryCode })}
          >
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <div className="field field--inline">
          <span>{t('clean.settings.defaultDdd')}</span>
          <button
            type="button"
            className="button"
            data-testid="default-ddd"
            onClick={() => toggle('ddd')}
          >
            {snapshot.defaultDdd ?? t('clean.settings.noDefaultDdd')}
          </button>
        </div>
        <div className="clean__spacer" />
        <button
          type="button"
          className={`button ${panel === 'blockList' ? 'button--active' : ''}`}
          onClick={() => toggle('blockList')}
        >
          {t('clean.blockList.button', { count: blockList?.length ?? snapshot.blockedNumbers })}
        </button>
        <button type="button" className={`button button--primary`} onClick={() => toggle('export')}>
          ⤓ {t('clean.export.button')}
        </button>
      </div>

      <Counters
        counts={counts}
        active={query.filter}
        onToggle={(f) => void store.toggleFilter(f)}
      />

      {panel === 'ddd' && (
        <DddForm
          current={snapshot.defaultDdd}
          onCancel={() => setPanel(null)}
          onApply={(ddd) => {
            setPanel(null)
            void store.setDefaultDdd(ddd)
          }}
        />
      )}
      {panel === 'blockList' && (
        <BlockListPanel matched={counts.reasons.do_not_contact} onClose={() => setPanel(null)} />
      )}
      {panel === 'export' && <ExportPanel onClose={() => setPanel(null)} />}

      {error && (
        <p className="notice notice--error clean__error" role="alert">
          {t('clean.failed', { message: error })}
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={store.dismissError}
          >
            {t('errors.dismiss')}
          </button>
        </p>
      )}

      <div className="clean__toolbar" role="toolbar" aria-label={t('clean.bulk.label')}>
        <HistoryButtons />
        <button
          type="button"
          className="button"
          disabled={counts.reasons.missing_area_code === 0 && snapshot.defaultDdd === null}
          onClick={() => toggle('ddd')}
        >
          {t('clean.bulk.defaultDdd')}
        </button>
        <button
          type="button"
          className="button"
          disabled={counts.invalid === 0}
          onClick={() => void store.excludeInvalid()}
        >
          {t('clean.bulk.excludeInvalid')}
        </button>
        <label className="toggle">
          <input
            type="checkbox"
            checked={keepLast}
            onChange={(e) => chooseKeepLast(e.target.checked)}
          />
          {t('clean.bulk.keepLast')}
        </label>
        {narrowed && viewRows > 0 && (
          <>
            <button
              type="button"
              className="button button--danger"
              onClick={() => void store.setViewExcluded(true)}
            >
              {t('clean.bulk.excludeView', { count: viewRows })}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void store.setViewExcluded(false)}
            >
              {t('clean.bulk.restoreView', { count: viewRows })}
            </button>
          </>
        )}
        <input
          type="search"
          className="search"
          placeholder={t('grid.search')}
          aria-label={t('grid.search')}
          value={query.search}
          onChange={(e) => void store.setQuery({ search: e.target.value })}
        />
      </div>

      <div className={`clean__work ${editing ? 'clean__work--editing' : ''}`}>
        <CleanGrid label={table.file} />
        {editing && <RowEditor detail={editing} />}
      </div>
    </div>
  )
}
