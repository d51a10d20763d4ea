/**
 * What a launch tells the user when something needs them, in pt-BR and English: one home for
 * the CLI and the renderer. The journal and IPC carry only `{ code, params }`; the text is
 * made here, so a message can change without touching stored journals.
 */

export type LaunchMessageLanguage = 'pt-BR' | 'en'

export const LAUNCH_ERROR_CODES = [
  'token_missing',
  'token_invalid',
  'forbidden',
  'provider_rejected',
  'rate_limited',
  'offline',
  'timeout',
  'server_error',
  'file_host_denied',
  'file_host_failed',
  'body_invalid',
  'lookup_incomplete',
  'lookup_failed',
  'launch_locked',
  'internal_error'
] as const
export type LaunchErrorCode = (typeof LAUNCH_ERROR_CODES)[number]

export type LaunchMessageParams = Record<string, string | number>

type Texts = Record<LaunchMessageLanguage, string>

/** `{part}`, `{provider}`, `{message}`, `{seconds}`, `{status}`, `{pid}`, `{host}` fill in. */
export const LAUNCH_MESSAGES: Record<LaunchErrorCode, Texts> = {
  token_missing: {
    'pt-BR': 'Nenhum token da {provider} configurado. Salve o token em Configurações.',
    en: 'No {provider} token is set. Save it in Settings.'
  },
  token_invalid: {
    'pt-BR': 'Token da {provider} inválido ou revogado. Gere um novo no painel e salve-o.',
    en: 'The {provider} token is invalid or revoked. Create a new one and save it.'
  },
  forbidden: {
    'pt-BR': 'A {provider} recusou o acesso (403): o token não tem permissão para isso.',
    en: '{provider} refused access (403): the token is not allowed to do this.'
  },
  provider_rejected: {
    'pt-BR': 'A {provider} recusou a parte {part}: {message}',
    en: '{provider} rejected part {part}: {message}'
  },
  rate_limited: {
    'pt-BR': 'Limite de requisições da {provider}: aguarde {seconds} s e retome o disparo.',
    en: '{provider} rate limit: wait {seconds} s and resume the launch.'
  },
  offline: {
    'pt-BR': 'Sem conexão com a {provider}. Verifique a internet e retome o disparo.',
    en: 'No connection to {provider}. Check the internet and resume the launch.'
  },
  timeout: {
    'pt-BR': 'A {provider} não respondeu a tempo (parte {part}).',
    en: '{provider} did not answer in time (part {part}).'
  },
  server_error: {
    'pt-BR': 'Erro no servidor da {provider} ({status}) na parte {part}.',
    en: '{provider} server error ({status}) on part {part}.'
  },
  file_host_denied: {
    'pt-BR':
      'O armazenamento recusou o arquivo de leads (403): confira a chave de acesso, o segredo e o bucket.',
    en: 'The file host refused the leads file (403): check the access key, the secret and the bucket.'
  },
  file_host_failed: {
    'pt-BR': 'Não foi possível enviar o arquivo de leads: {message}',
    en: 'The leads file could not be uploaded: {message}'
  },
  body_invalid: {
    'pt-BR': 'A parte {part} não passou na verificação antes do envio: {message}',
    en: 'Part {part} failed the check before sending: {message}'
  },
  lookup_incomplete: {
    'pt-BR':
      'Não sabemos se a parte {part} foi criada na {provider}: a lista de campanhas não pôde ser lida até o fim. Confira no painel antes de retomar; nada foi reenviado.',
    en: 'We do not know whether part {part} was created at {provider}: the campaign list could not be read to the end. Check the panel before resuming; nothing was sent again.'
  },
  lookup_failed: {
    'pt-BR':
      'Não foi possível confirmar na {provider} se a parte {part} foi criada ({message}). Nada foi reenviado; retome o disparo para conferir de novo.',
    en: 'Could not confirm at {provider} whether part {part} was created ({message}). Nothing was sent again; resume the launch to check again.'
  },
  launch_locked: {
    'pt-BR': 'Este disparo já está em andamento em outro processo (pid {pid} em {host}).',
    en: 'This launch is already running in another process (pid {pid} on {host}).'
  },
  internal_error: {
    'pt-BR': 'Erro inesperado no disparo: {message}',
    en: 'Unexpected launch error: {message}'
  }
}

const PROVIDER_NAMES: Record<string, string> = { kinbox: 'Kinbox', integra: 'Integra' }

/** The user's sentence for `code`; unknown placeholders stay visible rather than vanish. */
export function launchMessage(
  code: LaunchErrorCode,
  params: LaunchMessageParams,
  lang: LaunchMessageLanguage = 'pt-BR'
): string {
  return LAUNCH_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key]
    if (value === undefined) return whole
    return key === 'provider' ? (PROVIDER_NAMES[String(value)] ?? String(value)) : String(value)
  })
}
