import { describe, expect, it } from 'vitest'
import { BusinessHoursListSchema, WeeklyHoursSchema } from '../../../shared/timing/businessHours'
import { summarizeHours } from '../../../shared/timing/hoursSummary'
import { EXAMPLE_2_HOURS, EXAMPLE_3_HOURS } from './helpers'

describe('business hours schemas', () => {
  it('reads a GET /v3/business-hours response as the openapi documents it', () => {
    const body = {
      totalCount: 1,
      data: [
        {
          id: '64a1',
          _id: '64a1',
          createdAt: '2026-01-01',
          ...EXAMPLE_2_HOURS,
          sat: { active: false, hours: [] },
          sun: { active: false, hours: [] }
        }
      ]
    }
    const parsed = BusinessHoursListSchema.parse(body)
    expect(parsed.data[0]?.id).toBe('64a1')
    expect(parsed.data[0]?.mon).toMatchObject({ active: true, hours: [['09:00', '18:00']] })
  })

  it('accepts a numeric id and missing days', () => {
    expect(
      BusinessHoursListSchema.parse({ data: [{ id: 7, mon: { active: true, hours: [] } }] }).data[0]
        ?.id
    ).toBe('7')
  })

  it('refuses times that are not clock times', () => {
    expect(
      WeeklyHoursSchema.safeParse({ mon: { active: true, hours: [['9h', '18h']] } }).success
    ).toBe(false)
    expect(
      WeeklyHoursSchema.safeParse({ mon: { active: true, hours: [['25:00', '26:00']] } }).success
    ).toBe(false)
    expect(WeeklyHoursSchema.safeParse({ mon: { active: true, hours: [['08:00']] } }).success).toBe(
      false
    )
  })
})

describe('summarizeHours', () => {
  it('groups consecutive days with the same hours', () => {
    expect(summarizeHours(EXAMPLE_3_HOURS)).toBe(
      'seg–sex 08:00–12:00, 13:30–17:30 · sáb 09:00–13:00'
    )
    expect(summarizeHours(EXAMPLE_3_HOURS, 'en')).toBe(
      'Mon–Fri 08:00–12:00, 13:30–17:30 · Sat 09:00–13:00'
    )
  })

  it('leaves out closed days, reads midnight as 24:00 and says when nothing is open', () => {
    const hours = {
      mon: { active: true, hours: [['18:00', '00:00']] as [string, string][] },
      tue: { active: false, hours: [['08:00', '12:00']] as [string, string][] },
      wed: { active: true, hours: [['18:00', '00:00']] as [string, string][] }
    }
    expect(summarizeHours(hours)).toBe('seg 18:00–24:00 · qua 18:00–24:00')
    expect(summarizeHours({})).toBe('fechado')
  })
})
