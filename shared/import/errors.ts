/**
 * Why a file could not be read. Each code has a plain pt-BR message (and English) that the
 * app and `leadprep` show as is; params fill the message (row number, size limit…).
 */
export type ImportErrorCode =
  | 'empty_file'
  | 'no_data_rows'
  | 'not_a_spreadsheet'
  | 'damaged_file'
  | 'html_no_table'
  | 'unterminated_quote'
  | 'password_required'
  | 'wrong_password'
  | 'file_too_large'
  | 'sheet_not_found'
  | 'header_row_not_found'
  | 'column_not_found'
  | 'canceled'
  | 'too_many_rows'
  | 'too_many_columns'
  | 'too_many_cells'
  | 'unpacked_too_large'
  | 'empty_sheet'
  | 'not_a_file'
  | 'encryption_too_costly'
  | 'decrypt_timeout'

export type ImportErrorParams = Record<string, string | number>

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: ImportErrorParams = {}
  ) {
    super(importErrorMessage(code, params, 'pt-BR'))
    this.name = 'ImportError'
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError
}

type Catalog = Record<ImportErrorCode, (p: ImportErrorParams) => string>

const ptBR: Catalog = {
  empty_file: () => 'O arquivo está vazio: não há nada para importar.',
  no_data_rows: () => 'O arquivo só tem o cabeçalho: nenhuma linha de dados para importar.',
  not_a_spreadsheet: () =>
    'Este arquivo não é uma planilha nem um CSV. Exporte a lista como .xlsx ou .csv e tente de novo.',
  damaged_file: () =>
    'O arquivo está danificado ou incompleto e não pode ser lido. Abra-o no Excel, salve de novo e tente outra vez.',
  html_no_table: () =>
    'Este arquivo é uma página HTML sem nenhuma tabela: não há leads para importar.',
  unterminated_quote: (p) =>
    `Há uma aspa (") aberta e nunca fechada na linha ${p.row}: o restante do arquivo ficaria dentro de uma só célula. Corrija essa linha e importe de novo.`,
  password_required: () => 'Esta planilha está protegida por senha. Digite a senha para abri-la.',
  wrong_password: () => 'Senha incorreta. Confira maiúsculas e minúsculas e tente de novo.',
  file_too_large: (p) =>
    `O arquivo tem ${p.sizeMb} MB e passa do limite de ${p.limitMb} MB. Divida a lista em arquivos menores.`,
  sheet_not_found: (p) => `A aba "${p.sheet}" não existe neste arquivo.`,
  header_row_not_found: (p) =>
    `A linha ${p.row} não existe nesta aba (ou está vazia) e não pode ser o cabeçalho.`,
  column_not_found: (p) => `A coluna "${p.column}" não existe. Colunas disponíveis: ${p.columns}.`,
  canceled: () => 'Importação cancelada.',
  too_many_rows: (p) =>
    `A planilha passa de ${p.limit} linhas, o limite do Excel: divida a lista em arquivos menores.`,
  too_many_columns: (p) =>
    `Uma linha passa de ${p.limit} colunas, o limite do Excel: este arquivo não é uma lista de leads que se possa ler.`,
  too_many_cells: (p) =>
    `A planilha se expande para mais de ${p.limit} células: é grande demais para ser lida. Divida a lista em arquivos menores.`,
  unpacked_too_large: (p) =>
    `O arquivo fica grande demais depois de descompactado (mais de ${p.limitMb} MB): divida a lista em arquivos menores.`,
  empty_sheet: (p) => `A aba "${p.sheet}" está vazia: não há nada para importar.`,
  not_a_file: () => 'Isto é uma pasta, não um arquivo: escolha o arquivo da lista de leads.',
  encryption_too_costly: (p) =>
    `A senha desta planilha foi protegida com ${p.spinCount} rodadas de cálculo, acima do limite de ${p.limit}: abrir travaria o computador. Abra-a no Excel, salve uma cópia sem senha e importe essa cópia.`,
  decrypt_timeout: (p) =>
    `Abrir esta planilha protegida por senha levou mais de ${p.seconds} segundos e foi interrompido. Abra-a no Excel, salve uma cópia sem senha e importe essa cópia.`
}

const en: Catalog = {
  empty_file: () => 'The file is empty: there is nothing to import.',
  no_data_rows: () => 'The file only has a header row: no data rows to import.',
  not_a_spreadsheet: () =>
    'This file is neither a spreadsheet nor a CSV. Export the list as .xlsx or .csv and try again.',
  damaged_file: () =>
    'The file is damaged or incomplete and cannot be read. Open it in Excel, save it again and retry.',
  html_no_table: () => 'This file is an HTML page with no table: there are no leads to import.',
  unterminated_quote: (p) =>
    `A quote (") opened on row ${p.row} is never closed: the rest of the file would end up in one cell. Fix that row and import again.`,
  password_required: () => 'This spreadsheet is password-protected. Type the password to open it.',
  wrong_password: () => 'Wrong password. Check upper and lower case and try again.',
  file_too_large: (p) =>
    `The file is ${p.sizeMb} MB, over the ${p.limitMb} MB limit. Split the list into smaller files.`,
  sheet_not_found: (p) => `There is no sheet named "${p.sheet}" in this file.`,
  header_row_not_found: (p) =>
    `Row ${p.row} does not exist in this sheet (or is empty) and cannot be the header.`,
  column_not_found: (p) => `There is no column "${p.column}". Columns: ${p.columns}.`,
  canceled: () => 'Import canceled.',
  too_many_rows: (p) =>
    `The sheet has more than ${p.limit} rows, Excel's limit: split the list into smaller files.`,
  too_many_columns: (p) =>
    `A row has more than ${p.limit} columns, Excel's limit: this file is not a lead list that can be read.`,
  too_many_cells: (p) =>
    `The sheet expands to more than ${p.limit} cells: it is too big to read. Split the list into smaller files.`,
  unpacked_too_large: (p) =>
    `The file is too big once unpacked (over ${p.limitMb} MB): split the list into smaller files.`,
  empty_sheet: (p) => `The sheet "${p.sheet}" is empty: there is nothing to import.`,
  not_a_file: () => 'This is a folder, not a file: choose the lead list file.',
  encryption_too_costly: (p) =>
    `This workbook's password uses ${p.spinCount} hashing rounds, over the limit of ${p.limit}: opening it would freeze the computer. Open it in Excel, save a copy without a password and import that copy.`,
  decrypt_timeout: (p) =>
    `Opening this password-protected workbook took more than ${p.seconds} seconds and was stopped. Open it in Excel, save a copy without a password and import that copy.`
}

export function importErrorMessage(
  code: ImportErrorCode,
  params: ImportErrorParams,
  language: 'pt-BR' | 'en'
): string {
  return (language === 'en' ? en : ptBR)[code](params)
}
