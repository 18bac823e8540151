import { describe, expect, it } from 'vitest';
import { findOccupation, OCCUPATIONS } from '../../region/index.js';
import { useTestPlatform } from '../../../tests/setup/test-platform.js';
import { NAME_STEMS } from '../data/organisations.js';
import { TRADES, tradesNamedIn, tradeTrains } from '../data/trades.js';
import { generateDemoData } from '../demo.js';
import { generateCompanyName } from '../names.js';
import { createRandom } from '../random.js';

const test = useTestPlatform();

/**
 * What each trade trains first, written down here apart from the mapping in data/trades.ts: the
 * occupation that a firm of the trade stands for. A mapping that drifts (a bakery whose main
 * occupation is no longer Bäcker/-in) fails here even if the generator follows it faithfully.
 */
const CORE_OCCUPATION: Readonly<Record<string, string>> = {
  augenoptik: 'augenoptiker',
  hoerakustik: 'hoerakustiker',
  kfz: 'kraftfahrzeugmechatroniker',
  lackiererei: 'fahrzeuglackierer',
  zweirad: 'zweiradmechatroniker',
  elektro: 'elektroniker',
  energietechnik: 'elektroniker-betriebstechnik',
  shk: 'anlagenmechaniker-shk',
  kaeltetechnik: 'mechatroniker-kaeltetechnik',
  industrie: 'mechatroniker',
  ausbildungswerk: 'industriemechaniker',
  zerspanung: 'zerspanungsmechaniker',
  metallbau: 'metallbauer',
  kunststoff: 'verfahrensmechaniker-kunststoff',
  medizintechnik: 'elektroniker-geraete-systeme',
  chemie: 'chemikant',
  pflege: 'pflegefachmann',
  zahnarztpraxis: 'zahnmedizinischer-fachangestellter',
  arztpraxis: 'medizinischer-fachangestellter',
  tierarztpraxis: 'tiermedizinischer-fachangestellter',
  zahntechnik: 'zahntechniker',
  apotheke: 'pharmazeutisch-kaufmaennischer-angestellter',
  logistik: 'fachkraft-lagerlogistik',
  grosshandel: 'kaufmann-gross-aussenhandel',
  hotel: 'hotelfachmann',
  gastronomie: 'koch',
  systemgastronomie: 'fachmann-systemgastronomie',
  baeckerei: 'baecker',
  fleischerei: 'fleischer',
  einzelhandel: 'kaufmann-einzelhandel',
  onlinehandel: 'kaufmann-e-commerce',
  floristik: 'florist',
  galabau: 'gaertner',
  friseur: 'friseur',
  kosmetik: 'kosmetiker',
  bau: 'maurer',
  dachdecker: 'dachdecker',
  maler: 'maler-lackierer',
  fliesen: 'fliesenleger',
  tischlerei: 'tischler',
  gebaeudeservice: 'gebaeudereiniger',
  sicherheit: 'fachkraft-schutz-sicherheit',
  it: 'fachinformatiker',
  medien: 'mediengestalter-digital-print',
  veranstaltung: 'fachkraft-veranstaltungstechnik',
  steuerberatung: 'steuerfachangestellter',
  kanzlei: 'rechtsanwaltsfachangestellter',
  immobilien: 'immobilienkaufmann',
  versicherung: 'kaufmann-versicherungen-finanzanlagen',
  personaldienstleistung: 'personaldienstleistungskaufmann',
  reisebuero: 'kaufmann-tourismus-freizeit',
  fitness: 'sport-fitnesskaufmann',
};

/** Occupations no firm of these trades trains: the mistakes the demo made before. */
const NEVER: readonly (readonly [string, string])[] = [
  ['augenoptik', 'kraftfahrzeugmechatroniker'],
  ['augenoptik', 'fachinformatiker'],
  ['kfz', 'augenoptiker'],
  ['baeckerei', 'steuerfachangestellter'],
  ['zahnarztpraxis', 'koch'],
  ['steuerberatung', 'dachdecker'],
  ['friseur', 'industriemechaniker'],
  ['pflege', 'zerspanungsmechaniker'],
  ['it', 'baecker'],
];

