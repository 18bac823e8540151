import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data directory that names the process using the embedded database. */
export const LOCK_FILE = 'pglite.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The other, still running process that holds the data directory's embedded database, if any. */
export function folderHolder(dataDir: string): number | undefined {
  const file = join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
  if (!Number.isInteger(pid) || pid === process.pid || !isAlive(pid)) return undefined;
  return pid;
}

/**
 * PGlite is one database in one process: a second process on the same folder (a second app, a backup taken
 * while the app runs) would corrupt it. Whoever opens the folder takes this lock; a lock left by a killed
 * process names a process that no longer runs and is taken over.
 */
export function lockFolder(dataDir: string, purpose: string): () => void {
  const holder = folderHolder(dataDir);
  if (holder !== undefined)
    throw new Error(
      `The embedded database in ${dataDir} is in use by process ${holder}. Stop that process before ${purpose}` +
        ` (if no such process of this platform runs, delete ${join(dataDir, LOCK_FILE)}).`,
    );
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, String(process.pid));
  return () => {
    if (existsSync(file) && readFileSync(file, 'utf8') === String(process.pid)) rmSync(file);
  };
}
