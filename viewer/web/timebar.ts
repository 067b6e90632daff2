// The time slider: a histogram of relation mentions per day or week, two handles over its bins that
// set the date range, the date inputs, and a play button that slides the window to the end.
import { append, byId, el } from './dom';
import type { ViewState } from './model';
import type { Store } from './store';
import { binEnd, binRange, type Histogram, nextWindow } from './timeline';

/** Time between two steps of play: long enough to see the graph change. */
const PLAY_STEP_MS = 700;

export class TimeBar {
  private readonly lo = byId('time-lo', HTMLInputElement);
  private readonly hi = byId('time-hi', HTMLInputElement);
  private readonly play = byId('time-play', HTMLButtonElement);
  private readonly label = byId('time-label', HTMLElement);
  private readonly dateFrom = byId('date-from', HTMLInputElement);
  private readonly dateTo = byId('date-to', HTMLInputElement);
  private readonly bars: HTMLElement[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  /** Told when play starts and stops. */
  onPlay: (playing: boolean) => void = () => {};

  constructor(
    private readonly h: Histogram,
    private readonly store: Store,
  ) {
    const n = h.starts.length;
    byId('time', HTMLElement).hidden = n === 0;
    byId('time-unit', HTMLElement).textContent = n === 0 ? '' : `mentions per ${h.unit} (√ height)`;
    const box = byId('histogram', HTMLDivElement);
    const max = Math.max(1, ...h.counts);
    h.starts.forEach((start, i) => {
      const bar = el('span', { className: 'bar', title: `${start}: ${h.counts[i] ?? 0} mentions` });
      // Square-root heights: one busy week must not flatten every other bar to nothing.
      bar.style.height = `${Math.round(100 * Math.sqrt((h.counts[i] ?? 0) / max))}%`;
      this.bars.push(bar);
      append(box, bar);
    });
    for (const input of [this.lo, this.hi]) {
      input.max = String(Math.max(0, n - 1));
      input.addEventListener('input', () => this.fromSliders(input));
    }
    for (const input of [this.dateFrom, this.dateTo]) {
      if (n > 0) {
        input.min = h.starts[0] ?? '';
        input.max = binEnd(h, n - 1);
      }
      input.addEventListener('change', () =>
        store.dispatch({
          type: 'setDates',
          from: this.dateFrom.value === '' ? null : this.dateFrom.value,
          to: this.dateTo.value === '' ? null : this.dateTo.value,
        }),
      );
    }
    this.play.addEventListener('click', () => (this.timer === undefined ? this.start() : this.stop()));
  }

  private fromSliders(moved: HTMLInputElement): void {
    let lo = Number(this.lo.value);
    let hi = Number(this.hi.value);
    if (lo > hi) {
      if (moved === this.lo) hi = lo;
      else lo = hi;
    }
    this.setBins(lo, hi);
  }

  /** A range over the whole axis is no range: undated edges come back. */
  private setBins(lo: number, hi: number): void {
    const whole = lo === 0 && hi === this.h.starts.length - 1;
    this.store.dispatch({
      type: 'setDates',
      from: whole ? null : (this.h.starts[lo] ?? null),
      to: whole ? null : binEnd(this.h, hi),
    });
  }

  /** Play: a window one bin wide (or the chosen one) moves a bin at a time to the end. */
  private start(): void {
    const s = this.store.state;
    let [lo, hi] = binRange(this.h, s.from, s.to);
    if (s.from === null && s.to === null) [lo, hi] = [0, 0];
    else if (hi >= this.h.starts.length - 1) [lo, hi] = [0, hi - lo];
    this.setBins(lo, hi);
    this.play.textContent = '❚❚ Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.onPlay(true);
    this.timer = setInterval(() => {
      const st = this.store.state;
      const [a, b] = binRange(this.h, st.from, st.to);
      const next = nextWindow(this.h, a, b);
      if (next === null) this.stop();
      else this.setBins(next[0], next[1]);
    }, PLAY_STEP_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = '▶ Play';
    this.play.setAttribute('aria-pressed', 'false');
    this.onPlay(false);
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  render(s: ViewState): void {
    const n = this.h.starts.length;
    if (n === 0) return;
    const [lo, hi] = s.from === null && s.to === null ? [0, n - 1] : binRange(this.h, s.from, s.to);
    this.lo.value = String(lo);
    this.hi.value = String(hi);
    this.bars.forEach((b, i) => {
      b.classList.toggle('out', i < lo || i > hi);
    });
    this.dateFrom.value = s.from ?? '';
    this.dateTo.value = s.to ?? '';
    this.label.textContent =
      s.from === null && s.to === null ? 'all dates' : `${s.from ?? '…'} – ${s.to ?? '…'}`;
  }
}
