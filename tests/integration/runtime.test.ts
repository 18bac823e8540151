import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The project brings its own Node.js (the node-linux-* optional dependency links
// node_modules/.bin/node, which npm scripts find first on PATH); the system Node only runs npm.
// Test workers are forked with process.execPath, so they must be on the runtime `engines` names.
describe('runtime', () => {
  it('runs the tests on the Node.js major that package.json engines names', () => {
    const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      engines: { node: string };
    };
    const major = engines.node.replace(/\.x$/, '');
    expect(process.versions.node.split('.')[0]).toBe(major);
  });
});
