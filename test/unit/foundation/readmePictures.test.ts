import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1] ?? '')
/** The screenshots the journey test takes, one per step (test/e2e/journey.spec.ts `shot`). */
const journey = readFileSync(join(root, 'test/e2e/journey.spec.ts'), 'utf8')
const steps = [...journey.matchAll(/await shot\(app, '([^']+)'\)/g)].map((m) => m[1] ?? '')

describe('the README’s pictures', () => {
  it('are files in the repository', () => {
    expect(pictures.length).toBeGreaterThan(0)
    for (const picture of pictures) expect(existsSync(join(root, picture)), picture).toBe(true)
  })

  it('show every step of the journey test, in its order', () => {
    expect(steps.length).toBeGreaterThanOrEqual(10)
    const shown = pictures.filter((p) => p.includes('/journey-'))
    expect(shown).toEqual(steps.map((step) => `resources/screenshots/journey-${step}.png`))
  })
})
