// Reading the corpus: .txt files (one article each), .jsonl files (one article a line) and folders
// of both, recursively. Bad documents become problems that name the file and line; the rest is read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkArticle } from './article';
import type { InputProblem } from './errors';
import type { Article } from './schema';

export interface ReadResult {
  articles: Article[];
  problems: InputProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as strict UTF-8; returns a reason when the bytes are not text. */
export function decode(bytes: Uint8Array): { text: string } | { reason: string } {
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes); give a UTF-8 text file' };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { reason: 'not valid UTF-8; convert it (e.g. iconv -t UTF-8) and run again' };
  }
}

export function listFiles(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (e.isFile() && (e.name.endsWith('.txt') || e.name.endsWith('.jsonl'))) out.push(p);
  }
}

function readTxt(path: string, bytes: Uint8Array, res: ReadResult): void {
  const d = decode(bytes);
  if ('reason' in d) return void res.problems.push({ origin: path, reason: d.reason });
  if (d.text.trim() === '') return void res.problems.push({ origin: path, reason: 'empty document' });
  res.articles.push({ id: basename(path), text: d.text, origin: path });
}

/** One JSONL line (already trimmed, not empty) as an article, or the problem with it. */
export function parseJsonlLine(line: string, origin: string): Article | InputProblem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (err) {
    return { origin, reason: `invalid JSON (${(err as Error).message}); each line must be one JSON object` };
  }
  const parsed = checkArticle(raw);
  if (!parsed.ok)
    return {
      origin,
      reason: `${parsed.where}: ${parsed.message}; expected {id, text, title?, date?, url?, source?}`,
    };
  const a = parsed.article;
  if (a.text.trim() === '') return { origin, reason: `article "${a.id}" has empty text` };
  const art: Article = { id: a.id, text: a.text, origin };
  if (a.title) art.title = a.title;
  if (a.date) art.date = a.date;
  if (a.url) art.url = a.url;
  if (a.source) art.source = a.source;
  return art;
}

function readJsonl(path: string, bytes: Uint8Array, res: ReadResult): void {
  const d = decode(bytes);
  if ('reason' in d) return void res.problems.push({ origin: path, reason: d.reason });
  const lines = d.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    const r = parseJsonlLine(line, `${path}:${i + 1}`);
    if ('reason' in r) res.problems.push(r);
    else res.articles.push(r);
  }
}

/** Reads every article under the given paths, in a stable order; duplicate ids are reported once. */
export function readInputs(paths: readonly string[]): ReadResult {
  const res: ReadResult = { articles: [], problems: [] };
  const files: string[] = [];
  for (const p of paths) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      res.problems.push({ origin: p, reason: 'no such file or folder; check the path' });
      continue;
    }
    if (st.isDirectory()) listFiles(p, files);
    else files.push(p);
  }
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f);
    } catch (err) {
      res.problems.push({
        origin: f,
        reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const ext = extname(f).toLowerCase();
    if (ext === '.jsonl') readJsonl(f, bytes, res);
    else if (ext === '.txt') readTxt(f, bytes, res);
    else res.problems.push({ origin: f, reason: 'unknown file type; give .txt or .jsonl files' });
  }
  const seen = new Map<string, string>();
  res.articles = res.articles.filter((a) => {
    const prev = seen.get(a.id);
    if (prev === undefined) {
      seen.set(a.id, a.origin);
      return true;
    }
    res.problems.push({
      origin: a.origin,
      reason: `duplicate document id "${a.id}" (first read from ${prev}); skipped`,
    });
    return false;
  });
  return res;
}
