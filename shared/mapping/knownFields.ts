/** Fields a lead file usually carries, with pt-BR and English header synonyms. */

export interface KnownField {
  id: string
  /** Compared ignoring accents, case and punctuation ("E-mail" = "email"). */
  synonyms: readonly string[]
  /** Key proposed when the field becomes a message variable. */
  suggestedKey: string
}

export const PHONE_SYNONYMS = [
  'telefone',
  'celular',
  'whatsapp',
  'whats',
  'wpp',
  'zap',
  'fone',
  'tel',
  'cel',
  'telefone celular',
  'numero',
  'numero de telefone',
  'numero whatsapp',
  'phone',
  'phone number',
  'mobile',
  'mobile phone',
  'cell',
  'cellphone'
] as const

export const PERSON_NAME_SYNONYMS = [
  'nome',
  'nome completo',
  'nome do cliente',
  'nome do contato',
  'nome do lead',
  'contato',
  'responsavel',
  'cliente',
  'lead',
  'name',
  'full name',
  'first name',
  'primeiro nome',
  'customer name',
  'contact name',
  'contact'
] as const

export const KNOWN_FIELDS: readonly KnownField[] = [
  { id: 'phone', synonyms: PHONE_SYNONYMS, suggestedKey: 'phone' },
  {
    id: 'ddd',
    synonyms: ['ddd', 'ddd1', 'cod area', 'codigo de area', 'codigo area', 'area code'],
    suggestedKey: 'ddd'
  },
  { id: 'name', synonyms: PERSON_NAME_SYNONYMS, suggestedKey: 'leadName' },
  {
    id: 'email',
    synonyms: ['email', 'e-mail', 'email address', 'endereco de email', 'correio eletronico'],
    suggestedKey: 'email'
  },
  {
    id: 'company',
    synonyms: [
      'empresa',
      'razao social',
      'nome fantasia',
      'nome da empresa',
      'companhia',
      'organizacao',
      'company',
      'company name',
      'organization',
      'business'
    ],
    suggestedKey: 'companyName'
  },
  {
    id: 'city',
    synonyms: ['cidade', 'municipio', 'localidade', 'city', 'town'],
    suggestedKey: 'city'
  },
  { id: 'state', synonyms: ['uf', 'estado', 'state', 'province'], suggestedKey: 'state' },
  {
    id: 'jobTitle',
    synonyms: ['cargo', 'funcao', 'profissao', 'job title', 'title', 'position', 'role'],
    suggestedKey: 'jobTitle'
  },
  {
    id: 'date',
    synonyms: [
      'data',
      'data cadastro',
      'data de cadastro',
      'data criacao',
      'data de criacao',
      'cadastro',
      'date',
      'created at',
      'signup date'
    ],
    suggestedKey: 'date'
  },
  {
    id: 'amount',
    synonyms: [
      'valor',
      'valor proposta',
      'valor da proposta',
      'preco',
      'total',
      'amount',
      'value',
      'price',
      'deal value'
    ],
    suggestedKey: 'amount'
  },
  {
    id: 'source',
    synonyms: [
      'origem',
      'fonte',
      'canal',
      'midia',
      'source',
      'origin',
      'lead source',
      'utm source'
    ],
    suggestedKey: 'source'
  },
  {
    id: 'document',
    synonyms: ['cpf', 'cnpj', 'cpf cnpj', 'documento', 'document'],
    suggestedKey: 'document'
  },
  {
    id: 'address',
    synonyms: ['endereco', 'logradouro', 'rua', 'address', 'street'],
    suggestedKey: 'address'
  },
  { id: 'zip', synonyms: ['cep', 'zip', 'zip code', 'postal code'], suggestedKey: 'zip' }
]
