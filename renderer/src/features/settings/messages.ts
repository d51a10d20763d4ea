import { addFeatureMessages } from '../../i18n'

/** Texts of Configurações → Contas (account setup); pt-BR is the source, English has the same keys. */
export const ptBR = {
  ready: 'Pronto para disparar',
  missing: 'Falta: {{list}}',
  missingItems: {
    key: 'chave de API',
    token: 'token',
    project_id: 'projeto',
    agent_id: 'agente',
    phone_number_id: 'número de telefone',
    channelId: 'canal',
    channelType: 'tipo do canal',
    s3_region: 'região do bucket',
    s3_bucket: 'bucket',
    s3_credentials: 'chaves do bucket',
    self_url: 'endereço do arquivo',
    self_save_to: 'onde salvar o arquivo'
  },
  save: 'Salvar configurações',
  saving: 'Salvando…',
  saved: 'Configurações salvas.',
  unsaved: 'Alterações não salvas',
  fixFirst: 'Corrija os campos destacados para salvar.',
  test: 'Testar conexão',
  testing: 'Testando…',
  integra: {
    idsTitle: 'Identificadores da conta',
    idsHint:
      'A API da Integra não lista projetos, agentes nem números: copie cada identificador do painel da Integra, na página do projeto, do agente e do número (formato 3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c).',
    project_id: 'ID do projeto (project_id)',
    agent_id: 'ID do agente (agent_id)',
    phone_number_id: 'ID do número de telefone (phone_number_id)',
    configTitle: 'Configuração padrão das ligações',
    configHint:
      'Vale para toda campanha da Integra; a mensagem de recado escrita em Mapear tem prioridade.',
    call_timeout: 'Tempo para atender (segundos)',
    call_timeoutHint: 'Quanto tempo a ligação chama antes de desistir: de 15 a 120.',
    machine_detection_timeout: 'Detecção de caixa postal (segundos)',
    machine_detection_timeoutHint: 'Tempo para reconhecer uma secretária eletrônica: de 5 a 60.',
    voicemail_mode: 'Quando cair na caixa postal',
    hangup: 'Desligar',
    tts: 'Deixar um recado falado',
    voicemail_tts_message: 'Texto do recado',
    voicemailCount: '{{count}} de {{max}} caracteres',
    outbound_auto_greet: 'O agente cumprimenta assim que a pessoa atende',
    max_concurrent: 'Ligações simultâneas',
    max_concurrentHint: 'Quantas ligações ao mesmo tempo: de 1 a 10.'
  },
  kinbox: {
    channelTitle: 'Canal e atendimento',
    channelId: 'ID do canal (channelId)',
    channelIdHint:
      'Nenhuma API do Kinbox lista os canais: copie o ID do canal no painel do Kinbox e cole aqui.',
    channelType: 'Tipo do canal',
    channelTypeNone: 'Escolha…',
    channelTypeOption: 'Tipo {{type}}',
    channelTypeHint:
      'O Kinbox não documenta o que cada número quer dizer: use o tipo do seu canal no painel.',
    operator: 'Operador responsável',
    operatorNone: 'Nenhum (o Kinbox decide)',
    operatorSaved: '{{name}} (salvo)',
    operatorsLoading: 'Buscando operadores…',
    operatorsNeedToken: 'Salve o token para escolher um operador da lista.',
    operatorsFailed: 'Não foi possível buscar os operadores ({{kind}}).',
    refresh: 'Atualizar listas',
    hours: 'Horário de atendimento',
    hoursNone: 'Nenhum',
    hoursOption: 'Horário {{number}} · {{summary}}',
    hoursSaved: 'Horário salvo ({{id}})',
    hoursLoading: 'Buscando horários…',
    hoursNeedToken: 'Salve o token para escolher um horário da lista.',
    hoursFailed: 'Não foi possível buscar os horários ({{kind}}).',
    hoursHint: 'O Kinbox só envia dentro deste horário.'
  },
  leadsFile: {
    title: 'Onde fica o arquivo de leads',
    intro:
      'O Kinbox não recebe a lista por upload: ele baixa um arquivo de um endereço. Escolha onde o LeadPrep deixa esse arquivo.',
    host: 'Hospedagem do arquivo',
    s3: 'Bucket compatível com S3 (AWS S3, Cloudflare R2, MinIO…)',
    self: 'Hospedo eu mesmo',
    endpoint: 'Endereço do serviço (endpoint)',
    endpointHint: 'Deixe vazio para a AWS S3. Para R2, MinIO e outros, cole o endereço https://.',
    region: 'Região',
    regionHint: 'Ex.: sa-east-1 (AWS) ou auto (Cloudflare R2).',
    bucket: 'Bucket',
    prefix: 'Pasta dentro do bucket (prefixo)',
    prefixHint: 'Ex.: leadprep/ — o LeadPrep só grava nesta pasta.',
    forcePathStyle: 'Usar endereço no estilo caminho (exigido por MinIO e alguns serviços)',
    expiresInDays: 'Validade do link (dias)',
    expiresInDaysHint:
      'Links assinados duram no máximo 7 dias: se a campanha começar depois disso, o Kinbox pode não conseguir baixar a lista.',
    keysTitle: 'Chaves de acesso do bucket',
    keysIntro: 'Ficam no cofre de senhas do computador e nunca aparecem de novo na tela.',
    keysSet: 'chaves salvas · …{{last4}}',
    keysNotSet: 'chaves não salvas',
    accessKeyId: 'ID da chave de acesso (access key id)',
    secretAccessKey: 'Chave secreta (secret access key)',
    saveKeys: 'Salvar chaves no cofre',
    replaceKeys: 'Substituir chaves',
    removeKeys: 'Remover chaves',
    keysSaved: 'Chaves do bucket salvas no cofre.',
    keysRemoved: 'Chaves do bucket removidas.',
    testBucket: 'Testar bucket',
    selfUrl: 'Endereço público do arquivo (URL)',
    selfUrlHint: 'O endereço https:// onde você publica o arquivo; é ele que o Kinbox baixa.',
    saveTo: 'Arquivo salvo em',
    saveToNone: 'nenhum arquivo escolhido',
    chooseSaveTo: 'Escolher onde salvar',
    saveToHint:
      'A cada disparo o LeadPrep grava a lista neste arquivo; publique-o no endereço acima.'
  },
  problems: {
    integra_key_shape:
      'A chave da Integra começa com ik_live_ seguida de 64 letras e números (0–9, a–f): confira se copiou ela inteira.',
    invalid_uuid: 'Use o identificador como o painel mostra: 8-4-4-4-12 letras e números.',
    out_of_range: 'Use um número de {{min}} a {{max}}.',
    whole_number: 'Digite um número inteiro.',
    too_long: 'Texto longo demais.',
    tts_message_required: 'Escreva o recado, ou escolha desligar.',
    invalid_url: 'Use um endereço https:// completo.',
    invalid_region: 'Só letras, números e hífens (ex.: sa-east-1).',
    invalid_bucket:
      'Nome de bucket: de 3 a 63 letras minúsculas, números, pontos ou hífens, sem espaços.',
    invalid_prefix: 'A pasta não pode começar com / nem conter "..".',
    no_spaces: 'Sem espaços.',
    token_too_short: 'Curto demais: confira se copiou inteiro.',
    token_too_long: 'Longo demais: confira se colou só a chave.',
    token_invalid_characters: 'Sem espaços nem caracteres invisíveis.',
    required: 'Preencha este campo.'
  },
  tests: {
    ok: {
      integra_zero: 'Conectado à Integra: a chave funciona (nenhuma campanha na conta ainda).',
      integra_one: 'Conectado à Integra: {{count}} campanha na conta.',
      integra_other: 'Conectado à Integra: {{count}} campanhas na conta.',
      kinbox: 'Conectado ao Kinbox: {{operators}} operadores e {{hours}} horários de atendimento.',
      s3: 'Bucket {{bucket}} OK: o arquivo de teste foi enviado, baixado pelo link assinado e apagado.',
      s3NotCleaned:
        'Bucket {{bucket}} OK: envio e download funcionam. O arquivo de teste não pôde ser apagado (a chave não pode excluir); isso não impede os disparos.'
    },
    integra: {
      auth: 'A chave foi recusada: gere outra no painel da Integra e cole aqui.',
      not_configured: 'Cole e salve a chave de API da Integra primeiro.'
    },
    kinbox: {
      auth: 'O token foi recusado: gere outro no Kinbox (Configurações → Integrações → API) e cole aqui.',
      not_configured: 'Cole e salve o token do Kinbox primeiro.'
    },
    s3: {
      auth: 'Credenciais ou bucket recusados: confira a chave de acesso, a chave secreta e se ela tem permissão neste bucket.',
      not_configured: 'Salve a chave de acesso e a chave secreta do bucket primeiro.',
      network: 'Sem conexão com o bucket: confira a internet e o endereço do serviço.'
    },
    common: {
      network: 'Sem conexão: confira a internet e tente de novo.',
      timeout: 'O serviço não respondeu a tempo: tente de novo em instantes.',
      rate_limited: 'Muitas tentativas seguidas: espere um minuto e tente de novo.',
      server: 'O serviço está com problemas agora (erro {{status}}): tente mais tarde.',
      unexpected:
        'Resposta inesperada do serviço (erro {{status}}): confira o endereço e tente de novo.',
      incomplete: 'Preencha a região e o bucket e salve antes de testar.',
      no_bucket: 'Esse bucket não existe: confira o nome (e o endereço do serviço).',
      region:
        'Região errada: o bucket está em outra região. Confira a região no painel do provedor.',
      clock_skew: 'O relógio do computador está errado: acerte a data e a hora e tente de novo.',
      insecure_endpoint: 'O endereço do serviço precisa começar com https://.',
      invalid_endpoint: 'O endereço do serviço não é válido: confira o que foi colado.',
      mismatch: 'O arquivo baixado não é igual ao enviado: confira a configuração do bucket.',
      rejected: 'O serviço recusou o pedido (erro {{status}}): confira as permissões da chave.',
      expired: 'O link assinado já nasceu vencido: confira o relógio do computador.',
      auth: 'Acesso recusado: confira a chave.',
      not_configured: 'Salve as credenciais primeiro.'
    }
  }
}

