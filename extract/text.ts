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
  /^\s*(?:baca juga|baca selengkapnya|berita terkait|artikel terkait|berita lain(?:nya)?|berita terbaru|berita lain terkait|simak (?:juga|artikel|video|berita)|lihat juga|tonton juga|ikuti (?:kami|berita|update|saluran)|dapatkan (?:informasi|update|berita)|nyaman tanpa iklan|cek berita|scan qr|konten premium|hot topic|foto\s*:|foto$|video\s*:|sumber\s*:|editor\s*:|penulis\s*:|reporter\s*:|redaktur\s*:|pewarta\s*:|copyright|hak cipta|©|\(c\)|silakan (?:login|masuk)|klik (?:di ?sini|tautan)|tags?\s*:|topik\s*:|#)/i;
// Menu words that may also open a sentence ("Komentar ini dilontarkan …", "Iklan yang dipasang …"):
// boilerplate only as a short line or a label before a colon.
const MENU_WORD =
  /^\s*(?:populer|terpopuler|rekomendasi|follow|langganan|diterbitkan|dipublikasikan|bagikan|tambahkan|download|unduh|share|advertisement|iklan|scroll|gabung|komentar|selengkapnya)\b(?:\s*:|(?:\s+\S+){0,5}\s*$)/i;
const CREDIT_END =
  /(?:\s[-–—]\s*[A-Z][\w.]*(?:\s?\/\s?[A-Z][\w. ]*)+\s*$|\/(?:Net|ist|istimewa|AFP|Reuters|AP|Antara)\s*$|\((?:foto|photo)\s*:[^)]*\)\s*$|\([A-Z][^()]{0,60}\/[^()]{0,60}\)\s*$)/i;
const BYLINE =
  /(?:\b(?:WIB|WITA|WIT)\b.*\||\|\s*(?:LAPORAN|PENULIS|EDITOR)\s*:|^\s*(?:date\s+)?\d{4}-\d{2}(?:-\d{2})?\s+photo\s*:)/i;

/**
 * A dateline: up to six capitalised words or site names ("iNews.id", "Liputan6.com"; with a parenthesised
 * agency) before a dash or bar. Linear
 * by construction: a word must end where letters end, `(?![\p{L}.])`, so a run of capitals is one
 * word and not any of its C(n,5) splits into six; the separators are matched atomically,
 * `(?=([ ,]*))\1`, so spaces are not shared out between them and the `\s*` after the words.
 * Same match as the backtracking form it replaced (text.adversarial.test.ts checks both agree).
 */
export const DATELINE =
  /^\s*(?:(?:\p{Lu}|\p{Ll}(?=\p{Lu}))[\p{L}\d.]*(?![\p{L}\d.])(?:\s*\([^)]{1,40}\))?(?=([ ,]*))\1){1,6}\s*(?:(?:[-–—]{1,2}|\|)\s+|[–—]{1,2}(?=\p{Lu})|(?<=\s)-{1,2}(?=\p{Lu}))/u;

/**
 * The tests below with overlapping quantifiers (CREDIT_END's `[\w. ]*\s*$`, BYLINE's `.*`, the
 * date-alone pattern's `\W*` around `\s*`) only ever see at most 300 characters, so their
 * backtracking is bounded by a constant; BOILERPLATE_START is anchored and its branches literal.
 */
function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (t === '') return true;
  if (BOILERPLATE_START.test(t) || MENU_WORD.test(t)) return true;
  // Credits sit at the end of a line and bylines are short: only the tail needs the costlier tests.
  // Every credit has a "/" or "(" and every byline a "|" or ":": most lines have none and skip the
  // unanchored scans.
  const tail = t.length > 160 ? t.slice(-160) : t;
  // A paragraph of several sentences closed by its editors' initials ("… (ab/uh)") is text, not a credit.
  const credit = tail.includes('/') || tail.includes('(') ? CREDIT_END.exec(tail) : null;
  if (credit && !sentenceBeforeCredit(t.slice(0, t.length - tail.length + credit.index), credit[0]))
    return true;
  if (t.length > 300) return false;
  if ((t.includes('|') || t.includes(':')) && BYLINE.test(t)) return true;
  // Section labels and menu items: one or two words with no sentence punctuation. (t is trimmed:
  // tested by a pattern, not counted with split, which built an array for every line.)
  if (/^\S+(?:\s+\S+)?$/.test(t) && !/[.!?]$/.test(t)) return true;
  // A dateline alone ("Selasa 07 May 2019 12:34 WIB").
  if (
    /^\W*(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)?,?\s*\d{1,2}\s+\w+\s+\d{4}(?:\s*[|,]?\s*\d{1,2}[:.]\d{2})?\s*(?:WIB|WITA|WIT)?\W*$/i.test(
      t,
    )
  )
    return true;
  return false;
}

