import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignResults, LeadResult } from '../../../../shared/ipc/campaigns'
import { resultKey } from './followUp'
import { resultLabel } from './labels'

const ROW_HEIGHT = 34

/** Per-lead results, virtualized: a 10,000-lead part scrolls like a 10-lead one. */
export function ResultsTable({
  results,
  leads
}: {
  results: CampaignResults
  leads: readonly LeadResult[]
}) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the field's standard
  const virtualizer = useVirtualizer({
    count: leads.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10
  })
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' })
  const columns = [
    t('campaigns.detail.columns.row'),
    t('campaigns.detail.columns.phone'),
    t('campaigns.detail.columns.name'),
    ...results.variables,
    t('campaigns.detail.columns.result'),
    t('campaigns.detail.columns.at')
  ]
  const template = `60px 140px minmax(130px, 1.2fr) ${results.variables.map(() => 'minmax(110px, 1fr)').join(' ')} 130px 150px`
  if (leads.length === 0) return <p className="muted">{t('campaigns.detail.noneMatch')}</p>
  return (
    <div className="results" role="table" aria-rowcount={leads.length + 1}>
      <div
        className="results__row results__row--head"
        role="row"
        style={{ gridTemplateColumns: template }}
      >
        {columns.map((label, i) => (
          <span key={`${label}-${i}`} role="columnheader">
            {label}
          </span>
        ))}
      </div>
      <div className="results__body" ref={scroller} tabIndex={0} data-testid="results-body">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const lead = leads[item.index] as LeadResult
            const key = resultKey(lead)
            return (
              <div
                key={item.key}
                className="results__row"
                role="row"
                aria-rowindex={item.index + 2}
                data-testid="result-row"
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className="results__number">
                  {lead.row}
                </span>
                <span role="cell">{lead.phone}</span>
                <span role="cell">{lead.name}</span>
                {results.variables.map((v) => (
                  <span role="cell" key={v}>
                    {lead.variables[v] ?? ''}
                  </span>
                ))}
                <span role="cell">
                  <span className={`tag result--${key}`}>
                    {resultLabel(t, results.provider, key)}
                  </span>
                </span>
                <span role="cell" className="muted">
                  {lead.at ? time.format(new Date(lead.at)) : ''}
                </span>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
