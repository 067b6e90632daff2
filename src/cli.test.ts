// End-to-end tests of `kg extract` and `kg explain` through the real command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';
import { RelationRecordSchema } from './schema';

const kg = (args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.mjs'), ...args], {
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
  });

describe('kg extract', () => {
  it('writes the same bytes with two worker threads as with one, and rejects a bad --jobs', () => {
    const one = kg(['extract', '--jobs', '1']);
    const two = kg(['extract', '--jobs', '2']);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.length).toBeGreaterThan(1000);
    const bad = kg(['extract', '--jobs', '0']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/kg\/extract: --jobs must be a whole number/);
  });

  it('reads seeds/ by default and writes valid relation records', () => {
    const r = kg(['extract']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    for (const l of lines) RelationRecordSchema.parse(JSON.parse(l));
    const first = JSON.parse(lines[0] as string) as { doc: string; span: [number, number]; text: string };
    const src = readFileSync(join(PROJECT_ROOT, 'seeds', first.doc), 'utf8');
    expect(first.text).toContain(src.slice(first.span[0], first.span[1]).split('\n')[0]);
  });

  it('writes --out atomically, skips bad documents with exit code 2, and is deterministic', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'good.txt'), 'Menlu Sugiono bertemu dengan Menlu Mesir Badr Abdelatty di Kairo.');
    writeFileSync(join(dir, 'bad.jsonl'), '{"id": 1, "text": "x"}\n');
    const out = join(dir, 'out', 'rel.jsonl');
    const r = kg(['extract', dir, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/kg\/input: skipped .*bad\.jsonl:1: field "id"/);
    const a = readFileSync(out, 'utf8');
    expect(a).toContain('"relation":"MET"');
    expect(readdirSync(join(dir, 'out'))).toEqual(['rel.jsonl']);
    kg(['extract', dir, '--out', out]);
    expect(readFileSync(out, 'utf8')).toBe(a);
  });

  it('leaves no output file when nothing could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const r = kg(['extract', join(dir, 'missing'), '--out', join(dir, 'rel.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('kg explain', () => {
  it('shows tokens, mentions, entities and the rule that fired', () => {
    const r = kg(['explain', 'Menlu AS Antony Blinken bertemu dengan PM Benjamin Netanyahu.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/tokens: 0:Menlu/);
    expect(r.stdout).toMatch(/"Menlu AS Antony Blinken" → PERSON person:antony-blinken/);
    expect(r.stdout).toMatch(/met\/verb-dengan: Antony Blinken MET Benjamin Netanyahu/);
  });
  it('says why a near miss did not fire', () => {
    const r = kg(['explain', 'Presiden Prabowo Subianto tidak bertemu dengan Presiden Vladimir Putin.']);
    expect(r.stdout).toMatch(/met\/verb-dengan at token \d+ \(bertemu\): negated/);
  });
  it('lists the rule registry', () => {
    const r = kg(['rules']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/met\/verb-dengan\s+MET/);
    expect(existsSync(join(PROJECT_ROOT, 'extract', 'rules', 'met.json'))).toBe(true);
  });
});
