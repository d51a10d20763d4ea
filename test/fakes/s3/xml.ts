/** S3's XML shapes, just enough for the SDK's parsers: errors and ListObjectsV2. */

/** Text content only (no attributes are written), so quotes stay as S3 writes them. */
export function xmlEscape(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function elements(fields: Record<string, string | number | boolean>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<${name}>${xmlEscape(String(value))}</${name}>`)
    .join('')
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** An S3 error: `status`, `code` (the SDK's exception name), message, extra fields. */
export class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
    this.name = 'S3Error'
  }

  toXml(requestId: string): string {
    return `${DECLARATION}<Error>${elements({
      Code: this.code,
      Message: this.message,
      ...this.extra,
      RequestId: requestId,
      HostId: 'fake-s3'
    })}</Error>`
  }
}

export interface ListedObject {
  key: string
  size: number
  etag: string
  lastModified: Date
}

export function listObjectsV2Xml(
  bucket: string,
  prefix: string,
  maxKeys: number,
  objects: ListedObject[]
): string {
  const shown = objects.slice(0, maxKeys)
  const contents = shown
    .map(
      (o) =>
        `<Contents>${elements({
          Key: o.key,
          LastModified: o.lastModified.toISOString(),
          ETag: o.etag,
          Size: o.size,
          StorageClass: 'STANDARD'
        })}</Contents>`
    )
    .join('')
  return `${DECLARATION}<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${elements(
    {
      Name: bucket,
      Prefix: prefix,
      KeyCount: shown.length,
      MaxKeys: maxKeys,
      IsTruncated: objects.length > shown.length
    }
  )}${contents}</ListBucketResult>`
}
