import { ipcErrorsPtBR } from '../ipcErrors'

/** pt-BR is the source language; en.ts must have the same keys (checked by its type). */
export const ptBR = {
  app: {
    name: 'LeadPrep',
    tagline: 'Listas de leads limpas, campanhas no ar com um clique',
    loading: 'Carregando…'
  },
  steps: {
    label: 'Etapas da campanha',
    import: 'Importar',
    clean: 'Limpar',
    map: 'Mapear',
    schedule: 'Agendar',
    launch: 'Disparar',
    locked: 'Conclua a etapa anterior primeiro',
    next: 'Próxima etapa',
    previous: 'Etapa anterior'
  },
  nav: {
    settings: 'Configurações',
    back: 'Voltar',
    skipToContent: 'Pular para o conteúdo'
  },
  import: {
    drop: {
      title: 'Importe sua lista de leads',
      body: 'Arraste para cá uma planilha (.xlsx, .xls, .ods) ou um CSV exportado do Excel ou do seu CRM.',
      choose: 'Escolher arquivo…'
    },
    reading: 'Lendo {{name}}…',
    progressLabel: 'Progresso da leitura',
    cancel: 'Cancelar',
    delimiter: 'separador: {{name}}',
    sheet: 'Aba',
    sheetOption_one: '{{name}} ({{count}} linha)',
    sheetOption_other: '{{name}} ({{count}} linhas)',
    counts: {
      rows_one: '{{count}} linha de dados',
      rows_other: '{{count}} linhas de dados',
      blank_one: '{{count}} linha em branco ignorada',
      blank_other: '{{count}} linhas em branco ignoradas',
      footer_one: '{{count}} linha de total/rodapé ignorada',
      footer_other: '{{count}} linhas de total/rodapé ignoradas',
      fieldCount_one: '{{count}} linha com número de colunas diferente do cabeçalho',
      fieldCount_other: '{{count}} linhas com número de colunas diferente do cabeçalho'
    },
    notices: {
      read_as_csv:
        'Este arquivo tem nome de planilha Excel, mas é um texto CSV: foi lido como CSV.',
      read_by_content:
        'A extensão do arquivo não corresponde ao conteúdo: foi lido como {{format}}.',
      no_header: 'Nenhuma linha de cabeçalho encontrada: as colunas foram nomeadas Coluna A, B, C…',
      nul_bytes_dropped:
        'O arquivo tinha {{count}} caractere(s) nulo(s) (NUL), removidos na leitura.',
      no_phone_column:
        'Nenhuma coluna de telefone foi encontrada: escolha a coluna com os telefones.'
    },
    columns: {
      phone: 'Telefone',
      ddd: 'DDD',
      name: 'Nome',
      none: '— nenhuma —',
      choose: '— escolha a coluna —'
    },
    columnChange: {
      title: 'Trocar a coluna desfaz correções feitas em Limpar',
      phone_one: '{{count}} correção de telefone deixa de valer',
      phone_other: '{{count}} correções de telefone deixam de valer',
      ddd_one: '{{count}} correção de DDD deixa de valer',
      ddd_other: '{{count}} correções de DDD deixam de valer',
      name_one: '{{count}} correção de nome deixa de valer',
      name_other: '{{count}} correções de nome deixam de valer',
      rows_one: '{{count}} linha corrigida deixa de ser lida (vira rodapé)',
      rows_other: '{{count}} linhas corrigidas deixam de ser lidas (viram rodapé)',
      why: 'Elas foram feitas na coluna usada até agora. As outras correções, exclusões e confirmações continuam. Em Limpar, “Desfazer” traz tudo de volta.',
      continue: 'Continuar',
      cancel: 'Cancelar'
    },
    header: {
      current: 'Cabeçalho na linha {{row}} · alterar',
      noneChosen: 'Sem cabeçalho · alterar',
      pick: 'Clique na linha que tem os nomes das colunas',
      none: 'O arquivo não tem cabeçalho'
    },
    fieldCount: 'nº de colunas diferente',
    password: {
      label: 'Senha da planilha',
      open: 'Abrir',
      opening: 'Abrindo a planilha protegida…',
      cancel: 'Cancelar'
    },
    recent: { title: 'Recentes', missing: 'arquivo não encontrado' }
  },
  grid: {
    row: 'Linha',
    check: 'Verificação',
    search: 'Buscar nas linhas',
    sortBy: 'Ordenar por {{column}}',
    resize: 'Ajustar largura de {{column}}'
  },
  empty: {
    needsImport: {
      title: 'Nenhuma lista importada ainda',
      body: 'Esta etapa usa os leads da sua planilha. Comece pela etapa Importar.',
      action: 'Ir para Importar'
    }
  },
  settings: {
    title: 'Configurações',
    tabs: { accounts: 'Contas', preferences: 'Preferências' },
    accounts: {
      intro:
        'Cole o token de API de cada serviço. Ele fica guardado no cofre de senhas do seu computador e nunca aparece de novo na tela.',
      kinbox: { name: 'Kinbox', description: 'Campanhas de mensagens no WhatsApp e outros canais' },
      integra: { name: 'Integra', description: 'Campanhas de ligações feitas por agente de IA' },
      configured: 'configurado · …{{last4}}',
      notConfigured: 'não configurado',
      tokenLabel: 'Token de API do {{provider}}',
      tokenPlaceholder: 'Cole o token aqui',
      save: 'Salvar no cofre',
      saving: 'Salvando…',
      replace: 'Substituir token',
      remove: 'Remover',
      cancel: 'Cancelar',
      confirmRemove: 'Remover o token do {{provider}} deste computador?',
      saved: 'Token do {{provider}} salvo no cofre de senhas.',
      removed: 'Token do {{provider}} removido.',
      show: 'Mostrar',
      hide: 'Ocultar'
    },
    preferences: {
      language: 'Idioma',
      languageHelp: 'O idioma da interface. Fica salvo neste computador.'
    }
  },
  languages: { 'pt-BR': 'Português (Brasil)', en: 'English' },
  validation: {
    token_too_short: 'O token parece curto demais: confira se copiou ele inteiro.',
    token_too_long: 'O token é longo demais: confira se colou só o token.',
    token_invalid_characters: 'O token não pode ter espaços nem caracteres especiais invisíveis.'
  },
  storeNotices: {
    title: 'Encontramos arquivos de dados danificados',
    stores: {
      settings: 'Preferências',
      recent: 'Arquivos recentes',
      blocklist: 'Lista de bloqueio',
      presets: 'Mapeamentos salvos',
      accounts: 'Contas (Configurações)',
      window: 'Tamanho e posição da janela',
      drafts: 'Rascunhos',
      simulation: 'Campanhas simuladas (modo simulação)'
    },
    counts: '{{store}}: {{kept}} item(ns) mantido(s), {{dropped}} descartado(s).',
    unreadablePart: 'Parte do arquivo não pôde ser lida.',
    setAside: 'O arquivo original foi guardado como “{{file}}” na pasta de dados do LeadPrep.',
    notSetAside: 'Não foi possível guardar uma cópia do arquivo original.',
    blockList:
      'Os disparos ficam bloqueados até você conferir a lista de bloqueio (etapa Limpar) e confirmar em Disparar.',
    dismiss: 'Entendi'
  },
  errors: {
    ipc: ipcErrorsPtBR,
    dismiss: 'Fechar'
  }
}

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof ptBR>
