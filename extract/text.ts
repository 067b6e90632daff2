// Text layer: drop boilerplate lines (keeping offsets into the original), split sentences with an
// abbreviation-aware pass, and tokenise with offsets. Regex-based: Intl.Segmenter is too slow for
// the throughput aim (measured ~4.7 MB/s for sentence+word segmentation on the bench corpus).
import { WORDS } from './lexicon';

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface Token {
  text: string;
  /** Lower-case form used for lexicon look-ups. */
  norm: string;
  start: number;
  end: number;
  /** First character is an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Set on headline-like lines (Title Case, no final stop): capitalisation says little there. */
  titleCase: boolean;
}

// Lines that are never the article's own text: related links, navigation, subscription prompts,
// bylines, credits. Each is anchored at the line start so ordinary sentences are not caught.
const BOILERPLATE_START =
  /^\s*(?:baca juga|baca selengkapnya|berita terkait|artikel terkait|berita lain(?:nya)?|berita terbaru|berita lain terkait|populer|terpopuler|rekomendasi|simak (?:juga|artikel|video|berita)|lihat juga|tonton juga|ikuti (?:kami|berita|update|saluran)|follow|dapatkan (?:informasi|update|berita)|langganan|nyaman tanpa iklan|cek berita|scan qr|konten premium|hot topic|foto\s*:|foto$|video\s*:|sumber\s*:|editor\s*:|penulis\s*:|reporter\s*:|redaktur\s*:|pewarta\s*:|copyright|hak cipta|©|\(c\)|diterbitkan|dipublikasikan|bagikan|tambahkan|silakan (?:login|masuk)|klik (?:di ?sini|tautan)|download|unduh|share|tags?\s*:|topik\s*:|advertisement|iklan|scroll|gabung|komentar|selengkapnya|#)/i;
const CREDIT_END =
  /(?:\s[-–—]\s*[A-Z][\w.]*(?:\s?\/\s?[A-Z][\w. ]*)+\s*$|\/(?:Net|ist|istimewa|AFP|Reuters|AP|Antara)\s*$|\((?:foto|photo)\s*:[^)]*\)\s*$|\([A-Z][^()]{0,60}\/[^()]{0,60}\)\s*$)/i;
const BYLINE = /(?:\b(?:WIB|WITA|WIT)\b.*\||\|\s*(?:LAPORAN|PENULIS|EDITOR)\s*:|^\s*(?:date\s+)?\d{4}-\d{2}(?:-\d{2})?\s+photo\s*:)/i;

const DATELINE = /^\s*(?:[\p{Lu}][\p{L}.]*(?:\s*\([^)]{1,30}\))?[ ,]*){1,6}\s*(?:[-–—]{1,2}|\|)\s+/u;

function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (BOILERPLATE_START.test(t) || BYLINE.test(t) || CREDIT_END.test(t)) return true;
  // Section labels and menu items: one or two words with no sentence punctuation.
  const words = t.split(/\s+/).length;
  if (words <= 2 && !/[.!?]$/.test(t)) return true;
  // A dateline alone ("Selasa 07 May 2019 12:34 WIB").
  if (/^\W*(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)?,?\s*\d{1,2}\s+\w+\s+\d{4}(?:\s*[|,]?\s*\d{1,2}[:.]\d{2})?\s*(?:WIB|WITA|WIT)?\W*$/i.test(t))
    return true;
  return false;
}

/** The article's own lines with their offsets; boilerplate lines and lines repeated verbatim (captions) dropped. */
export function cleanLines(text: string): Line[] {
  const raw: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const counts = new Map<string, number>();
  for (const l of raw) {
    const k = l.text.trim();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const kept: Line[] = [];
  let prevMarker = false;
  for (const l0 of raw) {
    // A leading "date YYYY-MM-DD" stamp is metadata, not text: read the line after it.
    const stamp = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*/.exec(l0.text);
    const l = stamp ? { start: l0.start + stamp[0].length, end: l0.end, text: l0.text.slice(stamp[0].length) } : l0;
    const t = l.text.trim();
    // A bare "Baca juga" marker links the next line's headline: drop that too.
    const marker = /^\s*(?:baca juga|berita terkait|artikel terkait)\s*:?\s*$/i.test(t);
    const repeated = (counts.get(t) ?? 0) > 1 && t.split(/\s+/).length > 3;
    if (!(prevMarker || repeated || isBoilerplate(t))) {
      // A dateline ("JAKARTA, Kompas.com -", "Jakarta (ANTARA) -") names the newsroom, not an actor.
      const dl = DATELINE.exec(l.text);
      const cut = dl && l.text.length - dl[0].length > 30 ? dl[0].length : l.text.length - l.text.trimStart().length;
      const endCut = l.text.length - l.text.trimEnd().length;
      kept.push({ start: l.start + cut, end: l.end - endCut, text: l.text.slice(cut, l.text.length - endCut) });
    }
    prevMarker = marker;
  }
  return kept;
}

const ABBREV = new Set(WORDS.abbreviations);

/** Splits a line into sentences: at . ! ? (and closing quotes) followed by space and a capital, digit or quote. */
function splitLine(line: Line, out: Omit<Sentence, 'index'>[]): void {
  const t = line.text;
  const re = /[.!?]+["”’')\]]*\s+(?=["“‘(\[]?[\p{Lu}\d])|(?<=\p{L}{2})\.(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}[.!?]["”])(?=\p{Lu})/gu;
  let from = 0;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    if (m[0] === '') re.lastIndex++;
    const before = t.slice(from, m.index);
    const lastWord = /([\p{L}.$]+)$/u.exec(before)?.[1] ?? '';
    const lw = lastWord.toLowerCase().replace(/\.$/, '');
    // Initials ("Antony J. Blinken") and listed abbreviations ("Dr.", "pkl.") do not end a sentence.
    if (m[0].startsWith('.') && (ABBREV.has(lw) || /^\p{Lu}$/u.test(lastWord) || /^(?:\p{L}\.)+\p{L}?$/u.test(lastWord)))
      continue;
    const end = m.index + m[0].trimEnd().length;
    if (end <= from) continue;
    push(line, from, end, out);
    from = m.index + m[0].length;
  }
  push(line, from, t.length, out);
}

function push(line: Line, from: number, to: number, out: Omit<Sentence, 'index'>[]): void {
  const s = line.text.slice(from, to);
  const lead = s.length - s.trimStart().length;
  const text = s.trim();
  if (text === '') return;
  const words = text.split(/\s+/);
  const capWords = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  const titleCase = !/[.!?"”]$/.test(text) && words.length >= 3 && capWords / words.length > 0.6;
  out.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text, titleCase });
}

export function splitSentences(text: string): Sentence[] {
  const out: Omit<Sentence, 'index'>[] = [];
  for (const line of cleanLines(text)) splitLine(line, out);
  return out.map((s, index) => ({ index, ...s }));
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens with offsets relative to the sentence start. Hyphenated words and "1.400" stay whole. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    out.push({
      text: w,
      norm: w.toLowerCase(),
      start: m.index,
      end: m.index + w.length,
      cap: (c >= 65 && c <= 90) || (c > 127 && w[0] !== w[0]?.toLowerCase()),
    });
  }
  return out;
}
