import { checkCrc32, decodeAwsChunked } from './awsChunked'
import {
  ALGORITHM,
  canonicalRequest,
  parseAmzDate,
  parseQuery,
  sha256Hex,
  signature,
  signaturesMatch,
  stringToSign,
  type Scope
} from './sigv4'
import { S3Error } from './xml'

/**
 * Who sent a request to the fake S3 host, proven by Signature V4 the way S3 proves it:
 * the access key must be known, the scope's region and service must be this server's, the
 * signature recomputed with the key's secret must match, the time must be within 15 minutes
 * (header-signed) or before `X-Amz-Date + X-Amz-Expires` (presigned), and the body must
 * hash to the signed `x-amz-content-sha256`. Errors are S3's own codes and messages.
 */

export const MAX_SKEW_MS = 15 * 60 * 1000
export const MAX_PRESIGNED_SECONDS = 7 * 24 * 60 * 60

export interface AuthConfig {
  region: string
  /** access key id → secret */
  credentials: ReadonlyMap<string, string>
  now(): number
}

export interface AuthInput {
  method: string
  rawPath: string
  rawQuery: string
  headers: Map<string, string>
  body: Buffer
}

export interface Authenticated {
  mode: 'header' | 'presigned'
  accessKeyId: string
  /** The object bytes (an aws-chunked body decoded). */
  body: Buffer
}

interface SignedParts {
  accessKeyId: string
  scope: Scope
  amzDate: string
  signedHeaders: string[]
  signature: string
}

const UNSIGNED = 'UNSIGNED-PAYLOAD'
const STREAMING_UNSIGNED_TRAILER = 'STREAMING-UNSIGNED-PAYLOAD-TRAILER'

export function authenticate(input: AuthInput, config: AuthConfig): Authenticated {
  const query = parseQuery(input.rawQuery)
  const authorization = input.headers.get('authorization')
  if (query.some(([name]) => name === 'X-Amz-Signature')) {
    return verifyPresigned(input, query, config)
  }
  if (authorization !== undefined) return verifyHeaderSigned(input, query, authorization, config)
  throw new S3Error(403, 'AccessDenied', 'Access Denied')
}

function parseCredential(credential: string, presigned: boolean): Scope & { accessKeyId: string } {
  const parts = credential.split('/')
  if (parts.length !== 5 || parts[4] !== 'aws4_request') {
    throw presigned
      ? new S3Error(
          400,
          'AuthorizationQueryParametersError',
          'Error parsing the X-Amz-Credential parameter'
        )
      : new S3Error(400, 'AuthorizationHeaderMalformed', 'The authorization header is malformed')
  }
  const [accessKeyId = '', date = '', region = '', service = ''] = parts
  return { accessKeyId, date, region, service }
}

function checkScope(parts: SignedParts, config: AuthConfig, presigned: boolean): string {
  const secret = config.credentials.get(parts.accessKeyId)
  if (secret === undefined) {
    throw new S3Error(
      403,
      'InvalidAccessKeyId',
      'The AWS Access Key Id you provided does not exist in our records.',
      {
        AWSAccessKeyId: parts.accessKeyId
      }
    )
  }
  const { region, service, date } = parts.scope
  if (region !== config.region) {
    const head = presigned
      ? 'Error parsing the X-Amz-Credential parameter'
      : 'The authorization header is malformed'
    throw new S3Error(
      400,
      presigned ? 'AuthorizationQueryParametersError' : 'AuthorizationHeaderMalformed',
      `${head}; the region '${region}' is wrong; expecting '${config.region}'`,
      { Region: config.region },
      { 'x-amz-bucket-region': config.region }
    )
  }
  if (service !== 's3') {
    throw new S3Error(
      400,
      'AuthorizationHeaderMalformed',
      `The authorization header is malformed; incorrect service '${service}'. This endpoint belongs to 's3'.`
    )
  }
  if (!parts.amzDate.startsWith(date) || parseAmzDate(parts.amzDate) === null) {
    throw new S3Error(
      400,
      'AuthorizationHeaderMalformed',
      'Invalid credential date. Date is not the same as X-Amz-Date.'
    )
  }
  if (!parts.signedHeaders.includes('host')) {
    throw new S3Error(
      400,
      'AuthorizationHeaderMalformed',
      "The authorization header is malformed; 'host' must be a signed header."
    )
  }
  return secret
}

function checkSignature(
  secret: string,
  parts: SignedParts,
  input: AuthInput,
  query: [string, string][],
  payloadHash: string
): void {
  for (const name of parts.signedHeaders) {
    if (!input.headers.has(name)) {
      throw new S3Error(
        403,
        'SignatureDoesNotMatch',
        `Signed header '${name}' is missing from the request.`
      )
    }
  }
  const canonical = canonicalRequest({
    method: input.method,
    rawPath: input.rawPath,
    query,
    headers: input.headers,
    signedHeaders: parts.signedHeaders,
    payloadHash
  })
  const toSign = stringToSign(parts.amzDate, parts.scope, canonical)
  if (!signaturesMatch(signature(secret, parts.scope, toSign), parts.signature)) {
    throw new S3Error(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
      { AWSAccessKeyId: parts.accessKeyId, StringToSign: toSign, CanonicalRequest: canonical }
    )
  }
}

