import type { z } from 'zod'
import { create } from 'zustand'
import type { BusinessHoursSet, ProviderFailure } from '../../../../shared/ipc/schemas'
import type { LaunchSchedule } from '../../../../shared/launch/types'
import {
  planIntegraParts,
  WEEKDAYS,
  type IntegraPart,
  type PlanTotals,
  type PlanWarning,
  type TimingError,
  type Weekday,
  type WeeklyHours
} from '../../../../shared/timing'
import { api } from '../../api/client'
import { i18n } from '../../i18n'
import { TimingClient } from '../../worker/timing/timingClient'
import type { TimelineView } from '../../worker/timing/timingProtocol'
import { currentProvider } from '../campaign/campaignStore'
import { launchableCountOf, useClean } from '../clean/cleanStore'
import {
  buildCampaignInput,
  buildIntegraInput,
  defaultForm,
  type EditorDay,
  type EditorInterval,
  type EditorWeek,
  type FieldProblems,
  type HoursSource,
  type ScheduleForm
} from './formModel'
import { plusLocalDays, startOfLocalDay } from './time'

export type KinboxHoursState =
  | { phase: 'idle' | 'loading' }
  | { phase: 'ready'; sets: BusinessHoursSet[] }
  | { phase: 'failed'; failure: Pick<z.infer<typeof ProviderFailure>, 'kind' | 'message'> }

export type PlanState =
  | { status: 'idle' }
  | { status: 'computing'; previous: ReadyPlan | null }
  | ReadyPlan
  | { status: 'invalid'; problems: FieldProblems }
  | { status: 'failed'; error: TimingError | null; message: string | null }

export interface ReadyPlan {
  status: 'ready'
  seq: number
  totals: PlanTotals
  warnings: PlanWarning[]
  /** True when the hours are the account's set (what Kinbox will enforce). */
  fromAccount: boolean
}

export type ZoomSpan = 'all' | 'week' | 'day'
export const ZOOM_SPANS: readonly ZoomSpan[] = ['all', 'week', 'day']

interface Zoom {
  span: ZoomSpan
  /** Local midnight the week/day view starts at; null: the first send's day. */
  anchor: number | null
}

interface ScheduleState {
  form: ScheduleForm
  kinboxHours: KinboxHoursState
  /** The user picked the hours' source while the account's sets were offered. */
  sourceChosen: boolean
  plan: PlanState
  /** What is wrong with the form now (checked at every keystroke, before the debounce). */
  problems: FieldProblems
  /** The Integra plan's parts (cheap: computed at once, no worker). */
  integraParts: IntegraPart[] | null
  zoom: Zoom
  view: TimelineView | null
  update(patch: Partial<ScheduleForm>): void
  /**
   * A follow-up: the previous launch's pace, hours and zone (whichever provider it was). The
   * start stays this form's own: the previous one has passed.
   */
  carry(schedule: LaunchSchedule): void
  chooseSource(source: HoursSource): void
  setDay(day: Weekday, patch: Partial<EditorDay>): void
  setInterval(day: Weekday, index: number, patch: Partial<EditorInterval>): void
  addInterval(day: Weekday): void
  removeInterval(day: Weekday, index: number): void
  copySetToEditor(id: string): void
  loadBusinessHours(): Promise<void>
  setZoom(span: ZoomSpan): void
  zoomBy(direction: 1 | -1): void
  pan(direction: 1 | -1): void
}

const DEBOUNCE_MS = 120
const MAX_CHUNKS_ON_SCREEN = 400
const BINS = 240

let client: TimingClient | null = null
const timing = (): TimingClient => (client ??= new TimingClient())
let timer: ReturnType<typeof setTimeout> | null = null
/** Limpar's count: read (never copied) when a plan is made. */
const launchableCount = (): number | null => launchableCountOf(useClean.getState())

/** The span the timeline shows for a plan and a zoom. */
export function viewRange(zoom: Zoom, totals: PlanTotals): { from: number; to: number } | null {
  const { firstSendAt, finishedAt, timeZone } = totals
  if (firstSendAt === null || finishedAt === null) return null
  if (zoom.span === 'all') {
    const span = Math.max(finishedAt - firstSendAt, 3_600_000)
    const pad = span * 0.03
    const middle = (firstSendAt + finishedAt) / 2
    return { from: Math.floor(middle - span / 2 - pad), to: Math.ceil(middle + span / 2 + pad) }
  }
  const from = clampAnchor(zoom.anchor, totals)
  return { from, to: plusLocalDays(from, zoom.span === 'week' ? 7 : 1, timeZone) }
}

/**
 * The span "Aproximar" (+1) or "Afastar" (−1) goes to: the next one that really shows less
 * (or more) time than the view now does, or null. A 10-hour campaign seen whole is already
 * closer than "Um dia", so "Aproximar" has nowhere to go (it never jumps to "Uma semana").
 */
