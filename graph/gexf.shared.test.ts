// The GEXF 1.3 schema check (npm run check:shared): graph.gexf validates with xmllint against the
// official RELAX NG schema in ../shared, also when document ids and text hold control characters.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/paths';
import type { DocumentResult } from '../src/schema';
import { renderOutputs } from './build';
import { fixtureResults } from './test-fixtures';

const SCHEMA = join(PROJECT_ROOT, '..', 'shared', 'schemas', 'gexf-1.3', 'gexf.rng');

function render(results: DocumentResult[]): string {
  return renderOutputs(results, {
    corpus: ['fixtures'],
    builtAt: '2024-01-02T03:04:05.000Z',
    version: '0.0.0-test',
  }).files['graph.gexf'];
}

/** The fixtures with a control character in every document id and sentence text. */
function withControlChars(): DocumentResult[] {
  return fixtureResults().map((r) => ({
    ...r,
    doc: { ...r.doc, id: `${r.doc.id}\u0001\u001b` },
    relations: r.relations.map((x) => ({ ...x, doc: `${x.doc}\u0001\u001b`, text: `${x.text}\u0007\uffff` })),
  }));
}

describe('graph.gexf against the GEXF 1.3 RELAX NG schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-gexf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function validate(gexf: string, name: string): void {
    const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
    if (probe.error) {
      throw new Error(
        'graph/gexf test: xmllint not found; install it (Debian/Ubuntu: apt-get install libxml2-utils) and run again',
      );
    }
    // RELAX NG does not know xsi:schemaLocation (see the schema's README).
    const file = join(dir, name);
    writeFileSync(file, gexf.replace(/ xsi:schemaLocation="[^"]*"/, ''));
    const res = spawnSync('xmllint', ['--noout', '--relaxng', SCHEMA, file], { encoding: 'utf8' });
    expect(res.stderr).toContain('validates');
    expect(res.status).toBe(0);
  }

  it('validates', () => {
    validate(render(fixtureResults()), 'check.gexf');
  });

  it('validates and is well-formed when ids and text hold control characters', () => {
    validate(render(withControlChars()), 'control.gexf');
  });
});
