// The shapes resolution works on: a sentence's tokens and mentions in, slots (resolved mentions) out.
// Kept apart from resolve.ts so that the people registry and the resolver share them without a cycle.
import type { EntityType } from '../src/schema';
import type { Mention } from './mentions';
import type { Token } from './text';

export interface Ref {
  id: string;
  name: string;
  type: EntityType;
}

/** A resolved mention: what the relation rules see. */
export interface Slot {
  start: number;
  end: number;
  ref: Ref;
  /** Surface text of the mention (title included). */
  mention: string;
  m: Mention;
  /** The conflict parties of a pair mention ("Rusia-Ukraina"). */
  pair?: Ref[] | undefined;
  /** What a plural anaphor ("keduanya", "pihak-pihak bertikai") stands for: one relation each. */
  members?: Ref[] | undefined;
}

export interface SentenceIn {
  toks: Token[];
  mentions: Mention[];
  text: string;
  titleCase: boolean;
}

export function surface(toks: readonly Token[], start: number, end: number, text: string): string {
  const a = toks[start];
  const b = toks[end - 1];
  return a && b ? text.slice(a.start, b.end) : '';
}
