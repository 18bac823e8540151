import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

// What the test setup needs from the machine it runs on: system packages and free ports.

/** True when this process may install system packages and run commands as other users. */
export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/**
 * Installs a Debian package the test setup needs. Only root can do this; anyone else gets an error
 * that names the package, so a person knows exactly what to install.
 */
export function installDebianPackage(packageName: string, neededFor: string): void {
  if (!isRoot()) {
    throw new Error(
      `${neededFor} needs the Debian package "${packageName}". Install it with: sudo apt-get install -y ${packageName}`,
    );
  }
  console.log(`Installing the Debian package "${packageName}" (${neededFor}) …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', packageName]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new Error(
        `"apt-get ${args.join(' ')}" failed (exit ${String(result.status ?? result.signal)}); ${neededFor} needs "${packageName}".`,
      );
    }
  }
}

/** A TCP port on 127.0.0.1 that is free right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
