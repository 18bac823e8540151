/**
 * The kinds of file the platform accepts, recognised by their first bytes and never by the name or the
 * type a browser claims: a renamed program stays refused.
 */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  /** Plain text (CSV exports of statistical offices): no NUL byte, no control characters but tab and line ends. */
  text: 'text/plain',
} as const;

export type FileKind = keyof typeof FILE_TYPES;

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/** How much of a text file is looked at: enough to tell text from binary, little enough for large CSV files. */
const TEXT_SAMPLE = 64 * 1024;

function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  const sample = bytes.subarray(0, TEXT_SAMPLE);
  for (const byte of sample) {
    if (byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (byte < 0x20 || byte === 0x7f) return false;
  }
  return true;
}

/** What the content is, or null for anything else (including an empty file). */
export function sniffFileType(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp';
  if (looksLikeText(bytes)) return 'text';
  return null;
}
