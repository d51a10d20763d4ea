import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useSchedule, ZOOM_SPANS, zoomStep, type ZoomSpan } from './scheduleStore'

/** Zoom (buttons and a select) from the whole campaign to one day, and paging through days. */
export function TimelineControls() {
  const { t } = useTranslation()
  const id = useId()
  const span = useSchedule((s) => s.zoom.span)
  const setZoom = useSchedule((s) => s.setZoom)
  const zoomBy = useSchedule((s) => s.zoomBy)
  const pan = useSchedule((s) => s.pan)
  // Only where the view really gets closer (or wider): see zoomStep.
  const canZoomOut = useSchedule(
    (s) => 'totals' in s.plan && zoomStep(s.zoom, s.plan.totals, -1) !== null
  )
  const canZoomIn = useSchedule(
    (s) => 'totals' in s.plan && zoomStep(s.zoom, s.plan.totals, 1) !== null
  )
  return (
    <div className="timeline__controls">
      <label htmlFor={id} className="visually-hidden">
        {t('schedule.timeline.range')}
      </label>
      <select
        id={id}
        value={span}
        onChange={(e) => setZoom(e.target.value as ZoomSpan)}
        data-testid="timeline-range"
      >
        {ZOOM_SPANS.map((s) => (
          <option key={s} value={s}>
            {t(`schedule.timeline.${s}`)}
          </option>
        ))}
      </select>
      <div className="button-group">
        <button
          type="button"
          className="button button--icon"
          onClick={() => zoomBy(-1)}
          disabled={!canZoomOut}
          aria-label={t('schedule.timeline.zoomOut')}
          title={t('schedule.timeline.zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => zoomBy(1)}
          disabled={!canZoomIn}
          aria-label={t('schedule.timeline.zoomIn')}
          title={t('schedule.timeline.zoomIn')}
        >
          +
        </button>
      </div>
      <div className="button-group">
        <button
          type="button"
          className="button button--icon"
          onClick={() => pan(-1)}
          disabled={span === 'all'}
          aria-label={t('schedule.timeline.previous')}
          title={t('schedule.timeline.previous')}
        >
          ←
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => pan(1)}
          disabled={span === 'all'}
          aria-label={t('schedule.timeline.next')}
          title={t('schedule.timeline.next')}
        >
          →
        </button>
      </div>
    </div>
  )
}
