/**
 * Portuguese-aware capitalization, following cleaning.md "Names". The rules live in one place,
 * shared/cleaning/name.ts (issue 13): this module keeps the mapping side's names for them.
 */
export { cleanPersonName, collapseSpaces, firstNameOf, titleCasePt } from '../cleaning/name'
