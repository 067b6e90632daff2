// `npm run bench` peer and floor, run as whole processes like `kg extract`: `peer` reads the JSONL
// corpus with compromise's match engine and a small Indonesian lexicon; `floor` is a regex pass.
// Usage: node src/bench-peer.mjs peer|floor CORPUS.jsonl — prints {articles, bytes, hits} as JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lex = join(dirname(fileURLToPath(import.meta.url)), '..', 'extract', 'lexicon');
const readJson = (f) => JSON.parse(readFileSync(join(lex, f), 'utf8'));

/** A small lexicon from the project's own files: country and person names, relation verbs. */
function indonesianLexicon() {
  const words = {};
  for (const names of Object.values(readJson('iso-countries.json').names))
    for (const n of names) words[n.toLowerCase()] = 'Country';
  for (const p of readJson('persons.json').persons)
    for (const n of [p.name, ...p.aliases]) words[n.toLowerCase()] = 'Person';
  const lists = readJson('triggers.json').lists;
  for (const l of [
    'met_verbs',
    'urge_verbs',
    'visit_verbs',
    'criticize_verbs',
    'reject_verbs',
    'support_verbs',
  ])
    for (const v of lists[l] ?? []) if (!v.includes(' ')) words[v] = 'Verb';
  return words;
}

const PATTERNS = [
  '(#Person|#Country) #Verb (dengan|bersama)? (#Person|#Country)',
  '(#Person|#Country) #Verb ke #Country',
  '(presiden|menteri|perdana) #Person',
];

async function peer(lines) {
  const { default: nlp } = await import('compromise/one');
  const lexicon = indonesianLexicon();
  let hits = 0;
  for (const line of lines) {
    const doc = nlp(JSON.parse(line).text, lexicon);
    for (const p of PATTERNS) hits += doc.match(p).length;
  }
  return hits;
}

function floor(lines) {
  const token = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  const sentenceEnd = /[.!?]+(?=\s+\p{Lu})/gu;
  let hits = 0;
  for (const line of lines) {
    const text = JSON.parse(line).text;
    hits += (text.match(token)?.length ?? 0) + (text.match(sentenceEnd)?.length ?? 0);
  }
  return hits;
}

const [mode, corpus] = process.argv.slice(2);
if ((mode !== 'peer' && mode !== 'floor') || !corpus) {
  process.stderr.write('usage: node src/bench-peer.mjs peer|floor CORPUS.jsonl\n');
  process.exit(1);
}
const text = readFileSync(corpus, 'utf8');
const lines = text.split('\n').filter((l) => l.trim() !== '');
const hits = mode === 'peer' ? await peer(lines) : floor(lines);
process.stdout.write(`${JSON.stringify({ articles: lines.length, bytes: Buffer.byteLength(text), hits })}\n`);
