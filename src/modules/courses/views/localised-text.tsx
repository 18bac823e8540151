import type { ComponentChildren } from 'preact';
import { usePage } from '../../../core/http/page-context.js';
import { pick, type LocalisedText } from '../content/index.js';

/** The text in the reader's language, or the German original marked as German (`lang="de"`) for screen readers. */
export function useLocalised() {
  const { i18n } = usePage();
  const lang = i18n.locale.code;
  return (text: LocalisedText) => {
    const shown = pick(text, lang);
    return { text: shown.text, lang: shown.lang === lang ? undefined : shown.lang };
  };
}

/** Inline content text, marked with its language when it is the German fallback. */
export function Localised({ text, children }: { text: LocalisedText; children?: ComponentChildren }) {
  const shown = useLocalised()(text);
  return (
    <span lang={shown.lang} dir={shown.lang ? 'ltr' : undefined}>
      {shown.text}
      {children}
    </span>
  );
}
