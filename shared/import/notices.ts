import type { ImportNotice } from './leadTable'

type Catalog = Record<ImportNotice['code'], (p: Record<string, string | number>) => string>

const ptBR: Catalog = {
  read_as_csv: (p) => `O arquivo tem a extensão .${p.extension}, mas é um CSV: foi lido como CSV.`,
  read_by_content: (p) =>
    `O arquivo tem a extensão .${p.extension}, mas o conteúdo é ${p.format}: foi lido como ${p.format}.`,
  no_header: () => 'O arquivo não tem cabeçalho: as colunas foram chamadas de Coluna A, B, …',
  nul_bytes_dropped: (p) =>
    `O arquivo tinha ${p.count} caractere(s) nulo(s) (NUL), que foram removidos na leitura.`,
  no_phone_column: () =>
    'Nenhuma coluna de telefone foi encontrada: escolha a coluna com os telefones.'
}

const en: Catalog = {
  read_as_csv: (p) => `The file is named .${p.extension} but is a CSV: it was read as CSV.`,
  read_by_content: (p) =>
    `The file is named .${p.extension} but its content is ${p.format}: it was read as ${p.format}.`,
  no_header: () => 'The file has no header row: the columns are named Coluna A, B, …',
  nul_bytes_dropped: (p) =>
    `The file had ${p.count} NUL character(s), which were removed while reading it.`,
  no_phone_column: () => 'No phone column was found: choose the column that holds the phones.'
}

/** What the user is told about a notice (not an error: the file was read). */
export function noticeMessage(notice: ImportNotice, language: 'pt-BR' | 'en' = 'pt-BR'): string {
  return (language === 'en' ? en : ptBR)[notice.code](notice.params ?? {})
}
