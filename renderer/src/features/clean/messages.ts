import { CSV_EXPORT_WARNING } from '../../../../shared/cleaning/export/exportCsv'
import { addFeatureMessages } from '../../i18n'

/** Texts of the Limpar step; pt-BR is the source, English has the same keys. */
export const ptBR = {
  title: 'Limpar a lista',
  intro:
    'Telefones no formato internacional, duplicados e linhas com problema. Corrija aqui mesmo: cada mudança é verificada na hora.',
  preparing: 'Limpando a lista…',
  launchable_one: '{{count}} lead pronto para disparo',
  launchable_other: '{{count}} leads prontos para disparo',
  toConfirm_one: '{{count}} linha aguardando confirmação',
  toConfirm_other: '{{count}} linhas aguardando confirmação',
  nationwide: {
    text_one:
      '{{count}} número nacional (0800, 4004…) — não é uma pessoa; fica fora do disparo no WhatsApp.',
    text_other:
      '{{count}} números nacionais (0800, 4004…) — não são pessoas; ficam fora do disparo no WhatsApp.',
    included_one: '{{count}} número nacional (0800, 4004…) vai no disparo, como você escolheu.',
    included_other: '{{count}} números nacionais (0800, 4004…) vão no disparo, como você escolheu.',
    include: 'Incluir mesmo assim'
  },
  settings: {
    provider: 'Plataforma',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · ligações',
    country: 'País padrão',
    defaultDdd: 'DDD padrão',
    noDefaultDdd: 'nenhum'
  },
  counters: {
    label: 'Resumo da limpeza (clique para filtrar)',
    status: 'Situação',
    reasons: 'Motivos',
    warnings: 'Avisos',
    total: 'Total',
    ok: 'OK',
    invalid: 'Inválidos',
    duplicate: 'Duplicados',
    excluded: 'Excluídos',
    edited: 'Editadas',
    filterHint: 'Mostrar só estas linhas',
    clearHint: 'Filtro ativo: clique de novo para mostrar todas',
    clear: 'Mostrar todas'
  },
  status: {
    ok: 'OK',
    invalid: 'Inválido',
    duplicate: 'Duplicado',
    excluded: 'Excluído'
  },
  reasons: {
    missing_phone: 'Telefone vazio',
    missing_area_code: 'Número sem DDD',
    excel_scientific_notation: 'O Excel destruiu os dígitos (notação científica)',
    invalid_number: 'Número inválido',
    do_not_contact: 'Na lista de bloqueio',
    no_phone_column: 'Nenhuma coluna de telefone escolhida'
  },
  duplicateOf: 'repete a linha {{row}}',
  warnings: {
    landline: 'Fixo: pode não ter WhatsApp',
    invalid_email: 'E-mail inválido',
    field_count: 'Nº de colunas diferente',
    ddd_conflict: 'DDD do número difere da coluna DDD',
    nationwide: 'Número nacional (0800, 4003…): de empresa, não de pessoa',
    fieldCountConfirmed: 'Colunas conferidas'
  },
  notes: {
    ninthDigit: '9º dígito adicionado',
    extension: 'Ramal removido',
    several: 'Vários números: usado o 1º válido'
  },
  editedTag: 'Editada',
  columns: {
    status: 'Situação',
    reason: 'Motivo',
    phone: 'Telefone (original)',
    ddd: 'DDD',
    e164: 'Telefone limpo',
    name: 'Nome (original)',
    cleanName: 'Nome limpo',
    email: 'E-mail',
    tags: 'Avisos',
    actions: 'Ações'
  },
  row: {
    fix: 'Corrigir',
    fixLabel: 'Corrigir linha {{row}}',
    exclude: 'Excluir',
    excludeLabel: 'Excluir linha {{row}}',
    restore: 'Restaurar',
    restoreLabel: 'Restaurar linha {{row}}',
    confirm: 'Confirmar',
    confirmLabel: 'Confirmar linha {{row}}'
  },
  bulk: {
    label: 'Ações em lote',
    defaultDdd: 'Definir DDD padrão para números sem DDD',
    excludeInvalid: 'Excluir todos os inválidos',
    keepLast: 'Manter o último duplicado em vez do primeiro',
    excludeView_one: 'Excluir a linha filtrada',
    excludeView_other: 'Excluir as {{count}} linhas filtradas',
    restoreView_one: 'Restaurar a linha filtrada',
    restoreView_other: 'Restaurar as {{count}} linhas filtradas'
  },
  ddd: {
    title: 'DDD padrão para números sem DDD',
    label: 'DDD',
    help: 'Dois dígitos, como 11 ou 47. Vale para todos os números escritos sem DDD.',
    notTwoDigits: 'Digite o DDD com dois dígitos.',
    unknown: 'O DDD {{ddd}} não existe.',
    apply: 'Aplicar',
    remove: 'Remover o DDD padrão',
    cancel: 'Cancelar'
  },
  history: {
    undo: 'Desfazer',
    redo: 'Refazer',
    undoWhat: 'Desfazer: {{what}} (Ctrl+Z)',
    redoWhat: 'Refazer: {{what}} (Ctrl+Shift+Z)',
    nothing: 'Nada para desfazer',
    nothingRedo: 'Nada para refazer',
    what: {
      edit: 'edição da linha {{row}}',
      exclude: 'exclusão',
      restore: 'restauração',
      excludeInvalid: 'excluir todos os inválidos',
      confirm: 'confirmação da linha {{row}}',
      defaultDdd: 'DDD padrão',
      keepLast: 'manter o último duplicado',
      keepFirst: 'manter o primeiro duplicado',
      includeNationwide: 'incluir os números nacionais',
      excludeNationwide: 'deixar de fora os números nacionais',
      columns: 'troca de colunas (telefone, DDD ou nome)'
    },
    rows_one: '{{count}} linha',
    rows_other: '{{count}} linhas',
    row: 'linha {{row}}'
  },
  editor: {
    title: 'Corrigir a linha {{row}}',
    phone: 'Telefone',
    ddd: 'DDD',
    name: 'Nome',
    email: 'E-mail',
    inFile: 'No arquivo: {{value}}',
    emptyInFile: 'No arquivo: (vazio)',
    noDddColumn: 'A planilha não tem coluna de DDD: digite o DDD junto com o número.',
    apply: 'Aplicar',
    close: 'Fechar',
    result: 'Resultado',
    cleanPhone: 'Telefone limpo',
    cleanName: 'Nome limpo',
    fieldCount:
      'Esta linha tem mais ou menos colunas que o cabeçalho: confira se os valores estão na coluna certa. Ela só entra no disparo depois de confirmada ou corrigida.',
    raw: 'Todas as células da linha',
    applied: 'Linha verificada de novo.'
  },
  blockList: {
    button: 'Lista de bloqueio ({{count}})',
    title: 'Lista de bloqueio',
    intro:
      'Números que nunca devem ser contatados. A lista fica salva neste computador e vale para todas as planilhas.',
    paste: 'Cole números (um por linha)',
    add: 'Adicionar à lista',
    fromFile: 'Importar de arquivo…',
    added_one: '{{count}} número adicionado.',
    added_other: '{{count}} números adicionados.',
    ignored_one: '{{count}} linha sem número válido foi ignorada.',
    ignored_other: '{{count}} linhas sem número válido foram ignoradas.',
    stored_one: '{{count}} número na lista.',
    stored_other: '{{count}} números na lista.',
    matched_one:
      '{{count}} lead desta planilha está na lista: conta como inválido (Na lista de bloqueio) e não será contatado.',
    matched_other:
      '{{count}} leads desta planilha estão na lista: contam como inválidos (Na lista de bloqueio) e não serão contatados.',
    empty: 'A lista está vazia.',
    remove: 'Remover {{number}}',
    more: '… e mais {{count}}',
    clear: 'Esvaziar a lista',
    confirmClear: 'Remover todos os números da lista de bloqueio?',
    close: 'Fechar'
  },
  export: {
    button: 'Exportar…',
    title: 'Exportar a lista limpa',
    format: 'Formato',
    xlsx: 'Excel (.xlsx) — recomendado',
    csv: 'CSV (UTF-8)',
    csvWarning: CSV_EXPORT_WARNING,
    rows: 'Linhas',
    rowsAll: 'Todas, com as colunas status e motivo',
    rowsLaunchable: 'Só as que serão disparadas',
    save: 'Salvar…',
    saving: 'Gerando o arquivo…',
    saved: 'Salvo como {{name}}.',
    cancel: 'Cancelar'
  },
  emptyView: 'Nenhuma linha com este filtro.',
  failed: 'Não foi possível concluir: {{message}}'
}

