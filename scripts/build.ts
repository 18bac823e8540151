/**
 * Bundles the client islands (src/ui/islands/index.ts) into public/build/islands.js,
 * which the layout loads as a module script. Run with `npm run build`.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'public', 'build', 'islands.js');

const result = await build({
  entryPoints: [join(root, 'src', 'ui', 'islands', 'index.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2019',
  platform: 'browser',
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`Built ${relative(root, outfile)} (${bytes} bytes)`);
