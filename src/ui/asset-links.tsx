import { assets } from './assets.js';
import { THEME_COLOR } from './theme.js';

/**
 * The <head> links to the built files: the face of the first screen's text preloaded (it is found
 * only once the stylesheet is parsed otherwise), the one stylesheet, the islands, the icons and
 * the web app manifest, all under hashed names.
 */
export function AssetLinks() {
  const built = assets();
  return (
    <>
      <link rel="preload" href={built.fontPreload} as="font" type="font/woff2" crossorigin="anonymous" />
      <link rel="stylesheet" href={built.css} />
      <script type="module" src={built.islands}></script>
      <link rel="icon" href={built.faviconSvg} type="image/svg+xml" />
      <link rel="icon" href={built.faviconPng} type="image/png" sizes="32x32" />
      <link rel="apple-touch-icon" href={built.appleTouchIcon} />
      <link rel="manifest" href={built.webManifest} />
      <meta name="theme-color" content={THEME_COLOR} />
    </>
  );
}
