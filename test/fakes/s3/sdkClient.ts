import { Agent } from 'node:http'
import type { LookupFunction } from 'node:net'
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import type { S3FakeServer } from '../s3Server'
import { FAKE_S3_ACCESS_KEY_ID, FAKE_S3_SECRET_ACCESS_KEY } from '../s3Server'

/** A real SDK v3 client aimed at the fake (path-style, no retries unless asked). */
export function fakeS3Client(server: S3FakeServer, config: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({
    endpoint: server.url,
    region: server.region,
    forcePathStyle: true,
    credentials: { accessKeyId: FAKE_S3_ACCESS_KEY_ID, secretAccessKey: FAKE_S3_SECRET_ACCESS_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 1,
    ...config
  })
}

/** Every `*.localhost` name resolves to 127.0.0.1 (glibc here does not), for virtual-hosted style. */
const loopbackLookup = ((_hostname, options, callback) => {
  const all = typeof options === 'object' && options.all === true
  if (all) callback(null, [{ address: '127.0.0.1', family: 4 }])
  else callback(null, '127.0.0.1', 4)
}) as LookupFunction

/** A client using virtual-hosted style: `http://<bucket>.localhost:PORT/<key>`. */
export function virtualHostS3Client(
  server: S3FakeServer,
  config: Partial<S3ClientConfig> = {}
): S3Client {
  return fakeS3Client(server, {
    endpoint: `http://localhost:${server.port}`,
    forcePathStyle: false,
    requestHandler: { httpAgent: new Agent({ lookup: loopbackLookup }) },
    ...config
  })
}
