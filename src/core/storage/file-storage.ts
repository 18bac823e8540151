/**
 * One way to keep uploaded files (evidence, images): by key, with the type the content was checked to be.
 * Keys are paths of lower-case segments ("checklists/<assessment>/<file>"), so a record's files share a
 * prefix and go with it (`deletePrefix`). Which backend serves is configuration (see `createFileStorage`).
 */
export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

export interface FileStorage {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when there is none under the key. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every file whose key starts with the prefix (which must end with "/"). */
  deletePrefix(prefix: string): Promise<void>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 400;

/** Refuses keys that could leave the storage's root or surprise a backend ("..", absolute paths, odd characters). */
export function assertStorageKey(key: string): void {
  if (key.length > MAX_KEY_LENGTH || !KEY.test(key) || key.split('/').some((segment) => /^\.+$/.test(segment)))
    throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

export function assertStoragePrefix(prefix: string): void {
  if (!prefix.endsWith('/')) throw new Error(`A storage prefix ends with "/": ${JSON.stringify(prefix)}`);
  assertStorageKey(prefix.slice(0, -1));
}
