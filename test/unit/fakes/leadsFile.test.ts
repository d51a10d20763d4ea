import { describe, expect, it } from 'vitest'
import { startFileHost } from '../../fakes/fileHost'
import { startFakeKinbox } from '../../fakes/kinboxServer'
import { KINBOX_AUTH, call, closeAfterEach, xlsxFile } from './helpers'

/**
 * The fake Kinbox downloads `leadsAssetUrl` and refuses a file whose layout is not the one
 * providers.md decides, so a launch that builds the file wrong fails in tests.
 */

const track = closeAfterEach()
const GOOD: string[][] = [
  ['number', 'leadName', 'cidade'],
  ['5511987654321', 'Ana', 'São Paulo'],
  ['5521988887777', 'Bruno', '']
]

async function setup() {
  const host = track(await startFileHost())
  const fake = track(await startFakeKinbox())
  const launch = (leadsAssetUrl: string, message = 'Oi {{leadName}}!') =>
    call(`${fake.url}/v3/campaigns`, {
      method: 'POST',
      auth: KINBOX_AUTH,
      body: { name: 'Natal', leadType: 'file', leadsAssetUrl, message }
    })
  return { host, fake, launch }
}

function refusal(part: string) {
  return {
    status: 400,
    body: { statusCode: 400, message: expect.stringContaining(part) as unknown }
  }
}

describe('fake Kinbox leads file', () => {
  it('downloads an xlsx and keeps its leads with the variables as placeholders, in order', async () => {
    const { host, fake, launch } = await setup()
    const reply = await launch(host.put('/a/leads.xlsx', xlsxFile(GOOD, true)))
    expect(reply).toMatchObject({ status: 201, body: { leadsCount: 2 } })
    expect(host.downloads).toEqual(['/a/leads.xlsx'])
    const id = (reply.body as { id: string }).id
    expect(fake.leads.get(id)?.map((l) => [l.number, l.placeholders])).toEqual([
      ['5511987654321', ['Ana', 'São Paulo']],
      ['5521988887777', ['Bruno', '']]
    ])
  })

  it('reads csv too', async () => {
    const { host, launch } = await setup()
    const csv = '\uFEFFnumber,leadName\r\n5511987654321,"Silva, Ana"\r\n'
    const reply = await launch(host.put('/leads.csv', new TextEncoder().encode(csv)))
    expect(reply).toMatchObject({ status: 201, body: { leadsCount: 1 } })
  })

  it('refuses a numeric cell in an xlsx', async () => {
    const { host, fake, launch } = await setup()
    const rows = [GOOD[0]!, [5511987654321, 'Ana', 'Rio']]
    expect(await launch(host.put('/n.xlsx', xlsxFile(rows)))).toMatchObject(
      refusal('cell A2 holds a number, not text')
    )
    expect(fake.campaigns.size).toBe(0)
  })

  it('refuses a header that does not start with number', async () => {
    const { host, launch } = await setup()
    const rows = [
      ['telefone', 'leadName'],
      ['5511987654321', 'Ana']
    ]
    expect(await launch(host.put('/h.xlsx', xlsxFile(rows)))).toMatchObject(
      refusal('must be headed "number" (got "telefone")')
    )
  })

  it('refuses a number with + or without the country code', async () => {
    const { host, launch } = await setup()
    const plus = xlsxFile([['number'], ['+5511987654321']])
    expect(await launch(host.put('/p.xlsx', plus))).toMatchObject(
      refusal('row 2: number "+5511987654321"')
    )
    const short = new TextEncoder().encode('number\n5511987654321\n1198765\n')
    expect(await launch(host.put('/s.csv', short))).toMatchObject(
      refusal('row 3: number "1198765"')
    )
  })

  it('refuses a message variable that is not a column', async () => {
    const { host, launch } = await setup()
    const url = host.put('/v.xlsx', xlsxFile(GOOD))
    expect(await launch(url, 'Oi {{nome}}')).toMatchObject(refusal('uses {{nome}}'))
    expect(await launch(url, 'Oi {{3}}')).toMatchObject(refusal('uses {{3}}'))
    expect((await launch(url, 'Oi {{2}} de {{cidade}}')).status).toBe(201)
  })

  it('refuses a URL it cannot download (403, 404) or that is not on loopback', async () => {
    const { host, fake, launch } = await setup()
    expect(await launch(host.refuse('/expired.xlsx', 403))).toMatchObject(refusal('HTTP 403'))
    expect(await launch(`${host.url}/missing.xlsx`)).toMatchObject(refusal('HTTP 404'))
    expect(await launch('https://files.example.com/leads.xlsx')).toMatchObject(refusal('loopback'))
    expect(fake.campaigns.size).toBe(0)
  })
})
