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
    missing: 'arquivo do rascunho não encontrado'
  },
  opening: 'Abrindo o rascunho…',
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
    missing: 'draft file not found'
  },
  opening: 'Opening the draft…',
  failed: 'Could not open the draft: {{reason}}'
}

addFeatureMessages('drafts', ptBR, en)
