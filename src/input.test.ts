// Tests of corpus reading: .txt, .jsonl and folders; bad documents are reported by file and line
// and the rest is still read.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from './input';
import { planInputs, streamInputs } from './input-stream';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-input-'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), 'Menlu Sugiono tiba di Kairo.');
  writeFileSync(join(dir, 'sub', 'b.txt'), '\ufeffAS mendesak Israel.');
  writeFileSync(join(dir, 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x4d, 0x65, 0x73, 0x69, 0x72, 0xe9, 0x20]));
  writeFileSync(join(dir, 'notes.md'), 'not read');
  writeFileSync(
    join(dir, 'news.jsonl'),
    [
      JSON.stringify({
        id: 'n1',
        text: 'Rusia menyerang Kyiv.',
        title: null,
        date: '2024-03-01',
        url: 'https://x/1',
      }),
      '{"id": "n2", "text": ',
      JSON.stringify({ text: 'tanpa id' }),
      '',
      JSON.stringify({ id: 'n3', text: 'Qatar menjadi mediator.' }),
      JSON.stringify({ id: 'n1', text: 'duplikat' }),
    ].join('\n'),
  );
  return dir;
}

describe('readInputs', () => {
  const dir = corpus();
  const { articles, problems } = readInputs([dir]);

  it('reads .txt and .jsonl recursively in a stable order, ids from file names and JSON', () => {
    expect(articles.map((a) => a.id)).toEqual(['a.txt', 'n1', 'n3', 'b.txt']);
    expect(articles.find((a) => a.id === 'b.txt')?.text).toBe('AS mendesak Israel.');
    expect(articles.find((a) => a.id === 'n1')).toMatchObject({ date: '2024-03-01', url: 'https://x/1' });
    expect(articles.find((a) => a.id === 'n1')?.title).toBeUndefined();
  });

  it('reports each bad document with its path (and line) and a reason', () => {
    const by = (s: string) => problems.find((p) => p.origin.endsWith(s))?.reason ?? '';
    expect(by('empty.txt')).toMatch(/empty/);
    expect(by('binary.txt')).toMatch(/binary/);
    expect(by('latin1.txt')).toMatch(/not valid UTF-8/);
    expect(by('news.jsonl:2')).toMatch(/invalid JSON/);
    expect(by('news.jsonl:3')).toMatch(/field "id"/);
    expect(by('news.jsonl:6')).toMatch(/duplicate document id "n1"/);
    expect(problems).toHaveLength(6);
  });

  it('says when a path does not exist', () => {
    expect(readInputs([join(dir, 'nope')]).problems[0]?.reason).toMatch(/no such file/);
  });
});

describe('streamInputs', () => {
  const dir = corpus();
  const items = (paths: string[]) => [...streamInputs(planInputs(paths))];

  it('gives the articles and problems readInputs gives, in reading order', () => {
    const all = items([dir, join(dir, 'nope')]);
    const read = readInputs([dir, join(dir, 'nope')]);
    expect(all.flatMap((i) => ('article' in i ? [i.article] : []))).toEqual(read.articles);
    const byOrigin = (ps: { origin: string }[]) => ps.map((p) => p.origin).sort();
    expect(byOrigin(all.flatMap((i) => ('problem' in i ? [i.problem] : [])))).toEqual(
      byOrigin(read.problems),
    );
  });

  it('reads JSONL lines longer than its read chunk, and CRLF line ends', () => {
    const long = 'Rusia menyerang Kyiv. '.repeat(80_000);
    const f = join(dir, 'long.jsonl');
    writeFileSync(
      f,
      `${JSON.stringify({ id: 'a', text: long })}\r\n${JSON.stringify({ id: 'b', text: 'x' })}\r\n`,
    );
    const got = items([f]).flatMap((i) => ('article' in i ? [i.article] : []));
    expect(got.map((a) => [a.id, a.text.length, a.origin])).toEqual([
      ['a', long.length, `${f}:1`],
      ['b', 1, `${f}:2`],
    ]);
  });

  it('reports a bad UTF-8 line by its number and reads the others', () => {
    const f = join(dir, 'mixed.jsonl');
    const bad = Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]);
    writeFileSync(f, Buffer.concat([Buffer.from('{"id":"x","text":"y"}\n'), bad, Buffer.from('\n')]));
    const all = items([f]);
    expect(all.map((i) => ('article' in i ? i.article.id : i.problem.origin))).toEqual(['x', `${f}:2`]);
  });
});

describe('readInputs on awkward encodings and standard input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-input-enc-'));
  const utf16 = (bom: number[], s: string, le: boolean): Buffer => {
    const b = Buffer.from(s, 'utf16le');
    if (!le) b.swap16();
    return Buffer.concat([Buffer.from(bom), b]);
  };
  writeFileSync(join(dir, 'le.txt'), utf16([0xff, 0xfe], 'Menlu Retno bertemu Blinken.', true));
  writeFileSync(join(dir, 'be.txt'), utf16([0xfe, 0xff], 'Qatar menengahi.', false));
  writeFileSync(
    join(dir, 'mixed.jsonl'),
    Buffer.concat([
      Buffer.from(`${JSON.stringify({ id: 'ok1', text: 'Rusia menyerang Kyiv.' })}\n`),
      Buffer.from('{"id": "bad", "text": "Mesir\xe9"}\n', 'latin1'),
      Buffer.from('{"id": "nul", "text": "a\u0000"}\n', 'latin1'),
      Buffer.from(`${JSON.stringify({ id: 'ok2', text: 'AS mendesak Israel.' })}\n`),
    ]),
  );
  const { articles, problems } = readInputs([dir]);

  it('reads UTF-16 (little and big endian) after its byte-order mark', () => {
    expect(articles.find((a) => a.id === 'le.txt')?.text).toBe('Menlu Retno bertemu Blinken.');
    expect(articles.find((a) => a.id === 'be.txt')?.text).toBe('Qatar menengahi.');
  });

  it('skips only the JSONL lines with a bad byte or NUL, each named with its line number', () => {
    expect(articles.map((a) => a.id).filter((id) => id.startsWith('ok'))).toEqual(['ok1', 'ok2']);
    expect(problems.map((p) => p.origin.slice(dir.length + 1))).toEqual(['mixed.jsonl:2', 'mixed.jsonl:3']);
    expect(problems[0]?.reason).toMatch(/not valid UTF-8/);
  });

  it('reads "-" from standard input: JSON Lines when it starts with "{", else one text', () => {
    const jsonl = readInputs(['-'], () =>
      Buffer.from(`${JSON.stringify({ id: 's1', text: 'Iran dan AS berunding.' })}\n{bad\n`),
    );
    expect(jsonl.articles.map((a) => a.id)).toEqual(['s1']);
    expect(jsonl.problems.map((p) => p.origin)).toEqual(['<stdin>:2']);
    const txt = readInputs(['-'], () => Buffer.from('Presiden Prabowo tiba di Kairo.'));
    expect(txt.articles.map((a) => [a.id, a.text])).toEqual([['<stdin>', 'Presiden Prabowo tiba di Kairo.']]);
  });
});
