import { addFeatureMessages } from '../../i18n'

export const ptBR = {
  title: 'Mapear colunas',
  subtitle:
    'Diga o que cada coluna é, escreva a mensagem e confira como cada contato vai recebê-la.',
  loading: 'Lendo as colunas…',
  loadError: 'Não foi possível ler as colunas da lista. Importe o arquivo de novo.',
  continue: 'Continuar para Agendar',
  jump: 'Ir para',
  provider: {
    label: 'Enviar por',
    kinbox: { name: 'Kinbox', hint: 'Mensagem no WhatsApp' },
    integra: { name: 'Integra', hint: 'Ligação com agente de IA' }
  },
  presets: {
    title: 'Mapeamentos salvos',
    name: 'Nome do mapeamento',
    namePlaceholder: 'Ex.: Planilha de vendas',
    save: 'Salvar mapeamento',
    saved_one: '{{count}} salvo',
    saved_other: '{{count}} salvos',
    savedOk:
      'Mapeamento «{{name}}» salvo. Arquivos com as mesmas colunas vão usá-lo automaticamente.',
    autoApplied: 'Mapeamento «{{name}}» aplicado automaticamente',
    applied: 'Mapeamento «{{name}}» aplicado.',
    edited: 'Baseado no mapeamento «{{name}}», com alterações suas ainda não salvas.',
    keptMessage: 'Sua mensagem foi mantida; a do mapeamento não foi usada.',
    keptVoicemail: 'Seu recado da caixa postal foi mantido; o do mapeamento não foi usado.',
    carried: 'Follow-up: escolhas da campanha «{{name}}» preenchidas.',
    missing: 'Colunas que este arquivo não tem: {{columns}}.',
    error: 'Não foi possível salvar ou apagar o mapeamento. Tente de novo.',
    fits: 'mesmas colunas',
    apply: 'Aplicar',
    delete: 'Apagar',
    deleteNamed: 'Apagar o mapeamento «{{name}}»'
  },
  roles: { phone: 'Telefone', ddd: 'DDD', name: 'Nome do contato' },
  columns: {
    title_one: 'Coluna do arquivo ({{count}})',
    title_other: 'Colunas do arquivo ({{count}})',
    header: 'Coluna',
    type: 'Tipo',
    samples: 'Exemplos',
    use: 'Uso',
    untitled: '(sem título)',
    noSamples: 'vazia',
    useAsVariable: '+ Usar como variável',
    useAsVariableNamed: 'Usar a coluna {{column}} como variável',
    none: '— nenhuma —'
  },
  types: {
    phone: 'telefone',
    name: 'nome',
    email: 'e-mail',
    date: 'data',
    number: 'número',
    money: 'dinheiro',
    text: 'texto'
  },
  recipient: {
    title: 'Contato',
    phone: 'Telefone',
    choose: '— escolha —',
    ddd: 'DDD em outra coluna',
    noDdd: 'Não: o DDD está no telefone',
    useDdd: 'Usar «{{column}}» como DDD',
    name: 'Nome do contato',
    nameIntegra: 'Nome do contato (recipient_name)',
    noName: '— sem nome —',
    hint: 'O telefone é obrigatório. O Limpar usa a mesma coluna para corrigir os números.'
  },
  suggestions: {
    title: 'Sugestões',
    variable: 'a variável {{key}}',
    looksLike: '«{{column}}» parece ser {{what}}',
    confidence: '{{percent}}% de certeza',
    accept: 'Aceitar',
    dismiss: 'Ignorar',
    dismissNamed: 'Ignorar a sugestão para {{column}}'
  },
  variables: {
    title_one: 'Variável ({{count}})',
    title_other: 'Variáveis ({{count}})',
    hint: {
      kinbox: 'Vão para o arquivo de contatos, nesta ordem, e podem aparecer na mensagem.',
      integra: 'O agente recebe todas elas no prompt (dynamic_variables), como texto.'
    },
    add: 'Adicionar variável',
    none: 'Nenhuma variável ainda. Adicione uma ou use uma coluna da lista abaixo.',
    key: 'Nome da variável',
    column: 'Coluna',
    columnOf: 'Coluna de {{key}}',
    transform: 'Ajuste',
    transformOf: 'Ajuste de {{key}}',
    whenEmpty: 'Se estiver vazia',
    whenEmptyOf: 'Se {{key}} estiver vazia',
    defaultValue: 'Texto padrão',
    defaultOf: 'Texto padrão de {{key}}',
    up: 'Subir {{key}}',
    down: 'Descer {{key}}',
    remove: 'Remover {{key}}',
    example: 'Ex.: «{{from}}» → «{{to}}»',
    exampleFailed: '(não deu para ler: vai como está)'
  },
  transforms: {
    none: 'Como está',
    firstName: 'Primeiro nome',
    trim: 'Tirar espaços extras',
    upper: 'MAIÚSCULAS',
    lower: 'minúsculas',
    title: 'Iniciais Maiúsculas',
    date_br: 'Data dd/mm/aaaa',
    money_brl: 'Dinheiro R$ 1.234,56'
  },
  empty: {
    blank: 'Enviar vazio',
    default: 'Usar um texto padrão',
    omit: 'Não enviar a chave',
    skipRow: 'Não enviar a linha'
  },
  keyErrors: {
    empty: 'Dê um nome à variável.',
    pattern: 'Use só letras sem acento, números e _, sem começar por número.',
    too_long: 'No máximo {{max}} caracteres.',
    duplicate: 'Já existe outra variável com este nome.'
  },
  editor: {
    insert: 'Inserir:',
    noVariables: 'mapeie uma variável para usá-la no texto',
    list: 'Variáveis',
    formatting: 'Digite {{open}} para inserir uma variável · *negrito* _itálico_ ~riscado~',
    counter: '{{length}}/{{max}}'
  },
  message: {
    title: 'Mensagem do WhatsApp',
    label: 'Texto da mensagem',
    placeholder: 'Olá {{open}}leadName{{close}}, tudo bem? …'
  },
  integra: {
    title: 'O que o agente recebe',
    hint: 'Cada ligação leva estas variáveis para o prompt do agente. Use-as no prompt, no painel da Integra, como {{open}}variavel{{close}}.',
    noVariables: 'Nenhuma variável mapeada: o agente só vai saber o telefone e o nome.',
    voicemail: 'Deixar recado na caixa postal',
    voicemailLabel: 'Recado da caixa postal (lido em voz)',
    voicemailPlaceholder: 'Oi {{open}}leadName{{close}}, aqui é da …',
    hangup: 'Se cair na caixa postal, a ligação é encerrada sem recado.'
  },
  preview: {
    title: 'Prévia',
    previous: 'Contato anterior',
    next: 'Próximo contato',
    position: 'Linha {{row}} · {{position}} de {{total}}',
    jump: 'Ir para a linha',
    go: 'Ver',
    not_in_file: 'A linha {{row}} não está nos dados do arquivo. Mostrando a mais próxima.',
    not_launchable:
      'A linha {{row}} não será enviada (número inválido, repetido ou excluído no Limpar). Mostrando a próxima.',
    needsPhone: 'Escolha a coluna de telefone para ver a prévia.',
    loading: 'Preparando a prévia…',
    notCleaned: 'A lista ainda não foi limpa: abra o passo Limpar para ver a prévia.',
    noRows: 'Nenhum contato para enviar.',
    to: 'Para: {{name}} · {{phone}}',
    noName: 'sem nome',
    voicemail: 'Recado na caixa postal',
    emptyText: 'A mensagem ficou vazia para este contato.',
    agentGets: 'Variáveis enviadas ao agente',
    fileGets: 'Variáveis deste contato',
    omitted: 'omitida',
    empty: 'vazia',
    unread: 'não lida'
  },
  problems: {
    title: 'Antes de continuar',
    none: 'Tudo certo para continuar.',
    showRows: 'Ver linhas',
    hideRows: 'Esconder',
    previewRow: 'Ver a linha {{row}} na prévia',
    moreRows_one: 'e mais {{count}} linha',
    moreRows_other: 'e mais {{count}} linhas',
    phone_missing: 'Escolha a coluna de telefone.',
    variables_incomplete_one: '{{count}} variável sem nome válido ou sem coluna.',
    variables_incomplete_other: '{{count}} variáveis sem nome válido ou sem coluna.',
    message_empty: 'Escreva a mensagem.',
    voicemail_empty: 'Escreva o recado da caixa postal ou desmarque a opção.',
    voicemail_too_long: 'O recado tem {{length}} caracteres; a Integra aceita até {{max}}.',
    unknown_placeholders_one: '{{keys}} não corresponde a nenhuma variável mapeada.',
    unknown_placeholders_other: '{{keys}} não correspondem a nenhuma variável mapeada.',
    not_cleaned: 'A lista ainda não foi limpa (passo Limpar).',
    nothing_to_send: 'Nenhum contato válido para enviar.',
    required_variable_empty_one:
      '{{keys}} está vazia em todas as linhas e a regra dela é “Não enviar a linha”: nenhum contato seria enviado. Escolha outra coluna ou um texto para quando estiver vazia.',
    required_variable_empty_other:
      'Toda linha tem vazia alguma destas variáveis com a regra “Não enviar a linha”: {{keys}}. Nenhum contato seria enviado. Escolha outras colunas ou um texto para quando estiverem vazias.',
    empty_messages_one: '{{count}} mensagem ficaria vazia.',
    empty_messages_other: '{{count}} mensagens ficariam vazias.',
    value_too_long_one: '{{key}} passa de 1.000 caracteres em {{count}} linha (limite da Integra).',
    value_too_long_other:
      '{{key}} passa de 1.000 caracteres em {{count}} linhas (limite da Integra).',
    unused_variables_one: '{{keys}} está mapeada, mas o texto não a usa.',
    unused_variables_other: '{{keys}} estão mapeadas, mas o texto não as usa.',
    empty_variable_one: '{{key}} fica vazia em {{count}} linha.',
    empty_variable_other: '{{key}} fica vazia em {{count}} linhas.',
    transform_failed_one: '{{key}}: {{count}} célula não pôde ser ajustada e vai como está.',
    transform_failed_other:
      '{{key}}: {{count}} células não puderam ser ajustadas e vão como estão.',
    skipped_rows_one: '{{count}} linha não será enviada: {{key}} está vazia.',
    skipped_rows_other: '{{count}} linhas não serão enviadas: {{key}} está vazia.'
  }
}

