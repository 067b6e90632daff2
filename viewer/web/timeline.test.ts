// The time axis: the finest unit that fits, mention counts per bin, ranges and play windows.
import { describe, expect, it } from 'vitest';
import { tinyGraph } from './fixture';
import { binEnd, binRange, mentionHistogram, nextWindow, weekStart } from './timeline';

describe('mentionHistogram', () => {
  it('counts mentions per day over a short span, empty days included', () => {
    const g = tinyGraph(['a', 'b'], [['a', 'MET', 'b', ['2024-01-01', '2024-01-03', '2024-01-03']]]);
    const h = mentionHistogram(g);
    expect(h).toEqual({ unit: 'day', starts: ['2024-01-01', '2024-01-02', '2024-01-03'], counts: [1, 0, 2] });
    expect(binRange(h, '2024-01-02', null)).toEqual([1, 2]);
    expect(nextWindow(h, 0, 1)).toEqual([1, 2]);
    expect(nextWindow(h, 1, 2)).toBeNull();
  });
  it('counts per ISO week over months, and per month or year over longer spans', () => {
    const weeks = mentionHistogram(
      tinyGraph(['a', 'b'], [['a', 'MET', 'b', ['2024-01-03', '2024-01-07', '2024-06-30']]]),
    );
    expect(weeks.unit).toBe('week');
    expect(weeks.starts[0]).toBe('2024-01-01');
    expect(weeks.counts[0]).toBe(2);
    expect(weeks.counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(binEnd(weeks, 0)).toBe('2024-01-07');
    const months = mentionHistogram(tinyGraph(['a', 'b'], [['a', 'MET', 'b', ['2015-01-20', '2018-12-01']]]));
    expect(months.unit).toBe('month');
    expect(months.starts.length).toBe(48);
    expect(binEnd(months, 1)).toBe('2015-02-28');
    const years = mentionHistogram(tinyGraph(['a', 'b'], [['a', 'MET', 'b', ['1945-08-17', '2024-01-01']]]));
    expect(years.unit).toBe('year');
    expect(years.starts.length).toBe(80);
    expect(years.counts[0]).toBe(1);
  });
  it('has no bins without dated mentions', () => {
    expect(mentionHistogram(tinyGraph(['a', 'b'], [['a', 'MET', 'b']])).starts).toEqual([]);
  });
  it('finds the Monday of a week', () => {
    expect(weekStart('2024-01-07')).toBe('2024-01-01');
    expect(weekStart('2024-01-08')).toBe('2024-01-08');
  });
});
