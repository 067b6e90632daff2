// An unreadable sub-folder is named and skipped, the rest is read. readdirSync is made to fail
// with EACCES, since as root (CI) a chmod 000 folder is still readable.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((p: string, o: unknown) => {
    if (String(p).endsWith('locked'))
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    return (fs.readdirSync as (p: string, o: unknown) => unknown)(p, o);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync };
});

const { readInputs } = await import('./input');

describe('readInputs with an unreadable sub-folder', () => {
  it('names the folder, skips it and reads the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-input-locked-'));
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'x.txt'), 'Tidak terbaca.');
    writeFileSync(join(dir, 'a.txt'), 'Menlu Sugiono tiba di Kairo.');
    const { articles, problems } = readInputs([dir]);
    expect(articles.map((a) => a.id)).toEqual(['a.txt']);
    expect(problems).toEqual([
      { origin: join(dir, 'locked'), reason: 'cannot read this folder (EACCES); its files were skipped' },
    ]);
  });
});
