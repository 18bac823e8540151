import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the layout's <head> links to: the files that `npm run build` (scripts/assets/build-assets.ts)
 * wrote under content-hashed names, as public/build/assets.json lists them. A changed file gets a
 * new name, so browsers may keep every one of them for a year (core/http/static-assets.ts).
 */
export interface AssetManifest {
  /** The one stylesheet: the used Fira Sans faces, the used KERN rules, the app's own rules. */
  css: string;
  /** The islands' module script. */
  islands: string;
  /** The face of the first screen's body text, preloaded. */
  fontPreload: string;
  faviconSvg: string;
  faviconPng: string;
  appleTouchIcon: string;
  webManifest: string;
  /** /favicon.ico (for clients that ask the root without reading the page) is served from this file. */
  faviconIcoFile: string;
}

/** The URL path the hashed files are served under. */
export const ASSET_URL_PREFIX = '/assets/build/';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The folder of the hashed files (and their .br and .gz copies). */
export const ASSET_DIR = join(ROOT, 'public', 'build', 'assets');
const MANIFEST_FILE = join(ROOT, 'public', 'build', 'assets.json');

let manifest: AssetManifest | undefined;

/** The built assets; read once. Without a build there is nothing to link to, which says so. */
export function assets(): AssetManifest {
  if (manifest) return manifest;
  let text: string;
  try {
    text = readFileSync(MANIFEST_FILE, 'utf8');
  } catch {
    throw new Error(`${MANIFEST_FILE} is missing: run \`npm run build\` first (it builds styles, scripts and icons).`);
  }
  manifest = JSON.parse(text) as AssetManifest;
  return manifest;
}
