import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

/**
 * Markdown to plain text, for formats that carry text only (HSDS descriptions, calendars): paragraphs
 * and headings separated by a blank line, list items on their own lines with "-" or their number, a
 * link's address in brackets after its text, emphasis and code marks dropped. Never throws.
 */
export function markdownToPlainText(source: string): string {
  if (!source.trim()) return '';
  let tokens: ReturnType<typeof markdown.parse>;
  try {
    tokens = markdown.parse(source, {});
  } catch {
    return source.trim();
  }
  const out: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) out.push('\n');
        break;
      case 'list_item_open': {
        const list = lists.at(-1);
        out.push('  '.repeat(Math.max(0, lists.length - 1)));
        out.push(list?.ordered ? `${list.next++}. ` : '- ');
        break;
      }
      case 'paragraph_close':
        out.push(lists.length > 0 ? '\n' : '\n\n');
        break;
      case 'heading_close':
        out.push('\n\n');
        break;
      case 'fence':
      case 'code_block':
        out.push(token.content.trimEnd(), '\n\n');
        break;
      case 'hr':
        out.push('\n');
        break;
      case 'inline': {
        let href: string | null = null;
        let linkText = '';
        for (const child of token.children ?? []) {
          if (child.type === 'text' || child.type === 'code_inline') {
            out.push(child.content);
            if (href !== null) linkText += child.content;
          } else if (child.type === 'softbreak' || child.type === 'hardbreak') out.push('\n');
          else if (child.type === 'link_open') {
            href = child.attrGet('href');
            linkText = '';
          } else if (child.type === 'link_close') {
            const target = href?.replace(/^mailto:/, '') ?? '';
            if (target && target !== linkText) out.push(` (${target})`);
            href = null;
          }
        }
        break;
      }
    }
  }
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
