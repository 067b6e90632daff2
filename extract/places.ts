// Place context: the words that make the capitalised word after them a destination or a named place
// ("tiba di Iquique", "kota Iquique", "mengunjungi Valparaiso"), even when no lexicon knows it.
import { hasTag } from './tags';
import type { Token } from './text';

/** Whether the words before token i make what follows a destination or a named place. */
export function placeContext(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm ?? '';
  if (hasTag(prev, 'PlaceHead') || hasTag(prev, 'TravelVerb')) return true;
  return prev === 'di' && hasTag(toks[i - 2]?.norm ?? '', 'TravelVerb');
}