const en: typeof ptBR = {
  title: 'Clean the list',
  intro:
    'Phones in international format, duplicates and rows with problems. Fix them right here: every change is checked at once.',
  preparing: 'Cleaning the list…',
  launchable_one: '{{count}} lead ready to launch',
  launchable_other: '{{count}} leads ready to launch',
  toConfirm_one: '{{count}} row awaiting confirmation',
  toConfirm_other: '{{count}} rows awaiting confirmation',
  nationwide: {
    text_one:
      '{{count}} nationwide number (0800, 4004…) — not a person; left out of the WhatsApp launch.',
    text_other:
      '{{count}} nationwide numbers (0800, 4004…) — not people; left out of the WhatsApp launch.',
    included_one: '{{count}} nationwide number (0800, 4004…) is sent, as you chose.',
    included_other: '{{count}} nationwide numbers (0800, 4004…) are sent, as you chose.',
    include: 'Include anyway'
  },
  settings: {
    provider: 'Platform',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · calls',
    country: 'Default country',
    defaultDdd: 'Default area code',
    noDefaultDdd: 'none'
  },
  counters: {
    label: 'Cleaning summary (click to filter)',
    status: 'Status',
    reasons: 'Reasons',
    warnings: 'Warnings',
    total: 'Total',
    ok: 'OK',
    invalid: 'Invalid',
    duplicate: 'Duplicates',
    excluded: 'Excluded',
    edited: 'Edited',
    filterHint: 'Show only these rows',
    clearHint: 'Filter on: click again to show every row',
    clear: 'Show all'
  },
  status: {
    ok: 'OK',
    invalid: 'Invalid',
    duplicate: 'Duplicate',
    excluded: 'Excluded'
  },
  reasons: {
    missing_phone: 'Empty phone',
    missing_area_code: 'Number without area code (DDD)',
    excel_scientific_notation: 'Excel destroyed the digits (scientific notation)',
    invalid_number: 'Invalid number',
    do_not_contact: 'On the block list',
    no_phone_column: 'No phone column chosen'
  },
  duplicateOf: 'repeats row {{row}}',
  warnings: {
    landline: 'Landline: may have no WhatsApp',
    invalid_email: 'Invalid e-mail',
    field_count: 'Different number of columns',
    ddd_conflict: 'The number’s area code differs from the DDD column',
    nationwide: 'Nationwide number (0800, 4003…): a company’s, not a person’s',
    fieldCountConfirmed: 'Columns checked'
  },
  notes: {
    ninthDigit: '9th digit added',
    extension: 'Extension removed',
    several: 'Several numbers: 1st valid used'
  },
  editedTag: 'Edited',
  columns: {
    status: 'Status',
    reason: 'Reason',
    phone: 'Phone (original)',
    ddd: 'Area code',
    e164: 'Clean phone',
    name: 'Name (original)',
    cleanName: 'Clean name',
    email: 'E-mail',
    tags: 'Warnings',
    actions: 'Actions'
  },
  row: {
    fix: 'Fix',
    fixLabel: 'Fix row {{row}}',
    exclude: 'Exclude',
    excludeLabel: 'Exclude row {{row}}',
    restore: 'Restore',
    restoreLabel: 'Restore row {{row}}',
    confirm: 'Confirm',
    confirmLabel: 'Confirm row {{row}}'
  },
  bulk: {
    label: 'Bulk actions',
    defaultDdd: 'Set a default area code for numbers without one',
    excludeInvalid: 'Exclude every invalid row',
    keepLast: 'Keep the last duplicate instead of the first',
    excludeView_one: 'Exclude the filtered row',
    excludeView_other: 'Exclude the {{count}} filtered rows',
    restoreView_one: 'Restore the filtered row',
    restoreView_other: 'Restore the {{count}} filtered rows'
  },
  ddd: {
    title: 'Default area code for numbers without one',
    label: 'Area code (DDD)',
    help: 'Two digits, such as 11 or 47. Applies to every number written without an area code.',
    notTwoDigits: 'Type the area code with two digits.',
    unknown: 'Area code {{ddd}} does not exist.',
    apply: 'Apply',
    remove: 'Remove the default area code',
    cancel: 'Cancel'
  },
  history: {
    undo: 'Undo',
    redo: 'Redo',
    undoWhat: 'Undo: {{what}} (Ctrl+Z)',
    redoWhat: 'Redo: {{what}} (Ctrl+Shift+Z)',
    nothing: 'Nothing to undo',
    nothingRedo: 'Nothing to redo',
    what: {
      edit: 'edit of row {{row}}',
      exclude: 'exclusion',
      restore: 'restore',
      excludeInvalid: 'exclude every invalid row',
      confirm: 'confirmation of row {{row}}',
      defaultDdd: 'default area code',
      keepLast: 'keep the last duplicate',
      keepFirst: 'keep the first duplicate',
      includeNationwide: 'include the nationwide numbers',
      excludeNationwide: 'leave out the nationwide numbers',
      columns: 'change of columns (phone, area code or name)'
    },
    rows_one: '{{count}} row',
    rows_other: '{{count}} rows',
    row: 'row {{row}}'
  },
  editor: {
    title: 'Fix row {{row}}',
    phone: 'Phone',
    ddd: 'Area code',
    name: 'Name',
    email: 'E-mail',
    inFile: 'In the file: {{value}}',
    emptyInFile: 'In the file: (empty)',
    noDddColumn: 'The sheet has no area-code column: type the area code with the number.',
    apply: 'Apply',
    close: 'Close',
    result: 'Result',
    cleanPhone: 'Clean phone',
    cleanName: 'Clean name',
    fieldCount:
      'This row has more or fewer columns than the header: check that the values are in the right column. It is launched only once confirmed or fixed.',
    raw: 'Every cell of the row',
    applied: 'Row checked again.'
  },
  blockList: {
    button: 'Block list ({{count}})',
    title: 'Block list',
    intro:
      'Numbers that must never be contacted. The list is kept on this computer and applies to every sheet.',
    paste: 'Paste numbers (one per line)',
    add: 'Add to the list',
    fromFile: 'Import from a file…',
    added_one: '{{count}} number added.',
    added_other: '{{count}} numbers added.',
    ignored_one: '{{count}} line without a valid number was ignored.',
    ignored_other: '{{count}} lines without a valid number were ignored.',
    stored_one: '{{count}} number on the list.',
    stored_other: '{{count}} numbers on the list.',
    matched_one:
      '{{count}} lead of this sheet is on the list: it counts as invalid (On the block list) and will not be contacted.',
    matched_other:
      '{{count}} leads of this sheet are on the list: they count as invalid (On the block list) and will not be contacted.',
    empty: 'The list is empty.',
    remove: 'Remove {{number}}',
    more: '… and {{count}} more',
    clear: 'Empty the list',
    confirmClear: 'Remove every number from the block list?',
    close: 'Close'
  },
  export: {
    button: 'Export…',
    title: 'Export the clean list',
    format: 'Format',
    xlsx: 'Excel (.xlsx) — recommended',
    csv: 'CSV (UTF-8)',
    csvWarning:
      'When it opens this CSV, Excel may turn long numbers (such as phones) into scientific notation (5.51199E+12) and lose digits. Prefer exporting to XLSX.',
    rows: 'Rows',
    rowsAll: 'All of them, with the status and motivo columns',
    rowsLaunchable: 'Only those that will be launched',
    save: 'Save…',
    saving: 'Making the file…',
    saved: 'Saved as {{name}}.',
    cancel: 'Cancel'
  },
  emptyView: 'No row matches this filter.',
  failed: 'Could not finish: {{message}}'
}

addFeatureMessages('clean', ptBR, en)
