// A worker thread of the extraction pool (src/extract-pool.ts): loads the lexicons and compiles the
// rules once, then extracts each batch of articles it is sent and posts back, per article, the result
// (or, for `kg extract`, just its relations as JSON Lines, which is cheaper to send) or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/index';
import { type DocReply, failureReason, type WorkerJob, type WorkerReply } from './extract-pool';
import { relationsToJsonl } from './relations-jsonl';
import type { Article } from './schema';

const port = parentPort;
if (!port) throw new Error('kg/extract: extract-worker runs only as a worker thread');
const data = workerData as { jsonl?: boolean; budgetMs?: number } | null;
const jsonlOnly = data?.jsonl === true;
const budgetMs = data?.budgetMs;
function extractOne(article: Article): DocReply {
  try {
    const result = extractDocument(article, budgetMs === undefined ? {} : { budgetMs });
    return jsonlOnly
      ? { result: null, jsonl: relationsToJsonl([result]), error: '' }
      : { result, jsonl: '', error: '' };
  } catch (err) {
    return { result: null, jsonl: '', error: failureReason(err) };
  }
}

// One reply per batch: a message per article woke the main thread for each (see BATCH_DOCS).
port.on('message', (job: WorkerJob) => {
  port.postMessage({ seq: job.seq, replies: job.articles.map(extractOne) } satisfies WorkerReply);
});
