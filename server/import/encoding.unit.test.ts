import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { decodeText } from './encoding.js';

/*
 * Expected characters written from the published mappings, not from the decoder under test:
 * Windows-1252 from the Unicode Consortium's CP1252.TXT
 * (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT, the same as the
 * WHATWG Encoding Standard's index-windows-1252.txt except that WHATWG maps the five undefined
 * bytes to C1 controls), ISO-8859-15 from https://www.unicode.org/Public/MAPPINGS/ISO8859/8859-15.TXT.
 */

/** Windows-1252 0x80–0x9F; null = #UNDEFINED in CP1252.TXT. */
// biome-ignore format: a table of eight bytes a line
const cp1252High: (number | null)[] = [
  0x20ac, null, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 0x80–0x87
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, null, 0x017d, null, // 0x88–0x8F
  null, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 0x90–0x97
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, null, 0x017e, 0x0178, // 0x98–0x9F
];

/** Where ISO-8859-15 differs from ISO-8859-1 (whose 0xA0–0xFF are U+00A0–U+00FF). */
const iso885915Changes: Record<number, number> = {
  164: 0x20ac, // EURO SIGN
  166: 0x0160, // LATIN CAPITAL LETTER S WITH CARON
  168: 0x0161, // LATIN SMALL LETTER S WITH CARON
  180: 0x017d, // LATIN CAPITAL LETTER Z WITH CARON
  184: 0x017e, // LATIN SMALL LETTER Z WITH CARON
  188: 0x0152, // LATIN CAPITAL LIGATURE OE
  189: 0x0153, // LATIN SMALL LIGATURE OE
  190: 0x0178, // LATIN CAPITAL LETTER Y WITH DIAERESIS
};

const expected1252 = (byte: number) => (byte < 0xa0 ? cp1252High[byte - 0x80] : byte); // 0xA0–0xFF are U+00A0–U+00FF
const expected885915 = (byte: number) => (byte < 0xa0 ? null : (iso885915Changes[byte] ?? byte));

const hex = (b: number) => `0x${b.toString(16).toUpperCase()}`;
const bytes = Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
/** [name, byte] pairs for it.each, so that a test is named by the byte in hex. */
const cases = (keep: (b: number) => boolean) => bytes.filter(keep).map((b) => [hex(b), b] as const);

function problemOf(fn: () => unknown): Record<string, unknown> | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) {
      return (err.details as { problems: Record<string, unknown>[] }).problems[0];
    }
    throw err;
  }
  return undefined;
}

describe('Windows-1252', () => {
  it.each(cases((b) => expected1252(b) !== null))(
    'reads %s as the published character',
    (_, byte) => {
      const code = expected1252(byte) as number;
      const { text } = decodeText(Buffer.from([0x41, byte, 0x42]), 'windows-1252');
      expect(text, hex(byte)).toBe(`A${String.fromCodePoint(code)}B`);
    },
  );

  it.each(cases((b) => expected1252(b) === null))(
    'refuses the undefined byte %s with its line',
    (_, byte) => {
      const file = Buffer.from([0x4e, 0x69, 0x6d, 0x69, 0x0d, 0x0a, 0x41, byte, 0x0d, 0x0a]);
      expect(problemOf(() => decodeText(file, 'windows-1252'))).toEqual({
        code: 'encoding_undefined_byte',
        encoding: 'windows-1252',
        byte: hex(byte),
        line: 2,
      });
      // The same when the encoding is guessed.
      expect(problemOf(() => decodeText(file))).toMatchObject({ byte: hex(byte), line: 2 });
    },
  );

  it('is what a file with €, dashes, curly quotes and … is taken for', () => {
    // "Hinta 5 € – “Kahvila” …" as Excel on Windows saves it.
    const file = Buffer.from([
      0x48, 0x69, 0x6e, 0x74, 0x61, 0x20, 0x35, 0x20, 0x80, 0x20, 0x96, 0x20, 0x93, 0x4b, 0x61,
      0x68, 0x76, 0x69, 0x6c, 0x61, 0x94, 0x20, 0x85, 0x20, 0xa4,
    ]);
    expect(decodeText(file)).toEqual({
      text: 'Hinta 5 € – “Kahvila” … ¤',
      encoding: 'windows-1252',
    });
  });
});

describe('ISO-8859-15', () => {
  it.each(cases((b) => b >= 0xa0))('reads %s as the published character', (_, byte) => {
    const code = expected885915(byte) as number;
    const { text } = decodeText(Buffer.from([0x41, byte, 0x42]), 'iso-8859-15');
    expect(text, hex(byte)).toBe(`A${String.fromCodePoint(code)}B`);
  });

  it.each(cases((b) => b < 0xa0))('refuses the control code %s', (_, byte) => {
    expect(problemOf(() => decodeText(Buffer.from([0x41, byte]), 'iso-8859-15'))).toEqual({
      code: 'encoding_undefined_byte',
      encoding: 'iso-8859-15',
      byte: hex(byte),
      line: 1,
    });
  });

  it('is guessed when 0xA4 stands without any byte of 0x80–0x9F', () => {
    // "5 € Šostakovitš" from an old Unix system.
    const file = Buffer.from([0x35, 0x20, 0xa4, 0x20, 0xa6, 0x6f, 0x73, 0x74, 0xa8]);
    expect(decodeText(file)).toEqual({ text: '5 € Šostš', encoding: 'iso-8859-15' });
  });
});

describe('UTF-8 and UTF-16', () => {
  it('reads UTF-8 with and without a byte order mark, and UTF-16 with one', () => {
    const text = 'Nimi;Kunta\r\nÅbo € – “x” …;Turku\r\n';
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(decodeText(bom, 'windows-1252')).toEqual({ text, encoding: 'utf-8' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeText(utf16)).toEqual({ text, encoding: 'utf-16le' });
  });

  it('refuses a file that is not UTF-8 when UTF-8 is asked for, and binary files', () => {
    expect(problemOf(() => decodeText(Buffer.from([0x41, 0xe4]), 'utf-8'))?.code).toBe(
      'encoding_invalid',
    );
    expect(problemOf(() => decodeText(Buffer.from([0x41, 0x00, 0x01, 0xe4])))?.code).toBe(
      'encoding_invalid',
    );
  });
});
