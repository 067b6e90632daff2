// A worker thread of the extraction pool (src/extract-pool.ts): loads the lexicons and compiles the
// rules once, then extracts each article it is sent and posts back the result (or, for `kg extract`,
// just its relations as JSON Lines, which is cheaper to send) or the error.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/index';
import { failureReason, type WorkerReply } from './extract-pool';
import { relationsToJsonl } from './relations-jsonl';
import type { Article } from './schema';

const port = parentPort;
if (!port) throw new Error('kg/extract: extract-worker runs only as a worker thread');
const data = workerData as { jsonl?: boolean; budgetMs?: number } | null;
const jsonlOnly = data?.jsonl === true;
const budgetMs = data?.budgetMs;
port.on('message', (job: { seq: number; article: Article }) => {
  let reply: WorkerReply;
  try {
    const result = extractDocument(job.article, budgetMs === undefined ? {} : { budgetMs });
    reply = jsonlOnly
      ? { seq: job.seq, result: null, jsonl: relationsToJsonl([result]), error: '' }
      : { seq: job.seq, result, jsonl: '', error: '' };
  } catch (err) {
    reply = { seq: job.seq, result: null, jsonl: '', error: failureReason(err) };
  }
  port.postMessage(reply);
});
