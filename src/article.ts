// Checks one parsed JSONL line against the article shape by hand, because loading zod costs the CLI
// a quarter of a second at every start; schema.test.ts checks it agrees with ArticleSchema.
import type { ArticleInput } from './schema';

export type ArticleCheck =
  | { ok: true; article: ArticleInput }
  | { ok: false /** `field "x"` or `line` */; where: string; message: string };

const OPTIONAL = ['title', 'date', 'url', 'source'] as const;

function kind(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Accepts {id: non-empty string, text: string, title/date/url/source: string, null or absent}. */
export function checkArticle(raw: unknown): ArticleCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, where: 'line', message: `expected an object, received ${kind(raw)}` };
  const o = raw as Record<string, unknown>;
  if (typeof o.id !== 'string')
    return { ok: false, where: 'field "id"', message: `expected a string, received ${kind(o.id)}` };
  if (o.id === '') return { ok: false, where: 'field "id"', message: 'id must be a non-empty string' };
  if (typeof o.text !== 'string')
    return { ok: false, where: 'field "text"', message: `expected a string, received ${kind(o.text)}` };
  const article: ArticleInput = { id: o.id, text: o.text };
  for (const f of OPTIONAL) {
    const v = o[f];
    if (v === undefined) continue;
    if (v !== null && typeof v !== 'string')
      return { ok: false, where: `field "${f}"`, message: `expected a string or null, received ${kind(v)}` };
    article[f] = v;
  }
  return { ok: true, article };
}
