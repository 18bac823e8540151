import { describe, expect, it } from 'vitest';
import { checkCatalogues, findKeyUses, parseMessage, type ProblemKind } from './check-catalogues.js';

const catalogue = (entries: Record<string, string>) => new Map(Object.entries(entries));

const german = catalogue({
  'home.title': 'Willkommen',
  'home.greeting': 'Hallo {name}',
  'home.count': '{count, plural, one {# Platz} other {# Plätze}} in {city}',
});

function kinds(result: ReturnType<typeof checkCatalogues>): ProblemKind[] {
  return result.problems.map((problem) => problem.kind);
}

describe('checkCatalogues', () => {
  it('accepts a translation with the same keys and placeholders', () => {
    const result = checkCatalogues({
      catalogues: {
        de: german,
        en: catalogue({
          'home.title': 'Welcome',
          'home.greeting': 'Hello {name}',
          'home.count': '{count, plural, one {# place} other {# places}} in {city}',
        }),
      },
      sourceLocale: 'de',
      keyUses: [{ key: 'home.title', file: 'src/x.tsx', line: 3 }],
    });
    expect(result.problems).toEqual([]);
    expect(result.errorCount).toBe(0);
    expect(result.summary).toContain('0 error(s)');
  });

  it('reports keys a translation lacks and keys German lacks', () => {
    const result = checkCatalogues({
      catalogues: {
        de: german,
        en: catalogue({ 'home.title': 'Welcome', 'home.greeting': 'Hello {name}', 'home.extra': 'Extra' }),
      },
      sourceLocale: 'de',
      keyUses: [],
    });
    expect(kinds(result).sort()).toEqual(['extra_in_locale', 'missing_in_locale']);
    expect(result.problems.find((p) => p.kind === 'missing_in_locale')?.text).toContain('en home.count');
    expect(result.errorCount).toBe(2);
  });

  it('expects no translation of a source-only namespace and refuses one', () => {
    const withEasy = new Map([...german, ['easy.intro', 'Das ist ein Text in Leichter Sprache.']]);
    const translation = catalogue({
      'home.title': 'Welcome',
      'home.greeting': 'Hello {name}',
      'home.count': '{count, plural, one {# place} other {# places}} in {city}',
    });
    const options = { sourceLocale: 'de', keyUses: [], sourceOnlyNamespaces: ['easy'] };
    expect(checkCatalogues({ ...options, catalogues: { de: withEasy, en: translation } }).problems).toEqual([]);
    const translated = new Map([...translation, ['easy.intro', 'This is easy.']]);
    expect(kinds(checkCatalogues({ ...options, catalogues: { de: withEasy, en: translated } }))).toEqual([
      'extra_in_locale',
    ]);
  });

  it('downgrades missing translations to warnings when allowed, but never extra keys', () => {
    const result = checkCatalogues({
      catalogues: { de: german, en: catalogue({ 'home.title': 'Welcome', 'home.extra': 'Extra' }), ar: new Map() },
      sourceLocale: 'de',
      keyUses: [],
      allowMissingLocales: true,
    });
    expect(result.warningCount).toBe(3);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.kind)).toEqual(['extra_in_locale']);
    expect(kinds(result)).toContain('locale_without_catalogue');
  });

  it('reports invalid ICU messages in German and in translations', () => {
    const result = checkCatalogues({
      catalogues: {
        de: catalogue({ 'a.broken': 'Hallo {name', 'a.ok': '{n, plural, one {eins}}' }),
        en: catalogue({ 'a.broken': 'Hello', 'a.ok': '{n, plural, one {one} other {many}' }),
      },
      sourceLocale: 'de',
      keyUses: [],
    });
    const invalid = result.problems.filter((p) => p.kind === 'invalid_message').map((p) => p.text.split(':')[0]);
    // German's plural lacks the required "other" case; English's plural is not closed.
    expect(invalid.sort()).toEqual(['de a.broken', 'de a.ok', 'en a.ok']);
  });

  it('reports placeholders that differ from German, including inside plural branches', () => {
    const result = checkCatalogues({
      catalogues: {
        de: german,
        en: catalogue({
          'home.title': 'Welcome',
          'home.greeting': 'Hello {nom}',
          'home.count': '{count, plural, one {# place} other {# places}}',
        }),
      },
      sourceLocale: 'de',
      keyUses: [],
    });
    expect(kinds(result)).toEqual(['placeholder_mismatch', 'placeholder_mismatch']);
    expect(result.problems[0]?.text).toContain('nom');
    expect(result.problems[1]?.text).toContain('city');
  });

  it('reports literal keys used in code that German does not have', () => {
    const result = checkCatalogues({
      catalogues: { de: german },
      sourceLocale: 'de',
      keyUses: [
        { key: 'home.title', file: 'src/a.tsx', line: 1 },
        { key: 'home.missing', file: 'src/b.tsx', line: 7 },
      ],
    });
    expect(result.problems).toEqual([
      { kind: 'unknown_key_in_code', severity: 'error', text: "src/b.tsx:7: t('home.missing') has no message in de" },
    ]);
  });
});

describe('findKeyUses', () => {
  it('finds literal keys in all three quote styles, with their lines', () => {
    const source = [
      "const a = t('home.title');",
      'const b = request.i18n.t("home.greeting", { name });',
      'const c = t(`home.count`, { count });',
    ].join('\n');
    expect(findKeyUses(source, 'src/x.tsx')).toEqual([
      { key: 'home.title', file: 'src/x.tsx', line: 1 },
      { key: 'home.greeting', file: 'src/x.tsx', line: 2 },
      { key: 'home.count', file: 'src/x.tsx', line: 3 },
    ]);
  });

  it('skips interpolated keys, variables and calls of other functions', () => {
    const source = [
      't(`home.fields.${field}.title`);',
      't(flash.key);',
      "split('a.b');",
      "it('does a.b');",
      "t('no dots here')",
    ].join('\n');
    expect(findKeyUses(source, 'src/x.tsx')).toEqual([]);
  });
});

describe('parseMessage', () => {
  it('collects argument, plural, select and tag names', () => {
    const parsed = parseMessage('{who} hat {n, plural, other {# {kind, select, a {A} other {<b>B</b>}}}}');
    expect(parsed.ok && [...parsed.placeholders].sort()).toEqual(['<b>', 'kind', 'n', 'who']);
  });
});
