/**
 * `npm run check:imports`: checks the import rules of docs/ARCHITECTURE.md on every file under src
 * (logic in scripts/import-rules.ts) and prints each breach on its own line. Exits 1 on any.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkImportRules, readImportGraph, type ImportException } from './import-rules.js';

/**
 * Imports tolerated until the change that removes them lands. Each names its reason; an exception
 * that no longer matches any import is reported, so that it is deleted rather than forgotten.
 */
const KNOWN_EXCEPTIONS: readonly ImportException[] = [];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const { graph, unresolved } = readImportGraph(root);
  const problems = [...unresolved, ...checkImportRules(graph, KNOWN_EXCEPTIONS)];
  for (const problem of problems) console.log(problem.text);
  console.log(
    problems.length === 0
      ? `imports: ${graph.imports.length} relative imports in ${graph.files.length} files keep the rules`
      : `imports: ${problems.length} problems in ${graph.files.length} files (rules: docs/ARCHITECTURE.md, "Import rules")`,
  );
  if (problems.length > 0) process.exitCode = 1;
} catch (error) {
  console.error('imports: could not read the sources:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
