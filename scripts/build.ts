/**
 * `npm run build` (run by `npm start` and `npm test`):
 * - builds what browsers load (scripts/assets/build-assets.ts): one stylesheet with only the KERN
 *   rules the pages use, the client islands, fonts, icons and the web app manifest, under
 *   content-hashed names with Brotli and gzip copies, listed in public/build/assets.json;
 * - compiles the server, file by file, from src/ to dist/ (ES modules for Node.js 24, with source
 *   maps), and copies every other file under src/ (message catalogues, data) to the same place
 *   under dist/, so code that finds a file next to itself finds it in dist/ too, wherever the
 *   file lives (decision 015). Tests are not compiled: they run on the sources.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildAssets } from './assets/build-assets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src');
const distDir = join(root, 'dist');

const isTypeScript = (path: string): boolean => /\.tsx?$/.test(path);
const isTest = (path: string): boolean => /\.(test|spec)\.tsx?$/.test(path);

const assets = await buildAssets({ root });
for (const file of assets.files)
  console.log(
    `Built public/build/assets/${file.name} (${file.bytes} bytes${file.brotliBytes ? `, ${file.brotliBytes} with Brotli` : ''})`,
  );

const serverFiles = readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
  .map((path) => join(sourceDir, path))
  .filter((path) => isTypeScript(path) && !isTest(path) && !path.endsWith('.d.ts'));
rmSync(distDir, { recursive: true, force: true });
await build({
  entryPoints: serverFiles,
  outdir: distDir,
  outbase: sourceDir,
  bundle: false,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: true,
  logLevel: 'warning',
});
cpSync(sourceDir, distDir, { recursive: true, filter: (path) => !isTypeScript(path) });
console.log(`Built ${relative(root, distDir)}/ (${serverFiles.length} modules)`);
