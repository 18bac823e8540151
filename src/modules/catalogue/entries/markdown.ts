import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Entry descriptions are Markdown. No HTML from a user reaches a page unfiltered: markdown-it
 * runs with raw HTML disabled (written HTML becomes visible text), and its output passes an
 * allowlist sanitiser. Links keep only http(s) and mailto targets and get rel="nofollow noopener";
 * headings start below the page's own (h1 title, h2 sections), so the outline stays in order.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/** A link target only if it parses as a web or mail address; a broken one leaves plain text. */
function wellFormed(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? href : null;
  } catch {
    return null;
  }
}

const HEADING_SHIFT: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6', h5: 'h6', h6: 'h6' };

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'code',
    'pre',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'rel'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    ...Object.fromEntries(
      Object.entries(HEADING_SHIFT).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})]),
    ),
    a: (tagName, attribs) => {
      const href = wellFormed(attribs.href);
      return { tagName, attribs: { ...(href ? { href } : {}), rel: 'nofollow noopener' } };
    },
  },
};

/** Markdown to safe HTML; a malformed document renders as far as it can and never throws. */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return '';
  let html: string;
  try {
    html = markdown.render(source);
  } catch {
    html = markdown.utils.escapeHtml(source);
  }
  return sanitizeHtml(html, SANITIZE);
}
