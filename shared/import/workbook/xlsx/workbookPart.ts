/**
 * `xl/workbook.xml` + its rels: the worksheets in tab order with the path of each part, and
 * whether dates count from 1904. Chart sheets and dialog sheets hold no cells and are left out.
 */
import { attribute, startTags } from './xmlText'

export interface SheetEntry {
  name: string
  path: string
}

export interface WorkbookInfo {
  sheets: SheetEntry[]
  date1904: boolean
  sharedStringsPath?: string
  stylesPath?: string
}

const REL = {
  worksheet: /\/worksheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/
}

/** The workbook part's path, from the package rels (almost always xl/workbook.xml). */
export function workbookPath(packageRels: string | undefined): string {
  for (const tag of startTags(packageRels ?? '', 'Relationship')) {
    if (/\/officeDocument$/.test(attribute(tag, 'Type') ?? '')) {
      return (attribute(tag, 'Target') ?? 'xl/workbook.xml').replace(/^\//, '')
    }
  }
  return 'xl/workbook.xml'
}

export function relsPathFor(partPath: string): string {
  const slash = partPath.lastIndexOf('/')
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`
}

export function readWorkbookInfo(partPath: string, xml: string, rels: string): WorkbookInfo {
  const base = partPath.slice(0, partPath.lastIndexOf('/') + 1)
  const targets = new Map<string, { type: string; path: string }>()
  const info: WorkbookInfo = { sheets: [], date1904: false }
  for (const tag of startTags(rels, 'Relationship')) {
    const id = attribute(tag, 'Id') ?? ''
    const type = attribute(tag, 'Type') ?? ''
    const path = resolveTarget(base, attribute(tag, 'Target') ?? '')
    targets.set(id, { type, path })
    if (REL.sharedStrings.test(type)) info.sharedStringsPath = path
    if (REL.styles.test(type)) info.stylesPath = path
  }
  const pr = startTags(xml, 'workbookPr')[0] ?? startTags(xml, 'x:workbookPr')[0]
  const date1904 = pr === undefined ? undefined : attribute(pr, 'date1904')
  info.date1904 = date1904 === '1' || date1904 === 'true'
  for (const tag of [...startTags(xml, 'sheet'), ...startTags(xml, 'x:sheet')]) {
    const id = attribute(tag, 'r:id') ?? relationshipId(tag)
    const target = id === undefined ? undefined : targets.get(id)
    if (!target || !REL.worksheet.test(target.type)) continue
    info.sheets.push({ name: attribute(tag, 'name') ?? '', path: target.path })
  }
  return info
}

/** Some writers use another prefix than r: for the relationships namespace. */
function relationshipId(tag: string): string | undefined {
  return /\s[A-Za-z0-9_]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1]
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1)
  const parts = (base + target).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}
