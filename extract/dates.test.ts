// Table tests of the date stage: the article's date from metadata, URL, id or text, and each form of
// a sentence's own date resolved against it.
import { describe, expect, it } from 'vitest';
import { articleDate, normaliseDate, sentenceDate, urlDate } from './dates';

describe('article date', () => {
  it.each([
    ['2023-11-03T10:00:00Z', '2023-11-03'],
    ['2023-11', '2023-11'],
    ['kemarin', undefined],
  ])('metadata %s → %s', (given, want) => {
    expect(normaliseDate(given)).toBe(want);
  });
  it.each([
    ['https://www.example.co.id/news/2023/11/03/menlu-tiba', 'a', '2023-11-03'],
    ['https://example.com/read/20240207/menlu', 'a', '2024-02-07'],
    [undefined, '1490674536-mustahil-transportasi', '2017-03-28'],
    ['https://example.com/berita/menlu-tiba', 'd01.txt', undefined],
  ])('url %s, id %s → %s', (url, id, want) => {
    expect(urlDate(url, id)).toBe(want);
  });
  it.each([
    [' date 2024-02-07 Judul', '2024-02-07'],
    ['MINGGU, 07 MEI 2023 | 06:14 WIB', '2023-05-07'],
    ['pada Selasa (31/10/2023).', '2023-10-31'],
    ['Tanpa tanggal.', undefined],
  ])('text %s → %s', (text, want) => {
    expect(articleDate(text)).toBe(want);
  });
});

describe("sentence's own date", () => {
  it.each([
    ['Blinken tiba pada Jumat (3/11).', '2023-11-01', '2023-11-03'],
    ['Blinken tiba pada Jumat (3/11/2023).', '2024-05-01', '2023-11-03'],
    ['Blinken tiba pada Jumat (3/11).', undefined, undefined],
    ['Serangan terjadi pada 7 Oktober.', '2023-11-01', '2023-10-07'],
    ['Serangan terjadi pada 7 Oktober 2023.', '2025-01-10', '2023-10-07'],
    ['Perundingan dimulai September 2023.', '2024-02-01', '2023-09'],
    // No year written: the nearest year to the article, never a year off.
    ['Ia bertemu Putin pada 28 Desember.', '2024-01-05', '2023-12-28'],
    ['Ia bertemu Putin pada Senin (30/12).', '2024-01-02', '2023-12-30'],
    ['Tanpa tanggal.', '2023-11-01', '2023-11-01'],
    // "Mei" alone is not a date.
    ['Mei ini ia tiba.', '2023-11-01', '2023-11-01'],
  ])('"%s" in an article of %s → %s', (text, doc, want) => {
    expect(sentenceDate(text, doc)).toBe(want);
  });
});
