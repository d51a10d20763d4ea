import { useState, type KeyboardEvent } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { TimelineView } from '../../worker/timing/timingProtocol'
import { useSchedule } from './scheduleStore'
import { TimelineControls } from './TimelineControls'
import { timeTicks } from './time'
import { useFormat, type Format } from './useFormat'

const WIDTH = 1000
const HEIGHT = 150
const LEFT = 8
const RIGHT = WIDTH - 8
const BAND_TOP = 14
const BAND_BOTTOM = 96
const AXIS = 104

interface Mark {
  key: string
  x0: number
  x1: number
  /** The parts of the mark inside open hours: a chunk waits, unsent, while closed. */
  segments: [number, number][]
  title: string
  size: string | null
  first: number
  last: number
}

/** Chunks over time, closed hours shaded; only what is on screen comes from the worker. */
export function Timeline() {
  const { t } = useTranslation()
  const view = useSchedule((s) => s.view)
  const plan = useSchedule((s) => s.plan)
  const zone = plan.status === 'ready' ? plan.totals.timeZone : null
  const total = plan.status === 'ready' ? plan.totals.chunksCount : 0
  return (
    <section className="card schedule__card timeline" aria-labelledby="timeline-title">
      <header className="timeline__header">
        <h2 id="timeline-title">{t('schedule.timeline.title')}</h2>
        <TimelineControls />
      </header>
      {view && zone ? (
        <Chart view={view} zone={zone} total={total} />
      ) : (
        <div className="timeline__placeholder" />
      )}
      <div className="timeline__legend">
        <span>
          <svg width="14" height="14" aria-hidden="true" className="timeline__chunk">
            <rect width="14" height="14" rx="3" className="timeline__bar" />
          </svg>
          {t('schedule.timeline.legendChunk')}
        </span>
        <span>
          <svg width="14" height="14" aria-hidden="true">
            <rect width="14" height="14" className="timeline__closed" />
          </svg>
          {t('schedule.timeline.legendClosed')}
        </span>
        <span className="timeline__keys">{t('schedule.timeline.keys')}</span>
      </div>
    </section>
  )
}

/** [from, to] cut to the open windows (all of it when the plan has no hours), in chart x. */
function openSegments(
  view: TimelineView,
  x: (ms: number) => number,
  from: number,
  to: number
): [number, number][] {
  if (!view.open) return [[x(from), x(to)]]
  const segments: [number, number][] = []
  for (const w of view.open) {
    if (w.end < from) continue
    if (w.start > to) break
    segments.push([x(Math.max(from, w.start)), x(Math.min(to, w.end))])
  }
  return segments.length ? segments : [[x(from), x(to)]]
}

function marksOf(
  view: TimelineView,
  x: (ms: number) => number,
  format: Format,
  t: Translate
): Mark[] {
  if (view.chunks) {
    return view.chunks.map((c) => ({
      key: `c${c.chunk}`,
      x0: x(c.firstAt),
      x1: x(c.lastAt),
      segments: openSegments(view, x, c.firstAt, c.lastAt),
      title: t('schedule.timeline.chunk', { number: format.count(c.chunk) }),
      size: t('schedule.timeline.size', { count: c.size, n: format.count(c.size) }),
      first: c.firstAt,
      last: c.lastAt
    }))
  }
  return (view.bins ?? []).map((b) => ({
    key: `b${b.firstChunk}`,
    x0: x(b.start),
    x1: x(b.end),
    segments: openSegments(view, x, Math.max(b.start, b.firstAt), Math.min(b.end, b.lastAt)),
    title: t('schedule.timeline.bin', {
      first: format.count(b.firstChunk),
      last: format.count(b.lastChunk)
    }),
    size: null,
    first: b.firstAt,
    last: b.lastAt
  }))
}

type Translate = TFunction

