import type { Language } from '../../../shared/ipc/schemas'

/** The native menu's words, pt-BR first; English has the same keys. */
const ptBR = {
  file: 'Arquivo',
  open: 'Abrir planilha…',
  savePreset: 'Salvar mapeamento',
  quit: 'Sair',
  edit: 'Editar',
  undo: 'Desfazer',
  redo: 'Refazer',
  cut: 'Recortar',
  copy: 'Copiar',
  paste: 'Colar',
  selectAll: 'Selecionar tudo',
  view: 'Exibir',
  nextStep: 'Próxima etapa',
  previousStep: 'Etapa anterior',
  reload: 'Recarregar',
  forceReload: 'Forçar recarregamento',
  toggleDevTools: 'Ferramentas do desenvolvedor',
  resetZoom: 'Tamanho original',
  zoomIn: 'Aumentar',
  zoomOut: 'Diminuir',
  fullScreen: 'Tela cheia',
  help: 'Ajuda',
  welcome: 'Boas-vindas e arquivo de exemplo',
  copyDiagnostics: 'Copiar diagnóstico',
  about: 'Sobre o {{app}}',
  hide: 'Ocultar o {{app}}',
  hideOthers: 'Ocultar os outros',
  showAll: 'Mostrar tudo',
  quitMac: 'Encerrar o {{app}}',
  window: 'Janela',
  minimize: 'Minimizar'
}

export type MenuTexts = typeof ptBR

const en: MenuTexts = {
  file: 'File',
  open: 'Open spreadsheet…',
  savePreset: 'Save mapping',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  nextStep: 'Next step',
  previousStep: 'Previous step',
  reload: 'Reload',
  forceReload: 'Force reload',
  toggleDevTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  help: 'Help',
  welcome: 'Welcome and sample file',
  copyDiagnostics: 'Copy diagnostics',
  about: 'About {{app}}',
  hide: 'Hide {{app}}',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  quitMac: 'Quit {{app}}',
  window: 'Window',
  minimize: 'Minimize'
}

const texts: Readonly<Record<Language, MenuTexts>> = { 'pt-BR': ptBR, en }

export function menuTexts(language: Language, appName: string): MenuTexts {
  const chosen = texts[language] ?? ptBR
  return Object.fromEntries(
    Object.entries(chosen).map(([key, text]) => [key, text.replace('{{app}}', appName)])
  ) as MenuTexts
}
