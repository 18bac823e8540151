import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Actor } from '../auth/actor.js';
import type { Translator } from '../i18n/translator.js';
import type { NavigationEntry } from '../modules/navigation.js';

/** What every server-rendered component may know about the request it renders for. */
export interface PageContext {
  i18n: Translator;
  t: Translator['t'];
  actor: Actor;
  csrfToken: string;
  /** Path after the language prefix, e.g. "/konto" for /de/konto. */
  path: string;
  /** Query string including "?", or "". */
  search: string;
  isProduction: boolean;
  /** The request came straight from this machine (core/loopback.ts), through no proxy. */
  isLocalVisitor?: boolean;
  flash: { kind: 'success' | 'info'; key: string } | null;
  /** Every menu entry of core and the modules; the layout shows those this visitor may see (core/modules/navigation.ts). */
  navigation: readonly NavigationEntry[];
}

export const PageContextProvider = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const context = useContext(PageContextProvider);
  if (!context) throw new Error('usePage() outside a rendered page');
  return context;
}

/** Builds a link to a path in the current (or another) language. */
export function href(locale: string, path: string): string {
  return `/${locale}${path === '/' ? '/' : path}`;
}
