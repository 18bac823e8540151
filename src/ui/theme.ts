/** KERN's action colour (darkblue-700, oklch(42.84% .1689 265.02)) in sRGB: the browser bar and the web app manifest. */
export const THEME_COLOR = '#2044aa';
