import { useMap } from './mapStore'
import { isComplete, keyErrors } from './draft'
import { useShallow } from 'zustand/react/shallow'

/** The keys of the variables that can be used in a text (complete and valid), in order. */
export function useMappedKeys(): string[] {
  return useMap(
    useShallow((s) => {
      const errors = keyErrors(s.variables)
      return s.variables.filter((v) => isComplete(v, errors.get(v.id) ?? [])).map((v) => v.key)
    })
  )
}
