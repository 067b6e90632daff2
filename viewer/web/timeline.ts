// The time axis: relation mentions counted per day, ISO week (Monday first), month or year, the
// finest that keeps the bars visible; the bins the time slider moves over and the play windows. Pure.
import type { KgGraph } from './graph-model';
import { mentionDays } from './model';

export type BinUnit = 'day' | 'week' | 'month' | 'year';

export interface Histogram {
  unit: BinUnit;
  /** First day (YYYY-MM-DD) of each bin, consecutive, oldest first. */
  starts: string[];
  /** Relation mentions dated inside each bin. */
  counts: number[];
}

const DAY_MS = 86_400_000;
/** More bars than this would be thinner than a pixel or two in the legend: use a coarser unit. */
const MAX_BINS = 150;

function toMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function toDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday on or before a day. */
export function weekStart(day: string): string {
  const ms = toMs(day);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return toDay(ms - dow * DAY_MS);
}

/** Index of the bin holding a day, counted from the bin holding `first`. */
function binOf(unit: BinUnit, first: string, day: string): number {
  const [y0, m0] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const [y, m] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  if (unit === 'year') return y - y0;
  if (unit === 'month') return (y - y0) * 12 + (m - m0);
  if (unit === 'week') return Math.floor((toMs(weekStart(day)) - toMs(weekStart(first))) / (7 * DAY_MS));
  return Math.round((toMs(day) - toMs(first)) / DAY_MS);
}

/** First day of bin i. */
function binStart(unit: BinUnit, first: string, i: number): string {
  const y0 = Number(first.slice(0, 4));
  const m0 = Number(first.slice(5, 7)) - 1;
  if (unit === 'year') return `${String(y0 + i).padStart(4, '0')}-01-01`;
  if (unit === 'month') return toDay(Date.UTC(y0, m0 + i, 1));
  if (unit === 'week') return toDay(toMs(weekStart(first)) + i * 7 * DAY_MS);
  return toDay(toMs(first) + i * DAY_MS);
}

export function mentionHistogram(graph: KgGraph): Histogram {
  const days: string[] = [];
  graph.forEachEdge((_e, a) => {
    for (const d of mentionDays(a)) if (!Number.isNaN(toMs(d))) days.push(d);
  });
  if (days.length === 0) return { unit: 'day', starts: [], counts: [] };
  days.sort();
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  const units: BinUnit[] = ['day', 'week', 'month', 'year'];
  const unit = units.find((u) => binOf(u, first, last) + 1 <= MAX_BINS) ?? 'year';
  const n = binOf(unit, first, last) + 1;
  const starts = Array.from({ length: n }, (_, i) => binStart(unit, first, i));
  const counts = new Array<number>(n).fill(0);
  for (const d of days) {
    const i = binOf(unit, first, d);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return { unit, starts, counts };
}

/** Last day of bin i: the day before the next bin starts. */
export function binEnd(h: Histogram, i: number): string {
  const start = h.starts[i];
  if (start === undefined) return '';
  const next = h.starts[i + 1] ?? binStart(h.unit, start, 1);
  return toDay(toMs(next) - DAY_MS);
}

/** The bins a date range covers, as [first, last] indexes; the whole axis for an open range. */
export function binRange(h: Histogram, from: string | null, to: string | null): [number, number] {
  const last = h.starts.length - 1;
  let lo = 0;
  let hi = last;
  if (from !== null) {
    const i = h.starts.findIndex((_s, k) => binEnd(h, k) >= from);
    lo = i < 0 ? last : i;
  }
  if (to !== null) {
    let i = last;
    while (i > 0 && (h.starts[i] ?? '') > to) i--;
    hi = i;
  }
  return [Math.min(lo, hi), Math.max(lo, hi)];
}

/** The next window of the same width for the play button; null once the window reached the end. */
export function nextWindow(h: Histogram, lo: number, hi: number): [number, number] | null {
  if (hi >= h.starts.length - 1) return null;
  return [lo + 1, hi + 1];
}
