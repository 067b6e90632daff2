// Quotations in a sentence: where a quotation is open, and where a speech tag after a closing quote
// ('…,” kata X') names its speaker. One reading shared by the resolver, the people registry and the engine.
import { WORDS } from './lexicon';
import { hasTag } from './tags';
import type { Token } from './text';

const SAY = new Set(WORDS.sayVerbs);

/**
 * Whether the sentence opens inside a quotation begun in a sentence before ('"Kami mendesak Israel …. Kami
 * juga meminta AS …," kata Fidan.'): its first quote mark closes one, after a comma or before a speech tag.
 */
function opensInside(toks: readonly Token[]): boolean {
  const k = toks.findIndex((t) => t.text === '"' || t.text === '“' || t.text === '”');
  if (k < 0) return false;
  if (toks[k]?.text !== '"') return toks[k]?.text === '”';
  const j = toks[k + 1]?.text === ',' ? k + 2 : k + 1;
  // 'mengatakan, "Kami …' opens one: a comma before the mark closes a quotation only after no speech verb.
  const afterComma = toks[k - 1]?.text === ',' && !SAY.has(toks[k - 2]?.norm ?? '');
  // '… membuka perbatasan."': a mark that ends the sentence after its full stop closes one.
  const last = k === toks.length - 1 && ['.', '!', '?'].includes(toks[k - 1]?.text ?? '');
  return k > 0 && (afterComma || last || hasTag(toks[j]?.norm ?? '', 'SpeechTag'));
}

/** open[k] is 1 when a quotation is open before token k (one pass; straight quotes toggle). */
export function quoteOpenFlags(toks: readonly Token[]): Uint8Array {
  const open = new Uint8Array(toks.length + 1);
  let inside = opensInside(toks);
  toks.forEach((t, k) => {
    open[k] = inside ? 1 : 0;
    if (t.text === '“') inside = true;
    else if (t.text === '”') inside = false;
    else if (t.text === '"') inside = !inside;
  });
  open[toks.length] = inside ? 1 : 0;
  return open;
}

/** The token index of every speech tag that follows a closing quote ('”, kata', '" ujar'). */
export function speechTags(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]?.text;
    if (t !== '”' && t !== '"') continue;
    const j = toks[i + 1]?.text === ',' ? i + 2 : i + 1;
    if (hasTag(toks[j]?.norm ?? '', 'SpeechTag')) out.push(j);
  }
  return out;
}

/**
 * 'Menlu Malaysia Mohamad Hasan mengatakan, "Kami …': a quotation opened right after a speech verb (and
 * a comma or colon) is the words of the last item before that verb.
 */
export function speakerBefore<T extends { start: number; end: number }>(
  toks: readonly Token[],
  items: readonly T[],
): T | undefined {
  const k = toks.findIndex((t) => t.text === '"' || t.text === '“');
  if (k < 2 || !(toks[k - 1]?.text === ',' || toks[k - 1]?.text === ':')) return undefined;
  const verb = toks[k - 2]?.norm ?? '';
  if (!SAY.has(verb)) return undefined;
  return [...items].reverse().find((x) => x.end <= k - 2);
}

/**
 * The speaker: the speech tag itself when it carries the pronoun ("ujarnya"), else the first item
 * (mention or slot) within three tokens after it, passing over the outlet a quotation is taken from
 * ("ujarnya seperti dikutip Reuters").
 */
export function speakerOf<T extends { start: number; end: number }>(
  toks: readonly Token[],
  items: readonly T[],
): T | undefined {
  const before = speakerBefore(toks, items);
  if (before) return before;
  for (const j of speechTags(toks)) {
    const found = items.find(
      (x) =>
        x.start === j ||
        (x.start > j && x.start <= j + 3 && !hasTag(toks[x.start - 1]?.norm ?? '', 'SourceVerb')),
    );
    if (found) return found;
  }
  return undefined;
}
