import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkImportRules,
  readImportGraph,
  type ImportException,
  type ImportGraph,
} from '../../scripts/import-rules.js';

/** A graph from `from → to` pairs; every file named is a source file. */
function graphOf(...pairs: [string, string][]): ImportGraph {
  return {
    files: [...new Set(pairs.flat())],
    imports: pairs.map(([from, to]) => ({ from, to, line: 1 })),
  };
}

function problems(graph: ImportGraph, exceptions: ImportException[] = []): string[] {
  return checkImportRules(graph, exceptions).map((violation) => violation.text);
}

const M = 'src/modules';

describe('import rules', () => {
  it('finds a cycle among files, and passes the same files without it', () => {
    const a = `${M}/site/a.ts`;
    const b = `${M}/site/b.ts`;
    const c = `${M}/site/c.ts`;
    expect(problems(graphOf([a, b], [b, c], [c, a]))).toEqual([`cycle: ${a} → ${b} → ${c} → ${a}`]);
    expect(problems(graphOf([a, b], [b, c], [a, c]))).toEqual([]);
  });

  it('finds a cycle between the parts of a module even when no file closes it', () => {
    const graph = graphOf(
      [`${M}/matching/positions/a.ts`, `${M}/matching/ranking/index.ts`],
      [`${M}/matching/ranking/b.ts`, `${M}/matching/positions/index.ts`],
    );
    expect(problems(graph)).toEqual([
      `cycle between parts: ${M}/matching/positions/ → ${M}/matching/ranking/ → ${M}/matching/positions/`,
    ]);
  });

  it('finds a cycle between modules, but leaves tests out of the folder cycles', () => {
    const graph = graphOf([`${M}/a/x.ts`, `${M}/b/index.ts`], [`${M}/b/y.ts`, `${M}/a/index.ts`]);
    expect(problems(graph)).toEqual([`cycle between modules: ${M}/a/ → ${M}/b/ → ${M}/a/`]);
    expect(problems(graphOf([`${M}/a/x.ts`, `${M}/b/index.ts`], [`${M}/b/y.test.ts`, `${M}/a/index.ts`]))).toEqual([]);
  });

  it('keeps core away from modules; core may read the region, which imports nothing outside itself', () => {
    const graph = graphOf(
      ['src/core/http/render.tsx', `${M}/catalogue/index.ts`],
      ['src/core/db/database.ts', 'src/region/cities.ts'],
      ['src/core/http/render.tsx', 'src/ui/layout.tsx'],
      ['src/region/postcode-areas.ts', 'src/region/cities.ts'],
      ['src/region/cities.ts', 'src/core/limits.ts'],
    );
    expect(problems(graph)).toEqual([
      `core-imports-feature: src/core/http/render.tsx:1 → ${M}/catalogue/index.ts (core knows no module)`,
      'region-imports-outside: src/region/cities.ts:1 → src/core/limits.ts (reference data of the region stands on its own)',
    ]);
  });

  it('keeps ui away from modules; a test of core or ui may run them', () => {
    expect(problems(graphOf(['src/ui/layout.tsx', `${M}/catalogue/policy.ts`]))).toEqual([
      `ui-imports-module: src/ui/layout.tsx:1 → ${M}/catalogue/policy.ts (shared components know no module)`,
    ]);
    expect(problems(graphOf(['src/ui/layout.test.tsx', `${M}/catalogue/index.ts`]))).toEqual([]);
    expect(problems(graphOf(['src/core/http/store.test.ts', `${M}/accounts/index.ts`]))).toEqual([]);
  });

  it('keeps the seed and test support out of production code', () => {
    const graph = graphOf(
      [`${M}/matching/positions/records.ts`, 'src/seed/data/ruhr-cities.ts'],
      [`${M}/site/routes.tsx`, `${M}/site/test-helpers.ts`],
      [`${M}/site/site.test.ts`, 'src/seed/factories.ts'],
      [`${M}/site/test-helpers.ts`, 'src/seed/factories.ts'],
      ['src/seed/demo.ts', 'src/seed/factories.ts'],
      ['src/server.ts', 'src/seed/demo.ts'],
    );
    const why = '(demo data and test support stay out of production code)';
    expect(problems(graph)).toEqual([
      `production-imports-seed: ${M}/matching/positions/records.ts:1 → src/seed/data/ruhr-cities.ts ${why}`,
      `production-imports-seed: ${M}/site/routes.tsx:1 → ${M}/site/test-helpers.ts ${why}`,
    ]);
  });

  it('lets a part reach another part and a module another module only through index.ts', () => {
    const graph = graphOf(
      [`${M}/matching/profiles/views/page.tsx`, `${M}/matching/positions/views/fields.tsx`],
      [`${M}/matching/index.ts`, `${M}/matching/ranking/routes.tsx`],
      [`${M}/organisations/schemas.ts`, `${M}/accounts/schemas.ts`],
      [`${M}/matching/alerts/schemas.ts`, `${M}/matching/shared/index.ts`],
      [`${M}/matching/alerts/schemas.ts`, `${M}/matching/alerts/views/labels.ts`],
      [`${M}/matching/alerts/routes.tsx`, `${M}/matching/use-cases/shared-step.ts`],
      [`${M}/organisations/routes.tsx`, `${M}/accounts/index.ts`],
      [`${M}/matching/ranking/ranking.test.ts`, `${M}/matching/mentoring/test-helpers.ts`],
      ['src/seed/catalogue/types.ts', `${M}/catalogue/taxonomy.ts`],
    );
    expect(problems(graph)).toEqual([
      `part-internals: ${M}/matching/profiles/views/page.tsx:1 → ${M}/matching/positions/views/fields.tsx (another part only through ${M}/matching/positions/index.ts)`,
      `part-internals: ${M}/matching/index.ts:1 → ${M}/matching/ranking/routes.tsx (another part only through ${M}/matching/ranking/index.ts)`,
      `part-internals: ${M}/organisations/schemas.ts:1 → ${M}/accounts/schemas.ts (another module only through ${M}/accounts/index.ts)`,
    ]);
  });

  it('tolerates a listed exception, and reports one that no longer matches any import', () => {
    const seedUse = graphOf([`${M}/matching/positions/records.ts`, 'src/seed/data/ruhr-cities.ts']);
    const exception: ImportException = {
      rule: 'production-imports-seed',
      to: 'src/seed/data/ruhr-cities.ts',
      reason: 'region data moves to src/region/',
    };
    expect(problems(seedUse, [exception])).toEqual([]);
    expect(problems(graphOf(['src/a.ts', 'src/b.ts']), [exception])).toEqual([
      'stale-exception: production-imports-seed any file → src/seed/data/ruhr-cities.ts no longer happens; delete the exception',
    ]);
  });

  it('lets an exception on one import break a cycle', () => {
    const graph = graphOf(
      ['src/core/http/render.tsx', 'src/ui/layout.tsx'],
      ['src/ui/layout.tsx', 'src/core/http/render.tsx'],
    );
    const exception: ImportException = {
      rule: 'cycle',
      from: 'src/ui/layout.tsx',
      to: 'src/core/http/render.tsx',
      reason: 'replaced by a registry',
    };
    expect(problems(graph)).toHaveLength(1);
    expect(problems(graph, [exception])).toEqual([]);
  });
});

