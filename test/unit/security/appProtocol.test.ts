import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_INDEX_URL, createAppProtocolHandler } from '../../../electron/main/window/appProtocol'
import { RENDERER_CSP, RENDERER_CSP_DIRECTIVES } from '../../../electron/main/window/csp'

/** A built renderer folder in a temp dir, with a secret next to it that must stay unreachable. */
let root: string
let serve: (request: Request) => Promise<Response>

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'leadprep-app-protocol-'))
  const renderer = join(root, 'out', 'renderer')
  await mkdir(join(renderer, 'assets'), { recursive: true })
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>LeadPrep</title>')
  await writeFile(join(renderer, 'assets', 'index-abc.js'), 'console.log("app")')
  await writeFile(join(renderer, 'assets', 'leadWorker-abc.js'), 'self.onmessage = () => {}')
  await writeFile(join(renderer, 'assets', 'index-abc.css'), 'body{}')
  await writeFile(join(renderer, 'assets', 'logo.svg'), '<svg/>')
  await writeFile(join(root, 'out', 'secret.txt'), 'private key')
  await symlink(join(root, 'out', 'secret.txt'), join(renderer, 'assets', 'link-out.js'))
  serve = createAppProtocolHandler(renderer)
})
afterAll(() => rm(root, { recursive: true, force: true }))

const get = (url: string, method = 'GET') => serve(new Request(url, { method }))

describe('app://leadprep, the renderer protocol', () => {
  it('serves index.html for / and for /index.html', async () => {
    for (const url of ['app://leadprep/', APP_INDEX_URL]) {
      const response = await get(url)
      expect(response.status, url).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await response.text()).toContain('<title>LeadPrep</title>')
    }
  })

  it('sends the CSP as a header on the page, its scripts and its module workers', async () => {
    for (const path of ['index.html', 'assets/index-abc.js', 'assets/leadWorker-abc.js']) {
      const response = await get(`app://leadprep/${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-security-policy'), path).toBe(RENDERER_CSP)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('gives each file its MIME type', async () => {
    const types = {
      'assets/index-abc.js': 'text/javascript; charset=utf-8',
      'assets/index-abc.css': 'text/css; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml'
    }
    for (const [path, type] of Object.entries(types)) {
      expect((await get(`app://leadprep/${path}`)).headers.get('content-type'), path).toBe(type)
    }
  })

  it('refuses every way out of the renderer folder, with the CSP on the refusal too', async () => {
    const attempts = [
      'app://leadprep/../secret.txt',
      'app://leadprep/assets/..%2f..%2fsecret.txt',
      'app://leadprep/%2e%2e/secret.txt',
      'app://leadprep/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://leadprep/assets/..%5c..%5csecret.txt',
      'app://leadprep/assets/%00index-abc.js',
      'app://leadprep/%E0%A4%A',
      'app://leadprep/assets/link-out.js',
      'app://leadprep/assets',
      'app://leadprep/missing.js',
      'app://other-host/index.html'
    ]
    for (const url of attempts) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
      expect(await response.text(), url).not.toContain('private key')
      expect(response.headers.get('content-security-policy'), url).toBe(RENDERER_CSP)
    }
  })

  it('serves only reads', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405)
    const head = await get(APP_INDEX_URL, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('uses the policy renderer/index.html states, and adds only header-only directives', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8')
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    const headerOnly = new Set(["frame-ancestors 'none'"])
    expect(meta.split(/;\s*/)).toEqual(RENDERER_CSP_DIRECTIVES.filter((d) => !headerOnly.has(d)))
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval|\bfile:|\*/)
  })
})
