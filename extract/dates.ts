// Dates: the article's own date (metadata, "date 2024-02-07" stamps, a dateline, a full "(31/10/2023)")
// and a sentence's "Jumat (3/11)" resolved against it. ISO strings; absent when the text does not say.
const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

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

/** A date the sentence states ("(3/11)", "(3/11/2023)", "7 Oktober 2023"), resolved with the article's year. */
export function sentenceDate(text: string, docDate: string | undefined): string | undefined {
  const year = docDate ? Number(docDate.slice(0, 4)) : undefined;
  const m = /\((\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\)/.exec(text);
  if (m) {
    let y = m[3] ? Number(m[3]) : year;
    if (y !== undefined && y < 100) y += 2000;
    if (y !== undefined) return iso(y, Number(m[2]), Number(m[1]));
  }
  const l = /\b(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})\b/.exec(text);
  if (l) {
    const mo = MONTHS[(l[2] as string).toLowerCase()];
    if (mo) return iso(Number(l[3]), mo, Number(l[1]));
  }
  return docDate;
}
