import { readSampleLeadFile } from '../../files/sampleFile'
import type { MainServices } from '../../services'
import type { IpcHandlerTable } from '../dispatch'

/**
 * "Experimentar com o arquivo de exemplo": main reads the sample it ships with and hands its
 * bytes over as it does a reopened recent file. The request is empty (strict): the page never
 * names a path, and the sample is not added to "Recentes" (it is not the user's file).
 */
export function sampleHandlers(
  services: Pick<MainServices, 'sampleLeadFile'>
): Pick<IpcHandlerTable, 'files:open-sample'> {
  return {
    'files:open-sample': () => readSampleLeadFile(services.sampleLeadFile)
  }
}
