import { mkdir, readFile, rm, writeFile, rename } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertStorageKey, assertStoragePrefix, type FileStorage, type StoredFile } from './file-storage.js';

/** The stored type sits beside the file, so a file is never served with a type it was not checked to be. */
const TYPE_SUFFIX = '.type';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Files in a folder of the data directory (the default). A write goes to a temporary name first and is
 * renamed into place, so a reader never sees half a file.
 */
export function directoryStorage(root: string): FileStorage {
  const base = resolve(root);
  const pathOf = (key: string): string => {
    assertStorageKey(key);
    return join(base, key);
  };
  const writeAtomically = async (path: string, data: Uint8Array | string): Promise<void> => {
    const temporary = `${path}.${randomUUID()}.part`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  };
  return {
    async put(key, bytes, contentType) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      await writeAtomically(`${path}${TYPE_SUFFIX}`, contentType);
      await writeAtomically(path, bytes);
    },
    async get(key): Promise<StoredFile | null> {
      const path = pathOf(key);
      try {
        const [bytes, contentType] = await Promise.all([readFile(path), readFile(`${path}${TYPE_SUFFIX}`, 'utf8')]);
        return { bytes: new Uint8Array(bytes), contentType };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      const path = pathOf(key);
      await rm(path, { force: true });
      await rm(`${path}${TYPE_SUFFIX}`, { force: true });
    },
    async deletePrefix(prefix) {
      assertStoragePrefix(prefix);
      await rm(join(base, prefix), { recursive: true, force: true });
    },
  };
}

/** Files in memory: for tests and for a platform whose database lives in memory too. */
export function memoryStorage(): FileStorage {
  const files = new Map<string, StoredFile>();
  return {
    // async, so a refused key rejects like the other backends' calls do.
    async put(key, bytes, contentType) {
      assertStorageKey(key);
      files.set(key, { bytes: new Uint8Array(bytes), contentType });
    },
    async get(key) {
      assertStorageKey(key);
      const file = files.get(key);
      return file ? { bytes: new Uint8Array(file.bytes), contentType: file.contentType } : null;
    },
    async delete(key) {
      assertStorageKey(key);
      files.delete(key);
    },
    async deletePrefix(prefix) {
      assertStoragePrefix(prefix);
      for (const key of [...files.keys()]) if (key.startsWith(prefix)) files.delete(key);
    },
  };
}
