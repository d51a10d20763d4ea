import { addFeatureMessages } from '../../i18n'

/** Texts of the Agendar step; pt-BR is the source, English has the same keys. */
export const ptBR = {
  title: 'Agendar campanha',
  intro:
    'Defina quando e em que ritmo as mensagens saem. A prévia se atualiza enquanto você digita.',
  provider: {
    label: 'Plataforma',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · ligações'
  },
  leads: {
    label: 'Quantidade de leads',
    whatIf: 'Plano hipotético',
    whatIfHint: 'Nenhuma lista limpa ainda: digite quantos leads quer simular.',
    fromList_one: '{{n}} lead da sua lista',
    fromList_other: '{{n}} leads da sua lista',
    fromListHint: 'Quantidade que a etapa Limpar vai enviar.'
  },
  start: {
    legend: 'Início',
    now: 'Agora',
    at: 'Em data e hora',
    label: 'Data e hora de início',
    inZone: 'no fuso {{zone}}'
  },
  cadence: {
    title: 'Ritmo de envio',
    chunkSize: 'Mensagens por bloco',
    messageGap: 'Segundos entre mensagens',
    chunkGap: 'Segundos entre blocos',
    chunkGapHint: 'Pausa depois do último envio de um bloco.'
  },
  zone: {
    label: 'Fuso horário',
    brazil: 'Brasil',
    world: 'Outros fusos',
    hint: 'Horários mostrados neste fuso.',
    yours: 'Seu computador está em {{zone}}: o seu horário aparece ao lado.'
  },
  hours: {
    title: 'Horário de atendimento',
    intro:
      'As mensagens só saem dentro destes horários; fora deles, o envio espera a próxima abertura.',
    source: 'Origem do horário',
    account: 'Horário da conta Kinbox',
    editor: 'Editar à mão',
    whatIf: 'plano hipotético',
    noAccount: 'sem conta conectada',
    none: 'Sem restrição (24 horas)',
    noneHint: 'Os envios seguem dia e noite, inclusive fins de semana.',
    loading: 'Buscando os horários da sua conta Kinbox…',
    sets: 'Horários cadastrados no Kinbox',
    setName: 'Horário {{number}}',
    noSets: 'Sua conta Kinbox não tem horários de atendimento cadastrados. Use o editor.',
    accountNote: 'O Kinbox aplica exatamente o horário escolhido à campanha.',
    copyToEditor: 'Copiar para o editor',
    failure: {
      not_configured: 'Nenhuma conta Kinbox conectada: o horário abaixo é um plano hipotético.',
      auth: 'O Kinbox recusou o token salvo (talvez tenha expirado ou sido trocado). Confira-o em Configurações.',
      network: 'Não foi possível falar com o Kinbox. Verifique a internet e tente de novo.',
      timeout: 'O Kinbox demorou demais para responder. Tente de novo.',
      rate_limited: 'O Kinbox pediu uma pausa (consultas demais). Tente de novo em instantes.',
      other: 'O Kinbox não devolveu os horários ({{message}}).',
      openSettings: 'Abrir Configurações',
      retry: 'Tentar de novo',
      fallback: 'Enquanto isso, use o editor abaixo.'
    },
    days: {
      mon: 'Segunda',
      tue: 'Terça',
      wed: 'Quarta',
      thu: 'Quinta',
      fri: 'Sexta',
      sat: 'Sábado',
      sun: 'Domingo'
    },
    open: 'Aberto',
    closed: 'Fechado',
    from: 'das',
    to: 'às',
    openAt: '{{day}}, abre às (intervalo {{number}})',
    closeAt: '{{day}}, fecha às (intervalo {{number}})',
    addInterval: 'Adicionar intervalo',
    addIntervalTo: 'Adicionar intervalo na {{day}}',
    removeInterval: 'Remover intervalo {{number}} de {{day}}',
    midnight: 'Fechar às 00:00 significa meia-noite.',
    problem: {
      clock: 'Preencha as duas horas.',
      order: 'O fim deve ser depois do início.'
    }
  },
  summary: {
    title: 'Resumo',
    computing: 'Calculando…',
    chunks: 'Blocos',
    firstSend: 'Primeiro envio',
    finish: 'Término previsto (último envio)',
    duration: 'Duração total',
    durationHint: 'do primeiro ao último envio, com as horas fechadas',
    rate: 'Mensagens por hora',
    rateHint: 'enquanto o horário está aberto',
    days: 'Dias no calendário',
    daysValue_one: '{{count}} dia',
    daysValue_other: '{{count}} dias',
    sendingDays_one: '{{count}} com envios',
    sendingDays_other: '{{count}} com envios',
    yourTime: 'seu horário: {{time}}',
    empty: 'Nada a enviar: a lista está vazia.',
    instant: 'tudo de uma vez'
  },
  duration: {
    days_one: '{{count}} dia',
    days_other: '{{count}} dias',
    hours: '{{count}} h',
    minutes: '{{count}} min',
    seconds: '{{count}} s',
    zero: 'instantânea'
  },
  timeline: {
    title: 'Linha do tempo',
    range: 'Período exibido',
    all: 'Campanha inteira',
    week: 'Uma semana',
    day: 'Um dia',
    zoomIn: 'Aproximar',
    zoomOut: 'Afastar',
    previous: 'Período anterior',
    next: 'Próximo período',
    legendChunk: 'Bloco de envio',
    legendClosed: 'Fechado (fora do horário)',
    chart: 'Linha do tempo de {{from}} a {{to}}',
    chunk: 'Bloco {{number}}',
    size_one: '{{n}} mensagem',
    size_other: '{{n}} mensagens',
    first: 'Primeiro envio: {{time}}',
    last: 'Último envio: {{time}}',
    bin: 'Blocos {{first}} a {{last}}',
    nothing: 'Nenhum envio neste período.',
    keys: 'Setas ← → percorrem os blocos.',
    showing: 'Blocos {{from}}–{{to}} de {{total}} neste período'
  },
  warnings: {
    title: 'Alertas',
    tier: 'Nível de mensagens do WhatsApp',
    tierHint: 'Contatos novos que o número pode iniciar em 24 horas.',
    tierValue: '{{n}} em 24 h',
    unlimited: 'Ilimitado',
    none: 'Nenhum alerta para este plano.',
    start_in_past: 'O início ({{start}}) já passou. Escolha uma data futura ou “Agora”.',
    finish_far:
      'A campanha só termina em {{finish}}, mais de {{days}} dias depois de começar. Considere blocos maiores ou pausas menores.',
    crosses_holiday_one:
      'O período inclui o feriado nacional {{name}} ({{date}}); o horário do Kinbox não conhece feriados: {{n}} mensagem sairia nesse dia.',
    crosses_holiday_other:
      'O período inclui o feriado nacional {{name}} ({{date}}); o horário do Kinbox não conhece feriados: {{n}} mensagens sairiam nesse dia.',
    tier_exceeded:
      'Até {{max}} contatos novos em 24 h (a partir de {{from}}), acima do seu nível de {{tier}} no WhatsApp. Aumente as pausas ou confira o nível.',
    chunk_larger_than_list:
      'O bloco ({{chunkSize}}) é maior que a lista ({{n}}): tudo sai em um único bloco.'
  },
  errors: {
    no_open_hours:
      'O horário de atendimento não tem nenhuma janela aberta: ative pelo menos um dia com um intervalo. Não dá para seguir assim.',
    invalid_input: 'Confira os campos destacados.',
    worker: 'Não foi possível calcular a prévia: {{message}}'
  },
  problems: {
    count: 'Digite um número inteiro.',
    tooMany: 'No máximo {{max}} leads.',
    positive: 'Digite um número inteiro maior que zero.',
    seconds: 'Digite os segundos (0 ou mais).',
    date: 'Escolha a data e a hora.',
    pickSet: 'Escolha um dos horários da conta.',
    intervals: 'Corrija os intervalos destacados no horário.',
    concurrent: 'Um número de 1 a 10.',
    positiveSeconds: 'Digite os segundos (mais que zero).'
  },
  integra: {
    title: 'Partes da campanha',
    intro:
      'O Integra aceita até 10.000 destinatários por campanha: listas maiores viram partes, cada uma sua própria campanha.',
    maxConcurrent: 'Ligações simultâneas',
    maxConcurrentHint: 'max_concurrent, de 1 a 10',
    averageCall: 'Duração média de uma ligação (s)',
    order: 'Início das partes',
    sequential: 'Uma depois da outra',
    together: 'Todas ao mesmo tempo',
    part: 'Parte',
    recipients: 'Destinatários',
    start: 'Início',
    end: 'Fim estimado',
    duration: 'Duração estimada',
    parts_one: '{{n}} parte',
    parts_other: '{{n}} partes',
    finish: 'Término estimado da última parte',
    formula:
      'Estimativa: destinatários ÷ ligações simultâneas (arredondado para cima) × duração média.',
    empty: 'Nada a ligar: a lista está vazia.'
  },
  footer: {
    next: 'Continuar para Disparar',
    blocked: 'Corrija o que está destacado para continuar.'
  }
}

