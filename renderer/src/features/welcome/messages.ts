import { addFeatureMessages } from '../../i18n'

/** The first-run welcome and the sample file; pt-BR is the source, English the same keys. */
export const ptBR = {
  title: 'Boas-vindas ao LeadPrep',
  intro: 'Em cinco etapas, sua planilha de leads vira uma campanha no ar:',
  steps: {
    import: 'traga a planilha ou o CSV exportado do seu CRM.',
    clean: 'corrija telefones, tire duplicados e veja o que fica de fora.',
    map: 'escolha qual coluna vira nome, empresa, cidade… na campanha.',
    schedule: 'defina quando os contatos serão feitos, no horário comercial.',
    launch: 'revise tudo e envie ao Kinbox ou à Integra com um clique.'
  },
  sample:
    'Quer testar antes? O arquivo de exemplo tem leads fictícios com os problemas de uma exportação real. Não precisa de conta: nada é enviado sem a sua confirmação em Disparar.',
  trySample: 'Experimentar com o arquivo de exemplo',
  opening: 'Abrindo o exemplo…',
  start: 'Começar com meu arquivo',
  links: {
    label: 'Primeira vez aqui?',
    sample: 'Usar o arquivo de exemplo',
    welcome: 'Ver boas-vindas'
  }
}

export const en: typeof ptBR = {
  title: 'Welcome to LeadPrep',
  intro: 'In five steps, your lead spreadsheet becomes a live campaign:',
  steps: {
    import: 'bring the spreadsheet or the CSV exported from your CRM.',
    clean: 'fix phone numbers, drop duplicates and see what is left out.',
    map: 'choose which column becomes name, company, city… in the campaign.',
    schedule: 'set when the contacts are made, within business hours.',
    launch: 'review everything and send it to Kinbox or Integra in one click.'
  },
  sample:
    'Want to try it first? The sample file has made-up leads with the problems of a real export. No account needed: nothing is sent until you confirm it in Launch.',
  trySample: 'Try it with the sample file',
  opening: 'Opening the sample…',
  start: 'Start with my own file',
  links: {
    label: 'First time here?',
    sample: 'Use the sample file',
    welcome: 'Show the welcome'
  }
}

addFeatureMessages('welcome', ptBR, en)
