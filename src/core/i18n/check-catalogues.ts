import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from './catalogue.js';

/**
 * The logic behind `npm run i18n:check` (scripts/i18n-check.ts is only its command line).
 * German is the source language: every other catalogue must have exactly German's keys, every
 * message must be valid ICU MessageFormat with German's placeholders, and every literal key the
 * code passes to t() must exist in German.
 */
export type ProblemKind =
  | 'missing_in_locale'
  | 'locale_without_catalogue'
  | 'extra_in_locale'
  | 'invalid_message'
  | 'placeholder_mismatch'
  | 'unknown_key_in_code';

export interface CatalogueProblem {
  kind: ProblemKind;
  severity: 'error' | 'warning';
  /** One line, ready to print. */
  text: string;
}

export interface KeyUse {
  key: string;
  file: string;
  line: number;
}

export interface CheckCataloguesOptions {
  /** Every supported locale's catalogue, the source locale included. */
  catalogues: Readonly<Record<string, Catalogue>>;
  sourceLocale: string;
  keyUses: readonly KeyUse[];
  /** Report keys a translation still lacks as warnings instead of errors (translation in progress). */
  allowMissingLocales?: boolean;
  /** Namespaces that exist only in the source language on purpose (e.g. the Leichte Sprache text). */
  sourceOnlyNamespaces?: readonly string[];
}

export interface CheckCataloguesResult {
  problems: CatalogueProblem[];
  errorCount: number;
  warningCount: number;
  summary: string;
}

type Parsed = { ok: true; placeholders: Set<string> } | { ok: false; reason: string };

function collectPlaceholders(elements: MessageFormatElement[], into: Set<string>): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(element.value);
        break;
      case TYPE.select:
      case TYPE.plural:
        into.add(element.value);
        for (const option of Object.values(element.options)) collectPlaceholders(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${element.value}>`);
        collectPlaceholders(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

/** Parses a message the way intl-messageformat does and returns its placeholder (and tag) names. */
export function parseMessage(message: string): Parsed {
  try {
    return { ok: true, placeholders: collectPlaceholders(parse(message), new Set()) };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function formatNames(names: Set<string>): string {
  return names.size === 0 ? '(none)' : [...names].sort().join(', ');
}

function haveSameNames(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((name) => b.has(name));
}

export function checkCatalogues(options: CheckCataloguesOptions): CheckCataloguesResult {
  const { catalogues, sourceLocale, keyUses } = options;
  const source = catalogues[sourceLocale];
  if (!source) throw new Error(`No catalogue for the source locale "${sourceLocale}"`);
  const problems: CatalogueProblem[] = [];
  const missingSeverity = options.allowMissingLocales ? 'warning' : 'error';
  const add = (kind: ProblemKind, text: string, severity: CatalogueProblem['severity'] = 'error'): void => {
    problems.push({ kind, severity, text });
  };

  const sourceOnly = new Set(options.sourceOnlyNamespaces ?? []);
  const isSourceOnly = (key: string): boolean => sourceOnly.has(key.split('.')[0] ?? '');

  const sourceParsed = new Map<string, Parsed>();
  for (const [key, message] of source) {
    const parsed = parseMessage(message);
    sourceParsed.set(key, parsed);
    if (!parsed.ok) add('invalid_message', `${sourceLocale} ${key}: not valid ICU MessageFormat (${parsed.reason})`);
  }

  for (const [locale, catalogue] of Object.entries(catalogues)) {
    if (locale === sourceLocale) continue;
    if (catalogue.size === 0 && source.size > 0) {
      add('locale_without_catalogue', `${locale}: no messages at all (${source.size} keys missing)`, missingSeverity);
      continue;
    }
    for (const key of source.keys()) {
      if (isSourceOnly(key)) continue;
      if (!catalogue.has(key)) add('missing_in_locale', `${locale} ${key}: missing (German has it)`, missingSeverity);
    }
    for (const [key, message] of catalogue) {
      const sourceResult = sourceParsed.get(key);
      if (!sourceResult || isSourceOnly(key)) {
        add('extra_in_locale', `${locale} ${key}: not in German; remove it or add it to German first`);
        continue;
      }
      const parsed = parseMessage(message);
      if (!parsed.ok) {
        add('invalid_message', `${locale} ${key}: not valid ICU MessageFormat (${parsed.reason})`);
      } else if (sourceResult.ok && !haveSameNames(parsed.placeholders, sourceResult.placeholders)) {
        add(
          'placeholder_mismatch',
          `${locale} ${key}: placeholders ${formatNames(parsed.placeholders)} differ from German's ${formatNames(sourceResult.placeholders)}`,
        );
      }
    }
  }

  for (const use of keyUses) {
    if (!source.has(use.key))
      add('unknown_key_in_code', `${use.file}:${use.line}: t('${use.key}') has no message in ${sourceLocale}`);
  }

  const errorCount = problems.filter((problem) => problem.severity === 'error').length;
  const warningCount = problems.length - errorCount;
  const locales = Object.keys(catalogues).length;
  const summary =
    `i18n: ${source.size} keys in ${sourceLocale}, ${locales} locales, ${keyUses.length} literal keys in code: ` +
    `${errorCount} error(s), ${warningCount} warning(s)`;
  return { problems, errorCount, warningCount, summary };
}

/**
 * A call of t with a literal key in single, double or back quotes (the latter without
 * interpolation). Keys built at run time (a template with a placeholder, flash.key) cannot be
 * checked here; tests that render those pages catch them.
 */
const LITERAL_KEY_CALL = /\bt\(\s*(?:'([^'\\\n]*)'|"([^"\\\n]*)"|`([^`\\$]*)`)\s*[,)]/g;
const KEY_SHAPE = /^[\w-]+(?:\.[\w-]+)+$/;

export function findKeyUses(sourceText: string, file: string): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const match of sourceText.matchAll(LITERAL_KEY_CALL)) {
    const key = match[1] ?? match[2] ?? match[3] ?? '';
    if (!KEY_SHAPE.test(key)) continue;
    const line = sourceText.slice(0, match.index).split('\n').length;
    uses.push({ key, file, line });
  }
  return uses;
}

/** Literal keys in every .ts/.tsx file under `dir`, except tests (their fixtures are not product code). */
export function collectKeyUses(dir: string, relativeTo = dir): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') uses.push(...collectKeyUses(path, relativeTo));
    } else if (
      /\.tsx?$/.test(entry.name) &&
      !/\.(test|spec)\.tsx?$/.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      uses.push(...findKeyUses(readFileSync(path, 'utf8'), relative(relativeTo, path)));
    }
  }
  return uses;
}