const en: typeof ptBR = {
  ready: 'Ready to launch',
  missing: 'Missing: {{list}}',
  missingItems: {
    key: 'API key',
    token: 'token',
    project_id: 'project',
    agent_id: 'agent',
    phone_number_id: 'phone number',
    channelId: 'channel',
    channelType: 'channel type',
    s3_region: 'bucket region',
    s3_bucket: 'bucket',
    s3_credentials: 'bucket keys',
    self_url: 'file address',
    self_save_to: 'where to save the file'
  },
  save: 'Save settings',
  saving: 'Saving…',
  saved: 'Settings saved.',
  unsaved: 'Unsaved changes',
  fixFirst: 'Fix the highlighted fields to save.',
  test: 'Test connection',
  testing: 'Testing…',
  integra: {
    idsTitle: 'Account identifiers',
    idsHint:
      "Integra's API lists no projects, agents or numbers: copy each identifier from the Integra panel, on the project's, agent's and number's page (format 3f1c2a9e-7b4d-4e8a-9c1f-2d3e4f5a6b7c).",
    project_id: 'Project ID (project_id)',
    agent_id: 'Agent ID (agent_id)',
    phone_number_id: 'Phone number ID (phone_number_id)',
    configTitle: 'Default call settings',
    configHint: 'Used by every Integra campaign; the voicemail text written in Map comes first.',
    call_timeout: 'Ring time (seconds)',
    call_timeoutHint: 'How long a call rings before giving up: 15 to 120.',
    machine_detection_timeout: 'Voicemail detection (seconds)',
    machine_detection_timeoutHint: 'Time to recognise an answering machine: 5 to 60.',
    voicemail_mode: 'When voicemail answers',
    hangup: 'Hang up',
    tts: 'Leave a spoken message',
    voicemail_tts_message: 'Message text',
    voicemailCount: '{{count}} of {{max}} characters',
    outbound_auto_greet: 'The agent greets as soon as the person answers',
    max_concurrent: 'Simultaneous calls',
    max_concurrentHint: 'How many calls at once: 1 to 10.'
  },
  kinbox: {
    channelTitle: 'Channel and service',
    channelId: 'Channel ID (channelId)',
    channelIdHint:
      'No Kinbox API lists channels: copy the channel ID from the Kinbox panel and paste it here.',
    channelType: 'Channel type',
    channelTypeNone: 'Choose…',
    channelTypeOption: 'Type {{type}}',
    channelTypeHint:
      "Kinbox does not document what each number means: use your channel's type in the panel.",
    operator: 'Responsible operator',
    operatorNone: 'None (Kinbox decides)',
    operatorSaved: '{{name}} (saved)',
    operatorsLoading: 'Fetching operators…',
    operatorsNeedToken: 'Save the token to pick an operator from the list.',
    operatorsFailed: 'Could not fetch the operators ({{kind}}).',
    refresh: 'Refresh lists',
    hours: 'Business hours',
    hoursNone: 'None',
    hoursOption: 'Hours {{number}} · {{summary}}',
    hoursSaved: 'Saved hours ({{id}})',
    hoursLoading: 'Fetching business hours…',
    hoursNeedToken: 'Save the token to pick business hours from the list.',
    hoursFailed: 'Could not fetch the business hours ({{kind}}).',
    hoursHint: 'Kinbox only sends within these hours.'
  },
  leadsFile: {
    title: 'Where the leads file lives',
    intro:
      'Kinbox takes no upload: it downloads a file from an address. Choose where LeadPrep puts that file.',
    host: 'File hosting',
    s3: 'S3-compatible bucket (AWS S3, Cloudflare R2, MinIO…)',
    self: 'I host it myself',
    endpoint: 'Service address (endpoint)',
    endpointHint: 'Leave empty for AWS S3. For R2, MinIO and others, paste the https:// address.',
    region: 'Region',
    regionHint: 'E.g. sa-east-1 (AWS) or auto (Cloudflare R2).',
    bucket: 'Bucket',
    prefix: 'Folder in the bucket (prefix)',
    prefixHint: 'E.g. leadprep/ — LeadPrep only writes in this folder.',
    forcePathStyle: 'Use path-style addresses (required by MinIO and some services)',
    expiresInDays: 'Link validity (days)',
    expiresInDaysHint:
      'Presigned links last at most 7 days: if the campaign starts later, Kinbox may not be able to download the list.',
    keysTitle: 'Bucket access keys',
    keysIntro: "Kept in the computer's password vault and never shown again.",
    keysSet: 'keys saved · …{{last4}}',
    keysNotSet: 'keys not saved',
    accessKeyId: 'Access key ID',
    secretAccessKey: 'Secret access key',
    saveKeys: 'Save keys in the vault',
    replaceKeys: 'Replace keys',
    removeKeys: 'Remove keys',
    keysSaved: 'Bucket keys saved in the vault.',
    keysRemoved: 'Bucket keys removed.',
    testBucket: 'Test bucket',
    selfUrl: 'Public file address (URL)',
    selfUrlHint: 'The https:// address where you publish the file; Kinbox downloads it from there.',
    saveTo: 'File saved at',
    saveToNone: 'no file chosen',
    chooseSaveTo: 'Choose where to save',
    saveToHint:
      'On every launch LeadPrep writes the list to this file; publish it at the address above.'
  },
  problems: {
    integra_key_shape:
      'An Integra key is ik_live_ followed by 64 letters and digits (0–9, a–f): check that you copied all of it.',
    invalid_uuid: 'Use the identifier as the panel shows it: 8-4-4-4-12 letters and digits.',
    out_of_range: 'Use a number from {{min}} to {{max}}.',
    whole_number: 'Type a whole number.',
    too_long: 'Text too long.',
    tts_message_required: 'Write the message, or choose hang up.',
    invalid_url: 'Use a full https:// address.',
    invalid_region: 'Only letters, digits and hyphens (e.g. sa-east-1).',
    invalid_bucket: 'Bucket name: 3 to 63 lowercase letters, digits, dots or hyphens, no spaces.',
    invalid_prefix: 'The folder cannot start with / or contain "..".',
    no_spaces: 'No spaces.',
    token_too_short: 'Too short: check that you copied all of it.',
    token_too_long: 'Too long: check that you pasted only the key.',
    token_invalid_characters: 'No spaces or invisible characters.',
    required: 'Fill in this field.'
  },
  tests: {
    ok: {
      integra_zero: 'Connected to Integra: the key works (no campaigns in the account yet).',
      integra_one: 'Connected to Integra: {{count}} campaign in the account.',
      integra_other: 'Connected to Integra: {{count}} campaigns in the account.',
      kinbox: 'Connected to Kinbox: {{operators}} operators and {{hours}} business-hours sets.',
      s3: 'Bucket {{bucket}} OK: the test file was uploaded, downloaded by its presigned link and deleted.',
      s3NotCleaned:
        'Bucket {{bucket}} OK: upload and download work. The test file could not be deleted (the key cannot delete); launches are not affected.'
    },
    integra: {
      auth: 'The key was refused: create another in the Integra panel and paste it here.',
      not_configured: 'Paste and save the Integra API key first.'
    },
    kinbox: {
      auth: 'The token was refused: create another in Kinbox (Settings → Integrations → API) and paste it here.',
      not_configured: 'Paste and save the Kinbox token first.'
    },
    s3: {
      auth: 'Credentials or bucket refused: check the access key, the secret key and that it may use this bucket.',
      not_configured: "Save the bucket's access key and secret key first.",
      network: 'No connection to the bucket: check the internet and the service address.'
    },
    common: {
      network: 'No connection: check the internet and try again.',
      timeout: 'The service did not answer in time: try again shortly.',
      rate_limited: 'Too many attempts in a row: wait a minute and try again.',
      server: 'The service is having problems (error {{status}}): try later.',
      unexpected:
        'Unexpected answer from the service (error {{status}}): check the address and try again.',
      incomplete: 'Fill in the region and the bucket and save before testing.',
      no_bucket: 'That bucket does not exist: check the name (and the service address).',
      region:
        "Wrong region: the bucket is in another region. Check the region in the provider's panel.",
      clock_skew: "The computer's clock is wrong: fix the date and time and try again.",
      insecure_endpoint: 'The service address must start with https://.',
      invalid_endpoint: 'The service address is not valid: check what was pasted.',
      mismatch: 'The downloaded file differs from the uploaded one: check the bucket settings.',
      rejected: 'The service refused the request (error {{status}}): check the key permissions.',
      expired: "The presigned link was born expired: check the computer's clock.",
      auth: 'Access refused: check the key.',
      not_configured: 'Save the credentials first.'
    }
  }
}

addFeatureMessages('accountSetup', ptBR, en)