function verifyHeaderSigned(
  input: AuthInput,
  query: [string, string][],
  authorization: string,
  config: AuthConfig
): Authenticated {
  const match = new RegExp(
    `^${ALGORITHM} Credential=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-fA-F]+)$`
  ).exec(authorization)
  if (!match) {
    throw new S3Error(
      400,
      'AuthorizationHeaderMalformed',
      'The authorization header is malformed; the authorization header requires three components: Credential, SignedHeaders, and Signature.'
    )
  }
  const [, credential = '', signedHeaders = '', given = ''] = match
  const { accessKeyId, ...scope } = parseCredential(credential, false)
  const amzDate = input.headers.get('x-amz-date') ?? ''
  const parts: SignedParts = {
    accessKeyId,
    scope,
    amzDate,
    signedHeaders: signedHeaders.split(';'),
    signature: given
  }
  const secret = checkScope(parts, config, false)
  const payloadHash = input.headers.get('x-amz-content-sha256')
  if (payloadHash === undefined) {
    throw new S3Error(
      400,
      'InvalidRequest',
      'Missing required header for this request: x-amz-content-sha256'
    )
  }
  checkSignature(secret, parts, input, query, payloadHash)
  const requestTime = parseAmzDate(amzDate) ?? 0
  if (Math.abs(config.now() - requestTime) > MAX_SKEW_MS) {
    throw new S3Error(
      403,
      'RequestTimeTooSkewed',
      'The difference between the request time and the current time is too large.',
      {
        RequestTime: amzDate,
        ServerTime: new Date(config.now()).toISOString(),
        MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS)
      }
    )
  }
  return { mode: 'header', accessKeyId, body: payload(input, payloadHash) }
}

/** The bytes the signature vouches for: hashed, unsigned, or aws-chunked with a trailer. */
function payload(input: AuthInput, payloadHash: string): Buffer {
  if (payloadHash === UNSIGNED) return input.body
  if (payloadHash === STREAMING_UNSIGNED_TRAILER) {
    const { data, trailers } = decodeAwsChunked(input.body)
    const declared = input.headers.get('x-amz-decoded-content-length')
    if (declared !== undefined && Number(declared) !== data.length) {
      throw new S3Error(
        400,
        'IncompleteBody',
        'You did not provide the number of bytes specified by the x-amz-decoded-content-length header.'
      )
    }
    checkCrc32(data, trailers.get('x-amz-checksum-crc32'))
    return data
  }
  if (payloadHash.startsWith('STREAMING-')) {
    throw new S3Error(501, 'NotImplemented', `The fake S3 host does not accept ${payloadHash}.`)
  }
  const computed = sha256Hex(input.body)
  if (computed !== payloadHash.toLowerCase()) {
    throw new S3Error(
      400,
      'XAmzContentSHA256Mismatch',
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
      {
        ClientComputedContentSHA256: payloadHash,
        S3ComputedContentSHA256: computed
      }
    )
  }
  return input.body
}

function queryParam(query: [string, string][], name: string): string | undefined {
  return query.find(([n]) => n === name)?.[1]
}

function verifyPresigned(
  input: AuthInput,
  query: [string, string][],
  config: AuthConfig
): Authenticated {
  const param = (name: string): string => {
    const value = queryParam(query, name)
    if (value === undefined) {
      throw new S3Error(
        400,
        'AuthorizationQueryParametersError',
        `Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters. (${name} missing)`
      )
    }
    return value
  }
  if (param('X-Amz-Algorithm') !== ALGORITHM) {
    throw new S3Error(
      400,
      'AuthorizationQueryParametersError',
      'X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"'
    )
  }
  const { accessKeyId, ...scope } = parseCredential(param('X-Amz-Credential'), true)
  const amzDate = param('X-Amz-Date')
  const expires = Number(param('X-Amz-Expires'))
  if (!Number.isInteger(expires) || expires < 0 || expires > MAX_PRESIGNED_SECONDS) {
    throw new S3Error(
      400,
      'AuthorizationQueryParametersError',
      `X-Amz-Expires must be less than a week (in seconds) that is ${MAX_PRESIGNED_SECONDS}`
    )
  }
  const parts: SignedParts = {
    accessKeyId,
    scope,
    amzDate,
    signedHeaders: param('X-Amz-SignedHeaders').split(';'),
    signature: param('X-Amz-Signature')
  }
  const secret = checkScope(parts, config, true)
  const signedQuery = query.filter(([name]) => name !== 'X-Amz-Signature')
  checkSignature(
    secret,
    parts,
    input,
    signedQuery,
    queryParam(query, 'X-Amz-Content-Sha256') ?? UNSIGNED
  )
  const start = parseAmzDate(amzDate) ?? 0
  if (config.now() > start + expires * 1000) {
    throw new S3Error(403, 'AccessDenied', 'Request has expired', {
      'X-Amz-Expires': String(expires),
      Expires: new Date(start + expires * 1000).toISOString(),
      ServerTime: new Date(config.now()).toISOString()
    })
  }
  if (start - config.now() > MAX_SKEW_MS) {
    throw new S3Error(403, 'AccessDenied', 'Request is not valid yet')
  }
  return { mode: 'presigned', accessKeyId, body: input.body }
}
