import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'

// No channel opens URLs: the page has no link that needs one (window.open goes through the
// window's open handler, which lets only the providers' and LeadPrep's own hosts through).
export function appHandlers(services: MainServices): Pick<IpcHandlerTable, 'app:info'> {
  return {
    'app:info': () => services.app
  }
}
