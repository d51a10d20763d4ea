import type { ExclusionReason } from '../../../../shared/launch/types'
import type { CleanFilter } from '../../worker/clean/cleanProtocol'
import type { Screen } from '../shell/navigationStore'

/**
 * Where each launch exclusion is reviewed: the Limpar counter that shows those rows (the
 * reasons are shared/launch/collectRows' launchExclusion, checked in the same order), or
 * Mapear for the rows a "não enviar a linha" variable leaves out.
 */
export function exclusionFix(
  reason: ExclusionReason
): { screen: 'clean'; filter: CleanFilter } | { screen: Extract<Screen, 'map'> } {
  switch (reason) {
    case 'invalid':
      return { screen: 'clean', filter: { kind: 'status', value: 'invalid' } }
    case 'duplicate':
      return { screen: 'clean', filter: { kind: 'status', value: 'duplicate' } }
    case 'do_not_contact':
      return { screen: 'clean', filter: { kind: 'reason', value: 'do_not_contact' } }
    case 'excluded_by_user':
      return { screen: 'clean', filter: { kind: 'status', value: 'excluded' } }
    case 'field_count_unconfirmed':
      return { screen: 'clean', filter: { kind: 'warning', value: 'field_count' } }
    case 'nationwide_unconfirmed':
      return { screen: 'clean', filter: { kind: 'warning', value: 'nationwide' } }
    case 'empty_required_variable':
      return { screen: 'map' }
  }
}