describe('reading the imports', () => {
  const root = mkdtempSync(join(tmpdir(), 'vr-import-rules-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function write(path: string, text: string): void {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  it('counts type-only imports, re-exports and import(), and resolves .js to .ts, .tsx and index.ts', () => {
    write(
      'src/a.ts',
      [
        "import type { B } from './b.js';",
        "export { C } from './c.js';",
        "type D = import('./d/index.js').D;",
        "import { E } from './e';",
        "import { z } from 'zod';",
        "import { F } from './missing.js';",
      ].join('\n'),
    );
    write('src/b.ts', "import type { A } from './a.js';\nexport type B = A;\n");
    write('src/c.tsx', 'export const C = 1;\n');
    write('src/d/index.ts', 'export type D = 1;\n');
    write('src/e/index.ts', 'export const E = 1;\n');

    const { graph, unresolved } = readImportGraph(root);
    expect(graph.imports).toEqual([
      { from: 'src/a.ts', to: 'src/b.ts', line: 1 },
      { from: 'src/a.ts', to: 'src/c.tsx', line: 2 },
      { from: 'src/a.ts', to: 'src/d/index.ts', line: 3 },
      { from: 'src/a.ts', to: 'src/e/index.ts', line: 4 },
      { from: 'src/b.ts', to: 'src/a.ts', line: 1 },
    ]);
    expect(unresolved.map((problem) => problem.text)).toEqual(['unresolved: src/a.ts:6 imports ./missing.js']);
    expect(problems(graph)).toEqual(['cycle: src/a.ts → src/b.ts → src/a.ts']);
  });
});