function Chart({ view, zone, total }: { view: TimelineView; zone: string; total: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [active, setActive] = useState(0)
  const [shown, setShown] = useState<number | null>(null)
  const span = Math.max(1, view.toMs - view.fromMs)
  const x = (ms: number): number =>
    LEFT + ((Math.min(Math.max(ms, view.fromMs), view.toMs) - view.fromMs) / span) * (RIGHT - LEFT)
  const marks = marksOf(view, x, format, t)
  const ticks = timeTicks(view.fromMs, view.toMs, zone, format.lang, 10)
  const closed = closedSpans(view)
  const current = shown === null ? null : marks[shown]
  const focusIndex = Math.min(active, Math.max(0, marks.length - 1))

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    const jump = event.key === 'Home' ? -Infinity : event.key === 'End' ? Infinity : 0
    if (!step && !jump) return
    event.preventDefault()
    const next = jump
      ? jump < 0
        ? 0
        : marks.length - 1
      : Math.min(marks.length - 1, Math.max(0, focusIndex + step))
    setActive(next)
    setShown(next)
    const target = event.currentTarget.querySelector<SVGElement>(`[data-index="${next}"]`)
    target?.focus()
  }

  return (
    <div className="timeline__chart" data-testid="timeline">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="timeline__svg"
        role="group"
        aria-label={t('schedule.timeline.chart', {
          from: format.when(view.fromMs, zone),
          to: format.when(view.toMs, zone)
        })}
        onKeyDown={onKeyDown}
      >
        <defs>
          <pattern
            id="timeline-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" className="timeline__hatch-bg" />
            <line x1="0" y1="0" x2="0" y2="6" className="timeline__hatch-line" />
          </pattern>
        </defs>
        <rect
          x={LEFT}
          y={BAND_TOP - 6}
          width={RIGHT - LEFT}
          height={BAND_BOTTOM - BAND_TOP + 12}
          className="timeline__open"
        />
        {closed.map((c) => (
          <rect
            key={c.start}
            x={x(c.start)}
            y={BAND_TOP - 6}
            width={Math.max(0, x(c.end) - x(c.start))}
            height={BAND_BOTTOM - BAND_TOP + 12}
            className="timeline__closed"
            data-testid="timeline-closed"
          />
        ))}
        {ticks.map((tick) => (
          <g key={tick.at}>
            <line
              x1={x(tick.at)}
              x2={x(tick.at)}
              y1={BAND_TOP - 6}
              y2={AXIS + 4}
              className={tick.major ? 'timeline__grid timeline__grid--major' : 'timeline__grid'}
            />
            <text x={x(tick.at) + 3} y={AXIS + 18} className="timeline__tick">
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={RIGHT} y1={AXIS} y2={AXIS} className="timeline__axis" />
        {marks.map((m, i) => (
          <g
            key={m.key}
            data-index={i}
            data-testid="timeline-chunk"
            className={`timeline__chunk ${i % 2 ? 'timeline__chunk--alt' : ''} ${shown === i ? 'timeline__chunk--on' : ''}`}
            tabIndex={i === focusIndex ? 0 : -1}
            role="img"
            aria-label={[
              m.title,
              m.size,
              t('schedule.timeline.first', { time: format.when(m.first, zone, { seconds: true }) }),
              t('schedule.timeline.last', { time: format.when(m.last, zone, { seconds: true }) })
            ]
              .filter(Boolean)
              .join(' · ')}
            onMouseEnter={() => setShown(i)}
            onMouseLeave={() => setShown(null)}
            onFocus={() => {
              setActive(i)
              setShown(i)
            }}
            onBlur={() => setShown(null)}
          >
            <rect
              x={m.x0}
              y={BAND_TOP}
              width={Math.max(2, m.x1 - m.x0)}
              height={BAND_BOTTOM - BAND_TOP}
              className="timeline__hit"
            />
            {m.segments.length > 1 && (
              <line
                x1={m.x0}
                x2={m.x1}
                y1={(BAND_TOP + BAND_BOTTOM) / 2}
                y2={(BAND_TOP + BAND_BOTTOM) / 2}
                className="timeline__wait"
              />
            )}
            {m.segments.map(([a, b]) => (
              <rect
                key={a}
                x={a}
                y={BAND_TOP}
                width={Math.max(2, b - a)}
                height={BAND_BOTTOM - BAND_TOP}
                rx={2}
                className="timeline__bar"
              />
            ))}
          </g>
        ))}
      </svg>
      {marks.length === 0 && <p className="timeline__empty">{t('schedule.timeline.nothing')}</p>}
      {current && (
        <div
          className="timeline__tooltip"
          role="tooltip"
          data-testid="timeline-tooltip"
          style={{
            left: `${((current.x0 + current.x1) / 2 / WIDTH) * 100}%`,
            transform: `translateX(${(current.x0 + current.x1) / 2 > WIDTH * 0.7 ? '-100%' : (current.x0 + current.x1) / 2 < WIDTH * 0.3 ? '0' : '-50%'})`
          }}
        >
          <strong>{current.title}</strong>
          {current.size && <span>{current.size}</span>}
          <span>
            {t('schedule.timeline.first', {
              time: format.when(current.first, zone, { seconds: true })
            })}
          </span>
          <span>
            {t('schedule.timeline.last', {
              time: format.when(current.last, zone, { seconds: true })
            })}
          </span>
        </div>
      )}
      {view.range.to > view.range.from && (
        <p className="timeline__showing">
          {t('schedule.timeline.showing', {
            from: format.count(view.range.from + 1),
            to: format.count(view.range.to),
            total: format.count(total)
          })}
        </p>
      )}
    </div>
  )
}

/** The gaps between open windows: the closed hours to shade. */
function closedSpans(view: TimelineView): { start: number; end: number }[] {
  if (!view.open) return []
  const spans: { start: number; end: number }[] = []
  let t = view.fromMs
  for (const w of view.open) {
    if (w.start > t) spans.push({ start: t, end: w.start })
    t = Math.max(t, w.end)
  }
  if (t < view.toMs) spans.push({ start: t, end: view.toMs })
  return spans
}