export function zoomStep(zoom: Zoom, totals: PlanTotals, direction: 1 | -1): ZoomSpan | null {
  const length = (span: ZoomSpan): number => {
    const range = viewRange({ span, anchor: zoom.anchor }, totals)
    return range ? range.to - range.from : 0
  }
  const now = length(zoom.span)
  for (
    let index = ZOOM_SPANS.indexOf(zoom.span) + direction;
    index >= 0 && index < ZOOM_SPANS.length;
    index += direction
  ) {
    const span = ZOOM_SPANS[index]
    if (span === undefined) break
    if (direction === 1 ? length(span) < now : length(span) > now) return span
  }
  return null
}

function clampAnchor(anchor: number | null, totals: PlanTotals): number {
  const zone = totals.timeZone
  const first = startOfLocalDay(totals.firstSendAt ?? 0, zone)
  const last = startOfLocalDay(totals.finishedAt ?? 0, zone)
  if (anchor === null) return first
  return startOfLocalDay(Math.min(Math.max(anchor, first), last), zone)
}

function toEditorDay(day: WeeklyHours[Weekday]): EditorDay {
  const clock = (text: string): string => {
    const [h = '00', m = '00'] = text.trim().split(':')
    const hh = h.padStart(2, '0')
    return hh === '24' ? '00:00' : `${hh}:${m}`
  }
  const intervals = (day?.hours ?? []).map(([open, close]) => ({
    open: clock(open),
    close: clock(close)
  }))
  if (intervals.length === 0)
    return { active: false, intervals: [{ open: '09:00', close: '18:00' }] }
  return { active: day?.active ?? false, intervals }
}

