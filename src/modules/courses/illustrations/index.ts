import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The course's own illustrations (drawn for this platform, SVG): a lesson names one of them, and its alt text
 * is content the office edits with the lesson.
 */
export const ILLUSTRATIONS = [
  'region.svg',
  'perception.svg',
  'communication.svg',
  'recognition.svg',
  'agg.svg',
] as const;
export type Illustration = (typeof ILLUSTRATIONS)[number];

const cache = new Map<Illustration, Buffer>();

/** The file's bytes, read once. */
export function readIllustration(name: Illustration): Buffer {
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = readFileSync(fileURLToPath(new URL(name, import.meta.url)));
    cache.set(name, bytes);
  }
  return bytes;
}
