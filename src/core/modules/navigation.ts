import type { Actor } from '../auth/actor.js';
import type { LocaleCode } from '../i18n/locales.js';

/**
 * Where an entry appears: the main menu in the header (each role's own places), the account menu
 * beside it (rendered when a module puts entries there; sign-in and account links stay in the main menu so
 * far), the footer's legal and service links, or the "Ausbilden" hub page (/ausbilden), where the modules for
 * employers who train and for learning about diversity each place one card, so the main menu does not grow by
 * one entry per module. A later area is one more name here and one more place that renders it.
 */
export type NavigationArea = 'main' | 'account' | 'footer' | 'training';

/** What a visibility rule may look at: who is visiting, and whether this is production. */
export interface NavigationViewer {
  actor: Actor;
  isProduction: boolean;
  /** The request came straight from this machine (loopback, through no proxy): a developer at their own computer. */
  isLocalVisitor?: boolean;
}

export interface NavigationEntry {
  area: NavigationArea;
  /** The path after the language prefix ("/suche" for /de/suche). */
  path: string;
  /** The i18n key of the link text. */
  labelKey: string;
  /** The i18n key of a sentence under the link, where the area shows one (the hub pages' cards). */
  descriptionKey?: string;
  /** Position within the area, smallest first; entries of all modules are sorted together. */
  order: number;
  /** 'link' (the default) or 'post': a one-button form that posts to the path (logging out). */
  kind?: 'link' | 'post';
  /** Always links into this language, e.g. the Leichte Sprache text, which exists only in German. */
  lang?: LocaleCode;
  /** Shown only when this returns true; without it the entry is shown to everybody. */
  isVisible?: (viewer: NavigationViewer) => boolean;
}

/** The entries of one area the viewer may see, in their order (equal orders keep their registration order). */
export function navigationFor(
  entries: readonly NavigationEntry[],
  area: NavigationArea,
  viewer: NavigationViewer,
): NavigationEntry[] {
  return entries
    .filter((entry) => entry.area === area && (entry.isVisible?.(viewer) ?? true))
    .sort((a, b) => a.order - b.order);
}

/** Visibility rules most entries need. */
export const isSignedIn = ({ actor }: NavigationViewer): boolean => actor.kind === 'user';
export const isAnonymous = ({ actor }: NavigationViewer): boolean => actor.kind === 'anonymous';