const en: typeof ptBR = {
  title: 'Schedule the campaign',
  intro: 'Choose when and at what pace messages go out. The preview updates as you type.',
  provider: {
    label: 'Platform',
    kinbox: 'Kinbox · WhatsApp',
    integra: 'Integra · calls'
  },
  leads: {
    label: 'Number of leads',
    whatIf: 'What-if plan',
    whatIfHint: 'No cleaned list yet: type how many leads to simulate.',
    fromList_one: '{{n}} lead from your list',
    fromList_other: '{{n}} leads from your list',
    fromListHint: 'What the Clean step will send.'
  },
  start: {
    legend: 'Start',
    now: 'Now',
    at: 'At a date and time',
    label: 'Start date and time',
    inZone: 'in {{zone}}'
  },
  cadence: {
    title: 'Sending pace',
    chunkSize: 'Messages per chunk',
    messageGap: 'Seconds between messages',
    chunkGap: 'Seconds between chunks',
    chunkGapHint: 'Pause after the last send of a chunk.'
  },
  zone: {
    label: 'Time zone',
    brazil: 'Brazil',
    world: 'Other zones',
    hint: 'Times are shown in this zone.',
    yours: 'Your computer is in {{zone}}: your own time is shown beside.'
  },
  hours: {
    title: 'Business hours',
    intro:
      'Messages only go out within these hours; outside them, sending waits for the next opening.',
    source: 'Hours from',
    account: 'Kinbox account hours',
    editor: 'Edit by hand',
    whatIf: 'what-if plan',
    noAccount: 'no account connected',
    none: 'No limit (24 hours)',
    noneHint: 'Sending goes on day and night, weekends included.',
    loading: 'Fetching your Kinbox account’s business hours…',
    sets: 'Business hours in Kinbox',
    setName: 'Hours {{number}}',
    noSets: 'Your Kinbox account has no business hours set up. Use the editor.',
    accountNote: 'Kinbox applies exactly the chosen hours to the campaign.',
    copyToEditor: 'Copy to the editor',
    failure: {
      not_configured: 'No Kinbox account connected: the hours below are a what-if plan.',
      auth: 'Kinbox refused the saved token (it may have expired or been replaced). Check it in Settings.',
      network: 'Could not reach Kinbox. Check the internet connection and try again.',
      timeout: 'Kinbox took too long to answer. Try again.',
      rate_limited: 'Kinbox asked for a pause (too many requests). Try again in a moment.',
      other: 'Kinbox did not return the business hours ({{message}}).',
      openSettings: 'Open Settings',
      retry: 'Try again',
      fallback: 'Meanwhile, use the editor below.'
    },
    days: {
      mon: 'Monday',
      tue: 'Tuesday',
      wed: 'Wednesday',
      thu: 'Thursday',
      fri: 'Friday',
      sat: 'Saturday',
      sun: 'Sunday'
    },
    open: 'Open',
    closed: 'Closed',
    from: 'from',
    to: 'to',
    openAt: '{{day}}, opens at (interval {{number}})',
    closeAt: '{{day}}, closes at (interval {{number}})',
    addInterval: 'Add interval',
    addIntervalTo: 'Add interval on {{day}}',
    removeInterval: 'Remove interval {{number}} of {{day}}',
    midnight: 'Closing at 00:00 means midnight.',
    problem: {
      clock: 'Fill in both times.',
      order: 'The end must be after the start.'
    }
  },
  summary: {
    title: 'Summary',
    computing: 'Computing…',
    chunks: 'Chunks',
    firstSend: 'First send',
    finish: 'Predicted finish (last send)',
    duration: 'Total duration',
    durationHint: 'from the first send to the last, closed hours included',
    rate: 'Messages per hour',
    rateHint: 'while the hours are open',
    days: 'Calendar days',
    daysValue_one: '{{count}} day',
    daysValue_other: '{{count}} days',
    sendingDays_one: '{{count}} with sends',
    sendingDays_other: '{{count}} with sends',
    yourTime: 'your time: {{time}}',
    empty: 'Nothing to send: the list is empty.',
    instant: 'all at once'
  },
  duration: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    hours: '{{count}} h',
    minutes: '{{count}} min',
    seconds: '{{count}} s',
    zero: 'instant'
  },
  timeline: {
    title: 'Timeline',
    range: 'Period shown',
    all: 'Whole campaign',
    week: 'One week',
    day: 'One day',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    previous: 'Previous period',
    next: 'Next period',
    legendChunk: 'Sending chunk',
    legendClosed: 'Closed (outside business hours)',
    chart: 'Timeline from {{from}} to {{to}}',
    chunk: 'Chunk {{number}}',
    size_one: '{{n}} message',
    size_other: '{{n}} messages',
    first: 'First send: {{time}}',
    last: 'Last send: {{time}}',
    bin: 'Chunks {{first}} to {{last}}',
    nothing: 'No sends in this period.',
    keys: 'Arrow keys ← → move between chunks.',
    showing: 'Chunks {{from}}–{{to}} of {{total}} in this period'
  },
  warnings: {
    title: 'Warnings',
    tier: 'WhatsApp messaging tier',
    tierHint: 'New contacts the number may start in 24 hours.',
    tierValue: '{{n}} per 24 h',
    unlimited: 'Unlimited',
    none: 'No warnings for this plan.',
    start_in_past: 'The start ({{start}}) is in the past. Pick a future date or “Now”.',
    finish_far:
      'The campaign only finishes on {{finish}}, over {{days}} days after it begins. Consider larger chunks or shorter pauses.',
    crosses_holiday_one:
      'The plan spans the national holiday {{name}} ({{date}}); Kinbox business hours do not know holidays: {{n}} message would go out that day.',
    crosses_holiday_other:
      'The plan spans the national holiday {{name}} ({{date}}); Kinbox business hours do not know holidays: {{n}} messages would go out that day.',
    tier_exceeded:
      'Up to {{max}} new contacts in 24 h (from {{from}}), above your WhatsApp tier of {{tier}}. Lengthen the pauses or check the tier.',
    chunk_larger_than_list:
      'The chunk ({{chunkSize}}) is larger than the list ({{n}}): everything goes out in one chunk.'
  },
  errors: {
    no_open_hours:
      'The business hours have no open window: turn on at least one day with an interval. The plan cannot go on like this.',
    invalid_input: 'Check the highlighted fields.',
    worker: 'Could not compute the preview: {{message}}'
  },
  problems: {
    count: 'Type a whole number.',
    tooMany: 'At most {{max}} leads.',
    positive: 'Type a whole number above zero.',
    seconds: 'Type the seconds (0 or more).',
    date: 'Pick the date and time.',
    pickSet: 'Pick one of the account’s hours.',
    intervals: 'Fix the highlighted intervals in the hours.',
    concurrent: 'A number from 1 to 10.',
    positiveSeconds: 'Type the seconds (above zero).'
  },
  integra: {
    title: 'Campaign parts',
    intro:
      'Integra takes at most 10,000 recipients per campaign: longer lists become parts, each its own campaign.',
    maxConcurrent: 'Simultaneous calls',
    maxConcurrentHint: 'max_concurrent, 1 to 10',
    averageCall: 'Average call length (s)',
    order: 'Parts start',
    sequential: 'One after another',
    together: 'All at once',
    part: 'Part',
    recipients: 'Recipients',
    start: 'Start',
    end: 'Estimated end',
    duration: 'Estimated duration',
    parts_one: '{{n}} part',
    parts_other: '{{n}} parts',
    finish: 'Estimated end of the last part',
    formula: 'Estimate: recipients ÷ simultaneous calls (rounded up) × average length.',
    empty: 'Nothing to call: the list is empty.'
  },
  footer: {
    next: 'Continue to Launch',
    blocked: 'Fix what is highlighted to continue.'
  }
}

addFeatureMessages('schedule', ptBR, en)
