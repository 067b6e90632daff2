// End-to-end tests of `kg extract` and `kg explain` through the real command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';
import { RelationRecordSchema } from './schema';

const kg = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'kg.mjs'), ...args], {
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
    ...(input === undefined ? {} : { input }),
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
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file or folder/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('kg extract hygiene', () => {
  const SENTENCE = 'Menlu Sugiono bertemu dengan Menlu Mesir Badr Abdelatty di Kairo.';

  it('reads "-" and piped standard input, as text or as JSON Lines', () => {
    const txt = kg(['extract', '-'], SENTENCE);
    expect(txt.status).toBe(0);
    expect(txt.stdout).toContain('"doc":"<stdin>"');
    // A shell pipe, as a user has it (spawnSync's input is a socket, which kg leaves alone).
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'in.jsonl'), `${JSON.stringify({ id: 'p1', text: SENTENCE })}\n`);
    const bin = join(PROJECT_ROOT, 'bin', 'kg.mjs');
    const jsonl = spawnSync(
      'bash',
      ['-c', `cat "${join(dir, 'in.jsonl')}" | "${process.execPath}" "${bin}" extract`],
      {
        encoding: 'utf8',
      },
    );
    expect(jsonl.status).toBe(0);
    expect(jsonl.stdout).toContain('"doc":"p1"');
    expect(jsonl.stdout).not.toContain('000_e4f47d1ea02cc990.txt');
  });

  it('ends quietly when the reader of its output goes away (EPIPE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: SENTENCE }));
    writeFileSync(join(dir, 'many.jsonl'), `${lines.join('\n')}\n`);
    const bin = join(PROJECT_ROOT, 'bin', 'kg.mjs');
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" extract "${dir}" | head -c 10 >/dev/null`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
  });

  it('skips a document over the --budget, names it, and writes the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
    writeFileSync(join(dir, 'a.txt'), SENTENCE);
    writeFileSync(join(dir, 'long.txt'), 'dengan Iran bertemu '.repeat(20_000));
    // The long document takes seconds; half a second leaves the short one room on a loaded machine.
    const r = kg(['extract', dir, '--budget', '0.5']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /kg\/input: skipped .*long\.txt: kg\/extract: took longer than the 0\.5 s budget/,
    );
    expect(r.stdout).toContain('"doc":"a.txt"');
  });

  it('refuses a --budget that is not a positive number', () => {
    const r = kg(['extract', '--budget', 'soon']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--budget must be a positive number/);
  });
});

describe('kg explain', () => {
  it('calls an empty sentence an error', () => {
    const r = kg(['explain', '  ']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/kg\/explain: the sentence is empty/);
  });

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
