import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The logic behind `npm run check:imports` (scripts/check-imports.ts is only its command line and
 * holds the list of known exceptions). It reads every import of the files under src, counting
 * `import type`, re-exports and `import()` alike, and checks the rules of docs/ARCHITECTURE.md:
 *
 * - `cycle`: no import cycle among the files under src;
 * - `core-imports-feature`: src/core imports no module (it may read the region's reference data);
 * - `region-imports-outside`: src/region, facts about the seven cities, imports nothing outside itself;
 * - `ui-imports-module`: src/ui imports no module;
 * - `production-imports-seed`: production code imports neither src/seed nor test support;
 * - `part-internals`: a module is imported only through its index.ts, and a part of a module
 *   (a subfolder such as src/modules/matching/positions/) only through the part's index.ts.
 *
 * Paths are relative to the project root with forward slashes, e.g. `src/core/http/render.tsx`.
 */
export type ImportRule =
  | 'cycle'
  | 'core-imports-feature'
  | 'region-imports-outside'
  | 'ui-imports-module'
  | 'production-imports-seed'
  | 'part-internals'
  | 'unresolved';

export interface ImportEdge {
  from: string;
  to: string;
  /** 1-based line of the import in `from`. */
  line: number;
}

export interface ImportGraph {
  /** Every source file read, imported or not. */
  files: readonly string[];
  imports: readonly ImportEdge[];
}

/** One tolerated import, with the reason it is tolerated for now. */
export interface ImportException {
  rule: Exclude<ImportRule, 'unresolved'>;
  /** The importing file; left out, any file (e.g. every production importer of one seed file). */
  from?: string;
  to: string;
  reason: string;
}

export interface ImportViolation {
  rule: ImportRule | 'stale-exception';
  /** One line, ready to print. */
  text: string;
}

/** Subfolders of a module that are layers of the module itself, not parts of it. */
const LAYER_FOLDERS = new Set(['use-cases', 'views', 'fixtures']);

/**
 * Process entry points that may import the seed: src/server.ts loads the demo data at start when
 * the configuration asks for it (DEMO_DATA=auto), as scripts/seed.ts does on the command line.
 */
const SEED_ENTRY_POINTS = new Set(['src/server.ts']);

const INDEX_FILES = ['index.ts', 'index.tsx'];

/** Test files and test support (`test-*.ts` next to the tests that use it) are not production code. */
export function isTestCode(file: string): boolean {
  const name = posix.basename(file);
  return /\.test\.tsx?$/.test(name) || name.startsWith('test-');
}

function isUnder(file: string, folder: string): boolean {
  return file.startsWith(`${folder}/`);
}

interface ModulePlace {
  module: string;
  /** Undefined for files of the module itself (its root and its layer folders). */
  part: string | undefined;
}

function placeInModules(file: string): ModulePlace | undefined {
  const segments = file.split('/');
  if (segments[0] !== 'src' || segments[1] !== 'modules' || segments.length < 4) return undefined;
  const module = segments[2]!;
  const folder = segments.length > 4 ? segments[3]! : undefined;
  return { module, part: folder !== undefined && !LAYER_FOLDERS.has(folder) ? folder : undefined };
}

function isIndexOf(file: string, folder: string): boolean {
  return INDEX_FILES.some((name) => file === `${folder}/${name}`);
}

/** Why an import breaks the part rule, or undefined when it keeps it. */
function partRuleBreach(from: string, to: string): string | undefined {
  const source = placeInModules(from);
  const target = placeInModules(to);
  if (target === undefined) return undefined;
  const moduleFolder = `src/modules/${target.module}`;
  if (source?.module !== target.module) {
    return isIndexOf(to, moduleFolder) ? undefined : `another module only through ${moduleFolder}/index.ts`;
  }
  if (target.part === undefined || target.part === source.part) return undefined;
  const partFolder = `${moduleFolder}/${target.part}`;
  return isIndexOf(to, partFolder) ? undefined : `another part only through ${partFolder}/index.ts`;
}

function matches(exception: ImportException, rule: ImportRule, edge: ImportEdge): boolean {
  return exception.rule === rule && exception.to === edge.to && (exception.from ?? edge.from) === edge.from;
}

function describe(edge: ImportEdge): string {
  return `${edge.from}:${edge.line} → ${edge.to}`;
}

/** Tarjan's strongly connected components; only those that hold a cycle. */
function findCyclicComponents(nodes: readonly string[], next: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (next.get(node) ?? []).includes(node)) components.push(component.sort());
  };

  for (const node of nodes) if (!index.has(node)) visit(node);
  return components;
}

/** The shortest cycle through `start` inside one component (breadth-first). */
function shortestCycle(start: string, members: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>) {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i += 1) {
    const node = queue[i]!;
    for (const target of next.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** One line per knot of the graph: its shortest cycle through the knot's first node, and the knot's size. */
function findCycles(edges: readonly (readonly [string, string])[]): string[] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) {
    const targets = next.get(from) ?? [];
    if (!targets.includes(to)) targets.push(to);
    next.set(from, targets);
  }
  const nodes = [...new Set(edges.flat())].sort();
  return findCyclicComponents(nodes, next).map((component) => {
    const cycle = shortestCycle(component[0]!, new Set(component), next);
    const size = component.length > cycle.length - 1 ? `; ${component.length} in this knot in all` : '';
    return `${cycle.join(' → ')}${size}`;
  });
}

