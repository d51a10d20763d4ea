import { headerWords } from './columnNames'

/**
 * How well a header names a phone, a DDD or a name column (cleaning.md "Which columns"):
 * a lower rank is a better match, null is no match.
 */

// Priority order of the spec, plus `cel`, the usual short form on Brazilian sheets.
const PHONE_WORDS = ['telefone', 'celular', 'whatsapp', 'fone', 'tel', 'cel', 'phone', 'mobile']
const AMBIGUOUS_PHONE_WORDS = ['numero', 'contato']
const NOT_PHONE_WORDS = new Set(['ddd', 'cod', 'codigo', 'area', 'tipo', 'type', 'operadora'])

/**
 * A header's words with plurals folded (`NOMES CLIENTES` → nome cliente, `telefones` →
 * telefone, `números` → numero): the one reading both the phone and the name side rank on.
 */
export function headerTerms(header: string): string[] {
  return headerWords(header).map(singular)
}

function singular(word: string): string {
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

/**
 * The one ranking both sides use: the index of the first synonym the words hold, a synonym of
 * several words matching those words in a row; -1 when none. Run-together forms
 * (`telefonecelular`) count for one-word synonyms of 5 letters or more.
 */
function synonymIndex(words: readonly string[], synonyms: readonly string[]): number {
  return synonyms.findIndex((synonym) => {
    const parts = synonym.split(' ')
    if (parts.length === 1) return words.some((word) => matchesWord(word, synonym))
    return words.some((_, i) => parts.every((part, k) => words[i + k] === part))
  })
}

function matchesWord(word: string, synonym: string): boolean {
  return word === synonym || (synonym.length >= 5 && word.startsWith(synonym))
}

export interface PhoneRank {
  rank: number
  /** `número` and `contato` also name other things: the values must look like phones. */
  needsPhoneValues: boolean
}

export function phoneHeaderRank(header: string): PhoneRank | null {
  const words = headerTerms(header)
  if (words.some((word) => NOT_PHONE_WORDS.has(word))) return null
  const faxPenalty = words.includes('fax') ? 100 : 0
  const index = synonymIndex(words, PHONE_WORDS)
  if (index !== -1) return { rank: index + faxPenalty, needsPhoneValues: false }
  const ambiguous = synonymIndex(words, AMBIGUOUS_PHONE_WORDS)
  if (ambiguous === -1) return null
  return { rank: PHONE_WORDS.length + ambiguous + faxPenalty, needsPhoneValues: true }
}

export function isDddHeader(header: string): boolean {
  const words = headerTerms(header)
  const text = words.join(' ')
  return (
    words.includes('ddd') ||
    /\b(cod|codigo) (de )?area\b/.test(text) ||
    text.includes('area code') ||
    text === 'prefixo'
  )
}

const PERSON_NAMES = [
  'nome',
  'nome completo',
  'contato',
  'responsavel',
  'cliente',
  'name',
  'full name',
  'first name'
]
const COMPANY_NAMES = ['nome fantasia', 'empresa', 'razao social', 'company']
const PERSON_WORDS = ['nome', 'name', 'contato', 'responsavel', 'cliente']
// Words that may sit beside a person word in a header that still names a person.
const PERSON_CONTEXT = new Set([
  ...PERSON_WORDS,
  ...['completo', 'do', 'da', 'de', 'dos', 'das', 'lead', 'pessoa', 'primeiro', 'social'],
  ...['first', 'full', 'last', 'given', 'display', 'contact', 'customer', 'client', 'of', 'the']
])
const NOT_NAME_WORDS = new Set([
  'email',
  'mail',
  'id',
  'cpf',
  'cnpj',
  'cod',
  'codigo',
  'data',
  'ddd'
])

/**
 * Person names first (exact synonyms, then headers made of person words: `NOMES CLIENTES`,
 * `nome do cliente`), then company names (`razão social` is the fallback).
 */
export function nameHeaderRank(header: string): number | null {
  const words = headerTerms(header)
  const text = words.join(' ')
  if (
    words.some((word) => NOT_NAME_WORDS.has(word)) ||
    phoneHeaderRank(header)?.needsPhoneValues === false
  ) {
    return null
  }
  const person = PERSON_NAMES.indexOf(text)
  if (person !== -1) return person
  const company = COMPANY_NAMES.indexOf(text)
  if (company !== -1) return 100 + company
  const companyPart = synonymIndex(words, COMPANY_NAMES)
  if (companyPart !== -1) return 110 + companyPart
  // `Nome do cliente` names a person; `nome_cidade_exterior` does not.
  if (!words.every((word) => PERSON_CONTEXT.has(word))) return null
  const personPart = synonymIndex(words, PERSON_WORDS)
  return personPart === -1 ? null : 20 + personPart
}
