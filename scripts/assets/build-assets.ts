/**
 * The files browsers load, built for a phone on a slow line:
 * - one stylesheet: the Fira Sans faces the pages use (cut to the scripts of the platform's
 *   languages, font-display: swap), the KERN rules the
 *   sources can match (see css-subset.ts), public/app.css and public/components.css, minified;
 * - the client islands (src/ui/islands/index.ts), bundled and minified;
 * - the fonts, the icons (public/icons, drawn by scripts/make-icons.ts) and a web app manifest;
 * each under a name that carries a hash of its content (so it can be cached for a year), with a
 * Brotli and a gzip copy beside it, in public/build/assets/. public/build/assets.json maps each
 * logical name to its URL; src/ui/assets.ts reads it for the layout's <head>.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import subsetFont from 'subset-font';
import { transform } from 'lightningcss';
import { ASSET_URL_PREFIX, type AssetManifest } from '../../src/ui/assets.js';
import { THEME_COLOR } from '../../src/ui/theme.js';
import { subsetKernCss, usedKernClasses } from './css-subset.js';

/** The faces of Fira Sans the stylesheets ask for: regular text, medium and semi-bold headings, bold. */
export const FONT_FACES = [
  { weight: 400, file: 'FiraSans-Regular.woff2' },
  { weight: 500, file: 'FiraSans-Medium.woff2' },
  { weight: 600, file: 'FiraSans-SemiBold.woff2' },
  { weight: 700, file: 'FiraSans-Bold.woff2' },
] as const;

/**
 * Fira Sans is cut into the characters of the platform's languages written in it, one file per
 * script: a browser loads the Cyrillic file only for a Russian or Ukrainian page (unicode-range),
 * and no page loads the rest of the font's 130 KB per weight. Arabic falls back to the system's font.
 */
const FONT_SCRIPTS = [
  {
    name: 'latin',
    // ASCII, Latin-1 (German), Latin Extended-A (Polish, Turkish), general punctuation („ “ – …), €, ™, −.
    ranges: [
      [0x20, 0x7e],
      [0xa0, 0x17f],
      [0x2c6, 0x2c6],
      [0x2da, 0x2da],
      [0x2dc, 0x2dc],
      [0x2000, 0x206f],
      [0x20ac, 0x20ac],
      [0x2122, 0x2122],
      [0x2212, 0x2212],
    ],
  },
  {
    name: 'cyrillic',
    // Russian and Ukrainian (Ґ ґ), and №.
    ranges: [
      [0x400, 0x45f],
      [0x490, 0x491],
      [0x2116, 0x2116],
    ],
  },
] as const satisfies readonly { name: string; ranges: readonly (readonly [number, number])[] }[];

function charactersOf(ranges: readonly (readonly [number, number])[]): string {
  let text = '';
  for (const [from, to] of ranges) for (let code = from; code <= to; code++) text += String.fromCodePoint(code);
  return text;
}

