import type { IpcErrorCode } from '../../../shared/ipc/result'

/**
 * The text for every IPC error code, pt-BR and English. Typed by IpcErrorCode: a code added to
 * shared/ipc/result.ts without its texts here fails the typecheck. `{{detail}}` is the
 * developer detail main sent, when there is one.
 */
export type IpcErrorTexts = { [Code in IpcErrorCode]: string }

export const ipcErrorsPtBR = {
  invalid_request: 'Pedido inválido: {{detail}}',
  forbidden_sender: 'Acesso negado.',
  unknown_channel: 'Ação desconhecida.',
  keychain_unavailable:
    'Não foi possível acessar o cofre de senhas do sistema. No Linux, verifique se o gnome-keyring (ou outro Secret Service) está instalado e desbloqueado.',
  keychain_locked:
    'O cofre de senhas do sistema está trancado. Desbloqueie o chaveiro (entre na sessão da área de trabalho ou abra o app "Senhas e chaves") e tente de novo.',
  keychain_no_service:
    'Não há cofre de senhas neste computador. No Linux, instale e inicie o gnome-keyring (ou outro Secret Service), entre de novo na sessão e tente outra vez.',
  keychain_denied:
    'O acesso ao Chaves (Keychain) do macOS foi negado. Tente de novo e clique em "Permitir" quando o macOS pedir a senha.',
  keychain_windows_error:
    'O Gerenciador de Credenciais do Windows recusou o pedido. Reinicie o computador; se continuar, confira em Painel de Controle → Gerenciador de Credenciais.',
  not_found: 'Não encontrado.',
  file_unreadable:
    'Não foi possível ler o arquivo: ele foi movido, apagado, ou você não tem permissão para abri-lo.',
  file_too_large: 'O arquivo é grande demais para ser aberto. Divida a lista em arquivos menores.',
  wrong_password: 'Senha incorreta. Confira maiúsculas e minúsculas e tente de novo.',
  damaged_file:
    'O arquivo está danificado ou incompleto e não pode ser lido. Abra-o no Excel, salve de novo e tente outra vez.',
  encryption_too_costly:
    'A senha desta planilha foi protegida de um jeito tão custoso que abri-la travaria o computador. Abra-a no Excel, salve uma cópia sem senha e importe essa cópia.',
  decrypt_timeout:
    'Abrir esta planilha protegida por senha demorou demais e foi interrompido. Abra-a no Excel, salve uma cópia sem senha e importe essa cópia.',
  canceled: 'Cancelado.',
  blocklist_needs_review:
    'A lista de bloqueio foi encontrada danificada e precisa ser conferida antes de qualquer disparo. Confira a lista de bloqueio na etapa Limpar e marque “Já conferi a lista de bloqueio” em Disparar.',
  sample_file_real_launch:
    'Este é o arquivo de exemplo: os números são fictícios e podem ser de pessoas reais. Dispare-o no modo simulação (Configurações → Contas).',
  launch_locked: 'Este disparo já está em andamento em outra janela ou processo do LeadPrep.',
  disk_full:
    'O disco está cheio: nada foi salvo e o que já estava salvo continua como era. Libere espaço e tente de novo.',
  folder_read_only:
    'A pasta de dados do LeadPrep não aceita gravação (somente leitura ou sem permissão): nada foi salvo. Confira as permissões da pasta e tente de novo.',
  draft_not_found: 'Este rascunho não existe mais: ele foi apagado.',
  draft_damaged:
    'Este rascunho está danificado e não pode ser aberto. Uma cópia dele foi guardada na pasta de rascunhos do LeadPrep; importe o arquivo de novo para recomeçar.',
  draft_source_missing:
    'A cópia do arquivo de leads deste rascunho não foi encontrada na pasta de dados do LeadPrep. Importe o arquivo de novo para continuar.',
  draft_source_damaged:
    'A cópia do arquivo de leads deste rascunho está danificada (não confere com o arquivo importado). Importe o arquivo de novo para continuar.',
  draft_launched:
    'Este rascunho já foi disparado e fica guardado como foi enviado. Duplique-o para montar uma nova campanha.',
  internal_error: 'Algo deu errado. Tente de novo; se continuar, reinicie o LeadPrep.'
} satisfies IpcErrorTexts

export const ipcErrorsEn: IpcErrorTexts = {
  invalid_request: 'Invalid request: {{detail}}',
  forbidden_sender: 'Access denied.',
  unknown_channel: 'Unknown action.',
  keychain_unavailable:
    'The system password vault could not be reached. On Linux, check that gnome-keyring (or another Secret Service) is installed and unlocked.',
  keychain_locked:
    'The system password vault is locked. Unlock the keyring (log into the desktop session or open the "Passwords and Keys" app) and try again.',
  keychain_no_service:
    'There is no password vault on this computer. On Linux, install and start gnome-keyring (or another Secret Service), log in again and retry.',
  keychain_denied:
    'Access to the macOS Keychain was denied. Try again and click "Allow" when macOS asks for your password.',
  keychain_windows_error:
    'Windows Credential Manager refused the request. Restart the computer; if it persists, check Control Panel → Credential Manager.',
  not_found: 'Not found.',
  file_unreadable:
    'The file could not be read: it was moved, deleted, or you are not allowed to open it.',
  file_too_large: 'The file is too large to open. Split the list into smaller files.',
  wrong_password: 'Wrong password. Check upper and lower case and try again.',
  damaged_file:
    'The file is damaged or incomplete and cannot be read. Open it in Excel, save it again and retry.',
  encryption_too_costly:
    "This workbook's password is protected so expensively that opening it would freeze the computer. Open it in Excel, save a copy without a password and import that copy.",
  decrypt_timeout:
    'Opening this password-protected workbook took too long and was stopped. Open it in Excel, save a copy without a password and import that copy.',
  canceled: 'Canceled.',
  blocklist_needs_review:
    'The block list was found damaged and must be checked before any launch. Check the block list in the Clean step and tick “I have checked the block list” in Launch.',
  sample_file_real_launch:
    'This is the sample file: its numbers are made up and may belong to real people. Launch it in simulation mode (Settings → Accounts).',
  launch_locked: 'This launch is already running in another LeadPrep window or process.',
  disk_full:
    'The disk is full: nothing was saved and what was saved before is unchanged. Free some space and try again.',
  folder_read_only:
    "LeadPrep's data folder cannot be written (read-only or no permission): nothing was saved. Check the folder's permissions and try again.",
  draft_not_found: 'This draft no longer exists: it was deleted.',
  draft_damaged:
    "This draft is damaged and cannot be opened. A copy of it was kept in LeadPrep's drafts folder; import the file again to start over.",
  draft_source_missing:
    "The copy of this draft's lead file was not found in LeadPrep's data folder. Import the file again to continue.",
  draft_source_damaged:
    "The copy of this draft's lead file is damaged (it does not match the imported file). Import the file again to continue.",
  draft_launched:
    'This draft was already launched and is kept as it was sent. Duplicate it to build a new campaign.',
  internal_error: 'Something went wrong. Try again; if it keeps happening, restart LeadPrep.'
}
