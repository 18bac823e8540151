/**
 * `npm run build` (run by `npm start` and `npm test`):
 * - bundles the client islands (src/ui/islands/index.ts) into public/build/islands.js, which the
 *   layout loads as a module script;
 * - compiles the server, file by file, from src/ to dist/ (ES modules for Node.js 24, with source
 *   maps), and copies every other file under src/ (message catalogues, data) to the same place
 *   under dist/, so code that finds a file next to itself finds it in dist/ too, wherever the
 *   file lives (decision 015). Tests are not compiled: they run on the sources.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src');
const distDir = join(root, 'dist');
const islandsFile = join(root, 'public', 'build', 'islands.js');

const isTypeScript = (path: string): boolean => /\.tsx?$/.test(path);
const isTest = (path: string): boolean => /\.(test|spec)\.tsx?$/.test(path);

const islands = await build({
  entryPoints: [join(sourceDir, 'ui', 'islands', 'index.ts')],
  outfile: islandsFile,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2019',
  platform: 'browser',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(islands.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`Built ${relative(root, islandsFile)} (${bytes} bytes)`);

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
