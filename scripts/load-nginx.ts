/**
 * nginx for `npm run load` and the proxy tests: the Debian binary (installed as the test setup installs
 * PostgreSQL), the shipped reference configuration (deploy/nginx.conf) adapted for a run on this machine,
 * and a started nginx in a temp folder that stops with its caller.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installDebianPackage } from '../tests/setup/machine.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHIPPED_CONFIG = join(ROOT, 'deploy', 'nginx.conf');
const NGINX = '/usr/sbin/nginx';
/** Debian's smallest nginx build; it has TLS, HTTP/2 and gzip_static, all the reference configuration uses. */
const NGINX_PACKAGE = 'nginx-light';

/** The nginx binary, installing the Debian package when it is missing (root only; others are told how). */
export function ensureNginx(neededFor: string): string {
  if (!existsSync(NGINX)) installDebianPackage(NGINX_PACKAGE, neededFor);
  if (!existsSync(NGINX))
    throw new Error(`The Debian package "${NGINX_PACKAGE}" is installed but ${NGINX} is missing.`);
  return NGINX;
}

/** A self-signed certificate for 127.0.0.1 and the reference server name, valid for a day. */
export function makeCertificate(folder: string): { cert: string; key: string } {
  const cert = join(folder, 'fullchain.pem');
  const key = join(folder, 'privkey.pem');
  const result = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=vielfalt-ruhr.example',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:vielfalt-ruhr.example',
    ],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return { cert, key };
}

/** The main configuration around a site file: no root paths, logs to stderr, everything in `folder`. */
function mainConfig(folder: string, siteFile: string, workers: number): string {
  return [
    `pid ${join(folder, 'nginx.pid')};`,
    'error_log stderr warn;',
    `worker_processes ${workers};`,
    'events { worker_connections 4096; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    '  sendfile on;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${join(folder, `${kind}-temp`)};`,
    ),
    `  include ${siteFile};`,
    '}',
    '',
  ].join('\n');
}

/**
 * The shipped site configuration for this machine: its upstream lists the given app ports, TLS listens on
 * 127.0.0.1:`port` with the given certificate, the plain-HTTP redirect server is left out (it needs port 80),
 * and the project path is this checkout. Everything else (forwarded headers, timeouts, assets) stays as shipped.
 */
export function adaptSiteConfig(
  shipped: string,
  options: { appPorts: readonly number[]; port: number; cert: string; key: string; root: string; cacheFolder: string },
): string {
  let site = shipped.replace(/upstream vielfalt_ruhr \{[\s\S]*?\n\}/, (block) =>
    block
      .split('\n')
      .filter((line) => !/^\s*server 127\.0\.0\.1:\d+/.test(line))
      .join('\n')
      .replace(
        /upstream vielfalt_ruhr \{\n/,
        (head) =>
          head + options.appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=3 fail_timeout=10s;\n`).join(''),
      ),
  );
  site = site.replace(/server \{\s*listen 80;[\s\S]*?\n\}\n/, '');
  site = site.replace(/^\s*listen \[::\]:443[^\n]*\n/m, '');
  site = site.replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${options.port} ssl http2;`);
  site = site.replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${options.cert};`);
  site = site.replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${options.key};`);
  site = site.replaceAll('/srv/vielfalt-ruhr', options.root);
  site = withCacheFolder(site, options.cacheFolder);
  for (const part of [
    `127.0.0.1:${options.port} ssl`,
    options.cert,
    options.cacheFolder,
    ...options.appPorts.map(String),
  ])
    if (!site.includes(part)) throw new Error(`deploy/nginx.conf changed shape: could not adapt it (${part})`);
  return site;
}

/** The shipped configuration with its page cache in `folder` instead of /var/cache/nginx. */
function withCacheFolder(site: string, folder: string): string {
  return site.replace(/proxy_cache_path\s+\S+/, `proxy_cache_path ${folder}`);
}

/** Runs `nginx -t` on a main configuration; resolves with its output, fails with it. */
export function testConfig(configFile: string): string {
  const result = spawnSync(ensureNginx('nginx -t'), ['-t', '-c', configFile], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`.trim();
  if (result.status !== 0) throw new Error(`nginx -t failed:\n${output}`);
  return output;
}

/** Checks the shipped deploy/nginx.conf as written (only the certificate and page cache paths point to temporary ones). */
export function testShippedConfig(): string {
  const folder = mkdtempSync(join(tmpdir(), 'vr-nginx-check-'));
  try {
    const { cert, key } = makeCertificate(folder);
    const site = withCacheFolder(
      readFileSync(SHIPPED_CONFIG, 'utf8')
        .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`)
        .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`),
      join(folder, 'page-cache'),
    );
    const siteFile = join(folder, 'site.conf');
    writeFileSync(siteFile, site);
    const main = join(folder, 'nginx.conf');
    writeFileSync(main, mainConfig(folder, siteFile, 1));
    return testConfig(main);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export interface RunningNginx {
  /** https://127.0.0.1:PORT */
  origin: string;
  port: number;
  /** The self-signed certificate (PEM), for clients to trust. */
  ca: Buffer;
  stop(): Promise<void>;
}

/** Starts nginx with the adapted reference configuration in front of the given app ports. */
export async function startNginx(options: { appPorts: readonly number[]; port: number; workers?: number }) {
  const folder = mkdtempSync(join(tmpdir(), 'vr-nginx-'));
  // nginx's workers (nobody, when started as root) write the page cache below it.
  chmodSync(folder, 0o755);
  const { cert, key } = makeCertificate(folder);
  const siteFile = join(folder, 'site.conf');
  const site = adaptSiteConfig(readFileSync(SHIPPED_CONFIG, 'utf8'), {
    ...options,
    cert,
    key,
    root: ROOT,
    cacheFolder: join(folder, 'page-cache'),
  });
  writeFileSync(siteFile, site);
  const main = join(folder, 'nginx.conf');
  writeFileSync(main, mainConfig(folder, siteFile, options.workers ?? 1));
  testConfig(main);
  const child: ChildProcess = spawn(ensureNginx('npm run load'), ['-c', main, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitForPort(options.port, 10_000, child);
  return {
    origin: `https://127.0.0.1:${options.port}`,
    port: options.port,
    ca: readFileSync(cert),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGQUIT');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  } satisfies RunningNginx;
}

async function waitForPort(port: number, timeoutMs: number, child: ChildProcess): Promise<void> {
  const { connect } = await import('node:net');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
