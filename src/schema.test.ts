// Checks the input schema accepts the corpus shapes (null fields) and rejects bad lines.
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from './schema';

describe('ArticleSchema', () => {
  it('accepts null title/date as in JSONL corpora', () => {
    expect(ArticleSchema.safeParse({ id: 'a', text: 'x', title: null, date: null }).success).toBe(true);
  });
  it('rejects a line without id', () => {
    expect(ArticleSchema.safeParse({ text: 'x' }).success).toBe(false);
  });
});
