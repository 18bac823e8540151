import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../../region/index.js';

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk'] as const;
const SCRIPT: Record<(typeof LANGUAGES)[number], RegExp> = {
  de: /[a-zäöüß]/i,
  en: /[a-z]/i,
  tr: /[a-zçğıöşü]/i,
  pl: /[a-ząćęłńóśźż]/i,
  ar: /[\u0600-\u06ff]/,
  ru: /[\u0400-\u04ff]/,
  uk: /[\u0400-\u04ff]/,
};

function catalogue(lang: string): { names: Record<string, string>; tasks: Record<string, string> } {
  const file = fileURLToPath(new URL(`../messages/${lang}/matching_occupations.json`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8')) as { names: Record<string, string>; tasks: Record<string, string> };
}

describe('occupations in plain words and seven languages', () => {
  it('every occupation has a name and what you do in every language, in that language’s script', () => {
    for (const lang of LANGUAGES) {
      const { names, tasks } = catalogue(lang);
      expect(Object.keys(names).sort()).toEqual(OCCUPATIONS.map((o) => o.id).sort());
      expect(Object.keys(tasks).sort()).toEqual(OCCUPATIONS.map((o) => o.id).sort());
      for (const occupation of OCCUPATIONS) {
        const name = names[occupation.id] as string;
        const task = tasks[occupation.id] as string;
        expect(task.length, `${lang} ${occupation.id}`).toBeGreaterThan(30);
        expect(SCRIPT[lang].test(task), `${lang} ${occupation.id}`).toBe(true);
        if (lang === 'de') expect(name).toBe(occupation.name);
        else expect(name, `${lang} ${occupation.id} is a translation, not the German name`).not.toBe(occupation.name);
      }
    }
  });

  it('no two occupations share a translated name in a language', () => {
    for (const lang of LANGUAGES) {
      const names = Object.values(catalogue(lang).names);
      expect(new Set(names).size, lang).toBe(names.length);
    }
  });

  it('durations are the lengths the page can name, and KldB codes stay empty unless confirmed', () => {
    for (const occupation of OCCUPATIONS) {
      expect([24, 30, 36, 42]).toContain(occupation.durationMonths);
      expect(occupation.kldb2010).toBeNull();
    }
    const months = (id: string) => OCCUPATIONS.find((o) => o.id === id)?.durationMonths;
    expect(months('mechatroniker')).toBe(42);
    expect(months('fachlagerist')).toBe(24);
    expect(months('kaufmann-bueromanagement')).toBe(36);
  });
});
