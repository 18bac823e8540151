import { statfsSync } from 'node:fs';

/**
 * The free space where the embedded database writes. PGlite does not fail cleanly on a full disk: a write whose
 * log record cannot be stored hangs the database for good (found with a filled tmpfs), so the platform refuses
 * writes before the disk is full and accepts them again once space is freed.
 */
export interface DiskSpace {
  /** Whether the free space is below the minimum (looked up at most once per interval). */
  isLow(): boolean;
  /** The free bytes at the last look. */
  freeBytes(): number;
}

export interface DiskSpaceOptions {
  minFreeBytes: number;
  /** How long a look stays valid; writes may come thousands a second. */
  checkEveryMs?: number;
  /** The free bytes of the folder's file system; `statfs` by default (tests pass their own). */
  measure?: (folder: string) => number;
  now?: () => number;
}

function measureFreeBytes(folder: string): number {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
}

export function watchDiskSpace(folder: string, options: DiskSpaceOptions): DiskSpace {
  const measure = options.measure ?? measureFreeBytes;
  const now = options.now ?? Date.now;
  const interval = options.checkEveryMs ?? 2000;
  let lookedAt = Number.NEGATIVE_INFINITY;
  let free = Number.POSITIVE_INFINITY;
  const look = (): number => {
    if (now() - lookedAt >= interval) {
      free = measure(folder);
      lookedAt = now();
    }
    return free;
  };
  return {
    isLow: () => look() < options.minFreeBytes,
    freeBytes: look,
  };
}
