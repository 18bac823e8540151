import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Entry descriptions are Markdown. No HTML from a user reaches a page unfiltered: markdown-it
 * runs with raw HTML disabled (written HTML becomes visible text), and its output passes an
 * allowlist sanitiser. Links keep only http(s) and mailto targets and get rel="nofollow noopener".
 * Headings start one level below the heading the text stands under (by default an h2 section of a page with an
 * h1 title) and skip no level, so the outline stays in order: the document's highest heading becomes h3, the
 * next level used h4, and so on (capped at h6). Text right under a page's h1 starts at h2 (`under: 1`).
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

const LAST_LEVEL = 6;

/** Renumbers the document's heading levels in use as h3, h4, … so a description's "## Title" never follows h2 as h4. */
function renderWithNestedHeadings(source: string, firstLevel: number): string {
  const tokens = markdown.parse(source, {});
  const headings = tokens.filter((token) => token.type === 'heading_open' || token.type === 'heading_close');
  const used = [...new Set(headings.map((token) => Number(token.tag.slice(1))))].sort((a, b) => a - b);
  for (const token of headings) {
    const rank = used.indexOf(Number(token.tag.slice(1)));
    token.tag = `h${Math.min(firstLevel + rank, LAST_LEVEL)}`;
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}

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
    'h2',
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
    a: (tagName, attribs) => {
      const href = wellFormed(attribs.href);
      return { tagName, attribs: { ...(href ? { href } : {}), rel: 'nofollow noopener' } };
    },
  },
};

/**
 * Markdown to safe HTML; a malformed document renders as far as it can and never throws. `under` is the level of
 * the heading the text stands under (2: a page's section, the default; 1: right under the page's title).
 */
export function renderMarkdown(source: string, options: { under?: 1 | 2 | 3 } = {}): string {
  if (!source.trim()) return '';
  let html: string;
  try {
    html = renderWithNestedHeadings(source, (options.under ?? 2) + 1);
  } catch {
    html = markdown.utils.escapeHtml(source);
  }
  return sanitizeHtml(html, SANITIZE);
}
