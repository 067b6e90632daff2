// Public face of the extractor: one article in, its sentences, entities and relations out.
// Pure: no I/O, no graph/ imports.
import type { Article, DocumentResult } from '../src/schema';

export function extractDocument(article: Article): DocumentResult {
  // Placeholder until the real pipeline lands (issue 2); returns no relations.
  const doc: DocumentResult['doc'] = { id: article.id };
  if (article.title) doc.title = article.title;
  if (article.date) doc.date = article.date;
  if (article.url) doc.url = article.url;
  return {
    doc,
    sentences: [{ index: 0, start: 0, end: article.text.length, text: article.text }],
    entities: [],
    relations: [],
  };
}
