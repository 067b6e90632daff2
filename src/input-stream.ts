// Reading the corpus as a stream: the same files, order, articles and problems as readInputs, one
// article at a time, with JSONL files read in chunks and split into lines, so memory is bounded by
// the largest article rather than the corpus.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { InputProblem } from './errors';
import {
  decode,
  listFiles,
  parseJsonlLine,
  type ReadResult,
  readJsonl,
  readStdinBytes,
  STDIN,
} from './input';
import type { Article } from './schema';

/** One article or one problem, with the input bytes it stands for (for progress by bytes). */
export type InputItem = { article: Article; bytes: number } | { problem: InputProblem; bytes: number };

export interface InputPlan {
  files: { path: string; bytes: number }[];
  problems: InputProblem[];
  /** Bytes of all files together. */
  bytes: number;
}

/** The files under the given paths in reading order, with their sizes; missing paths are problems. */
export function planInputs(paths: readonly string[]): InputPlan {
  const plan: InputPlan = { files: [], problems: [], bytes: 0 };
  const found: string[] = [];
  for (const p of paths) {
    if (p === STDIN) {
      found.push(p);
      continue;
    }
    try {
      if (statSync(p).isDirectory()) listFiles(p, found, plan);
      else found.push(p);
    } catch {
      plan.problems.push({ origin: p, reason: 'no such file or folder; check the path' });
    }
  }
  for (const path of found) {
    let bytes = 0;
    try {
      if (path !== STDIN) bytes = statSync(path).size;
    } catch {
      // Reported as unreadable when it is read.
    }
    plan.files.push({ path, bytes });
    plan.bytes += bytes;
  }
  return plan;
}

const CHUNK = 1 << 20;

/** The lines of a file as byte ranges, read a chunk at a time; a line is valid until the next yield. */
function* byteLines(fd: number): Generator<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let rest: Buffer = Buffer.alloc(0);
  for (let n = readSync(fd, buf, 0, CHUNK, null); n > 0; n = readSync(fd, buf, 0, CHUNK, null)) {
    const chunk = rest.length > 0 ? Buffer.concat([rest, buf.subarray(0, n)]) : buf.subarray(0, n);
    let start = 0;
    for (let i = chunk.indexOf(10, start); i !== -1; i = chunk.indexOf(10, start)) {
      yield chunk.subarray(start, i);
      start = i + 1;
    }
    rest = Buffer.from(chunk.subarray(start));
  }
  if (rest.length > 0) yield rest;
}

/** A whole-buffer read (standard input, UTF-16 files) as stream items, in the same order. */
function* fromReadResult(res: ReadResult, bytes: number): Generator<InputItem> {
  const all: InputItem[] = [
    ...res.articles.map((article) => ({ article, bytes: 0 })),
    ...res.problems.map((problem) => ({ problem, bytes: 0 })),
  ];
  const line = (o: string) => Number(o.slice(o.lastIndexOf(':') + 1)) || 0;
  const origin = (i: InputItem) => ('article' in i ? i.article.origin : i.problem.origin);
  all.sort((a, b) => line(origin(a)) - line(origin(b)));
  if (all[0]) all[0].bytes = bytes;
  yield* all;
}

/** Whether the file starts with a UTF-16 byte-order mark (read whole, decoded by readJsonl). */
function startsUtf16(fd: number): boolean {
  const head = Buffer.alloc(2);
  const n = readSync(fd, head, 0, 2, 0);
  return n === 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}

function* readJsonlStream(path: string): Generator<InputItem> {
  const fd = openSync(path, 'r');
  try {
    if (startsUtf16(fd)) {
      const bytes = readFileSync(fd);
      const res: ReadResult = { articles: [], problems: [] };
      readJsonl(path, bytes, res);
      return yield* fromReadResult(res, bytes.length);
    }
    let no = 0;
    for (const bytes of byteLines(fd)) {
      no++;
      const d = decode(bytes);
      // A NUL in the first line means a binary file: one problem for the file, not one per line.
      if ('reason' in d && no === 1 && bytes.includes(0))
        return yield { problem: { origin: path, reason: d.reason }, bytes: bytes.length };
      const origin = `${path}:${no}`;
      if ('reason' in d) {
        yield { problem: { origin, reason: d.reason }, bytes: bytes.length + 1 };
        continue;
      }
      const line = d.text.trim();
      if (line === '') continue;
      const r = parseJsonlLine(line, origin);
      yield 'reason' in r ? { problem: r, bytes: bytes.length + 1 } : { article: r, bytes: bytes.length + 1 };
    }
  } finally {
    closeSync(fd);
  }
}

function readTxtItem(path: string, bytes: Uint8Array): InputItem {
  const d = decode(bytes);
  if ('reason' in d) return { problem: { origin: path, reason: d.reason }, bytes: bytes.length };
  if (d.text.trim() === '')
    return { problem: { origin: path, reason: 'empty document' }, bytes: bytes.length };
  return { article: { id: basename(path), text: d.text, origin: path }, bytes: bytes.length };
}

function* readFile(path: string, stdin: () => Uint8Array): Generator<InputItem> {
  const ext = extname(path).toLowerCase();
  try {
    if (path === STDIN) {
      const bytes = stdin();
      const res: ReadResult = { articles: [], problems: [] };
      readStdinBytes(bytes, res);
      yield* fromReadResult(res, bytes.length);
    } else if (ext === '.jsonl') yield* readJsonlStream(path);
    else if (ext === '.txt') yield readTxtItem(path, readFileSync(path));
    else
      yield { problem: { origin: path, reason: 'unknown file type; give .txt or .jsonl files' }, bytes: 0 };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    yield {
      problem: { origin: path === STDIN ? '<stdin>' : path, reason: `cannot read (${code})` },
      bytes: 0,
    };
  }
}

/** Every article and problem of a plan, in reading order; a repeated document id is a problem. */
export function* streamInputs(
  plan: InputPlan,
  stdin: () => Uint8Array = () => readFileSync(0),
): Generator<InputItem> {
  for (const problem of plan.problems) yield { problem, bytes: 0 };
  const seen = new Map<string, string>();
  for (const f of plan.files)
    for (const item of readFile(f.path, stdin)) {
      if ('article' in item) {
        const a = item.article;
        const prev = seen.get(a.id);
        if (prev !== undefined) {
          yield {
            problem: {
              origin: a.origin,
              reason: `duplicate document id "${a.id}" (first read from ${prev}); skipped`,
            },
            bytes: item.bytes,
          };
          continue;
        }
        seen.set(a.id, a.origin);
      }
      yield item;
    }
}
