/**
 * TextDecoder exists in Node and in Web Workers, but shared/ is type-checked without DOM or Node
 * types. A global declaration would clash with lib.dom where both configs meet, so the minimal
 * shape is typed here and taken from globalThis.
 */
export interface TextDecoderLike {
  decode(input: Uint8Array): string
}

type TextDecoderConstructor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean }
) => TextDecoderLike

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder

export function createDecoder(label: string, fatal = false): TextDecoderLike {
  // ignoreBOM: the caller strips the BOM itself and reports it as the encoding.
  return new Decoder(label, { fatal, ignoreBOM: true })
}
