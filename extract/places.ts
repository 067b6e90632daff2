// Name context: the words that make the capitalised word after them a destination or a named place
// ("tiba di Iquique", "kota Iquique", "mengunjungi Valparaiso") or a group ("kelompok militan
// Al-Shabaab", "milisi Fano"), even when no lexicon knows it.
import { hasTag } from './tags';
import type { Token } from './text';

/** Whether the words before token i make what follows a destination or a named place. */
export function placeContext(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.norm ?? '';
  if (hasTag(prev, 'PlaceHead') || hasTag(prev, 'TravelVerb')) return true;
  // "kota tua Mosul", "Kota Kecil Khan Sheikhoun": an adjective may stand between the head and the name.
  if (hasTag(prev, 'PlaceAdjective') && hasTag(toks[i - 2]?.norm ?? '', 'PlaceHead')) return true;
  return prev === 'di' && hasTag(toks[i - 2]?.norm ?? '', 'TravelVerb');
}

/**
 * Whether a lower-case group noun stands before token i ("kelompok", "milisi", "pemberontak"); a
 * capitalised one is part of the name itself ("Partai Amanat Nasional").
 */
export function groupContext(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && !prev.cap && hasTag(prev.norm, 'GroupHead');
}
