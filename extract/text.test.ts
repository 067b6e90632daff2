// Tests of the text layer: boilerplate cleaning with offsets, sentence splitting, tokens and dates.
import { describe, expect, it } from 'vitest';
import { articleDate, sentenceDate } from './dates';
import { cleanLines, splitSentences, tokenize } from './text';

describe('cleanLines', () => {
  const text = [
    'Jakarta, Kompas.com - Menlu Sugiono tiba di Kairo pada Senin.',
    'Baca juga: Presiden Prabowo bertemu Raja Yordania',
    'BACA JUGA:',
    'Judul artikel lain yang ditautkan',
    'Berita Terkait',
    'Foto: Reuters/Amr Abdallah',
    'Editor: Sri Rahayu',
    'Copyright © 2024 Kompas',
    'Presiden Prabowo menyapa warga di Kairo (Foto: Antara/Hafidz)',
    'Ia dijadwalkan bertemu dengan Menlu Mesir.',
  ].join('\n');
  const lines = cleanLines(text);

  it('keeps only the article text', () => {
    expect(lines.map((l) => l.text)).toEqual([
      'Menlu Sugiono tiba di Kairo pada Senin.',
      'Ia dijadwalkan bertemu dengan Menlu Mesir.',
    ]);
  });
  it('keeps a body paragraph under a bare link label whose headline the page left out', () => {
    const body =
      'Juru bicara pertahanan India Kolonel Rajesh Kalia mengatakan ada pelanggaran. “Pasukan kami membalas,” kata Kalia.';
    const headline = 'Pasukan India Tembak Mati Dua Militan di Kashmir.';
    expect(cleanLines(`Judul\nBaca Juga\n${body}\nBaca Juga\n${headline}`).map((l) => l.text)).toEqual([
      body,
    ]);
  });
  it('keeps offsets into the original text, past the dateline', () => {
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
  it('drops a menu word only as a short line or a label, never a sentence it opens', () => {
    const kept = cleanLines(
      [
        'Komentar',
        'Iklan: Promo akhir tahun',
        'Komentar ini dilontarkan juru bicara Kemlu China di tengah ketegangan dengan Taiwan.',
        'Iklan yang dipasang kelompok itu menampilkan wajah Perdana Menteri Israel.',
        'Gabungan partai oposisi menolak rancangan undang-undang itu.',
      ].join('\n'),
    ).map((l) => l.text.slice(0, 9));
    expect(kept).toEqual(['Komentar ', 'Iklan yan', 'Gabungan ']);
  });
  it('keeps a paragraph a site glued to a related-link headline, with its offsets', () => {
    const text =
      'BACA JUGA: Kenya Kirim Polisi ke HaitiPasukan itu tiba di Port-au-Prince pada Selasa malam.\nBaca juga: Paul McCartney Bikin Pangling';
    const lines = cleanLines(text);
    expect(lines.map((l) => l.text)).toEqual(['Pasukan itu tiba di Port-au-Prince pada Selasa malam.']);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
  it('cuts a dateline on the first line, or with a newsroom mark later, never before a lower-case word', () => {
    const kept = cleanLines(
      [
        'Jakarta - Presiden Kenya tiba di Jakarta untuk kunjungan kenegaraan selama tiga hari.',
        'REPUBLIKA.CO.ID, NEW YORK -- Menlu Kenya bertemu dengan Sekjen PBB di markas besar PBB.',
        'Menlu Korut , Ri Yong - ho , mengecam latihan militer gabungan itu pada Senin .',
        'Jung - Jin mengatakan kunjungan itu membuka babak baru hubungan kedua negara.',
        'Negara - negara Teluk mendesak Qatar memutus hubungan dengan Iran pada pekan lalu.',
      ].join('\n'),
    ).map((l) => l.text.slice(0, 12));
    expect(kept).toEqual(['Presiden Ken', 'Menlu Kenya ', 'Menlu Korut ', 'Jung - Jin m', 'Negara - neg']);
  });
  it('cuts a dateline whose sources in brackets run long, and one under a headline', () => {
    const cut = (lines: string[]): string[] => cleanLines(lines.join('\n')).map((l) => l.text.slice(0, 12));
    const long =
      'SUDAN (Middle East Monitor | Al Jazeera) – Perwakilan Tetap Sudan untuk PBB mendesak Dewan Keamanan.';
    expect(cut([long])).toEqual(['Perwakilan T']);
    const under =
      'Ankara - Presiden Turki Recep Tayyip Erdogan kembali melontarkan kecaman keras terhadap Israel.';
    expect(cut(['Erdogan Kecam Israel', under])).toEqual(['Erdogan Keca', 'Presiden Tur']);
  });
  it('keeps only the first copy of a line printed twice', () => {
    // A lede printed again as a caption is still the article's sentence: one copy, so no relation twice.
    const cap = 'Para demonstran berkumpul di depan Gedung Putih pada Selasa malam.';
    const kept = cleanLines(`${cap}\nMenlu Sugiono tiba di Kairo.\n${cap}`).map((l) => l.text);
    expect(kept).toEqual([cap, 'Menlu Sugiono tiba di Kairo.']);
  });
  it("keeps a paragraph closed by its editors' initials", () => {
    const para =
      'Qatar menyambut Presiden Iran pada Februari lalu. Doha menjadi perantara di antara keduanya. (ab/uh)';
    expect(cleanLines(`Qatar Sambut Presiden Iran di Doha\n${para}`).map((l) => l.text)).toEqual([
      'Qatar Sambut Presiden Iran di Doha',
      para,
    ]);
    expect(
      cleanLines('Qatar Sambut Presiden Iran di Doha\nPresiden Jokowi di Istana Bogor. (Foto/Antara)').map(
        (l) => l.text,
      ),
    ).toEqual(['Qatar Sambut Presiden Iran di Doha']);
    const one = 'Acara ini dihadiri oleh Presiden Iran Hassan Rouhani. (mm/tribune)';
    expect(cleanLines(`Judul\n${one}`).map((l) => l.text)).toEqual([one]);
    expect(cleanLines('Judul\nHassan Rouhani di Astana. (Antara/Reuters)').map((l) => l.text)).toEqual([]);
  });
  it('cuts a dateline opened by a lower-case site name', () => {
    const kept = cleanLines(
      'jpnn.com, MOSKOW - Langkah Presiden Donald Trump mengakui Juan Guaido bikin Rusia gusar.',
    );
    expect(kept[0]?.text).toBe('Langkah Presiden Donald Trump mengakui Juan Guaido bikin Rusia gusar.');
  });
  it('keeps the first copy of a headline printed again under itself', () => {
    const head = 'Menlu Sugiono Akan Bertemu Menlu Wang Yi di Beijing';
    const kept = cleanLines(`${head}\n${head}\nMenlu Sugiono tiba di Kairo.`).map((l) => l.text);
    expect(kept).toEqual([head, 'Menlu Sugiono tiba di Kairo.']);
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials or listed abbreviations', () => {
    const s = splitSentences(
      'Dr. Siti Nadia bertemu Antony J. Blinken pkl. 10.00 WIB. Keduanya membahas Gaza.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Dr. Siti Nadia bertemu Antony J. Blinken pkl. 10.00 WIB.',
      'Keduanya membahas Gaza.',
    ]);
  });
  it('splits where a space was lost ("AS.Kunjungan") but not in domain names', () => {
    const s = splitSentences(
      'Hubungan China dan AS.Kunjungan itu penting menurut REPUBLIKA.CO.ID dan Holopis.com hari ini.',
    );
    expect(s.map((x) => x.text)).toEqual([
      'Hubungan China dan AS.',
      'Kunjungan itu penting menurut REPUBLIKA.CO.ID dan Holopis.com hari ini.',
    ]);
  });
  it('marks Title Case headlines', () => {
    const [h, b] = splitSentences(
      'AS Desak Israel Lakukan Jeda Kemanusiaan di Gaza\nIsrael menolak desakan itu.',
    );
    expect(h?.titleCase).toBe(true);
    expect(b?.titleCase).toBe(false);
  });
  it('gives offsets into the original text', () => {
    const text = 'Pertama.  Kedua kalimat.\n\nKetiga!';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('tokenize', () => {
  it('compares words without their marks: the same name is written with and without them', () => {
    const norms = (t: string): string[] => tokenize(t).map((x) => x.norm);
    expect(norms('Mevlüt Çavuşoğlu')).toEqual(norms('Mevlut Cavusoglu'));
    expect(norms('Luiz Inácio Lula')).toEqual(['luiz', 'inacio', 'lula']);
    expect(tokenize('Inácio')[0]?.text).toBe('Inácio');
  });
  it('keeps hyphenated names and numbers whole, with offsets', () => {
    const t = tokenize('el-Sisi menewaskan 1.400 orang di Rusia-Ukraina.');
    expect(t.map((x) => x.text)).toEqual([
      'el-Sisi',
      'menewaskan',
      '1.400',
      'orang',
      'di',
      'Rusia-Ukraina',
      '.',
    ]);
    expect(t[5]?.start).toBe(34);
    expect(t[0]?.norm).toBe('el-sisi');
  });
  it('rejoins names whose hyphens a source spaced out, keeping the offsets of the source', () => {
    const t = tokenize('Tsai Ing - wen dan Bashar al - Assad , Palestina - Israel');
    expect(t.map((x) => x.text)).toEqual([
      'Tsai',
      'Ing-wen',
      'dan',
      'Bashar',
      'al-Assad',
      ',',
      'Palestina',
      '-',
      'Israel',
    ]);
    expect([t[1]?.start, t[1]?.end]).toEqual([5, 14]);
  });
});

describe('dates', () => {
  it('reads the article date from a stamp, a dateline or a full date', () => {
    expect(articleDate(' date 2024-02-07 Judul')).toBe('2024-02-07');
    expect(articleDate('MINGGU, 07 MEI 2023 | 06:14 WIB')).toBe('2023-05-07');
    expect(articleDate('pada Selasa (31/10/2023).')).toBe('2023-10-31');
    expect(articleDate('Tanpa tanggal.')).toBeUndefined();
  });
  it('resolves "Jumat (3/11)" with the article year', () => {
    expect(sentenceDate('Blinken tiba pada Jumat (3/11).', '2023-11-01')).toBe('2023-11-03');
    expect(sentenceDate('Blinken tiba pada Jumat (3/11).', undefined)).toBeUndefined();
    expect(sentenceDate('Tanpa tanggal.', '2023-11-01')).toBe('2023-11-01');
  });
});
