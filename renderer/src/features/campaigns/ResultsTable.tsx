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
  const { template, minWidth } = layout(results.variables.length)
  if (leads.length === 0) return <p className="muted">{t('campaigns.detail.noneMatch')}</p>
  return (
    <div className="results" role="table" aria-rowcount={leads.length + 1}>
      <div className="results__inner" style={{ minWidth }}>
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
                  style={{
                    gridTemplateColumns: template,
                    transform: `translateY(${item.start}px)`
                  }}
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
    </div>
  )
}

/**
 * Column widths: fixed for the row, phone, result and time (the time always whole), flexible
 * for the name and the variables. Below the sum of their least widths the table scrolls
 * sideways as one (header and rows together) instead of cutting the last columns off.
 */
const FIXED = { row: 48, phone: 136, result: 112, at: 136 }
const NAME_MIN = 110
const VARIABLE_MIN = 90
const GAP = 10
const PADDING = 24

export function layout(variables: number): { template: string; minWidth: number } {
  const template = [
    `${FIXED.row}px`,
    `${FIXED.phone}px`,
    `minmax(${NAME_MIN}px, 1.2fr)`,
    ...Array.from({ length: variables }, () => `minmax(${VARIABLE_MIN}px, 1fr)`),
    `${FIXED.result}px`,
    `${FIXED.at}px`
  ].join(' ')
  const columns = 5 + variables
  const minWidth =
    FIXED.row +
    FIXED.phone +
    NAME_MIN +
    variables * VARIABLE_MIN +
    FIXED.result +
    FIXED.at +
    GAP * (columns - 1) +
    PADDING
  return { template, minWidth }
}