export const useSchedule = create<ScheduleState>()((set, get) => {
  const sets = (): BusinessHoursSet[] => {
    const k = get().kinboxHours
    return k.phase === 'ready' ? k.sets : []
  }

  async function compute(): Promise<void> {
    const { form } = get()
    const built = buildCampaignInput(form, {
      launchableCount: launchableCount(),
      now: Date.now(),
      sets: sets()
    })
    if (!built.ok) {
      set({ plan: { status: 'invalid', problems: built.problems }, view: null })
      return
    }
    const fromAccount = form.hoursSource === 'account'
    let planned
    try {
      planned = await timing().plan({
        input: built.input,
        now: Date.now(),
        tier: form.tier,
        holidayLanguage: i18n.language.startsWith('en') ? 'en' : 'pt'
      })
    } catch (error) {
      set({ plan: { status: 'failed', error: null, message: String(error) }, view: null })
      return
    }
    if (planned === null) return // superseded by newer typing
    const { seq, answer } = planned
    if (!answer.ok) {
      set({ plan: { status: 'failed', error: answer.error, message: null }, view: null })
      return
    }
    set({
      plan: { status: 'ready', seq, totals: answer.totals, warnings: answer.warnings, fromAccount }
    })
    void fetchView()
  }

  async function fetchView(): Promise<void> {
    const { plan, zoom } = get()
    if (plan.status !== 'ready') return
    const range = viewRange(zoom, plan.totals)
    if (!range) {
      set({ view: null })
      return
    }
    try {
      const answer = await timing().view({
        planSeq: plan.seq,
        fromMs: range.from,
        toMs: range.to,
        maxChunks: MAX_CHUNKS_ON_SCREEN,
        bins: BINS
      })
      const now = get().plan
      if (answer.ok && now.status === 'ready' && now.seq === plan.seq) set({ view: answer.view })
    } catch {
      set({ view: null })
    }
  }

  function schedule(): void {
    const { plan, form } = get()
    const context = {
      launchableCount: launchableCount(),
      now: Date.now(),
      sets: sets()
    }
    if (currentProvider() === 'integra') {
      const integra = buildIntegraInput(form, context)
      set({
        problems: integra.ok ? {} : integra.problems,
        integraParts: integra.ok
          ? planIntegraParts({ ...integra.values, sequential: form.integraSequential })
          : null
      })
      return
    }
    const built = buildCampaignInput(form, context)
    set({ problems: built.ok ? {} : built.problems })
    if (plan.status !== 'computing') {
      set({ plan: { status: 'computing', previous: plan.status === 'ready' ? plan : null } })
    }
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void compute()
    }, DEBOUNCE_MS)
  }

  const editEditor = (change: (week: EditorWeek) => EditorWeek): void => {
    set((s) => ({ form: { ...s.form, editor: change(s.form.editor) } }))
    schedule()
  }

  const editDay = (day: Weekday, change: (d: EditorDay) => EditorDay): void =>
    editEditor((week) => ({ ...week, [day]: change(week[day]) }))

  return {
    form: defaultForm(Date.now()),
    kinboxHours: { phase: 'idle' },
    sourceChosen: false,
    plan: { status: 'idle' },
    problems: {},
    integraParts: null,
    zoom: { span: 'all', anchor: null },
    view: null,

    update(patch) {
      set((s) => ({ form: { ...s.form, ...patch } }))
      schedule()
    },
    carry(previous) {
      const patch: Partial<ScheduleForm> = { timeZone: previous.timeZone }
      const text = (n: number | undefined) => (n === undefined ? undefined : String(n))
      const fields = {
        chunkSizeText: text(previous.chunkSize),
        messageGapText: text(previous.secondsBetweenMessages),
        chunkGapText: text(previous.secondsBetweenChunks),
        maxConcurrentText: text(previous.maxConcurrent),
        averageCallText: text(previous.averageCallSeconds)
      }
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined) Object.assign(patch, { [key]: value })
      }
      const kinbox = previous.chunkSize !== undefined
      if (kinbox && previous.businessHours) {
        patch.editor = Object.fromEntries(
          WEEKDAYS.map((day) => [day, toEditorDay(previous.businessHours?.[day])])
        ) as EditorWeek
        patch.hoursSource = 'editor'
      } else if (kinbox) patch.hoursSource = 'none'
      // The hours the launch ran with stay chosen when the account's sets arrive.
      set((s) => ({ form: { ...s.form, ...patch }, sourceChosen: kinbox || s.sourceChosen }))
      schedule()
    },
    chooseSource(hoursSource) {
      set((s) => ({
        form: { ...s.form, hoursSource },
        sourceChosen: s.kinboxHours.phase === 'ready' && s.kinboxHours.sets.length > 0
      }))
      schedule()
    },
    setDay: (day, patch) => editDay(day, (d) => ({ ...d, ...patch })),
    setInterval: (day, index, patch) =>
      editDay(day, (d) => ({
        ...d,
        intervals: d.intervals.map((i, k) => (k === index ? { ...i, ...patch } : i))
      })),
    addInterval: (day) =>
      editDay(day, (d) => {
        const last = d.intervals.at(-1)
        const open = last && last.close !== '00:00' && last.close < '23:00' ? last.close : '13:00'
        const close =
          open < '22:00'
            ? `${String(Number(open.slice(0, 2)) + 2).padStart(2, '0')}:${open.slice(3)}`
            : '00:00'
        return { active: true, intervals: [...d.intervals, { open, close }] }
      }),
    removeInterval: (day, index) =>
      editDay(day, (d) =>
        d.intervals.length <= 1
          ? { ...d, active: false }
          : { ...d, intervals: d.intervals.filter((_, k) => k !== index) }
      ),
    copySetToEditor(id) {
      const found = sets().find((s) => s.id === id)
      if (!found) return
      const editor = Object.fromEntries(
        WEEKDAYS.map((day) => [day, toEditorDay(found.hours[day])])
      ) as EditorWeek
      set((s) => ({ form: { ...s.form, editor, hoursSource: 'editor' }, sourceChosen: true }))
      schedule()
    },

    async loadBusinessHours() {
      if (get().kinboxHours.phase === 'loading') return
      set({ kinboxHours: { phase: 'loading' } })
      let next: KinboxHoursState
      try {
        const answer = await api('kinboxBusinessHours', {})
        next = answer.ok
          ? { phase: 'ready', sets: answer.sets }
          : { phase: 'failed', failure: answer.failure }
      } catch (error) {
        next = { phase: 'failed', failure: { kind: 'server', message: String(error) } }
      }
      set((s) => {
        const form = { ...s.form }
        if (next.phase === 'ready' && next.sets.length > 0) {
          if (!next.sets.some((x) => x.id === form.selectedSetId)) {
            form.selectedSetId = next.sets[0]?.id ?? null
          }
          if (!s.sourceChosen) form.hoursSource = 'account'
        } else if (form.hoursSource === 'account') {
          form.hoursSource = 'editor'
        }
        return { kinboxHours: next, form }
      })
      schedule()
    },

    setZoom(span) {
      set((s) => ({ zoom: { span, anchor: span === 'all' ? null : s.zoom.anchor } }))
      void fetchView()
    },
    zoomBy(direction) {
      const { zoom, plan } = get()
      const next = 'totals' in plan ? zoomStep(zoom, plan.totals, direction) : null
      if (next) get().setZoom(next)
    },
    pan(direction) {
      const { zoom, plan } = get()
      if (zoom.span === 'all' || plan.status !== 'ready') return
      const zone = plan.totals.timeZone
      const from = clampAnchor(zoom.anchor, plan.totals)
      const anchor = plusLocalDays(from, direction * (zoom.span === 'week' ? 7 : 1), zone)
      set({ zoom: { ...zoom, anchor: clampAnchor(anchor, plan.totals) } })
      void fetchView()
    }
  }
})

// The language (holiday names) feeds the plan too. (The provider and Limpar's count are read
// when the plan is made; Agendar's screen plans again when they change.)
i18n.on('languageChanged', () => useSchedule.getState().update({}))
