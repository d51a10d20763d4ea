import { addFeatureMessages } from '../../i18n'

export const ptBR = {
  title: 'Disparar',
  intro: 'Confira tudo o que será enviado. Nada sai do computador até você confirmar.',
  providerName: { kinbox: 'Kinbox', integra: 'Integra' },
  providerIn: { kinbox: 'no Kinbox', integra: 'na Integra' },
  providerOf: { kinbox: 'do Kinbox', integra: 'da Integra' },
  provider: {
    label: 'Enviar por',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · ligações'
  },
  name: {
    label: 'Nome da campanha',
    hint: 'É o nome que aparece no painel. Listas grandes da Integra viram “nome (1/3)”, “nome (2/3)”…',
    reset: 'Usar o nome sugerido'
  },
  recipients: {
    label: 'Destinatários',
    count_zero: 'Nenhum contato',
    count_one: '{{n}} contato',
    count_other: '{{n}} contatos',
    from: 'da lista {{file}}'
  },
  excluded: {
    title: 'Ficam de fora',
    none: 'Nenhum lead fica de fora.',
    total_one: '{{n}} lead fora do disparo',
    total_other: '{{n}} leads fora do disparo',
    reasons: {
      invalid: 'Telefone inválido',
      duplicate: 'Duplicado',
      do_not_contact: 'Na lista de bloqueio',
      excluded_by_user: 'Excluído por você',
      field_count_unconfirmed: 'Colunas a conferir',
      empty_required_variable: 'Variável obrigatória vazia',
      nationwide_unconfirmed: 'Número nacional não confirmado'
    },
    open: 'Revisar no Limpar',
    review: 'Ver no Limpar',
    reviewMap: 'Ver no Mapear'
  },
  schedule: {
    title: 'Agendamento',
    start: 'Início',
    finish: 'Término previsto',
    noFinish: 'sem previsão',
    kinboxPace:
      '{{chunkSize}} por bloco · {{messageGap}} s entre mensagens · {{chunkGap}} s entre blocos',
    integraPace: '{{concurrent}} ligações simultâneas · {{average}} s por ligação em média',
    integraWindow:
      'Ligações só na janela: seg–sex 09:00–20:00, sáb 10:00–16:00, sem feriados ({{zone}}).',
    edit: 'Alterar no Agendar'
  },
  message: {
    kinbox: 'Mensagem',
    integra: 'Recado da caixa postal',
    position: 'Linha {{row}} · {{position}} de {{total}}',
    previous: 'Linha anterior',
    next: 'Próxima linha',
    to: 'Para {{name}} · {{phone}}',
    noName: 'sem nome',
    noVoicemail: 'Sem recado: se cair na caixa postal, a ligação é encerrada.',
    agentGets: 'O agente recebe',
    fileGets: 'O arquivo de leads leva',
    empty: '(vazio)',
    emptyText: 'A mensagem desta linha ficou vazia.',
    loading: 'Montando a prévia…',
    noRows: 'Nenhuma linha para mostrar.',
    edit: 'Alterar no Mapear'
  },
  parts: {
    title_one: '{{count}} campanha',
    title_other: '{{count}} campanhas',
    split:
      'A Integra aceita até 10.000 contatos por campanha: a lista vira {{count}} campanhas, uma após a outra, dentro da janela de ligações.',
    part: 'Parte',
    name: 'Nome',
    recipients: 'Contatos',
    start: 'Início',
    end: 'Término previsto',
    status: 'Situação',
    building: 'Atualizando o plano…',
    none: 'O plano aparece aqui quando as etapas estiverem completas.'
  },
  account: {
    title: 'Conta de destino',
    key: 'Chave de API',
    token: 'Token',
    set: 'configurado · …{{last4}}',
    setNoDigits: 'configurado',
    notSet: 'não configurado',
    channel: 'Canal',
    channelType: 'Tipo do canal',
    operator: 'Operador',
    businessHours: 'Horário de atendimento',
    leadsFile: 'Arquivo de leads',
    bucket: 'bucket {{bucket}} · {{region}}',
    selfHost: 'hospedado por você',
    project: 'Projeto',
    agent: 'Agente',
    phoneNumber: 'Número de telefone',
    missingValue: 'falta',
    none: 'nenhum',
    edit: 'Alterar em Configurações',
    loadError: 'Não foi possível ler as contas: {{message}}'
  },
  warnings: {
    title: 'Avisos',
    part_runs_past_window: 'A parte {{detail}} deve terminar depois do fim da janela de ligações.',
    start_moved_to_window:
      'O início estava fora da janela de ligações: as ligações começam na próxima abertura.',
    empty_variable: 'Algumas linhas vão com {{detail}} vazio.',
    transform_failed: 'Algumas células de {{detail}} não puderam ser lidas e vão como estão.',
    unknown_placeholder: 'A mensagem usa {{detail}}, que nenhuma variável preenche.',
    skip_rule_unused: '“Não enviar a linha” em {{detail}} não tem efeito: a mensagem não a usa.',
    crosses_holiday: 'O envio passa por um feriado nacional ({{detail}}).',
    finish_far: 'O término previsto fica a mais de 7 dias do início.'
  },
  blockers: {
    title: 'Antes de disparar',
    ready: 'Tudo pronto para disparar.',
    notCleaned: 'A lista ainda não foi limpa.',
    noLeads:
      'Nenhum lead para enviar: a lista não tem contatos válidos, ou todos foram excluídos. Revise a lista no Limpar.',
    blockList:
      'A lista de bloqueio estava danificada e foi recuperada em parte: confira-a antes de disparar.',
    blockListCounts:
      'A lista de bloqueio estava danificada e foi recuperada em parte: números mantidos: {{kept}}; descartados: {{dropped}}. Confira-a antes de disparar.',
    blockListUnreadable:
      'A lista de bloqueio estava danificada: números mantidos: {{kept}}; descartados: {{dropped}}; e uma parte do arquivo não pôde ser lida (os números dela se perderam). Confira-a antes de disparar.',
    blockListAck: 'Já conferi a lista de bloqueio',
    sampleFile:
      'Este é o arquivo de exemplo: os números são fictícios e podem ser de pessoas reais. Dispare-o no modo simulação (Configurações → Contas).',
    schedule: 'Agendar · {{field}}: {{problem}}',
    account: {
      key: 'Falta a chave de API da Integra.',
      project_id: 'Falta o ID do projeto da Integra (project_id).',
      agent_id: 'Falta o ID do agente da Integra (agent_id).',
      phone_number_id: 'Falta o ID do número de telefone da Integra (phone_number_id).',
      token: 'Falta o token do Kinbox.',
      channelId: 'Falta o canal do Kinbox (channelId).',
      channelType: 'Falta o tipo do canal do Kinbox.',
      s3_region: 'Falta a região do bucket onde vai o arquivo de leads.',
      s3_bucket: 'Falta o bucket onde vai o arquivo de leads.',
      s3_credentials: 'Faltam as chaves do bucket onde vai o arquivo de leads.',
      self_url: 'Falta o endereço público do arquivo de leads.',
      self_save_to: 'Falta escolher onde salvar o arquivo de leads.',
      not_loaded: 'As contas ainda não foram lidas.'
    },
    fix: {
      clean: 'Abrir Limpar',
      map: 'Abrir Mapear',
      schedule: 'Abrir Agendar',
      settings: 'Abrir Configurações',
      launch: 'Abrir Disparar',
      import: 'Abrir Importar',
      campaigns: 'Abrir Campanhas'
    }
  },
  fields: {
    leads: 'Contatos',
    start: 'Início',
    chunkSize: 'Tamanho do bloco',
    messageGap: 'Intervalo entre mensagens',
    chunkGap: 'Intervalo entre blocos',
    hours: 'Horário',
    maxConcurrent: 'Ligações simultâneas',
    averageCall: 'Duração média da ligação'
  },
  problems: {
    no_launchable_rows:
      'Nenhuma linha sobrou: todas ficaram de fora pela regra “não enviar a linha” de uma variável vazia.',
    empty_name: 'Dê um nome à campanha.',
    invalid_start: 'O início não é uma data válida.',
    mapping_provider_mismatch: 'O mapeamento foi feito para outro destino.',
    missing_settings: 'Faltam as configurações da conta.',
    invalid_id: 'O campo {{field}} da conta não é um ID válido.',
    invalid_settings: 'Configuração inválida ({{field}}): {{message}}',
    empty_message: 'A mensagem está vazia.',
    invalid_time_zone: 'Fuso horário desconhecido: {{timeZone}}.',
    no_open_hours: 'O horário escolhido nunca abre: não há quando enviar.',
    value_too_long:
      '{{key}} passa de {{maxLength}} caracteres em {{count}} linhas (linhas {{rows}}).',
    invalid_body: 'A parte {{part}} não passou na verificação ({{field}}): {{message}}',
    failed: 'Não foi possível montar o plano: {{message}}'
  },
  action: {
    launch: 'Disparar',
    starting: 'Disparando…',
    building: 'Montando o plano…',
    blocked: 'Resolva os itens acima para disparar.',
    running: 'Disparo em andamento.'
  },
  confirm: {
    title: 'Confirmar o disparo',
    kinbox_one: 'Enviar {{n}} contato para o Kinbox agora?',
    kinbox_other: 'Enviar {{n}} contatos para o Kinbox agora?',
    integra_one: 'Enviar {{n}} contato para a Integra agora?',
    integra_other: 'Enviar {{n}} contatos para a Integra agora?',
    one: 'A campanha “{{name}}” é criada agora e começa em {{start}}.',
    many: 'São criadas {{count}} campanhas (“{{first}}” …); a primeira começa em {{start}}.',
    once: 'Depois de confirmar, o disparo não pode ser desfeito pelo LeadPrep.',
    go: 'Disparar agora',
    cancel: 'Cancelar'
  },
  progress: {
    title: 'Andamento do disparo',
    state: {
      pending: 'Aguardando',
      in_progress: 'Em andamento',
      done: 'Concluído',
      failed: 'Parou com erro',
      unknown: 'A confirmar'
    },
    status: {
      pending: 'aguardando',
      sending: 'criando…',
      created: 'criada',
      failed: 'falhou',
      unknown: 'a confirmar'
    },
    // The same words whether the file goes to the bucket or to the user's own folder.
    upload: {
      pending: 'Publicando o arquivo de leads…',
      done: 'Arquivo de leads publicado.'
    },
    counts: '{{created}} de {{total}} campanhas criadas · {{recipients}} contatos',
    done: 'Disparo concluído: tudo foi criado {{where}}.',
    waiting: 'Limite de requisições {{of}}: nova tentativa em {{seconds}} s.',
    unknownPart:
      'O LeadPrep não conseguiu confirmar se a parte {{part}} foi criada {{where}}. Ao retomar, ele procura a campanha antes de enviar qualquer coisa: nada é enviado duas vezes.',
    resume: 'Retomar',
    resumeIn: 'Retomar em {{seconds}} s',
    offline: 'Sem conexão. O disparo continua sozinho quando a internet voltar.',
    online: 'A conexão voltou: você pode retomar o disparo.',
    settings: 'Abrir Configurações',
    campaigns: 'Ver em Campanhas',
    existingDone: 'Este disparo já foi feito: nada será enviado de novo.',
    existingOpen: 'Este disparo já começou antes e não terminou: “Retomar” continua de onde parou.',
    requestFailed: 'O disparo não pôde começar: {{message}}'
  },
  interrupted: {
    title: 'Disparo interrompido',
    body_one: '“{{name}}” ({{provider}}) parou no meio: {{created}} de {{count}} campanha criada.',
    body_other:
      '“{{name}}” ({{provider}}) parou no meio: {{created}} de {{count}} campanhas criadas.',
    resume: 'Retomar',
    view: 'Ver no Disparar',
    running: 'Disparo em andamento: “{{name}}” ({{provider}}).',
    follow: 'Acompanhar'
  }
}

