// Reading the corpus: .txt files (one article each), .jsonl files (one article a line), folders of
// both, recursively, and standard input. Bad documents become problems that name the file and
// line; the rest is read. UTF-8 (BOM or not) and UTF-16 with a BOM are text.
import { type Dirent, fstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { checkArticle } from './article';
import type { InputProblem } from './errors';
import type { Article } from './schema';

export interface ReadResult {
  articles: Article[];
  problems: InputProblem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const NOT_UTF8 = 'not valid UTF-8; convert it (e.g. iconv -f latin1 -t UTF-8) and run again';

/** Decodes bytes as strict UTF-8, or UTF-16 after its BOM; returns a reason when they are not text. */
export function decode(bytes: Uint8Array): { text: string } | { reason: string } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return {
        reason: `starts with a ${utf16.toUpperCase()} byte-order mark but is not ${utf16.toUpperCase()}; convert it to UTF-8`,
      };
    }
  }
  if (bytes.includes(0)) return { reason: 'binary file (contains NUL bytes); give a UTF-8 text file' };
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { reason: NOT_UTF8 };
  }
}

/** Collects .txt and .jsonl files under dir in name order; an unreadable folder is named and skipped. */
export function listFiles(dir: string, out: string[], res: { problems: InputProblem[] }): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    res.problems.push({ origin: dir, reason: `cannot read this folder (${code}); its files were skipped` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out, res);
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

/**
 * The lines of a JSONL file. When the file as a whole is not text, each line is decoded alone, so
 * one bad byte costs only its line (undefined here, reported with its number).
 */
function jsonlLines(bytes: Uint8Array): { lines: (string | undefined)[] } | { reason: string } {
  const d = decode(bytes);
  if ('text' in d) return { lines: d.text.split('\n') };
  if (bytes[0] === 0xff || bytes[0] === 0xfe) return d;
  const lines: (string | undefined)[] = [];
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(from, i);
    try {
      lines.push(line.includes(0) ? undefined : utf8.decode(line));
    } catch {
      lines.push(undefined);
    }
    from = i + 1;
  }
  return { lines };
}

export function readJsonl(path: string, bytes: Uint8Array, res: ReadResult): void {
  const d = jsonlLines(bytes);
  if ('reason' in d) return void res.problems.push({ origin: path, reason: d.reason });
  const lines = d.lines;
  for (let i = 0; i < lines.length; i++) {
    const origin = `${path}:${i + 1}`;
    const raw0 = lines[i];
    if (raw0 === undefined) {
      res.problems.push({
        origin,
        reason: 'not valid UTF-8 text (or holds NUL bytes); fix this line, or convert the file to UTF-8',
      });
      continue;
    }
    const line = (i === 0 && raw0.charCodeAt(0) === 0xfeff ? raw0.slice(1) : raw0).trim();
    if (line === '') continue;
    const r = parseJsonlLine(line, origin);
    if ('reason' in r) res.problems.push(r);
    else res.articles.push(r);
  }
}

/** The path that stands for standard input. */
export const STDIN = '-';
const STDIN_ORIGIN = '<stdin>';

/** Standard input as a document: JSON Lines when it starts with "{", else one text article. */
export function readStdinBytes(bytes: Uint8Array, res: ReadResult): void {
  const d = decode(bytes);
  const head = 'text' in d ? d.text.trimStart() : '';
  if (head.startsWith('{')) readJsonl(STDIN_ORIGIN, bytes, res);
  else readTxt(STDIN_ORIGIN, bytes, res);
}

/**
 * Reads every article under the given paths, in a stable order; duplicate ids are reported once.
 * "-" reads standard input (stdin gives its bytes, for tests).
 */
export function readInputs(
  paths: readonly string[],
  stdin: () => Uint8Array = () => readFileSync(0),
): ReadResult {
  const res: ReadResult = { articles: [], problems: [] };
  const files: string[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      files.push(p);
      continue;
    }
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p);
    } catch {
      res.problems.push({ origin: p, reason: 'no such file or folder; check the path' });
      continue;
    }
    if (st.isDirectory()) listFiles(p, files, res);
    else files.push(p);
  }
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = f === STDIN ? stdin() : readFileSync(f);
    } catch (err) {
      res.problems.push({
        origin: f === STDIN ? STDIN_ORIGIN : f,
        reason: `cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    const ext = extname(f).toLowerCase();
    if (f === STDIN) readStdinBytes(bytes, res);
    else if (ext === '.jsonl') readJsonl(f, bytes, res);
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

/** What a command reads: its paths; with none, piped standard input when it holds something, else the fallback. */
export function chooseInputs(
  paths: readonly string[],
  fallback: string,
): { paths: string[]; stdin?: () => Uint8Array } {
  if (paths.length > 0) return { paths: [...paths] };
  let piped = false;
  try {
    const st = fstatSync(0);
    // A pipe or a redirected file; not a terminal, and not /dev/null or an inherited socket.
    piped = st.isFIFO() || st.isFile();
  } catch {
    piped = false;
  }
  if (piped) {
    const bytes = readFileSync(0);
    if (bytes.length > 0) return { paths: [STDIN], stdin: () => bytes };
  }
  return { paths: [fallback] };
}
