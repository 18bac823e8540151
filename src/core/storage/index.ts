import type { Config } from '../config.js';
import { directoryStorage, memoryStorage } from './directory-storage.js';
import type { FileStorage } from './file-storage.js';
import { s3Storage } from './s3-storage.js';
import { join } from 'node:path';

export type { FileStorage, StoredFile } from './file-storage.js';
export { FILE_TYPES, sniffFileType, type FileKind } from './file-types.js';

/**
 * The storage the configuration asks for: an S3-compatible bucket when S3_BUCKET is set, else the
 * folder `files/` of the data directory (in memory when the database is).
 */
export function createFileStorage(config: Config): FileStorage {
  if (config.s3) return s3Storage(config.s3);
  if (config.dataDir.startsWith('memory://')) return memoryStorage();
  return directoryStorage(join(config.dataDir, 'files'));
}