const en: typeof ptBR = {
  title: 'Launch',
  intro: 'Check everything that will be sent. Nothing leaves this computer until you confirm.',
  providerName: { kinbox: 'Kinbox', integra: 'Integra' },
  providerIn: { kinbox: 'at Kinbox', integra: 'at Integra' },
  providerOf: { kinbox: 'Kinbox', integra: 'Integra' },
  provider: {
    label: 'Send with',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · calls'
  },
  name: {
    label: 'Campaign name',
    hint: 'The name shown in the panel. Long Integra lists become “name (1/3)”, “name (2/3)”…',
    reset: 'Use the suggested name'
  },
  recipients: {
    label: 'Recipients',
    count_zero: 'No contacts',
    count_one: '{{n}} contact',
    count_other: '{{n}} contacts',
    from: 'from the list {{file}}'
  },
  excluded: {
    title: 'Left out',
    none: 'No lead is left out.',
    total_one: '{{n}} lead left out',
    total_other: '{{n}} leads left out',
    reasons: {
      invalid: 'Invalid phone',
      duplicate: 'Duplicate',
      do_not_contact: 'On the block list',
      excluded_by_user: 'Excluded by you',
      field_count_unconfirmed: 'Columns to check',
      empty_required_variable: 'Required variable empty',
      nationwide_unconfirmed: 'Nationwide number not confirmed'
    },
    open: 'Review in Clean',
    review: 'See in Clean',
    reviewMap: 'See in Map'
  },
  schedule: {
    title: 'Schedule',
    start: 'Start',
    finish: 'Predicted finish',
    noFinish: 'no prediction',
    kinboxPace:
      '{{chunkSize}} per chunk · {{messageGap}} s between messages · {{chunkGap}} s between chunks',
    integraPace: '{{concurrent}} simultaneous calls · {{average}} s per call on average',
    integraWindow:
      'Calls only in the window: Mon–Fri 09:00–20:00, Sat 10:00–16:00, no holidays ({{zone}}).',
    edit: 'Change in Schedule'
  },
  message: {
    kinbox: 'Message',
    integra: 'Voicemail message',
    position: 'Row {{row}} · {{position}} of {{total}}',
    previous: 'Previous row',
    next: 'Next row',
    to: 'To {{name}} · {{phone}}',
    noName: 'no name',
    noVoicemail: 'No message: if the call reaches voicemail, it hangs up.',
    agentGets: 'The agent receives',
    fileGets: 'The leads file carries',
    empty: '(empty)',
    emptyText: 'The message of this row is empty.',
    loading: 'Building the preview…',
    noRows: 'No row to show.',
    edit: 'Change in Map'
  },
  parts: {
    title_one: '{{count}} campaign',
    title_other: '{{count}} campaigns',
    split:
      'Integra takes at most 10,000 contacts per campaign: the list becomes {{count}} campaigns, one after the other, inside the calling window.',
    part: 'Part',
    name: 'Name',
    recipients: 'Contacts',
    start: 'Start',
    end: 'Predicted finish',
    status: 'Status',
    building: 'Updating the plan…',
    none: 'The plan shows here once the steps are complete.'
  },
  account: {
    title: 'Destination account',
    key: 'API key',
    token: 'Token',
    set: 'set · …{{last4}}',
    setNoDigits: 'set',
    notSet: 'not set',
    channel: 'Channel',
    channelType: 'Channel type',
    operator: 'Operator',
    businessHours: 'Business hours',
    leadsFile: 'Leads file',
    bucket: 'bucket {{bucket}} · {{region}}',
    selfHost: 'hosted by you',
    project: 'Project',
    agent: 'Agent',
    phoneNumber: 'Phone number',
    missingValue: 'missing',
    none: 'none',
    edit: 'Change in Settings',
    loadError: 'Could not read the accounts: {{message}}'
  },
  warnings: {
    title: 'Warnings',
    part_runs_past_window: 'Part {{detail}} should end after the calling window closes.',
    start_moved_to_window:
      'The start was outside the calling window: calls begin at the next opening.',
    empty_variable: 'Some rows send {{detail}} empty.',
    transform_failed: 'Some {{detail}} cells could not be read and are sent as written.',
    unknown_placeholder: 'The message uses {{detail}}, which no variable fills.',
    skip_rule_unused:
      '“Do not send the row” on {{detail}} has no effect: the message does not use it.',
    crosses_holiday: 'Sending crosses a national holiday ({{detail}}).',
    finish_far: 'The predicted finish is more than 7 days after the start.'
  },
  blockers: {
    title: 'Before launching',
    ready: 'Everything is ready to launch.',
    notCleaned: 'The list has not been cleaned yet.',
    noLeads:
      'No lead to send: the list has no valid contacts, or all were excluded. Review the list in Clean.',
    blockList: 'The block list was damaged and partly recovered: check it before launching.',
    blockListCounts:
      'The block list was damaged and partly recovered: numbers kept: {{kept}}; dropped: {{dropped}}. Check it before launching.',
    blockListUnreadable:
      'The block list was damaged: numbers kept: {{kept}}; dropped: {{dropped}}; and part of the file could not be read (its numbers are lost). Check it before launching.',
    blockListAck: 'I have checked the block list',
    sampleFile:
      'This is the sample file: its numbers are made up and may belong to real people. Launch it in simulation mode (Settings → Accounts).',
    schedule: 'Schedule · {{field}}: {{problem}}',
    account: {
      key: 'The Integra API key is missing.',
      project_id: 'The Integra project id (project_id) is missing.',
      agent_id: 'The Integra agent id (agent_id) is missing.',
      phone_number_id: 'The Integra phone number id (phone_number_id) is missing.',
      token: 'The Kinbox token is missing.',
      channelId: 'The Kinbox channel (channelId) is missing.',
      channelType: 'The Kinbox channel type is missing.',
      s3_region: 'The region of the leads file bucket is missing.',
      s3_bucket: 'The leads file bucket is missing.',
      s3_credentials: 'The keys of the leads file bucket are missing.',
      self_url: 'The public address of the leads file is missing.',
      self_save_to: 'Where to save the leads file is not chosen yet.',
      not_loaded: 'The accounts have not been read yet.'
    },
    fix: {
      clean: 'Open Clean',
      map: 'Open Map',
      schedule: 'Open Schedule',
      settings: 'Open Settings',
      launch: 'Open Launch',
      import: 'Open Import',
      campaigns: 'Open Campaigns'
    }
  },
  fields: {
    leads: 'Contacts',
    start: 'Start',
    chunkSize: 'Chunk size',
    messageGap: 'Gap between messages',
    chunkGap: 'Gap between chunks',
    hours: 'Hours',
    maxConcurrent: 'Simultaneous calls',
    averageCall: 'Average call length'
  },
  problems: {
    no_launchable_rows:
      'No row is left: all were left out by a “do not send the row” rule on an empty variable.',
    empty_name: 'Give the campaign a name.',
    invalid_start: 'The start is not a valid date.',
    mapping_provider_mismatch: 'The mapping was made for another destination.',
    missing_settings: 'The account settings are missing.',
    invalid_id: 'The account field {{field}} is not a valid id.',
    invalid_settings: 'Invalid setting ({{field}}): {{message}}',
    empty_message: 'The message is empty.',
    invalid_time_zone: 'Unknown time zone: {{timeZone}}.',
    no_open_hours: 'The chosen hours never open: there is no time to send.',
    value_too_long: '{{key}} is over {{maxLength}} characters on {{count}} rows (rows {{rows}}).',
    invalid_body: 'Part {{part}} failed the check ({{field}}): {{message}}',
    failed: 'Could not build the plan: {{message}}'
  },
  action: {
    launch: 'Launch',
    starting: 'Launching…',
    building: 'Building the plan…',
    blocked: 'Fix the items above to launch.',
    running: 'Launch in progress.'
  },
  confirm: {
    title: 'Confirm the launch',
    kinbox_one: 'Send {{n}} contact to Kinbox now?',
    kinbox_other: 'Send {{n}} contacts to Kinbox now?',
    integra_one: 'Send {{n}} contact to Integra now?',
    integra_other: 'Send {{n}} contacts to Integra now?',
    one: 'The campaign “{{name}}” is created now and starts at {{start}}.',
    many: '{{count}} campaigns are created (“{{first}}” …); the first starts at {{start}}.',
    once: 'Once confirmed, LeadPrep cannot undo the launch.',
    go: 'Launch now',
    cancel: 'Cancel'
  },
  progress: {
    title: 'Launch progress',
    state: {
      pending: 'Waiting',
      in_progress: 'In progress',
      done: 'Done',
      failed: 'Stopped with an error',
      unknown: 'To be confirmed'
    },
    status: {
      pending: 'waiting',
      sending: 'creating…',
      created: 'created',
      failed: 'failed',
      unknown: 'to confirm'
    },
    upload: {
      pending: 'Publishing the leads file…',
      done: 'Leads file published.'
    },
    counts: '{{created}} of {{total}} campaigns created · {{recipients}} contacts',
    done: 'Launch done: everything was created {{where}}.',
    waiting: '{{of}} rate limit: next attempt in {{seconds}} s.',
    unknownPart:
      'LeadPrep could not confirm whether part {{part}} was created {{where}}. On resume it looks the campaign up before sending anything: nothing is sent twice.',
    resume: 'Resume',
    resumeIn: 'Resume in {{seconds}} s',
    offline: 'No connection. The launch goes on by itself when the internet is back.',
    online: 'The connection is back: you can resume the launch.',
    settings: 'Open Settings',
    campaigns: 'See in Campaigns',
    existingDone: 'This launch was already made: nothing will be sent again.',
    existingOpen:
      'This launch began before and did not finish: “Resume” continues where it stopped.',
    requestFailed: 'The launch could not start: {{message}}'
  },
  interrupted: {
    title: 'Launch interrupted',
    body_one:
      '“{{name}}” ({{provider}}) stopped midway: {{created}} of {{count}} campaign created.',
    body_other:
      '“{{name}}” ({{provider}}) stopped midway: {{created}} of {{count}} campaigns created.',
    resume: 'Resume',
    view: 'See in Launch',
    running: 'Launch in progress: “{{name}}” ({{provider}}).',
    follow: 'Follow'
  }
}

addFeatureMessages('launch', ptBR, en)
