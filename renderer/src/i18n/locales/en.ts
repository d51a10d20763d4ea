import type { Messages } from './pt-BR'
import { ipcErrorsEn } from '../ipcErrors'

export const en: Messages = {
  app: {
    name: 'LeadPrep',
    tagline: 'Clean lead lists, campaigns live in one click',
    loading: 'Loading…'
  },
  steps: {
    label: 'Campaign steps',
    import: 'Import',
    clean: 'Clean',
    map: 'Map',
    schedule: 'Schedule',
    launch: 'Launch',
    locked: 'Finish the previous step first',
    next: 'Next step',
    previous: 'Previous step'
  },
  nav: {
    settings: 'Settings',
    back: 'Back',
    skipToContent: 'Skip to content'
  },
  import: {
    drop: {
      title: 'Import your lead list',
      body: 'Drop a spreadsheet (.xlsx, .xls, .ods) or a CSV exported from Excel or your CRM here.',
      choose: 'Choose file…'
    },
    reading: 'Reading {{name}}…',
    progressLabel: 'Reading progress',
    cancel: 'Cancel',
    delimiter: 'delimiter: {{name}}',
    sheet: 'Sheet',
    sheetOption_one: '{{name}} ({{count}} row)',
    sheetOption_other: '{{name}} ({{count}} rows)',
    counts: {
      rows_one: '{{count}} data row',
      rows_other: '{{count}} data rows',
      blank_one: '{{count}} blank row skipped',
      blank_other: '{{count}} blank rows skipped',
      footer_one: '{{count}} total/footer row skipped',
      footer_other: '{{count}} total/footer rows skipped',
      fieldCount_one: '{{count}} row with a different number of fields than the header',
      fieldCount_other: '{{count}} rows with a different number of fields than the header'
    },
    notices: {
      read_as_csv: 'This file is named like an Excel workbook but is CSV text: it was read as CSV.',
      read_by_content:
        "The file's extension does not match its content: it was read as {{format}}.",
      no_header: 'No header row found: columns were named Coluna A, B, C…',
      nul_bytes_dropped: 'The file had {{count}} NUL character(s), removed while reading it.',
      no_phone_column: 'No phone column was found: choose the column that holds the phones.'
    },
    columns: {
      phone: 'Phone',
      ddd: 'Area code',
      name: 'Name',
      none: '— none —',
      choose: '— choose the column —'
    },
    columnChange: {
      title: 'Changing the column undoes fixes made in Clean',
      phone_one: '{{count}} phone fix no longer applies',
      phone_other: '{{count}} phone fixes no longer apply',
      ddd_one: '{{count}} area code fix no longer applies',
      ddd_other: '{{count}} area code fixes no longer apply',
      name_one: '{{count}} name fix no longer applies',
      name_other: '{{count}} name fixes no longer apply',
      rows_one: '{{count}} fixed row is no longer read (it becomes a footer)',
      rows_other: '{{count}} fixed rows are no longer read (they become a footer)',
      why: 'They were made in the column used so far. The other fixes, exclusions and confirmations stay. In Clean, “Undo” brings everything back.',
      continue: 'Continue',
      cancel: 'Cancel'
    },
    header: {
      current: 'Header on row {{row}} · change',
      noneChosen: 'No header · change',
      pick: 'Click the row that holds the column names',
      none: 'The file has no header'
    },
    fieldCount: 'field count differs',
    password: {
      label: 'Workbook password',
      open: 'Open',
      opening: 'Opening the protected workbook…',
      cancel: 'Cancel'
    },
    recent: { title: 'Recent', missing: 'file not found' }
  },
  grid: {
    row: 'Row',
    check: 'Check',
    search: 'Search rows',
    sortBy: 'Sort by {{column}}',
    resize: 'Resize {{column}}'
  },
  empty: {
    needsImport: {
      title: 'No list imported yet',
      body: 'This step uses the leads in your spreadsheet. Start with the Import step.',
      action: 'Go to Import'
    }
  },
  settings: {
    title: 'Settings',
    tabs: { accounts: 'Accounts', preferences: 'Preferences' },
    accounts: {
      intro:
        "Paste each service's API token. It is kept in your computer's password vault and never shown on screen again.",
      kinbox: { name: 'Kinbox', description: 'Messaging campaigns on WhatsApp and other channels' },
      integra: { name: 'Integra', description: 'Phone-call campaigns made by an AI agent' },
      configured: 'configured · …{{last4}}',
      notConfigured: 'not configured',
      tokenLabel: '{{provider}} API token',
      tokenPlaceholder: 'Paste the token here',
      save: 'Save to vault',
      saving: 'Saving…',
      replace: 'Replace token',
      remove: 'Remove',
      cancel: 'Cancel',
      confirmRemove: 'Remove the {{provider}} token from this computer?',
      saved: '{{provider}} token saved to the password vault.',
      removed: '{{provider}} token removed.',
      show: 'Show',
      hide: 'Hide'
    },
    preferences: {
      language: 'Language',
      languageHelp: 'The interface language. Saved on this computer.'
    }
  },
  languages: { 'pt-BR': 'Português (Brasil)', en: 'English' },
  validation: {
    token_too_short: 'The token looks too short: check that you copied all of it.',
    token_too_long: 'The token is too long: check that you pasted only the token.',
    token_invalid_characters: 'The token cannot contain spaces or invisible special characters.'
  },
  storeNotices: {
    title: 'Some data files were found damaged',
    stores: {
      settings: 'Preferences',
      recent: 'Recent files',
      blocklist: 'Block list',
      presets: 'Saved mappings',
      accounts: 'Accounts (Settings)',
      window: 'Window size and position',
      drafts: 'Drafts',
      simulation: 'Simulated campaigns (simulation mode)'
    },
    counts: '{{store}}: {{kept}} item(s) kept, {{dropped}} dropped.',
    unreadablePart: 'Part of the file could not be read.',
    setAside: 'The original file was set aside as “{{file}}” in the LeadPrep data folder.',
    notSetAside: 'The original file could not be copied aside.',
    blockList:
      'Launches wait until you check the block list (Clean step) and confirm it in Launch.',
    dismiss: 'Got it'
  },
  errors: {
    ipc: ipcErrorsEn,
    dismiss: 'Dismiss'
  }
}
