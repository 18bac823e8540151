import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-types.js';

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...Buffer.from(value, 'latin1')] : [value])));

describe('sniffFileType', () => {
  it('recognises PDF, PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffFileType(bytes('%PDF-1.4\n'))).toBe('pdf');
    expect(sniffFileType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe('png');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffFileType(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
  });

  it('takes statistics tables in UTF-8 and in Windows-1252 as text', () => {
    expect(sniffFileType(Buffer.from('Gebiet;Jahr;Anteil\r\n05113 Essen;31.12.2023;21,4\r\n', 'utf8'))).toBe('text');
    expect(sniffFileType(bytes('M', 0xfc, 'lheim an der Ruhr;2023\t1\n'))).toBe('text');
  });

  it('refuses a program or an archive whatever its name, and an empty file', () => {
    expect(sniffFileType(bytes('MZ', 0x90, 0, 3, 0))).toBeNull();
    expect(sniffFileType(bytes(0x7f, 'ELF', 2, 1))).toBeNull();
    expect(sniffFileType(bytes('PK', 3, 4, 20, 0))).toBeNull();
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });
});
