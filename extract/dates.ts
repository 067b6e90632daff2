// Dates: the article's own date (metadata, a date in its URL or id, a "date 2024-02-07" stamp, a
// dateline, a full "(31/10/2023)") and a sentence's own date ("Jumat (3/11)", "pada 7 Oktober",
// "September 2023") resolved against it. ISO strings; absent when nothing says.
import { WORDS } from './lexicon';

const MONTHS: Readonly<Record<string, number>> = WORDS.months;
const DAY_MS = 86_400_000;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(y: number, m: number, d?: number): string | undefined {
  if (m < 1 || m > 12 || y < 1900 || y > 2100) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Normalises a metadata date ("2023-11-03", "2023-11-03T10:00:00Z") to YYYY-MM-DD. */
export function normaliseDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(s.trim());
  return m ? iso(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined) : undefined;
}

/** A date in an article's URL ("/2023/11/03/", "-20231103") or id (a Unix-time prefix "1490674536-…"). */
export function urlDate(url: string | undefined, id: string): string | undefined {
  for (const s of [url ?? '', id]) {
    const path = /(?:^|\/)(20\d{2}|19\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(s);
    if (path) return iso(Number(path[1]), Number(path[2]), Number(path[3]));
    const compact = /(?:^|[^\d])(20\d{2})(\d{2})(\d{2})(?:[^\d]|$)/.exec(s);
    if (compact) {
      const r = iso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
      if (r) return r;
    }
  }
  const epoch = /^(1\d{9})(?:[^\d]|$)/.exec(id);
  if (epoch) return new Date(Number(epoch[1]) * 1000).toISOString().slice(0, 10);
  return undefined;
}

/** The article's date from its text when metadata has none. */
export function articleDate(text: string): string | undefined {
  const head = text.slice(0, 4000);
  // [^\S\n]* (blanks but newline), not \s*: a run of newlines is not rescanned from each of them.
  const stamp = /(?:^|\n)[^\S\n]*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(head);
  if (stamp) return iso(Number(stamp[1]), Number(stamp[2]), stamp[3] ? Number(stamp[3]) : undefined);
  const long = /\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b/.exec(head);
  if (long) {
    const mo = MONTHS[(long[2] as string).toLowerCase()];
    if (mo) {
      const r = iso(Number(long[3]), mo, Number(long[1]));
      if (r) return r;
    }
  }
  const full = /\((\d{1,2})\/(\d{1,2})\/(\d{4})\)/.exec(head);
  if (full) return iso(Number(full[3]), Number(full[2]), Number(full[1]));
  return undefined;
}

/**
 * A day and month without a year: the year that puts it nearest the article's date, so a date never
 * lands more than half a year off ("28 Desember" in a 5 January article is the December before).
 */
function nearestYear(m: number, d: number, docDate: string): string | undefined {
  const ref = Date.parse(`${docDate.slice(0, 10)}${docDate.length === 7 ? '-15' : ''}T00:00:00Z`);
  const y = Number(docDate.slice(0, 4));
  let best: { s: string; dist: number } | undefined;
  for (const yy of [y - 1, y, y + 1]) {
    const s = iso(yy, m, d);
    if (!s) continue;
    const dist = Math.abs(Date.parse(`${s}T00:00:00Z`) - ref) / DAY_MS;
    if (!best || dist < best.dist) best = { s, dist };
  }
  return best?.s;
}

/** A date the sentence states, resolved with the article's date; else the article's date. */
export function sentenceDate(text: string, docDate: string | undefined): string | undefined {
  // "(3/11)", "(3/11/2023)", "(3/11/23)"
  const paren = /\((\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\)/.exec(text);
  if (paren) {
    const [d, m] = [Number(paren[1]), Number(paren[2])];
    if (paren[3]) {
      const y = Number(paren[3]);
      return iso(y < 100 ? y + 2000 : y, m, d) ?? docDate;
    }
    return docDate ? (nearestYear(m, d, docDate) ?? docDate) : undefined;
  }
  // "7 Oktober 2023", "pada 7 Oktober", "September 2023"
  const named = /\b(?:(\d{1,2})\s+)?([A-Za-z]{3,9})(?:\s+(\d{4}))?\b/g;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const mo = MONTHS[(m[2] as string).toLowerCase()];
    if (!mo || (!m[1] && !m[3])) continue;
    // "Mei" alone is also a word; a day or a year must come with the month name.
    if (m[1] && m[3]) return iso(Number(m[3]), mo, Number(m[1])) ?? docDate;
    if (m[3]) return iso(Number(m[3]), mo) ?? docDate;
    if (docDate) return nearestYear(mo, Number(m[1]), docDate) ?? docDate;
  }
  return docDate;
}
