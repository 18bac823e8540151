import { describe, expect, it } from 'vitest';
import { bestPartialMatch, partialCandidates } from './partial.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { normaliseWord, understandQuery } from './understand.js';

const synonymsOf = (text: string, word: string) =>
  understandQuery(text).terms.find((term) => term.text === word)?.synonyms ?? [];

describe('query understanding', () => {
  it('widens abbreviations and words of the field by the synonym list', () => {
    expect(synonymsOf('Kfz', 'Kfz')).toEqual(expect.arrayContaining(['Kraftfahrzeug', 'Kfz-Mechatroniker']));
    expect(synonymsOf('Sprachkurs', 'Sprachkurs')).toEqual(
      expect.arrayContaining(['Deutschkurs', 'Berufsbezogenes Deutsch', 'Fachsprache', 'Integrationskurs']),
    );
    expect(synonymsOf('azubi', 'azubi')).toEqual(expect.arrayContaining(['Auszubildende', 'Ausbildung']));
    expect(synonymsOf('IKO Beratung', 'IKO')).toEqual(['interkulturelle Öffnung']);
    expect(synonymsOf('KMU', 'KMU')).toContain('kleine und mittlere Unternehmen');
    expect(synonymsOf('Mechatroniker', 'Mechatroniker')).toContain('Mechatronikerin');
    expect(synonymsOf('Bafög', 'Bafög')).toContain('Ausbildungsförderung');
    expect(synonymsOf('Trommelkurs', 'Trommelkurs')).toEqual([]);
  });

  it('reads a run of words that is one term as one term, with the other terms of its group', () => {
    const { terms } = understandQuery('Beratung interkulturelle Öffnung');
    expect(terms.map((term) => term.text)).toEqual(['Beratung', 'interkulturelle Öffnung']);
    expect(terms[1]?.synonyms).toEqual(['IKÖ']);
    expect(understandQuery('kleine und mittlere Unternehmen').terms).toEqual([
      { text: 'kleine und mittlere Unternehmen', synonyms: ['KMU', 'Mittelstand'] },
    ]);
  });

  it('takes a city or district out of the text as a place filter that can be removed', () => {
    const essen = understandQuery('Ausbildung Mechatroniker Essen');
    expect(essen.terms.map((term) => term.text)).toEqual(['Ausbildung', 'Mechatroniker']);
    expect(essen.places).toEqual([
      { city: 'essen', district: null, label: 'Essen', textWithout: 'Ausbildung Mechatroniker' },
    ]);
    const inEssen = understandQuery('Praktikum in Essen');
    expect(inEssen.terms.map((term) => term.text)).toEqual(['Praktikum']);
    expect(inEssen.places[0]?.textWithout).toBe('Praktikum');
    const wattenscheid = understandQuery('Kfz Bochum-Wattenscheid');
    expect(wattenscheid.places).toEqual([
      { city: 'bochum', district: 'Wattenscheid', label: 'Bochum-Wattenscheid', textWithout: 'Kfz' },
    ]);
    expect(understandQuery('Deutschkurs Rüttenscheid').places[0]).toMatchObject({
      city: 'essen',
      district: 'Rüttenscheid',
    });
    expect(understandQuery('Mentoring Mülheim an der Ruhr').places).toEqual([
      { city: 'muelheim', district: null, label: 'Mülheim', textWithout: 'Mentoring' },
    ]);
    expect(understandQuery('MUELHEIM').places[0]?.city).toBe('muelheim');
    const two = understandQuery('Praktikum Essen oder Bochum');
    expect(two.places.map((place) => [place.city, place.textWithout])).toEqual([
      ['essen', 'Praktikum oder Bochum'],
      ['bochum', 'Praktikum Essen oder'],
    ]);
  });

  it('leaves general words and unknown places in the text', () => {
    expect(understandQuery('Mitte Süd').places).toEqual([]);
    expect(understandQuery('Ausbildung Berlin').terms.map((term) => term.text)).toEqual(['Ausbildung', 'Berlin']);
  });

  it('treats operators, quotes and emoji as separators and cuts long queries', () => {
    expect(understandQuery('"Kfz" & (Mechatroniker) 🚗').terms.map((term) => term.text)).toEqual([
      'Kfz',
      'Mechatroniker',
    ]);
    const long = understandQuery(Array.from({ length: 40 }, (_, i) => `wort${i}`).join(' '));
    expect(long.isShortened).toBe(true);
    expect(long.terms).toHaveLength(32);
  });

  it('keeps the synonym list free of a term listed twice in one group and of empty terms', () => {
    for (const group of SYNONYM_GROUPS) {
      const normalised = group.map(normaliseWord);
      expect(new Set(normalised).size, group.join(', ')).toBe(group.length);
      expect(group.length).toBeGreaterThan(1);
      for (const term of group) expect(term.trim()).toBe(term);
    }
  });
});

describe('partial matches', () => {
  const terms = understandQuery('Ausbildung Mechatroniker Raumfahrt').terms;

  it('tries leaving out each term, the later ones first', () => {
    expect(partialCandidates(terms).map((c) => c.dropped.text)).toEqual(['Raumfahrt', 'Mechatroniker', 'Ausbildung']);
    expect(partialCandidates(terms.slice(0, 1))).toEqual([]);
  });

  it('keeps the partial query with the most results and names the word left out', async () => {
    const totals: Record<string, number> = {
      'Ausbildung Mechatroniker': 3,
      'Ausbildung Raumfahrt': 0,
      'Mechatroniker Raumfahrt': 0,
    };
    const best = await bestPartialMatch(terms, (remaining) =>
      Promise.resolve({ total: totals[remaining.map((t) => t.text).join(' ')] ?? 0 }),
    );
    expect(best).toEqual({ dropped: terms[2], result: { total: 3 } });
    expect(await bestPartialMatch(terms, () => Promise.resolve({ total: 0 }))).toBeNull();
  });

  it('asks the partial queries at once, at most four at a time, and still keeps the first best on a tie', async () => {
    const long = understandQuery('eins zwei drei vier fünf sechs').terms;
    let running = 0;
    let most = 0;
    const best = await bestPartialMatch(long, async (remaining) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return { total: remaining.some((term) => term.text === 'eins') ? 2 : 1 };
    });
    expect(most).toBe(4);
    expect(best?.dropped.text).toBe('sechs');
  });
});