const EDITORS_CODE = /^\s*\((?:\p{Ll}[\p{Ll}\d.]*\s?\/\s?\p{Ll}|[^()]*\d)/u;

/**
 * Whether the text before a line's credit is the article's own: several sentences, or one whole
 * sentence closed by its editors' code: initials or a name in lower case ("… hadir di Astana. (mm/tribune)"),
 * or a desk code with digits ("(T/RI-1/RS2)", "(AFP/OL-4)"); a caption closed by a photo credit or an
 * agency ("(Foto/Antara)", "(ANTARA/Anadolu)") is not.
 */
function sentenceBeforeCredit(before: string, credit: string): boolean {
  if (/[.!?]["”]?\s+\S/.test(before)) return true;
  return EDITORS_CODE.test(credit) && /\S(?:\s+\S+){3,}[.!?]["”]?\s*$/.test(before);
}

/**
 * The length of the line's dateline, or 0. The first line may carry a bare one ("Jakarta - …"); a later
 * line only one with a newsroom's mark: a comma, an agency in brackets, a domain or a word in capitals
 * ("REPUBLIKA.CO.ID, NEW YORK --"). Never one followed by a lower-case word: "Negara - negara …",
 * "Menlu Korut , Ri Yong - ho , mengecam …" are a reduplication and a spaced name.
 */
function datelineAt(text: string, first: boolean): number {
  // "jpnn.com, MOSKOW - …": a lower-case site name may open the dateline.
  const site = SITE_PREFIX.exec(text)?.[0].length ?? 0;
  const dl = DATELINE.exec(text.slice(site));
  if (!dl) return 0;
  const len = site + dl[0].length;
  if (text.length - len <= 30 || /^\p{Ll}/u.test(text.slice(len))) return 0;
  const mark = site > 0 || /[,(.]|\b\p{Lu}{3,}\b/u.test(dl[0]);
  return first || mark ? len : 0;
}

/** A news site's domain before a dateline's city ("jpnn.com, ", "kumparan.com, "). */
const SITE_PREFIX = /^\s*[\p{L}\d-]{2,30}\.(?:com|co\.id|id|net|org)\s*,\s*(?=\p{Lu})/u;

/**
 * A paragraph of the article's body, not a linked headline, even under a bare "Baca juga" (whose own
 * headline the page left out): it closes with a stop and runs past a headline's length or holds a
 * second sentence.
 */
function bodyParagraph(t: string): boolean {
  return /[.!?]["”]?$/.test(t) && (t.split(/\s+/).length > 15 || /[.!?]["”]?\s+["“]?\p{Lu}/u.test(t));
}

/** The label of a related link ("Baca juga", "Berita terkait"): alone, or before its linked headline. */
const LINK_LABEL = '(?:baca juga|berita terkait|artikel terkait)';
const LINK_ALONE = new RegExp(`^${LINK_LABEL}(?:\\s*:)?$`, 'i');
const LINK_WITH_HEADLINE = new RegExp(`^\\s*${LINK_LABEL}\\s*:`, 'i');

/** Where a paragraph was glued to a related-link headline: a lower-case letter right before a capital. */
const GLUE = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;

/**
 * "BACA JUGA: Filipina Tuding … ke Kapal-kapalnyaKapal-kapal sewaan itu … mencapai tujuan.": some sites
 * lose the line break after a related link, so the article's paragraph follows the headline. Returns
 * that paragraph when it reads as one (six words or more, ending like a sentence).
 */
function gluedAfterLink(l: Line): Line | undefined {
  if (!LINK_WITH_HEADLINE.test(l.text)) return undefined;
  for (const m of l.text.matchAll(GLUE)) {
    const from = (m.index ?? 0) + 1;
    const rest = l.text.slice(from).trimEnd();
    if (rest.split(/\s+/).length >= 6 && /[.!?]["”]?$/.test(rest))
      return { start: l.start + from, end: l.start + from + rest.length, text: rest };
  }
  return undefined;
}

/**
 * The article's own lines with their offsets: boilerplate dropped, and a line printed again verbatim (a
 * lede repeated as a caption, a headline under itself) kept once, its first copy.
 */
export function cleanLines(text: string): Line[] {
  const raw: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    raw.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const kept: Line[] = [];
  const seen = new Set<string>();
  let prevMarker = false;
  for (const l0 of raw) {
    // A leading "date YYYY-MM-DD" stamp is metadata, not text: read the line after it.
    const stamp = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*/.exec(l0.text);
    const l = stamp
      ? { start: l0.start + stamp[0].length, end: l0.end, text: l0.text.slice(stamp[0].length) }
      : l0;
    const t = l.text.trim();
    // A bare "Baca juga" marker links the next line's headline: drop that too.
    // (t is trimmed: one \s* before the colon and none after, so spaces are not shared out.)
    const marker = LINK_ALONE.test(t);
    // A headline printed again under itself (page title, then heading) is kept once: only its first copy.
    // A first line ending in a stop is a caption's sentence, not a headline.
    const headline = l0 === raw[0] && !/[.!?]\s*$/.test(l0.text);
    const repeated = !headline && seen.has(t) && t.split(/\s+/).length > 3;
    seen.add(t);
    const glued = gluedAfterLink(l);
    if (glued) kept.push(glued);
    else if (!((prevMarker && !bodyParagraph(t)) || repeated || isBoilerplate(t))) {
      // A dateline ("JAKARTA, Kompas.com -", "Jakarta (ANTARA) -") names the newsroom, not an actor.
      // So does the first line under a headline (a line with no final stop).
      const underHeadline = kept.length === 1 && !/[.!?"”]$/.test(kept[0]?.text ?? '.');
      const dl = datelineAt(l.text, kept.length === 0 || underHeadline);
      const cut = dl > 0 ? dl : l.text.length - l.text.trimStart().length;
      const endCut = l.text.length - l.text.trimEnd().length;
      kept.push({
        start: l.start + cut,
        end: l.end - endCut,
        text: l.text.slice(cut, l.text.length - endCut),
      });
    }
    prevMarker = marker;
  }
  return kept;
}

const ABBREV = new Set(WORDS.abbreviations);

const isUpper = (c: string | undefined): boolean =>
  c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined): boolean =>
  c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const OPENERS = new Set(['"', '“', '‘', '(', '[']);
const SPACE = /\s/;

/**
 * Splits a line into sentences at . ! ? (and closing quotes) followed by space and a capital, digit
 * or opening quote, and at "kata.Kata" where a space was lost; scanned by hand for speed.
 */
function splitLine(line: Line, out: Omit<Sentence, 'index'>[]): void {
  const t = line.text;
  let from = 0;
  // Where the current run of . ! ? ends, then its closers, then the spaces after it: the same for
  // every mark of the run, so a run ("……" a megabyte long) is scanned once, not from each mark.
  let runEnd = -1;
  let j = 0;
  let k = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i] as string;
    if (c !== '.' && c !== '!' && c !== '?') continue;
    if (i >= runEnd) {
      j = i + 1;
      while (j < t.length && (t[j] === '.' || t[j] === '!' || t[j] === '?')) j++;
      runEnd = j;
      while (j < t.length && CLOSERS.has(t[j] as string)) j++;
      k = j;
      while (k < t.length && SPACE.test(t[k] as string)) k++;
    }
    let next = t[k];
    if (next !== undefined && OPENERS.has(next)) next = t[k + 1];
    let boundary = false;
    if (k > j) boundary = next !== undefined && (isUpper(next) || (next >= '0' && next <= '9'));
    else if (c === '.' && j === i + 1) {
      // "AS.Kunjungan": a lost space between two sentences (not "REPUBLIKA.CO.ID", not "Holopis.com").
      boundary = isLetter(t[i - 1]) && isLetter(t[i - 2]) && isUpper(t[j]) && isLower(t[j + 1]);
    } else if (j > i + 1 && CLOSERS.has(t[j - 1] as string)) boundary = isUpper(t[j]);
    if (!boundary) continue;
    if (c === '.') {
      let w = i;
      while (w > from && (isLetter(t[w - 1]) || t[w - 1] === '.' || t[w - 1] === '$')) w--;
      const lastWord = t.slice(w, i);
      const lw = lastWord.toLowerCase();
      // Initials ("Antony J. Blinken") and listed abbreviations ("Dr.", "pkl.") do not end a sentence.
      if (
        ABBREV.has(lw) ||
        (lastWord.length === 1 && isUpper(lastWord)) ||
        /^(?:\p{L}\.)+\p{L}?$/u.test(lastWord)
      )
        continue;
    }
    if (j > from) push(line, from, j, out);
    from = k;
    i = k - 1;
  }
  push(line, from, t.length, out);
}

function push(line: Line, from: number, to: number, out: Omit<Sentence, 'index'>[]): void {
  const s = line.text.slice(from, to);
  const lead = s.length - s.trimStart().length;
  const text = s.trim();
  if (text === '') return;
  let titleCase = false;
  const last = text[text.length - 1] as string;
  if (!'.!?"”'.includes(last)) {
    const words = text.split(/\s+/);
    const capWords = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
    titleCase = words.length >= 3 && capWords / words.length > 0.6;
  }
  out.push({ start: line.start + from + lead, end: line.start + from + lead + text.length, text, titleCase });
}

export function splitSentences(text: string): Sentence[] {
  const out: Omit<Sentence, 'index'>[] = [];
  for (const line of cleanLines(text)) splitLine(line, out);
  return out.map((s, index) => ({ index, ...s }));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/;
// - ' ’ . & / (compared, not looked up in a Set: this runs after every word)
const isJoiner = (c: number): boolean =>
  c === 45 || c === 39 || c === 46 || c === 38 || c === 47 || c === 8217;
const isCapital = (ch: string): boolean => ch !== ch.toLowerCase();

/** ASCII letters and digits, looked up by char code: the scanner asks this for every character. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  ASCII_WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;

/** By code, not by character: no one-character string is made for the common ASCII case. */
function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return WORD_CHAR.test(String.fromCharCode(c));
}

/** Name particles written before a hyphen ("al - Assad" in spaced-out text). */
const HYPHEN_PARTICLES = /^(?:al|el|ad|as|ar|an|ash|bin|abu|ul)$/;

/**
 * Some sources space out every hyphen ("Tsai Ing - wen", "Kim Jong - un", "al - Assad"): a name part,
 * " - " and a short lower-case syllable (or a particle, " - " and a capitalised name) are one word.
 */
function spacedHyphenEnd(text: string, start: number, end: number): number {
  // Checked by char code first: this runs after every word of every article.
  if (text.charCodeAt(end + 1) !== 45 || text.charCodeAt(end) !== 32 || text.charCodeAt(end + 2) !== 32)
    return end;
  const left = text.slice(start, end);
  const m = /^[\p{L}]+/u.exec(text.slice(end + 3, end + 20));
  if (!m) return end;
  const right = m[0];
  const syllable = /^[A-Z\u00C0-\u024F]/.test(left) && /^[a-z]{2,4}$/.test(right);
  const particle = HYPHEN_PARTICLES.test(left) && /^[A-Z]/.test(right);
  return syllable || particle ? end + 3 + right.length : end;
}

const MARKED = /[\u00c0-\u024f]/;
/** Letters without their marks, and a few that have none to drop. */
const BARE: Record<string, string> = {
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};

/**
 * A word's marks dropped ("çavuşoğlu" → "cavusoglu", "inácio" → "inacio"): the same name is written
 * with and without them, so words are compared bare, in the lexicon as in the text.
 */
function foldMarks(w: string): string {
  // Most non-ASCII tokens are quotes and dashes: only Latin letters with marks (U+00C0–U+024F) change.
  if (!MARKED.test(w)) return w;
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıøłđðþæœß]/g, (c) => BARE[c] ?? c);
}

/**
 * Tokens with offsets relative to the sentence start: runs of letters and digits, joined by a single
 * - ' ’ . & / between them ("el-Sisi", "1.400", "Rusia-Ukraina"), else one punctuation character.
 * A hand-written scanner, because this is the hottest loop of the extractor.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || (c > 127 && SPACE_CHAR.test(text[i] as string))) {
      i++;
      continue;
    }
    const start = i;
    let spaced = false;
    if (isWordCode(c)) {
      i++;
      for (;;) {
        while (i < n && isWordCode(text.charCodeAt(i))) i++;
        if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i++;
        else break;
      }
      const wordEnd = i;
      i = spacedHyphenEnd(text, start, i);
      spaced = i !== wordEnd;
    } else {
      // A surrogate pair (emoji) stays one token.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const raw = text.slice(start, i);
    const w = spaced ? raw.replace(/ - /g, '-') : raw;
    let lower = true;
    let ascii = true;
    for (let k = 0; k < w.length; k++) {
      const d = w.charCodeAt(k);
      if (d > 127) {
        ascii = false;
        lower = false;
        break;
      }
      if (d >= 65 && d <= 90) lower = false;
    }
    out.push({
      text: w,
      norm: lower ? w : ascii ? w.toLowerCase() : foldMarks(w.toLowerCase()),
      start,
      end: i,
      cap: (c >= 65 && c <= 90) || (c > 127 && isCapital(text[start] as string)),
    });
  }
  return out;
}