interface PositionFit {
  company: string;
  occupation: string;
  kind: string;
}

async function positionsWithCompany(): Promise<PositionFit[]> {
  return test.db
    .selectFrom('positions')
    .innerJoin('organisations', 'organisations.id', 'positions.organisation_id')
    .select(['organisations.name as company', 'positions.occupation_id as occupation', 'positions.kind'])
    .execute();
}

function expectEveryPositionFitsItsTrade(positions: readonly PositionFit[]): Map<string, number> {
  const perTrade = new Map<string, number>();
  for (const position of positions) {
    const trades = tradesNamedIn(position.company);
    expect(
      trades.map((trade) => trade.key),
      position.company,
    ).toHaveLength(1);
    const [trade] = trades;
    if (!trade) continue;
    expect(tradeTrains(trade, position.occupation), `${position.company} → ${position.occupation}`).toBe(true);
    if (position.kind === 'dual_study') expect(trade.dualStudy, `${position.company}: dual study`).toBe(true);
    perTrade.set(trade.key, (perTrade.get(trade.key) ?? 0) + 1);
  }
  return perTrade;
}

describe('trades of the demo companies', () => {
  it('name only known occupations, with the core occupation each trade stands for first', () => {
    expect(TRADES.map((trade) => trade.key).sort()).toEqual(Object.keys(CORE_OCCUPATION).sort());
    for (const trade of TRADES) {
      expect(trade.occupations.length, trade.key).toBeGreaterThan(0);
      for (const [id, weight] of trade.occupations) {
        expect(findOccupation(id), `${trade.key}: ${id}`).toBeDefined();
        expect(weight).toBeGreaterThan(0);
      }
      const [core] = [...trade.occupations].sort((a, b) => b[1] - a[1]);
      expect(trade.occupations[0]?.[0], trade.key).toBe(CORE_OCCUPATION[trade.key]);
      expect(core?.[0], trade.key).toBe(CORE_OCCUPATION[trade.key]);
    }
    for (const [key, occupation] of NEVER) {
      const trade = TRADES.find((candidate) => candidate.key === key);
      expect(trade && tradeTrains(trade, occupation), `${key} must not train ${occupation}`).toBe(false);
    }
    // The mapping reaches well over half of the occupation list, so applicants find most interests.
    const covered = new Set(TRADES.flatMap((trade) => trade.occupations.map(([id]) => id)));
    expect(covered.size).toBeGreaterThan(OCCUPATIONS.length / 2);
  });

  it('are read from generated names unambiguously: every name names exactly one trade', () => {
    for (const stem of NAME_STEMS) expect(tradesNamedIn(`${stem} GmbH`), stem).toEqual([]);
    const random = createRandom('trade-names');
    for (let i = 0; i < 5000; i++) {
      const name = generateCompanyName(random);
      expect(tradesNamedIn(name).length, name).toBe(1);
    }
    for (const trade of TRADES) {
      const name = generateCompanyName(random, trade);
      expect(tradesNamedIn(name), name).toEqual([trade]);
    }
  });

  it('decide the occupation of every generated position at the demo scale', async () => {
    await generateDemoData(test.db, { scale: 1, seed: 'trade-fit' });
    const positions = await positionsWithCompany();
    expect(positions.length).toBeGreaterThanOrEqual(300);
    const perTrade = expectEveryPositionFitsItsTrade(positions);
    // Many trades publish, not a handful.
    expect(perTrade.size).toBeGreaterThanOrEqual(15);
  }, 120_000);

  it('decide the occupation of every generated position at a larger scale', async () => {
    await generateDemoData(test.db, { scale: 3, seed: 'trade-fit-large' });
    const positions = await positionsWithCompany();
    expect(positions.length).toBeGreaterThanOrEqual(900);
    const perTrade = expectEveryPositionFitsItsTrade(positions);
    expect(perTrade.size).toBeGreaterThanOrEqual(25);
    // Three times the demo takes longer to generate than the default test timeout allows on a busy machine.
  }, 180_000);
});