const hex = (code: number): string => code.toString(16).toUpperCase();
const unicodeRange = ([from, to]: readonly [number, number]): string =>
  from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`;

/** The app's own stylesheets, after KERN's rules: the pages', then the shared components'. */
const APP_STYLESHEETS = ['app.css', 'components.css'];

/** Text types worth compressing; woff2, png and the ico (a png inside) are compressed already. */
const COMPRESSIBLE = new Set(['.css', '.js', '.svg', '.webmanifest']);

export const contentHash = (content: Buffer | string): string =>
  createHash('sha256').update(content).digest('base64url').replace(/[-_]/g, '').slice(0, 12);

/** `name.ext` → `name.<hash>.ext`. */
export function hashedName(name: string, content: Buffer | string): string {
  const extension = extname(name);
  return `${basename(name, extension)}.${contentHash(content)}${extension}`;
}

/** An ICO file that holds one PNG image (allowed since Windows Vista, understood by every browser). */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18);
  return Buffer.concat([header, png]);
}

function sourceTexts(sourceDir: string): string[] {
  return readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !/\.(test|spec)\.tsx?$/.test(path))
    .map((path) => readFileSync(join(sourceDir, path), 'utf8'));
}

export interface BuildAssetsOptions {
  root: string;
}

export interface BuildAssetsResult {
  manifest: AssetManifest;
  /** Every written file (hashed name) with its size and compressed sizes, for the build's log. */
  files: { name: string; bytes: number; brotliBytes?: number }[];
}

/** Builds everything into public/build/assets/ and writes public/build/assets.json. */
export async function buildAssets({ root }: BuildAssetsOptions): Promise<BuildAssetsResult> {
  const outDir = join(root, 'public', 'build', 'assets');
  rmSync(join(root, 'public', 'build'), { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files: BuildAssetsResult['files'] = [];

  const emit = (name: string, content: Buffer | string): string => {
    const file = hashedName(name, content);
    const bytes = Buffer.from(content);
    writeFileSync(join(outDir, file), bytes);
    const entry: BuildAssetsResult['files'][number] = { name: file, bytes: bytes.length };
    if (COMPRESSIBLE.has(extname(name))) {
      const brotli = brotliCompressSync(bytes, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
      writeFileSync(join(outDir, `${file}.br`), brotli);
      writeFileSync(join(outDir, `${file}.gz`), gzipSync(bytes, { level: 9 }));
      entry.brotliBytes = brotli.length;
    }
    files.push(entry);
    return `${ASSET_URL_PREFIX}${file}`;
  };

  const kernDir = join(root, 'node_modules', '@kern-ux', 'native', 'dist');
  const fontFaceRules: string[] = [];
  let fontPreload = '';
  for (const face of FONT_FACES) {
    const font = readFileSync(join(kernDir, 'fonts', 'fira-sans', face.file));
    for (const script of FONT_SCRIPTS) {
      const subset = await subsetFont(font, charactersOf(script.ranges), { targetFormat: 'woff2' });
      const url = emit(face.file.replace('.woff2', `-${script.name}.woff2`), subset);
      if (face.weight === 400 && script.name === 'latin') fontPreload = url;
      fontFaceRules.push(
        `@font-face{font-family:"Fira Sans";src:url("${url}") format("woff2");font-weight:${face.weight};` +
          `font-style:normal;font-display:swap;unicode-range:${script.ranges.map(unicodeRange).join(',')}}`,
      );
    }
  }
  const fontFaces = fontFaceRules.join('\n');

  const appCss = APP_STYLESHEETS.map((file) => readFileSync(join(root, 'public', file), 'utf8')).join('\n');
  const kernCss = subsetKernCss(
    readFileSync(join(kernDir, 'kern.min.css'), 'utf8'),
    usedKernClasses(sourceTexts(join(root, 'src'))),
    [appCss],
  );
  const stylesheet = transform({
    filename: 'app.css',
    code: Buffer.from(`${fontFaces}\n${kernCss}\n${appCss}`),
    minify: true,
  }).code;
  const css = emit('app.css', Buffer.from(stylesheet));

  const islandsBuild = await build({
    entryPoints: [join(root, 'src', 'ui', 'islands', 'index.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2019',
    platform: 'browser',
    sourcemap: false,
    logLevel: 'warning',
  });
  const islandsCode = islandsBuild.outputFiles[0]?.contents;
  if (!islandsCode) throw new Error('esbuild produced no islands bundle');
  const islands = emit('islands.js', Buffer.from(islandsCode));

  const iconDir = join(root, 'public', 'icons');
  const icon = (file: string): Buffer => readFileSync(join(iconDir, file));
  const faviconSvg = emit('favicon.svg', icon('favicon.svg'));
  const faviconPng = emit('favicon-32.png', icon('favicon-32.png'));
  const appleTouchIcon = emit('apple-touch-icon.png', icon('apple-touch-icon.png'));
  const icon192 = emit('icon-192.png', icon('icon-192.png'));
  const icon512 = emit('icon-512.png', icon('icon-512.png'));
  const faviconIco = emit('favicon.ico', icoFromPng(icon('favicon-32.png'), 32));

  // The platform speaks German first: the manifest takes the German name and claim of the layout.
  const layoutMessages = JSON.parse(
    readFileSync(join(root, 'src', 'core', 'i18n', 'messages', 'de', 'layout.json'), 'utf8'),
  ) as { site_name: string; claim: string };
  const webManifest = emit(
    'manifest.webmanifest',
    JSON.stringify({
      name: layoutMessages.site_name,
      short_name: layoutMessages.site_name,
      description: layoutMessages.claim,
      lang: 'de',
      dir: 'ltr',
      start_url: '/de/',
      scope: '/',
      display: 'browser',
      background_color: '#ffffff',
      theme_color: THEME_COLOR,
      icons: [
        { src: faviconSvg, type: 'image/svg+xml', sizes: 'any' },
        { src: icon192, type: 'image/png', sizes: '192x192' },
        { src: icon512, type: 'image/png', sizes: '512x512' },
      ],
    }),
  );

  const manifest: AssetManifest = {
    css,
    islands,
    fontPreload,
    faviconSvg,
    faviconPng,
    appleTouchIcon,
    webManifest,
    faviconIcoFile: faviconIco.slice(ASSET_URL_PREFIX.length),
  };
  writeFileSync(join(root, 'public', 'build', 'assets.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, files };
}
