import iconv from 'iconv-lite';
import type { ImportEncoding } from '../../common/schemas/import.js';
import { AppError } from '../errors.js';

/**
 * Character encodings of the CSV files people bring. `auto` reads UTF-8 (with or without a byte
 * order mark) and UTF-16 with a byte order mark (Excel's "Unicode text"); other bytes are read as
 * Windows-1252, what Excel on Windows writes, or as ISO-8859-15 (older Unix systems) when the file
 * has no byte of 0x80–0x9F, where the two differ most, and has 0xA4, which is "€" in ISO-8859-15
 * and the generic currency sign "¤" in Windows-1252, a sign nobody types. The seven other bytes
 * where they differ (Š š Ž ž Œ œ Ÿ against ¦ ¨ ´ ¸ ¼ ½ ¾) cannot be told apart from the bytes;
 * the preview shows the encoding it chose and the importer may choose the other.
 */
export type DecodedEncoding = 'utf-8' | 'utf-16le' | 'windows-1252' | 'iso-8859-15';

/** Bytes that Windows-1252 leaves undefined (Unicode's CP1252.TXT marks them #UNDEFINED). */
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function encodingProblem(code: string, params: Record<string, unknown> = {}): AppError {
  return new AppError('import_invalid', { problems: [{ code, ...params }] });
}

/** The file's line (1-based) of the byte at `index`. */
function lineOf(bytes: Buffer, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first byte that is not a character in the legacy encoding, if any. */
function firstUndefinedByte(bytes: Buffer, encoding: 'windows-1252' | 'iso-8859-15') {
  // In ISO-8859-15, 0x80–0x9F are C1 control codes, never text.
  const bad =
    encoding === 'windows-1252'
      ? (b: number) => undefinedIn1252.has(b)
      : (b: number) => b >= 0x80 && b <= 0x9f;
  const index = bytes.findIndex(bad);
  return index < 0 ? undefined : index;
}

function guessLegacy(bytes: Buffer): 'windows-1252' | 'iso-8859-15' {
  if (bytes.some((b) => b >= 0x80 && b <= 0x9f)) return 'windows-1252';
  return bytes.includes(0xa4) ? 'iso-8859-15' : 'windows-1252';
}

function decodeLegacy(bytes: Buffer, encoding: 'windows-1252' | 'iso-8859-15'): string {
  // Control codes below 0x20 are the same in every encoding: a binary file, not a wrong choice.
  if (bytes.some((b) => b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) {
    throw encodingProblem('encoding_invalid');
  }
  const index = firstUndefinedByte(bytes, encoding);
  if (index !== undefined) {
    throw encodingProblem('encoding_undefined_byte', {
      encoding,
      byte: `0x${(bytes[index] as number).toString(16).toUpperCase()}`,
      line: lineOf(bytes, index),
    });
  }
  return iconv.decode(bytes, encoding);
}

/**
 * Text of a CSV file in the encoding asked for (`auto` by default). Node's own TextDecoder is not
 * used for the legacy encodings: since Node 20.18.3 it turns Windows-1252's 0x80–0x9F (€, –, “, …)
 * into control codes. A byte that is no character in the encoding is refused with its line.
 */
export function decodeText(
  bytes: Buffer,
  asked: ImportEncoding = 'auto',
): { text: string; encoding: DecodedEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text: string;
  let encoding: DecodedEncoding;
  if (bom || asked === 'auto' || asked === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0));
      encoding = 'utf-8';
    } catch {
      if (bom || asked === 'utf-8') throw encodingProblem('encoding_invalid');
      encoding = guessLegacy(bytes);
      text = decodeLegacy(bytes, encoding);
    }
  } else {
    encoding = asked;
    text = decodeLegacy(bytes, asked);
  }
  // Control characters other than tab and line breaks mean a binary file or a wrong encoding.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: that is exactly what is looked for
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u0080-\u009f]/.test(text)) {
    throw encodingProblem('encoding_invalid');
  }
  return { text, encoding };
}