export function checkImportRules(graph: ImportGraph, exceptions: readonly ImportException[] = []): ImportViolation[] {
  const violations: ImportViolation[] = [];
  const used = new Set<ImportException>();
  const sourceFiles = new Set(graph.files);

  const isExcepted = (rule: ImportRule, edge: ImportEdge): boolean => {
    const exception = exceptions.find((candidate) => matches(candidate, rule, edge));
    if (exception) used.add(exception);
    return exception !== undefined;
  };
  const report = (rule: ImportRule, edge: ImportEdge, why: string): void => {
    if (!isExcepted(rule, edge)) violations.push({ rule, text: `${rule}: ${describe(edge)} (${why})` });
  };

  for (const edge of graph.imports) {
    const { from, to } = edge;
    if (!isUnder(from, 'src') || !isUnder(to, 'src')) continue;
    const isTest = isTestCode(from);
    // A test of core or ui may start the whole platform with its modules; the direction holds for shipped code.
    if (!isTest && isUnder(from, 'src/core') && isUnder(to, 'src/modules')) {
      report('core-imports-feature', edge, 'core knows no module');
    }
    if (!isTest && isUnder(from, 'src/region') && !isUnder(to, 'src/region')) {
      report('region-imports-outside', edge, 'reference data of the region stands on its own');
    }
    if (!isTest && isUnder(from, 'src/ui') && isUnder(to, 'src/modules')) {
      report('ui-imports-module', edge, 'shared components know no module');
    }
    if (!isTest && !isUnder(from, 'src/seed') && !SEED_ENTRY_POINTS.has(from)) {
      if (isUnder(to, 'src/seed') || isTestCode(to)) {
        report('production-imports-seed', edge, 'demo data and test support stay out of production code');
      }
    }
    // The seed builds rows for every module's tables and is no module itself; test support is no
    // part's interface; shipped core and ui code may not import a module at all (rules above).
    const isExempt =
      isUnder(from, 'src/seed') ||
      (isTest && isTestCode(to)) ||
      (!isTest && (isUnder(from, 'src/core') || isUnder(from, 'src/ui')));
    const breach = isExempt ? undefined : partRuleBreach(from, to);
    if (breach !== undefined) report('part-internals', edge, breach);
  }

  const fileEdges = graph.imports.filter(
    (edge) => sourceFiles.has(edge.to) && isUnder(edge.from, 'src') && !isExcepted('cycle', edge),
  );
  for (const cycle of findCycles(fileEdges.map((edge) => [edge.from, edge.to]))) {
    violations.push({ rule: 'cycle', text: `cycle: ${cycle}` });
  }
  // Folders in a circle are a design cycle even when no single file closes it; tests are left out.
  const shippedEdges = fileEdges.filter((edge) => !isTestCode(edge.from));
  const partEdges = shippedEdges.flatMap(({ from, to }): [string, string][] => {
    const [source, target] = [placeInModules(from), placeInModules(to)];
    if (source?.part === undefined || target?.part === undefined || source.module !== target.module) return [];
    const [sourcePart, targetPart] = [
      `src/modules/${source.module}/${source.part}/`,
      `src/modules/${target.module}/${target.part}/`,
    ];
    return sourcePart === targetPart ? [] : [[sourcePart, targetPart]];
  });
  const moduleEdges = shippedEdges.flatMap(({ from, to }): [string, string][] => {
    const [source, target] = [placeInModules(from), placeInModules(to)];
    if (source === undefined || target === undefined || source.module === target.module) return [];
    return [[`src/modules/${source.module}/`, `src/modules/${target.module}/`]];
  });
  for (const cycle of findCycles(partEdges)) violations.push({ rule: 'cycle', text: `cycle between parts: ${cycle}` });
  for (const cycle of findCycles(moduleEdges))
    violations.push({ rule: 'cycle', text: `cycle between modules: ${cycle}` });

  for (const exception of exceptions) {
    if (used.has(exception)) continue;
    const from = exception.from ?? 'any file';
    violations.push({
      rule: 'stale-exception',
      text: `stale-exception: ${exception.rule} ${from} → ${exception.to} no longer happens; delete the exception`,
    });
  }
  return violations;
}

function listSourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** `./x.js` → x.ts or x.tsx; `./x` → x.ts, x.tsx or x/index.ts(x); anything else only as it is. */
export function resolveRelative(fromFile: string, specifier: string, exists: (path: string) => boolean): string[] {
  const base = posix.join(posix.dirname(fromFile), specifier);
  const withoutJs = base.replace(/\.jsx?$/, '');
  const candidates = /\.jsx?$/.test(base)
    ? [`${withoutJs}.ts`, `${withoutJs}.tsx`]
    : [base, `${base}.ts`, `${base}.tsx`, ...INDEX_FILES.map((name) => `${base}/${name}`)];
  return candidates.filter(exists).slice(0, 1);
}

/** Reads the import graph of every .ts/.tsx file under `root`/src; bare specifiers (packages) are left out. */
export function readImportGraph(root: string): { graph: ImportGraph; unresolved: ImportViolation[] } {
  const toPath = (absolute: string) => relative(root, absolute).split(sep).join('/');
  const files = listSourceFiles(join(root, 'src')).map(toPath).sort();
  const imports: ImportEdge[] = [];
  const unresolved: ImportViolation[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const reference of ts.preProcessFile(text, true, true).importedFiles) {
      const specifier = reference.fileName;
      if (!specifier.startsWith('.')) continue;
      const line = text.slice(0, reference.pos).split('\n').length;
      const [to] = resolveRelative(file, specifier, (path) => isFile(join(root, path)));
      if (to === undefined) {
        unresolved.push({ rule: 'unresolved', text: `unresolved: ${file}:${line} imports ${specifier}` });
      } else {
        imports.push({ from: file, to, line });
      }
    }
  }
  return { graph: { files, imports }, unresolved };
}
