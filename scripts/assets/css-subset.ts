/**
 * Ships only the KERN rules the pages can use: the class names that the sources mention are
 * collected (a class built in a template, `kern-alert--${kind}`, counts as a prefix that keeps
 * every class starting with it), and a rule of the KERN stylesheet survives when one of its
 * selectors needs no other KERN class. Element rules, custom properties, @font-face, keyframes,
 * focus, print and right-to-left rules stay as long as their selectors pass the same test.
 */
import postcss, { type AtRule, type Container, type Root, type Rule } from 'postcss';

export interface UsedClasses {
  names: ReadonlySet<string>;
  /** Beginnings of class names completed at run time (`kern-btn--` from `kern-btn--${variant}`). */
  prefixes: readonly string[];
  /**
   * Every quoted word of the sources ('info', "success"): what a prefix can be completed with, since
   * the value a template puts after `kern-icon--` comes from a literal somewhere (a union type, a map).
   */
  literals: ReadonlySet<string>;
}

const CLASS_IN_SOURCE = /kern-[A-Za-z0-9_-]*/g;
const QUOTED_WORD = /(['"`])([a-z][a-z0-9_-]*)\1/g;

/** The KERN class names (and name prefixes) that the given source texts mention. */
export function usedKernClasses(sources: readonly string[]): UsedClasses {
  const names = new Set<string>();
  const prefixes = new Set<string>();
  const literals = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(QUOTED_WORD)) if (match[2]) literals.add(match[2]);
    for (const match of source.matchAll(CLASS_IN_SOURCE)) {
      const name = match[0];
      // `kern-heading-${size}` and `'kern-alert--' + kind` leave a name open at its end;
      // `kern-fieldset${error ? …}` is a whole name that a template continues with another.
      if (name.endsWith('-') || name.endsWith('_')) prefixes.add(name);
      else names.add(name);
    }
  }
  return { names, prefixes: [...prefixes].filter((prefix) => prefix.length > 'kern-'.length), literals };
}

/** Pseudo-classes whose arguments only narrow or negate a match: a class inside them is not required. */
const FUNCTIONAL_PSEUDO = /:(?:not|is|where|has)\(/g;

/** The selector without the arguments of :not(), :is(), :where() and :has() (nested ones too). */
function withoutFunctionalArguments(selector: string): string {
  let result = '';
  let index = 0;
  for (const match of selector.matchAll(FUNCTIONAL_PSEUDO)) {
    if (match.index < index) continue;
    result += selector.slice(index, match.index);
    let depth = 1;
    let position = match.index + match[0].length;
    while (position < selector.length && depth > 0) {
      if (selector[position] === '(') depth += 1;
      else if (selector[position] === ')') depth -= 1;
      position += 1;
    }
    index = position;
  }
  return result + selector.slice(index);
}

const CLASS_IN_SELECTOR = /\.(-?[_a-zA-Z][\w-]*)/g;

/** Whether every KERN class that the selector requires is in use. */
export function isSelectorUsed(selector: string, used: UsedClasses): boolean {
  const required = [
    ...withoutFunctionalArguments(selector)
      .replace(/\[[^\]]*\]/g, '')
      .matchAll(CLASS_IN_SELECTOR),
  ];
  return required.every(([, name]) => {
    if (!name?.startsWith('kern-')) return true;
    if (used.names.has(name)) return true;
    return used.prefixes.some((prefix) => name.startsWith(prefix) && used.literals.has(name.slice(prefix.length)));
  });
}

function isInsideKeyframes(rule: Rule): boolean {
  for (let parent = rule.parent as Container | undefined; parent; parent = parent.parent as Container | undefined) {
    if (parent.type === 'atrule' && /keyframes$/i.test((parent as AtRule).name)) return true;
  }
  return false;
}

const VARIABLE_REFERENCE = /var\(\s*(--[\w-]+)/g;

/**
 * Removes the custom properties that nothing reads: not the remaining rules, not the given other
 * stylesheets (the app's own), not another custom property that is read itself.
 */
function removeUnreadCustomProperties(root: Root, otherStylesheets: readonly string[]): void {
  const definitions = new Map<string, string[]>();
  const read = new Set<string>();
  const collect = (value: string, into: Set<string>): void => {
    for (const match of value.matchAll(VARIABLE_REFERENCE)) if (match[1]) into.add(match[1]);
  };
  for (const css of otherStylesheets) collect(css, read);
  root.walkDecls((decl) => {
    if (!decl.prop.startsWith('--')) return collect(decl.value, read);
    const values = definitions.get(decl.prop) ?? [];
    values.push(decl.value);
    definitions.set(decl.prop, values);
  });
  const pending = [...read];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    const found = new Set<string>();
    for (const value of definitions.get(name) ?? []) collect(value, found);
    for (const next of found) {
      if (read.has(next)) continue;
      read.add(next);
      pending.push(next);
    }
  }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith('--') && !read.has(decl.prop)) decl.remove();
  });
}

/**
 * The stylesheet without the rules that no page can match and the custom properties nothing reads;
 * rules and at-rules left empty go too. `otherStylesheets` are read for the custom properties they use.
 */
export function subsetKernCss(css: string, used: UsedClasses, otherStylesheets: readonly string[] = []): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (isInsideKeyframes(rule)) return;
    const kept = rule.selectors.filter((selector) => isSelectorUsed(selector, used));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  removeUnreadCustomProperties(root, otherStylesheets);
  let removed = true;
  while (removed) {
    removed = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes !== undefined && node.nodes.length === 0) {
        node.remove();
        removed = true;
      }
    });
  }
  return root.toString();
}
