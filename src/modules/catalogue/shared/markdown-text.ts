import MarkdownIt from 'markdown-it';

type Token = ReturnType<MarkdownIt['parse']>[number];

/** Raw HTML stays text here as on the pages (entries/markdown.ts): nothing a user wrote is interpreted. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/** The text of an inline token's children: emphasis and code lose their marks, a link keeps its address. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  let href: string | null = null;
  let linkText = '';
  for (const token of children) {
    if (token.type === 'link_open') {
      href = token.attrGet('href');
      linkText = '';
    } else if (token.type === 'link_close') {
      const shown = linkText.trim();
      // An address written out (linkify, <https://…>) is shown once; a named link keeps its address in brackets.
      text += href && shown !== href && `mailto:${shown}` !== href ? `${linkText} (${href})` : linkText;
      href = null;
    } else {
      const piece =
        token.type === 'text' || token.type === 'code_inline'
          ? token.content
          : token.type === 'softbreak'
            ? ' '
            : token.type === 'hardbreak'
              ? '\n'
              : token.type === 'image'
                ? token.content
                : '';
      if (href !== null) linkText += piece;
      else text += piece;
    }
  }
  return text;
}

/**
 * Markdown as plain text, for places that cannot show HTML (an iCalendar DESCRIPTION, open-data exports):
 * paragraphs and headings become lines with a blank line between blocks, list items start with "– " or their
 * number, quotes with "> ", code blocks stay as written; emphasis marks disappear and links become
 * "text (address)". A malformed document gives what it can and never throws.
 */
export function markdownToText(source: string): string {
  if (!source.trim()) return '';
  let tokens: Token[];
  try {
    tokens = markdown.parse(source, {});
  } catch {
    return source.trim();
  }
  const blocks: { text: string; list: number | null }[] = [];
  let listCount = 0;
  const lists: { ordered: boolean; next: number }[] = [];
  let quoteDepth = 0;
  let itemPrefix: string | null = null;
  const push = (text: string) => {
    const indent = '  '.repeat(Math.max(lists.length - 1, 0));
    const quote = '> '.repeat(quoteDepth);
    const lines = text.split('\n');
    const first = itemPrefix ?? '';
    const rest = ' '.repeat(first.length);
    itemPrefix = null;
    blocks.push({
      text: lines.map((line, index) => `${quote}${indent}${index === 0 ? first : rest}${line}`.trimEnd()).join('\n'),
      list: lists.length > 0 ? listCount : null,
    });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        if (lists.length === 0) listCount += 1;
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1];
        if (list?.ordered) {
          itemPrefix = `${list.next}. `;
          list.next += 1;
        } else itemPrefix = '– ';
        break;
      }
      case 'blockquote_open':
        quoteDepth += 1;
        break;
      case 'blockquote_close':
        quoteDepth -= 1;
        break;
      case 'inline':
        push(inlineText(token.children ?? []));
        break;
      case 'fence':
      case 'code_block':
        push(token.content.replace(/\n$/, ''));
        break;
      case 'hr':
        push('———');
        break;
      default:
        break;
    }
  }
  // Items of one list stay together; other blocks are set apart by a blank line.
  let text = '';
  blocks.forEach((block, index) => {
    if (index > 0) text += block.list !== null && block.list === blocks[index - 1]?.list ? '\n' : '\n\n';
    text += block.text;
  });
  return text.trim();
}
