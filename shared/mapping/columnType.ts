import { z } from 'zod'
import { parseDate } from './dateFormat'
import { KNOWN_FIELDS, PERSON_NAME_SYNONYMS, PHONE_SYNONYMS } from './knownFields'
import { parseDecimal } from './numberFormat'
import { bestSimilarity } from './similarity'

export const columnTypeSchema = z.enum([
  'phone',
  'name',
  'email',
  'date',
  'number',
  'money',
  'text'
])
export type ColumnType = z.infer<typeof columnTypeSchema>

/** Share of non-empty samples that must agree before the values decide the type. */
const MAJORITY = 0.6

const EMAIL = /^[^\s@]+@+[^\s@]+\.[^\s@]+$/
const PHONE_CHARS = /^(?:tel[:.]?\s*)?[+\d\s().-]+$/i
const CPF_CNPJ = /^\d{3}\.\d{3}\.\d{3}-\d{2}$|^\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}$/
const CURRENCY_MARK = /R\$|BRL/i
const LETTERS_ONLY = /^[\p{L}'’. -]+$/u

const fieldSynonyms = (id: string): readonly string[] =>
  KNOWN_FIELDS.find((field) => field.id === id)?.synonyms ?? []

const headerIs = (header: string, synonyms: readonly string[]): boolean =>
  bestSimilarity(header, synonyms) === 1

/** Detected type of a column from its header and a few sample values (pt-BR data). */
export function detectColumnType(header: string, sampleValues: readonly string[]): ColumnType {
  const samples = sampleValues.map((value) => value.trim()).filter((value) => value !== '')
  const share = (test: (value: string) => boolean): number =>
    samples.length === 0 ? 0 : samples.filter(test).length / samples.length
  const most = (test: (value: string) => boolean): boolean => share(test) >= MAJORITY

  if (most((v) => EMAIL.test(v)) || headerIs(header, fieldSynonyms('email'))) return 'email'
  if (headerIs(header, PHONE_SYNONYMS)) return 'phone'
  if (most(isWrittenDate)) return 'date'
  if (headerIs(header, fieldSynonyms('date')) && most((v) => parseDate(v) !== null)) return 'date'
  if (most((v) => CURRENCY_MARK.test(v) && parseDecimal(v) !== null)) return 'money'
  if (headerIs(header, fieldSynonyms('amount')) && most(isNumber)) return 'money'
  if (most(isPhoneLike)) return 'phone'
  if (most(isNumber)) return 'number'
  if (headerIs(header, PERSON_NAME_SYNONYMS) && (samples.length === 0 || most(isWords))) {
    return 'name'
  }
  return 'text'
}

/** A date as text; bare numbers count only when the header says date (Excel serials). */
function isWrittenDate(value: string): boolean {
  return parseDate(value, false) !== null
}

function isNumber(value: string): boolean {
  return parseDecimal(value) !== null
}

/** 10 to 13 digits written like a phone: "(98) 3406-9970", "tel: 98 97126.9547", "+55 …". */
function isPhoneLike(value: string): boolean {
  if (!PHONE_CHARS.test(value) || CPF_CNPJ.test(value)) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 10 && digits <= 13
}

function isWords(value: string): boolean {
  return LETTERS_ONLY.test(value)
}