const en: typeof ptBR = {
  title: 'Map columns',
  subtitle: 'Say what each column is, write the message and check how each contact will get it.',
  jump: 'Jump to',
  loading: 'Reading the columns…',
  loadError: 'Could not read the list’s columns. Import the file again.',
  continue: 'Continue to Schedule',
  provider: {
    label: 'Send with',
    kinbox: { name: 'Kinbox', hint: 'WhatsApp message' },
    integra: { name: 'Integra', hint: 'Call by an AI agent' }
  },
  presets: {
    title: 'Saved mappings',
    name: 'Mapping name',
    namePlaceholder: 'E.g. Sales sheet',
    save: 'Save mapping',
    saved_one: '{{count}} saved',
    saved_other: '{{count}} saved',
    savedOk: 'Mapping “{{name}}” saved. Files with the same columns will use it automatically.',
    autoApplied: 'Mapping “{{name}}” applied automatically',
    carried: 'Follow-up: choices of the campaign “{{name}}” filled in.',
    applied: 'Mapping “{{name}}” applied.',
    edited: 'Based on the mapping “{{name}}”, with changes of yours not saved yet.',
    keptMessage: 'Your message was kept; the mapping’s was not used.',
    keptVoicemail: 'Your voicemail message was kept; the mapping’s was not used.',
    missing: 'Columns this file lacks: {{columns}}.',
    error: 'Could not save or delete the mapping. Try again.',
    fits: 'same columns',
    apply: 'Apply',
    delete: 'Delete',
    deleteNamed: 'Delete the mapping “{{name}}”'
  },
  roles: { phone: 'Phone', ddd: 'Area code', name: 'Contact name' },
  columns: {
    title_one: 'File column ({{count}})',
    title_other: 'File columns ({{count}})',
    header: 'Column',
    type: 'Type',
    samples: 'Examples',
    use: 'Used as',
    untitled: '(untitled)',
    noSamples: 'empty',
    useAsVariable: '+ Use as variable',
    useAsVariableNamed: 'Use the column {{column}} as a variable',
    none: '— none —'
  },
  types: {
    phone: 'phone',
    name: 'name',
    email: 'e-mail',
    date: 'date',
    number: 'number',
    money: 'money',
    text: 'text'
  },
  recipient: {
    title: 'Contact',
    phone: 'Phone',
    choose: '— choose —',
    ddd: 'Area code in another column',
    noDdd: 'No: the area code is in the phone',
    useDdd: 'Use “{{column}}” as area code',
    name: 'Contact name',
    nameIntegra: 'Contact name (recipient_name)',
    noName: '— no name —',
    hint: 'The phone is required. Clean uses the same column to fix the numbers.'
  },
  suggestions: {
    title: 'Suggestions',
    variable: 'the variable {{key}}',
    looksLike: '“{{column}}” looks like {{what}}',
    confidence: '{{percent}}% sure',
    accept: 'Accept',
    dismiss: 'Ignore',
    dismissNamed: 'Ignore the suggestion for {{column}}'
  },
  variables: {
    title_one: 'Variable ({{count}})',
    title_other: 'Variables ({{count}})',
    hint: {
      kinbox: 'They go to the contacts file, in this order, and can appear in the message.',
      integra: 'The agent receives all of them in its prompt (dynamic_variables), as text.'
    },
    add: 'Add variable',
    none: 'No variables yet. Add one or use a column from the list below.',
    key: 'Variable name',
    column: 'Column',
    columnOf: 'Column of {{key}}',
    transform: 'Adjustment',
    transformOf: 'Adjustment of {{key}}',
    whenEmpty: 'When empty',
    whenEmptyOf: 'When {{key}} is empty',
    defaultValue: 'Default text',
    defaultOf: 'Default text of {{key}}',
    up: 'Move {{key}} up',
    down: 'Move {{key}} down',
    remove: 'Remove {{key}}',
    example: 'E.g. “{{from}}” → “{{to}}”',
    exampleFailed: '(could not be read: sent as is)'
  },
  transforms: {
    none: 'As is',
    firstName: 'First name',
    trim: 'Remove extra spaces',
    upper: 'UPPER CASE',
    lower: 'lower case',
    title: 'Title Case',
    date_br: 'Date dd/mm/yyyy',
    money_brl: 'Money R$ 1.234,56'
  },
  empty: {
    blank: 'Send empty',
    default: 'Use a default text',
    omit: 'Leave the key out',
    skipRow: "Don't send the row"
  },
  keyErrors: {
    empty: 'Give the variable a name.',
    pattern: 'Use only unaccented letters, digits and _, not starting with a digit.',
    too_long: 'At most {{max}} characters.',
    duplicate: 'Another variable already has this name.'
  },
  editor: {
    insert: 'Insert:',
    noVariables: 'map a variable to use it in the text',
    list: 'Variables',
    formatting: 'Type {{open}} to insert a variable · *bold* _italic_ ~strike~',
    counter: '{{length}}/{{max}}'
  },
  message: {
    title: 'WhatsApp message',
    label: 'Message text',
    placeholder: 'Hi {{open}}leadName{{close}}, how are you? …'
  },
  integra: {
    title: 'What the agent receives',
    hint: 'Each call takes these variables to the agent’s prompt. Use them in the prompt, in Integra’s panel, as {{open}}variable{{close}}.',
    noVariables: 'No variables mapped: the agent will only know the phone and the name.',
    voicemail: 'Leave a voicemail message',
    voicemailLabel: 'Voicemail message (read aloud)',
    voicemailPlaceholder: 'Hi {{open}}leadName{{close}}, this is …',
    hangup: 'If the call reaches voicemail, it hangs up without a message.'
  },
  preview: {
    title: 'Preview',
    previous: 'Previous contact',
    next: 'Next contact',
    position: 'Row {{row}} · {{position}} of {{total}}',
    jump: 'Go to row',
    go: 'Show',
    not_in_file: 'Row {{row}} is not among the file’s data rows. Showing the nearest one.',
    not_launchable:
      'Row {{row}} will not be sent (invalid, repeated or excluded in Clean). Showing the next one.',
    needsPhone: 'Choose the phone column to see the preview.',
    loading: 'Preparing the preview…',
    notCleaned: 'The list has not been cleaned yet: open the Clean step to see the preview.',
    noRows: 'No contacts to send.',
    to: 'To: {{name}} · {{phone}}',
    noName: 'no name',
    voicemail: 'Voicemail message',
    emptyText: 'The message is empty for this contact.',
    agentGets: 'Variables sent to the agent',
    fileGets: 'This contact’s variables',
    omitted: 'left out',
    empty: 'empty',
    unread: 'not read'
  },
  problems: {
    title: 'Before you continue',
    none: 'All set to continue.',
    showRows: 'Show rows',
    hideRows: 'Hide',
    previewRow: 'Show row {{row}} in the preview',
    moreRows_one: 'and {{count}} more row',
    moreRows_other: 'and {{count}} more rows',
    phone_missing: 'Choose the phone column.',
    variables_incomplete_one: '{{count}} variable has no valid name or no column.',
    variables_incomplete_other: '{{count}} variables have no valid name or no column.',
    message_empty: 'Write the message.',
    voicemail_empty: 'Write the voicemail message or untick the option.',
    voicemail_too_long: 'The message has {{length}} characters; Integra accepts up to {{max}}.',
    unknown_placeholders_one: '{{keys}} matches no mapped variable.',
    unknown_placeholders_other: '{{keys}} match no mapped variable.',
    not_cleaned: 'The list has not been cleaned yet (Clean step).',
    nothing_to_send: 'No valid contacts to send.',
    required_variable_empty_one:
      '{{keys}} is empty on every row and its rule is “Don’t send the row”: no contact would be sent. Pick another column or a text for when it is empty.',
    required_variable_empty_other:
      'Every row has one of these “Don’t send the row” variables empty: {{keys}}. No contact would be sent. Pick other columns or a text for when they are empty.',
    empty_messages_one: '{{count}} message would be empty.',
    empty_messages_other: '{{count}} messages would be empty.',
    value_too_long_one: '{{key}} is over 1,000 characters on {{count}} row (Integra’s limit).',
    value_too_long_other: '{{key}} is over 1,000 characters on {{count}} rows (Integra’s limit).',
    unused_variables_one: '{{keys}} is mapped but the text does not use it.',
    unused_variables_other: '{{keys}} are mapped but the text does not use them.',
    empty_variable_one: '{{key}} is empty on {{count}} row.',
    empty_variable_other: '{{key}} is empty on {{count}} rows.',
    transform_failed_one: '{{key}}: {{count}} cell could not be adjusted and is sent as is.',
    transform_failed_other: '{{key}}: {{count}} cells could not be adjusted and are sent as is.',
    skipped_rows_one: '{{count}} row will not be sent: {{key}} is empty.',
    skipped_rows_other: '{{count}} rows will not be sent: {{key}} is empty.'
  }
}

addFeatureMessages('map', ptBR, en)
