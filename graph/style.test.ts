// The palette stays readable: every entity and relation colour differs from every other for normal
// vision and for simulated colour-vision deficiencies; the colour and size rules behave.
import { describe, expect, it } from 'vitest';
import type { NodeAttrs } from '../src/schema';
import {
  COMMUNITY_COLORS,
  ENTITY_COLORS,
  edgeSize,
  type Maxima,
  nodeColor,
  OTHER_COLOR,
  RELATION_COLORS,
  SEQUENTIAL_RAMP,
  scaledSize,
} from './style';

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16) / 255) as Rgb;
const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const unlin = (c: number): number => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(lin) as Rgb;
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** Machado, Oliveira & Fernandes (2009) matrices at full severity, on linear RGB. */
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(rgb: Rgb, m: number[][]): Rgb {
  const l = rgb.map(lin);
  return m.map((row) =>
    unlin(
      Math.min(
        1,
        Math.max(0, (row[0] ?? 0) * (l[0] ?? 0) + (row[1] ?? 0) * (l[1] ?? 0) + (row[2] ?? 0) * (l[2] ?? 0)),
      ),
    ),
  ) as Rgb;
}

function deltaE(a: Rgb, b: Rgb): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

describe('palette', () => {
  const colours = [
    ...Object.entries(ENTITY_COLORS).map(([k, v]) => [`node ${k}`, v] as const),
    ...Object.entries(RELATION_COLORS).map(([k, v]) => [`edge ${k}`, v] as const),
  ];

  it('keeps all 15 entity and relation colours apart in every colour vision', () => {
    const close: string[] = [];
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) {
        const [na, ca] = colours[i] ?? ['', ''];
        const [nb, cb] = colours[j] ?? ['', ''];
        const [a, b] = [hex(ca), hex(cb)];
        const worst = Math.min(
          deltaE(a, b),
          ...Object.values(CVD).map((m) => deltaE(simulate(a, m), simulate(b, m))),
        );
        if (worst < 12) close.push(`${na} ~ ${nb} (ΔE ${worst.toFixed(1)})`);
      }
    }
    expect(close).toEqual([]);
  });

  it('the check itself catches a relation that reuses a node colour', () => {
    const [a, b] = [hex(ENTITY_COLORS.PERSON), hex('#6a9bcb')];
    expect(
      Math.min(deltaE(a, b), ...Object.values(CVD).map((m) => deltaE(simulate(a, m), simulate(b, m)))),
    ).toBeLessThan(12);
  });
});

describe('colour and size rules', () => {
  const node = (over: Partial<NodeAttrs>): NodeAttrs => ({
    label: 'x',
    type: 'COUNTRY',
    aliases: [],
    mentions: 0,
    documents: [],
    degree: 0,
    weightedDegree: 0,
    pagerank: 0,
    community: 0,
    x: 0,
    y: 0,
    size: 1,
    color: '#000000',
    affiliations: [],
    ...over,
  });
  const max: Maxima = { degree: 100, pagerank: 0.5, mentions: 40, documents: 10 };

  it('colours by type, by community (small ones grey) and by a numeric attribute', () => {
    expect(nodeColor(node({ type: 'PERSON' }), 'type', max)).toBe(ENTITY_COLORS.PERSON);
    expect(nodeColor(node({ community: 1 }), 'community', max)).toBe(COMMUNITY_COLORS[1]);
    expect(nodeColor(node({ community: 500 }), 'community', max)).toBe(OTHER_COLOR);
    expect(nodeColor(node({ degree: 0 }), 'degree', max)).toBe(SEQUENTIAL_RAMP[0]);
    expect(nodeColor(node({ degree: 100 }), 'degree', max)).toBe(SEQUENTIAL_RAMP.at(-1));
    expect(nodeColor(node({ documents: ['a', 'b'] }), 'documents', max)).not.toBe(SEQUENTIAL_RAMP.at(-1));
  });

  it('sizes grow with the square root of the value and stay within bounds', () => {
    expect(scaledSize(0, 10)).toBe(3);
    expect(scaledSize(10, 10)).toBe(20);
    expect(scaledSize(50, 10)).toBe(20);
    expect(scaledSize(2.5, 10)).toBeCloseTo(3 + 17 * 0.5, 2);
    expect(edgeSize(1)).toBe(1);
    expect(edgeSize(8)).toBe(4);
  });
});
