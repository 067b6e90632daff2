// Checks the input schema accepts the corpus shapes (null fields) and rejects bad lines, and that the
// CLI's hand-written check agrees with it.
import { describe, expect, it } from 'vitest';
import { checkArticle } from './article';
import { ArticleSchema } from './schema';

describe('ArticleSchema', () => {
  it('accepts null title/date as in JSONL corpora', () => {
    expect(ArticleSchema.safeParse({ id: 'a', text: 'x', title: null, date: null }).success).toBe(true);
  });
  it('rejects a line without id', () => {
    expect(ArticleSchema.safeParse({ text: 'x' }).success).toBe(false);
  });
});

describe('checkArticle (the CLI check without zod)', () => {
  const cases: unknown[] = [
    { id: 'a', text: 'x' },
    { id: 'a', text: 'x', title: null, date: null, url: null, source: null },
    { id: 'a', text: '', title: 't', date: '2024-01-01', url: 'u', source: 's', extra: 1 },
    { id: '', text: 'x' },
    { id: 1, text: 'x' },
    { id: 'a' },
    { text: 'x' },
    { id: 'a', text: 3 },
    { id: 'a', text: 'x', title: 5 },
    { id: 'a', text: 'x', date: false },
    { id: 'a', text: 'x', url: ['u'] },
    { id: 'a', text: 'x', source: {} },
    null,
    [],
    'text',
    7,
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('agrees with ArticleSchema on %s', (_s, c) => {
    const zod = ArticleSchema.safeParse(c);
    const mine = checkArticle(c);
    expect(mine.ok).toBe(zod.success);
    if (zod.success && mine.ok) expect(mine.article).toEqual(zod.data);
    if (!zod.success && !mine.ok) {
      const path = zod.error.issues[0]?.path ?? [];
      expect(mine.where).toBe(path.length ? `field "${path.join('.')}"` : 'line');
    }
  });
});
