import { addFeatureMessages } from '../../i18n'

/** Texts of the drafts (work saved as the user goes); pt-BR is the source, English the same keys. */
export const ptBR = {
  status: {
    pending: 'Alterações ainda não salvas',
    saving: 'Salvando rascunho…',
    saved: 'Rascunho salvo',
    failed: 'Não foi possível salvar o rascunho'
  },
  resume: {
    title: 'Continuar de onde parou?',
    body: '{{file}}, salvo em {{date}} ({{step}}).',
    continue: 'Continuar',
    fresh: 'Começar do zero'
  },
  recent: {
    title: 'Rascunhos recentes',
    empty: 'Nenhum rascunho salvo.',
    leads_one: '{{count}} lead',
    leads_other: '{{count}} leads',
    noLeads: 'leads ainda não contados',
    step: 'parou em {{step}}',
    open: 'Abrir',
    duplicate: 'Duplicar (para nova campanha)',
    delete: 'Excluir',
    missing: 'arquivo do rascunho não encontrado',
    protected: 'protegida por senha'
  },
  opening: 'Abrindo o rascunho…',
  openingProtected:
    'Este rascunho é de uma planilha protegida por senha: digite a senha abaixo para continuar.',
  protectedCanceled:
    'O rascunho de {{file}} não foi aberto: a planilha é protegida e a senha não foi informada. Ele continua salvo em Rascunhos recentes.',
  failed: 'Não foi possível abrir o rascunho: {{reason}}'
}

const en: typeof ptBR = {
  status: {
    pending: 'Changes not saved yet',
    saving: 'Saving draft…',
    saved: 'Draft saved',
    failed: 'Could not save the draft'
  },
  resume: {
    title: 'Pick up where you left off?',
    body: '{{file}}, saved {{date}} ({{step}}).',
    continue: 'Continue',
    fresh: 'Start from scratch'
  },
  recent: {
    title: 'Recent drafts',
    empty: 'No saved drafts.',
    leads_one: '{{count}} lead',
    leads_other: '{{count}} leads',
    noLeads: 'leads not counted yet',
    step: 'stopped at {{step}}',
    open: 'Open',
    duplicate: 'Duplicate (for a new campaign)',
    delete: 'Delete',
    missing: 'draft file not found',
    protected: 'password-protected'
  },
  opening: 'Opening the draft…',
  openingProtected:
    'This draft is of a password-protected workbook: type the password below to continue.',
  protectedCanceled:
    'The draft of {{file}} was not opened: the workbook is protected and no password was given. It is still saved under Recent drafts.',
  failed: 'Could not open the draft: {{reason}}'
}

addFeatureMessages('drafts', ptBR, en)
