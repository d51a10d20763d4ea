/**
 * Realistic Kinbox business-hours sets, as `GET /v3/business-hours` returns them: Mongo ids
 * in both `id` and `_id`, all seven days present, inactive days keeping their old hours.
 */

type Day = { active: boolean; hours: [string, string][] }

export interface KinboxBusinessHoursRecord {
  id: string
  _id: string
  mon: Day
  tue: Day
  wed: Day
  thu: Day
  fri: Day
  sat: Day
  sun: Day
}

const open = (...hours: [string, string][]): Day => ({ active: true, hours })
const closed = (...hours: [string, string][]): Day => ({ active: false, hours })

/** Mon–Fri 08:00–12:00 and 13:30–17:30 (lunch break), Sat 09:00–13:00, Sun closed. */
export const COMMERCIAL_HOURS: KinboxBusinessHoursRecord = {
  id: '65f1c2a9e4b0a1b2c3d4e5f6',
  _id: '65f1c2a9e4b0a1b2c3d4e5f6',
  mon: open(['08:00', '12:00'], ['13:30', '17:30']),
  tue: open(['08:00', '12:00'], ['13:30', '17:30']),
  wed: open(['08:00', '12:00'], ['13:30', '17:30']),
  thu: open(['08:00', '12:00'], ['13:30', '17:30']),
  fri: open(['08:00', '12:00'], ['13:30', '17:30']),
  sat: open(['09:00', '13:00']),
  sun: closed(['08:00', '12:00'])
}

/** Mon–Fri 09:00–18:00, weekend closed. */
export const OFFICE_HOURS: KinboxBusinessHoursRecord = {
  id: '66a0b7d2c91f4e0012ab34cd',
  _id: '66a0b7d2c91f4e0012ab34cd',
  mon: open(['09:00', '18:00']),
  tue: open(['09:00', '18:00']),
  wed: open(['09:00', '18:00']),
  thu: open(['09:00', '18:00']),
  fri: open(['09:00', '18:00']),
  sat: closed(),
  sun: closed()
}

export const DEFAULT_BUSINESS_HOURS: KinboxBusinessHoursRecord[] = [COMMERCIAL_HOURS, OFFICE_HOURS]

/**
 * `GET /v3/operators` items. The OpenAPI's `Operator` names only `id` and `_id`; `name` and
 * `email` are our guess of what the panel shows (the campaign body takes `operatorName`).
 */
export interface KinboxOperatorRecord {
  id: string
  _id: string
  name: string
  email: string
}

export const DEFAULT_OPERATORS: KinboxOperatorRecord[] = [
  {
    id: '64c9a1f2b3e4d5c6a7b8c9d0',
    _id: '64c9a1f2b3e4d5c6a7b8c9d0',
    name: 'Ana Souza',
    email: 'ana.souza@example.com.br'
  },
  {
    id: '64c9a1f2b3e4d5c6a7b8c9d1',
    _id: '64c9a1f2b3e4d5c6a7b8c9d1',
    name: 'Bruno Lima',
    email: 'bruno.lima@example.com.br'
  }
]
