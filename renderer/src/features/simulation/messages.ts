import { addFeatureMessages } from '../../i18n'

/** Texts of simulation mode; pt-BR is the source, English has the same keys. */
export const ptBR = {
  banner: 'Modo simulação: nada é enviado de verdade',
  bannerHint: 'Kinbox e Integra simulados dentro do LeadPrep. Desligue em Configurações.',
  toggle: 'Modo simulação',
  toggleHelp: 'experimente Disparar e Campanhas sem conta; nada é enviado de verdade.',
  toggleFailed: 'Não foi possível mudar o modo simulação.',
  tag: 'Simulação',
  account:
    'Conta simulada: nenhum token, bucket ou ID é necessário, e nada sai do LeadPrep. A campanha avança em poucos minutos.',
  confirm: 'Modo simulação: nada é enviado de verdade.',
  campaign: 'Feita no modo simulação: nada foi enviado de verdade.',
  campaignsOn: 'Modo simulação ligado: novos disparos vão para o Kinbox e a Integra simulados.'
}

const en: typeof ptBR = {
  banner: 'Simulation mode: nothing is really sent',
  bannerHint: 'Kinbox and Integra simulated inside LeadPrep. Turn it off in Settings.',
  toggle: 'Simulation mode',
  toggleHelp: 'try Launch and Campaigns without an account; nothing is really sent.',
  toggleFailed: 'Could not change simulation mode.',
  tag: 'Simulation',
  account:
    'Simulated account: no token, bucket or ID needed, and nothing leaves LeadPrep. The campaign moves along within a few minutes.',
  confirm: 'Simulation mode: nothing is really sent.',
  campaign: 'Made in simulation mode: nothing was really sent.',
  campaignsOn: 'Simulation mode is on: new launches go to the simulated Kinbox and Integra.'
}

addFeatureMessages('simulation', ptBR, en)
