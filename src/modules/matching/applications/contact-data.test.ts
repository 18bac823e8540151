import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectContactData, nameParts } from '../shared/index.js';
import { generateApplicationPseudonym } from './pseudonym.js';

describe('contact data in messages before the reveal', () => {
  it.each([
    ['Schreiben Sie mir: ayse.k@web.de', ['email']],
    ['ayse punkt k (at) web punkt de', ['email']],
    ['Mobil 0176 12345678', ['phone']],
    ['WhatsApp +49 (0)201 / 123 45 67', ['phone', 'url']],
    ['Mein Profil: https://www.linkedin.com/in/ayse', ['url']],
    ['Folgen Sie mir auf Instagram', ['url']],
    ['Ich wohne Altendorfer Straße 12 in Essen', ['address']],
    ['45127 Essen', ['address']],
  ])('holds back %s', (text, kinds) => {
    expect(detectContactData(text)).toEqual(kinds);
  });

  it.each([
    // "@" and "." written out or disguised
    ['ayse.k(at)web(punkt)de', ['email']],
    ['ayse.k [at] web [dot] de', ['email']],
    ['ayse.k {at} gmx {punkt} net', ['email']],
    ['ayse.k <at> posteo <dot> de', ['email']],
    ['ayse.k (ät) web (.) de', ['email']],
    ['ayse ät web punkt de', ['email']],
    ['ayse.k＠web．de', ['email']],
    ['ayse.k﹫web.de', ['email']],
    ['a y s e . k @ w e b . d e', ['email']],
    ['ayse\u200B.k@\u200Bweb.de', ['email']],
    ['Schreiben Sie mir bei gmx, ayse.k', ['email']],
    ['Meine Googlemail-Adresse gebe ich gern', ['email']],
    // numbers spaced out, in other scripts, spelled out
    ['0 1 7 6 1 2 3 4 5 6 7 8', ['phone']],
    ['0-1-7-6-1-2-3-4-5-6-7', ['phone']],
    ['０１７６ １２３４５６７８', ['phone']],
    ['٠١٧٦١٢٣٤٥٦٧٨', ['phone']],
    ['۰۱۷۶ ۱۲۳۴۵۶۷۸', ['phone']],
    ['null eins sieben sechs eins zwei drei vier fünf sechs sieben acht', ['phone']],
    ['Null Eins Sieben Sechs – Eins Zwei Drei – Vier Fünf Sechs Sieben', ['phone']],
    ['plus vier neun eins sieben sechs eins zwei drei vier fünf', ['phone']],
    ['zero one seven six one two three four five six', ['phone']],
    ['sıfır beş üç iki bir iki üç dört beş altı', ['phone']],
    // … and in Arabic, Polish, Russian and Ukrainian (decision 026 left these out; decision 032)
    ['صفر واحد سبعة ستة واحد اثنان ثلاثة أربعة خمسة ستة', ['phone']],
    ['رقمي: صفر خمسه سته، وسبعه ثمانيه تسعه اربعه ثلاثه', ['phone']],
    ['زائد أربعة تسعة واحد سبعة ستة واحد اثنين ثلاثة', ['phone']],
    ['zero jeden siedem sześć jeden dwa trzy cztery pięć sześć', ['phone']],
    ['Plus czterdzieści? Nie: plus cztery dziewięć jeden siedem sześć dwa trzy', ['phone']],
    ['ноль один семь шесть один два три четыре пять шесть', ['phone']],
    ['Звоните: плюс четыре девять один семь шесть восемь два', ['phone']],
    ['нуль один сім шість один два три чотири пʼять шість', ['phone']],
    ["Мій номер: нуль дев’ять вісім сім шість п'ять два", ['phone']],
    ['Tel. (0201) 12 34 56', ['phone']],
    // street addresses
    ['Hauptstr.12, Essen', ['address']],
    ['Ich wohne in der Kettwiger Strasse 4a', ['address']],
    ['Am Uhlenkamp 5, Bochum', ['address']],
    ['An der Ruhr 12 in Mülheim', ['address']],
    ['Im Stadtgarten 3 bei Herne', ['address']],
    ['Wir wohnen Auf dem Kolm 7', ['address']],
    ['45127 essen', ['address']],
  ])('holds back the disguised %s', (text, kinds) => {
    expect(detectContactData(text)).toEqual(kinds);
  });

  it.each([
    'Ich kann ab dem 01.09.2027 anfangen.',
    'Im Team 3 Jahre lang Fußball trainiert, 2 Turniere gewonnen.',
    'Im Supermarkt 3 Wochen Praktikum gemacht.',
    'Ich bin die Älteste von drei Geschwistern und helfe eins zu eins bei Hausaufgaben.',
    'Ich zähle gern: eins, zwei, drei.',
    'Am Montag 14:30 habe ich Zeit.',
    'Im Jahr 2019 bin ich nach Essen gezogen.',
    'Ich habe 12000 Euro für meinen Führerschein gespart.',
    'Ich war 2 Jahre Mentor 2 Mal pro Woche.',
    'Bir yıl boyunca gönüllü çalıştım.',
    'Auf Deutsch sage ich „at home“ nicht.',
    'Praktikum 2019–2021 in einer Werkstatt, 3 Wochen.',
    'Ich spreche Türkisch, Arabisch und Deutsch (C1).',
    'Wann passt Ihnen ein Gespräch, Dienstag um 14:30?',
    'Ich habe 12 Jahre Schule und 2 Praktika gemacht.',
    'عملت سنة واحدة في ورشة، وأتكلم ثلاث لغات.',
    'Mam dwa lata doświadczenia i jeden certyfikat.',
    'У меня два года опыта и один сертификат.',
    'Маю три роки досвіду, один сертифікат і два стажування.',
  ])('lets %s pass', (text) => {
    expect(detectContactData(text)).toEqual([]);
  });

  it('finds the applicant’s own name, whole words only', () => {
    const names = nameParts('Ayşe Yılmaz-Demir');
    expect(names).toEqual(['ayse', 'yilmaz', 'demir']);
    expect(detectContactData('Gruß, Ayse Yilmaz', { names })).toEqual(['name']);
    expect(detectContactData('Viele Grüße, Ayşe', { names })).toEqual(['name']);
    expect(detectContactData('Ich heiße YILMAZ', { names })).toEqual(['name']);
    expect(detectContactData('Demirci ist mein Lieblingsberuf', { names })).toEqual([]);
  });
});

