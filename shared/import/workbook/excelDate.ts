/**
 * Excel serial dates → calendar parts. Serial 1 is 1900-01-01; Excel keeps Lotus' fictitious
 * 1900-02-29 (serial 60), so serials below 61 are shifted by one day. date1904 workbooks count
 * from 1904-01-01.
 */
export interface DateParts {
  year: number
  month: number
  day: number
  hours: number
  minutes: number
  seconds: number
  /** Whole hours since serial 0, for elapsed-time formats such as [h]:mm. */
  totalHours: number
}

const MS_PER_DAY = 86_400_000
const EPOCH_1900 = Date.UTC(1899, 11, 30)
const EPOCH_1904 = Date.UTC(1904, 0, 1)

/** Undefined when Excel would show #### (negative or past year 9999). */
export function serialToParts(serial: number, date1904: boolean): DateParts | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return undefined
  // Round to the second first, as Excel does, so 0.99999999 becomes the next day.
  const totalSeconds = Math.round(serial * 86_400)
  const days = Math.floor(totalSeconds / 86_400)
  const secondsOfDay = totalSeconds - days * 86_400
  const time = {
    hours: Math.floor(secondsOfDay / 3600),
    minutes: Math.floor(secondsOfDay / 60) % 60,
    seconds: secondsOfDay % 60,
    totalHours: Math.floor(totalSeconds / 3600)
  }
  if (!date1904 && days === 60) return { year: 1900, month: 2, day: 29, ...time }
  if (!date1904 && days === 0) return { year: 1900, month: 1, day: 0, ...time }
  const shift = !date1904 && days < 60 ? 1 : 0
  const date = new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + (days + shift) * MS_PER_DAY)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    ...time
  }
}
