// The bad-input corpus (npm run check:shared): empty, binary, latin-1, UTF-16, an HTML page, a
// 1.4 MB single line (bench articles with their stops removed), a 4 KB token of capitals, JSONL
// with broken lines, a unicode path with spaces, CRLF with a BOM. Through the real CLI: each bad
// one named on stderr with its reason, every good one extracted, exit code 2.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './paths';

const BENCH = join(PROJECT_ROOT, '..', 'shared', 'corpus', 'bench', 'news.jsonl');
const SENTENCE =
  'Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Mesir Badr Abdelatty di Kairo.';

function longLine(bytes: number): string {
  let out = '';
  for (const line of readFileSync(BENCH, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    out += `${(JSON.parse(line) as { text: string }).text.replace(/[.!?\n]+/g, ' ')} `;
    if (out.length >= bytes) break;
  }
  return `${out.slice(0, bytes)}\n`;
}

describe('the bad-input corpus through kg extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bad-'));
  const corpus = join(dir, 'corpus');
  const out = join(dir, 'relations.jsonl');
  let r = { status: 0 as number | null, stderr: '' };
  let seconds = 0;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    mkdirSync(join(corpus, 'Berita Dunia – Ü'), { recursive: true });
    writeFileSync(join(corpus, 'empty.txt'), '');
    writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(
      join(corpus, 'latin1.txt'),
      Buffer.from(`Presiden Prabowo tiba di Kairo, Mesir ${'\xe9'}.`, 'latin1'),
    );
    writeFileSync(
      join(corpus, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]),
    );
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html><body><p>${SENTENCE}</p></body></html>`);
    writeFileSync(join(corpus, 'long-line.txt'), longLine(1_400_000));
    writeFileSync(join(corpus, 'capitals.txt'), `${'A'.repeat(4096)} - ${SENTENCE}`);
    writeFileSync(
      join(corpus, 'broken.jsonl'),
      [
        JSON.stringify({ id: 'j1', text: SENTENCE }),
        '{"id": "j2", "text": ',
        'not json at all',
        JSON.stringify({ id: 'j3' }),
        JSON.stringify({ id: 'j4', text: `${SENTENCE} Lagi.` }),
      ].join('\n'),
    );
    writeFileSync(join(corpus, 'Berita Dunia – Ü', 'kabar Ü 1.txt'), SENTENCE);
    writeFileSync(join(corpus, 'crlf.txt'), `\ufeff${SENTENCE}\r\nIa juga bertemu Presiden Mesir.\r\n`);
    const t0 = performance.now();
    // To a file: each relation of the long line carries its 1.4 MB sentence, too much for a pipe buffer.
    r = spawnSync(
      process.execPath,
      [
        join(PROJECT_ROOT, 'bin', 'kg.mjs'),
        'extract',
        corpus,
        join(dir, 'page.html'),
        '--out',
        out,
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    seconds = (performance.now() - t0) / 1000;
  });

  it('names each bad document on stderr with its reason', () => {
    const line = (s: string) => r.stderr.split('\n').find((l: string) => l.includes(s)) ?? '';
    expect(line('empty.txt')).toMatch(/empty document/);
    expect(line('binary.txt')).toMatch(/binary file/);
    expect(line('latin1.txt')).toMatch(/not valid UTF-8; convert it/);
    expect(line('page.html')).toMatch(/unknown file type/);
    expect(line('broken.jsonl:2')).toMatch(/invalid JSON/);
    expect(line('broken.jsonl:3')).toMatch(/invalid JSON/);
    expect(line('broken.jsonl:4')).toMatch(/field "text"/);
    expect(r.stderr.trim().split('\n')).toHaveLength(7);
  });

  it('extracts every good one: UTF-16, long line, capitals, JSONL lines, unicode path, CRLF with BOM', () => {
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    const docs = new Set(lines.map((l) => (JSON.parse(l) as { doc: string }).doc));
    expect(docs).toContain('long-line.txt');
    for (const id of ['utf16.txt', 'capitals.txt', 'j1', 'j4', 'kabar Ü 1.txt', 'crlf.txt'])
      expect(docs, id).toContain(id);
    expect(r.status).toBe(2);
    // Reported, not asserted (speed belongs to npm run bench): the whole corpus takes a few seconds.
    process.stderr.write(`bad-input corpus: kg extract took ${seconds.toFixed(1)} s\n`);
  });
});