describe('application pseudonyms', () => {
  it('are random, unambiguous and unlike profile pseudonyms', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generateApplicationPseudonym()));
    // 25^6 codes: among 2,000 a repeat happens about once in 120 runs (applyToPosition draws again when a
    // code is taken), so the test allows a few; a generator with little randomness repeats far more.
    expect(seen.size).toBeGreaterThan(1990);
    for (const pseudonym of seen) expect(pseudonym).toMatch(/^B-[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
  });
});

describe('the reveal presenter is the only way from identities to a company', () => {
  it('lets only reveal.ts (company side) and identity-store.ts (owner side) read applicant_identities, and keeps identity-store out of company code', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('test')) files.push(join(dir, entry.name));
      }
    };
    walk(here);
    const readers = files
      .filter((file) => readFileSync(file, 'utf8').includes("'applicant_identities'"))
      .map((file) => relative(here, file));
    expect(readers.sort()).toEqual(['identity-store.ts', 'reveal.ts']);
    const companySide = [
      'company-routes.tsx',
      'api-routes.ts',
      'use-cases/get-company-application.ts',
      'use-cases/list-position-applications.ts',
      'use-cases/set-application-status.ts',
      'views/company-application-page.tsx',
      'views/position-applications-page.tsx',
    ];
    for (const file of companySide)
      expect(readFileSync(join(here, file), 'utf8'), file).not.toContain('identity-store');
  });
});
