import { addFeatureMessages } from '../../i18n'

const ptBR = {
  title: 'Revisar antes do disparo',
  intro: 'O que a campanha vai usar, etapa por etapa. Corrija o que faltar antes de disparar.',
  list: {
    title: 'Lista',
    ready_one: '{{file}} · {{count}} lead pronto para disparo',
    ready_other: '{{file}} · {{count}} leads prontos para disparo',
    none: 'Nenhum lead pronto: corrija ou inclua linhas na etapa Limpar.'
  },
  mapping: {
    title: 'Mapeamento',
    ready_one: '{{provider}} · telefone mapeado e {{count}} variável',
    ready_other: '{{provider}} · telefone mapeado e {{count}} variáveis',
    missing: 'Escolha a coluna de telefone e as variáveis na etapa Mapear.'
  },
  schedule: {
    title: 'Agendamento',
    ready_one: '{{count}} bloco · término previsto {{finish}}',
    ready_other: '{{count}} blocos · término previsto {{finish}}',
    missing: 'Defina início, ritmo e horário na etapa Agendar.'
  },
  open: 'Abrir {{step}}',
  ok: 'pronto',
  todo: 'falta',
  notYet:
    'O envio pelas APIs do Kinbox e da Integra é a próxima etapa do LeadPrep; por enquanto, exporte a lista limpa na etapa Limpar.'
}

const en: typeof ptBR = {
  title: 'Review before launching',
  intro: 'What the campaign will use, step by step. Fix what is missing before launching.',
  list: {
    title: 'List',
    ready_one: '{{file}} · {{count}} lead ready to launch',
    ready_other: '{{file}} · {{count}} leads ready to launch',
    none: 'No lead is ready: fix or include rows in the Clean step.'
  },
  mapping: {
    title: 'Mapping',
    ready_one: '{{provider}} · phone mapped and {{count}} variable',
    ready_other: '{{provider}} · phone mapped and {{count}} variables',
    missing: 'Choose the phone column and the variables in the Map step.'
  },
  schedule: {
    title: 'Schedule',
    ready_one: '{{count}} chunk · predicted finish {{finish}}',
    ready_other: '{{count}} chunks · predicted finish {{finish}}',
    missing: 'Set the start, pace and hours in the Schedule step.'
  },
  open: 'Open {{step}}',
  ok: 'ready',
  todo: 'missing',
  notYet:
    "Sending through Kinbox's and Integra's APIs is LeadPrep's next step; for now, export the clean list in the Clean step."
}

addFeatureMessages('launch', ptBR, en)
