// Quotations in a sentence: where a quotation is open, and where a speech tag after a closing quote
// ('…,” kata X') names its speaker. One reading shared by the resolver, the people registry and the engine.
import { hasTag } from './tags';
import type { Token } from './text';

/** open[k] is 1 when a quotation is open before token k (one pass; straight quotes toggle). */
export function quoteOpenFlags(toks: readonly Token[]): Uint8Array {
  const open = new Uint8Array(toks.length + 1);
  let inside = false;
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
 * The speaker: the speech tag itself when it carries the pronoun ("ujarnya"), else the first item
 * (mention or slot) within three tokens after it, passing over the outlet a quotation is taken from
 * ("ujarnya seperti dikutip Reuters").
 */
export function speakerOf<T extends { start: number }>(
  toks: readonly Token[],
  items: readonly T[],
): T | undefined {
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
