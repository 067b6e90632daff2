// The rule registry: every relation rule as data (extract/rules/*.json; zod schema in rules-schema.ts,
// checked by tests), compiled once. CLI, tests and docs enumerate RULES; each relation records its rule id.
import { type EntityType, isEntityType, type RelationType } from '../src/ontology';
import { TRIGGERS, WORDS } from './lexicon';
import attacked from './rules/attacked.json';
import criticized from './rules/criticized.json';
import mediates from './rules/mediates.json';
import met from './rules/met.json';
import negotiates from './rules/negotiates.json';
import rejected from './rules/rejected.json';
import supports from './rules/supports.json';
import urged from './rules/urged.json';
import visited from './rules/visited.json';
import type { RuleCondition, RuleFile } from './rules-schema';

/** One rule as its JSON file gives it. */
type RuleSpec = RuleFile['rules'][number];

import { isTag, tagged } from './tags';

/**
 * A condition on a rule: "unless" cancels it when the words are found there, "require" needs them;
 * the reason is what `kg explain` prints when the condition stops the rule.
 */
export const WHERE = [
  'near-trigger',
  'in-sentence',
  'in-document',
  'between-trigger-and-object',
  'before-object',
  'object-after-trigger',
  'object-head',
  'actor-before-object',
  'in-match',
  'before-trigger',
  'sides-of-conflict',
  'verb-after-object',
  'object-pronoun',
  'between-subject-and-trigger',
  'place-before-object',
  'object-in-subject-state',
  'object-untitled-name',
  'subject-in-place-phrase',
  'first-head-after-trigger',
  'before-last-word',
] as const;
/** A compiled condition: where to look, the words (first word of each form, or whole forms near the trigger). */
export interface Condition {
  mode: 'unless' | 'require';
  where: (typeof WHERE)[number];
  words: ReadonlySet<string>;
  reason: string;
}

/** One element of a compiled pattern. */
export type Element =
  | { kind: 'slot'; role: 'S' | 'O'; types: EntityType[] | undefined; optional: boolean }
  | {
      kind: 'words';
      forms: string[][];
      /** The forms by their first word, in list order (the engine tries only those of the token). */
      byFirst: ReadonlyMap<string, string[][]>;
      optional: boolean;
    }
  | { kind: 'gap'; max: number }
  | { kind: 'search' };

export interface Rule {
  id: string;
  relation: RelationType;
  pattern: string;
  elements: Element[];
  example: string;
  counterexamples: string[];
  cameo: string;
  plannedCameo: string;
  comitative: boolean;
  mutual: boolean;
  /** The leading {S} is the possessor of a "-nya" trigger ("kunjungannya"). */
  possessive: boolean;
  /** Take the nearest actor before the trigger (nominal triggers: "AS dan Israel pada pertemuan dengan …"). */
  nearestSubject: boolean;
  /** The lead slot is the actor nearest before the trigger in its clause, whatever governs it
   * ("dukungan terhadap Ukraina dalam melawan invasi Rusia": Ukraina resists). */
  nearestActor: boolean;
  /** Every pair of a coordinated {S} group is related ("pembicaraan antara X, Y dan Z"). */
  pairwise: boolean;
  /** Drop objects that are a person subject's own state (the file's `notOwnState` reason). */
  notOwnState: boolean;
  /** Not read inside a call's purpose: the act is asked for, not done (the file's `notWhenAsked`). */
  notWhenAsked: boolean;
  /** Drop subjects that are a side of their conflict object (the file's `notParty` reason). */
  notParty: boolean;

  /** The subject is not in the pattern: the speaker the sentence's quotation is attributed to. */
  subjectFrom?: RuleSpec['subjectFrom'] | undefined;
  /** Unless/require conditions, each with the reason `kg explain` prints. */
  conditions: Condition[];
  /**
   * The object when the pattern names none: the article's conflict, the agent of the last attack, the
   * last proposer, or the person the story is about (one list, in rules-schema.ts).
   */
  objectFallback?: RuleSpec['objectFallback'] | undefined;
  subjectTypes: EntityType[];
  objectTypes: EntityType[];
  /** Lower-case first words that can start the first literal element (for indexing). */
  anchors: string[];
  /** Index of the first literal element. */
  anchorIndex: number;
  /** The elements from the anchor on. */
  rest: Element[];
  /**
   * For each required words element after the anchor, its first words as an index into NEED_SETS.
   * The engine matches those elements left to right after the anchor, each on a token outside the
   * slots that starts one of its forms (skipped quotes and adverbs only move where it looks), so a
   * trigger with none of an element's first words after it cannot match: it is skipped untried.
   */
  needs: number[];
}

const ACTORS: EntityType[] = ['PERSON', 'COUNTRY', 'ORGANIZATION'];
const DEFAULT_OBJECT: Record<RelationType, EntityType[]> = {
  MET: ACTORS,
  URGED: ACTORS,
  MEDIATES: ['CONFLICT'],
  NEGOTIATES_WITH: ACTORS,
  VISITED: ['COUNTRY', 'LOCATION'],
  CRITICIZED: ACTORS,
  REJECTED: ACTORS,
  SUPPORTS: ACTORS,
  ATTACKED: [...ACTORS, 'LOCATION'],
  AFFILIATED_WITH: ['COUNTRY', 'ORGANIZATION'],
};

function lists(name: string, where: string): string[][] {
  const l = name === 'say_verbs' ? WORDS.sayVerbs : TRIGGERS.lists[name];
  if (!l)
    throw new Error(
      `kg/extract: unknown word list "@${name}" in ${where}; add it to extract/lexicon/triggers.json`,
    );
  return l.map((f) => f.toLowerCase().split(/\s+/));
}

function entityType(t: string, where: string): EntityType {
  if (isEntityType(t)) return t;
  throw new Error(
    `kg/extract: unknown entity type "${t}" in the pattern of ${where}; use PERSON, COUNTRY, ORGANIZATION, LOCATION or CONFLICT`,
  );
}

function compileCondition(c: RuleCondition, where: string): Condition {
  const mode = 'unless' in c ? 'unless' : 'require';
  const at = 'unless' in c ? c.unless : c.require;
  const forms = c.words ? listForms(c.words, where) : [];
  const wordless: readonly string[] = [
    'object-after-trigger',
    'actor-before-object',
    'sides-of-conflict',
    'verb-after-object',
    'object-pronoun',
    'place-before-object',
    'object-in-subject-state',
    'object-untitled-name',
    'subject-in-place-phrase',
  ];
  if (!wordless.includes(at) && forms.length === 0)
    throw new Error(`kg/extract: the condition "${at}" of ${where} needs "words" (an @list or #Tag)`);
  // Whole forms where the stage matches phrases ("melalui mediasi", not every "melalui").
  const whole = at === 'near-trigger' || at === 'in-sentence';
  const words = new Set(forms.map((f) => (whole ? f.join(' ') : (f[0] as string))));
  return { mode, where: at, words, reason: c.reason };
}

/** The forms of an "@list" or "#Tag" term. */
function listForms(term: string, where: string): string[][] {
  if (term.startsWith('@')) return lists(term.slice(1), where);
  if (term.startsWith('#')) return tagForms(term.slice(1), where);
  throw new Error(`kg/extract: condition words "${term}" in ${where} must be an @list or a #Tag`);
}

/** The words of a "#Tag" term: every word the tagged lexicon gives that tag. */
function tagForms(name: string, where: string): string[][] {
  if (!isTag(name))
    throw new Error(`kg/extract: unknown tag "#${name}" in ${where}; use a tag of extract/lexicon/tags.json`);
  return [...tagged(name)].sort().map((w) => w.split(' '));
}

function wordsElement(forms: string[][], optional: boolean): Element {
  const byFirst = new Map<string, string[][]>();
  for (const f of forms) {
    const l = byFirst.get(f[0] as string);
    if (l) l.push(f);
    else byFirst.set(f[0] as string, [f]);
  }
  return { kind: 'words', forms, byFirst, optional };
}

/** The distinct first-word sets of rules' required words elements (see Rule.needs). */
const needSets: ReadonlySet<string>[] = [];
const needIds = new Map<string, number>();

/** The first-word sets of the required words elements (see Rule.needs), as NEED_SETS indexes. */
function requiredWords(els: readonly Element[]): number[] {
  const out: number[] = [];
  for (const e of els) {
    if (e.kind !== 'words' || e.optional) continue;
    const words = [...e.byFirst.keys()].sort();
    const key = words.join(' ');
    let id = needIds.get(key);
    if (id === undefined) {
      id = needSets.length;
      needSets.push(new Set(words));
      needIds.set(key, id);
    }
    if (!out.includes(id)) out.push(id);
  }
  return out;
}

/** Compiles "{S} ... @met_verbs (dengan|bersama)? {O:PERSON}" into elements. */
export function compilePattern(pattern: string, where: string, needsSubject = true): Element[] {
  const out: Element[] = [];
  for (const raw of pattern.trim().split(/\s+/)) {
    const optional = raw.endsWith('?') && raw.length > 1;
    const tok = optional ? raw.slice(0, -1) : raw;
    const gap = /^~(\d+)$/.exec(tok);
    const slot = /^\{([SO])(?::([A-Z|,]+))?\}$/.exec(tok);
    const list = /^@([a-z_]+)$/.exec(tok);
    const tag = /^#([A-Z][A-Za-z]+)$/.exec(tok);
    const alt = /^\(([^()]+)\)$/.exec(tok);
    if (tok === '...') out.push({ kind: 'search' });
    else if (gap) out.push({ kind: 'gap', max: Number(gap[1]) });
    else if (slot) {
      // Every slot element has the same fields, so the engine's reads of them stay monomorphic.
      const types = slot[2] ? slot[2].split(/[|,]/).map((t) => entityType(t, where)) : undefined;
      out.push({ kind: 'slot', role: slot[1] as 'S' | 'O', types, optional });
    } else if (list) out.push(wordsElement(lists(list[1] as string, where), optional));
    else if (tag) out.push(wordsElement(tagForms(tag[1] as string, where), optional));
    else if (alt)
      out.push(
        wordsElement(
          (alt[1] as string).split('|').map((w) => w.split('_')),
          optional,
        ),
      );
    else if (/^[\p{Ll}\d,.-]+$/u.test(tok)) out.push(wordsElement([[tok]], optional));
    else
      throw new Error(
        `kg/extract: cannot read "${tok}" in the pattern of ${where}; use words, (a|b), @list, #Tag, ~N, ..., {S} or {O:TYPE}`,
      );
  }
  const search = out.findIndex((e) => e.kind === 'search');
  if (search !== -1 && (search !== 1 || out[0]?.kind !== 'slot'))
    throw new Error(`kg/extract: "..." must follow the leading slot in ${where}`);
  const roles = out.filter((e) => e.kind === 'slot').map((e) => (e as { role: string }).role);
  if (needsSubject && !roles.includes('S'))
    throw new Error(`kg/extract: pattern of ${where} has no {S} slot`);
  return out;
}

/** The rule files, in registry order, with their data (validated in data-files.test.ts). */
export const RULE_FILES: readonly [string, unknown][] = [
  ['met.json', met],
  ['urged.json', urged],
  ['mediates.json', mediates],
  ['negotiates.json', negotiates],
  ['visited.json', visited],
  ['criticized.json', criticized],
  ['rejected.json', rejected],
  ['supports.json', supports],
  ['attacked.json', attacked],
];

function build(): Rule[] {
  const rules: Rule[] = [];
  const ids = new Set<string>();
  for (const [file, data] of RULE_FILES) {
    // Validated by zod in data-files.test.ts; the JSON's inferred types are too wide for RuleFile.
    const f = data as RuleFile;
    f.rules.forEach((r, n) => {
      const where = `extract/rules/${file} (rule ${n + 1}, ${r.id})`;
      if (ids.has(r.id)) throw new Error(`kg/extract: duplicate rule id "${r.id}" in ${where}`);
      ids.add(r.id);
      const elements = compilePattern(r.pattern, where, r.subjectFrom === undefined);
      const anchorIndex = elements.findIndex((e) => e.kind === 'words' && !e.optional);
      const anchor = elements[anchorIndex];
      if (anchor?.kind !== 'words') throw new Error(`kg/extract: pattern of ${where} needs a required word`);
      const rule: Rule = {
        id: r.id,
        relation: f.relation,
        pattern: r.pattern,
        elements,
        example: r.example,
        counterexamples: r.counterexamples ?? [],
        cameo: r.cameo ?? f.cameo,
        plannedCameo: f.plannedCameo ?? r.cameo ?? f.cameo,
        comitative: r.comitative ?? false,
        mutual: r.mutual ?? false,
        possessive: r.possessive ?? false,
        nearestSubject: r.nearestSubject ?? false,
        nearestActor: r.nearestActor ?? false,
        pairwise: r.pairwise ?? false,
        notOwnState: f.notOwnState !== undefined,
        notWhenAsked: f.notWhenAsked !== undefined,
        notParty: f.notParty !== undefined,
        // Set on every rule, present or not: one shape for the engine's many reads of a rule.
        subjectFrom: r.subjectFrom,
        conditions: (r.conditions ?? []).map((c) => compileCondition(c, where)),
        objectFallback: r.objectFallback,
        subjectTypes: r.subjectTypes ?? ACTORS,
        objectTypes: r.objectTypes ?? f.objectTypes ?? DEFAULT_OBJECT[f.relation],
        anchors: [...new Set(anchor.forms.map((w) => w[0] as string))],
        anchorIndex,
        rest: elements.slice(anchorIndex),
        needs: requiredWords(elements.slice(anchorIndex + 1)),
      };
      rules.push(rule);
    });
  }
  return rules;
}

/** Every relation rule, in registry order. AFFILIATED_WITH comes from mention rules (see AFFILIATION_RULES). */
export const RULES: readonly Rule[] = build();

/** Affiliation rules read titles and names rather than verbs; listed here so docs and tests see them. */
export const AFFILIATION_RULES = [
  {
    id: 'affiliated/title-of',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'TITLE [modifiers] COUNTRY|ORG [(ABBR)] [untuk X] [,] NAME',
    example: 'Menteri Luar Negeri Yordania Ayman Safadi',
  },
  {
    id: 'affiliated/name-country',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'TITLE NAME COUNTRY',
    example: 'Perdana Menteri Benjamin Netanyahu Israel',
  },
  {
    id: 'affiliated/apposition',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'NAME , TITLE [modifiers] COUNTRY|ORG',
    example: 'Diaa Rashwan, kepala Layanan Informasi Negara Mesir',
  },
  {
    id: 'affiliated/affiliated-to',
    relation: 'AFFILIATED_WITH' as const,
    pattern:
      'ORG|PERSON (yang)? berafiliasi (dengan|ke) ORG|COUNTRY; ORG , cabang|sayap ORG; ORG milik (pemerintah) COUNTRY',
    example: 'JNIM yang berafiliasi dengan Al Qaeda',
  },
  {
    id: 'affiliated/led-by',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'ORG|COUNTRY (yang)? dipimpin (oleh)? PERSON; ORG pimpinan PERSON',
    example: 'Delegasi Hamas yang dipimpin Khalil al-Hayya',
  },
  {
    id: 'affiliated/from-state',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'PERSON (no title affiliation) dari COUNTRY|ORG',
    example: 'Kepala negara lain yang hadir termasuk Patrice Talon dari Benin.',
  },
  {
    id: 'affiliated/side-of',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'Dari pihak COUNTRY|ORG , TITLE PERSON (dan TITLE PERSON)* — titled people listed for a side',
    example: 'Dari pihak Rusia, Menteri Luar Negeri Sergey Lavrov hadir dalam pertemuan itu.',
  },
  {
    id: 'affiliated/delegation-member',
    relation: 'AFFILIATED_WITH' as const,
    pattern:
      'delegasi|tim|rombongan COUNTRY|ORG ~5 terdiri|beranggotakan|diwakili|dipimpin (dari|oleh) TITLE PERSON (, | dan TITLE PERSON)*',
    example:
      'Delegasi Afghanistan terdiri dari Menteri Pertahanan Mullah Muhammad Yaqoob dan Kepala Intelijen Mullah Abdul Haq Wasiq.',
  },
  {
    id: 'affiliated/body-of',
    relation: 'AFFILIATED_WITH' as const,
    pattern: 'ORG whose name carries its parent, or a lexicon body with a parent',
    example: 'Kementerian Luar Negeri Rusia; Gedung Putih',
  },
] as const;

/** The first-word sets Rule.needs points into. */
export const NEED_SETS: readonly ReadonlySet<string>[] = needSets;

/** Rules indexed by the first word of their anchor element. */
export const RULE_INDEX: ReadonlyMap<string, readonly Rule[]> = (() => {
  const m = new Map<string, Rule[]>();
  for (const r of RULES) {
    for (const a of r.anchors) {
      const l = m.get(a) ?? [];
      l.push(r);
      m.set(a, l);
    }
  }
  return m;
})();

/** What a word does for the rules: the rules it triggers and the NEED_SETS it is in. */
export interface WordUse {
  rules: readonly Rule[];
  needs: readonly number[];
}

/** RULE_INDEX and the NEED_SETS by word in one map, so the engine looks each token up once. */
export const WORD_USES: ReadonlyMap<string, WordUse> = (() => {
  const m = new Map<string, { rules: readonly Rule[]; needs: number[] }>();
  const use = (w: string): { needs: number[] } => {
    const u = m.get(w) ?? { rules: RULE_INDEX.get(w) ?? [], needs: [] };
    m.set(w, u);
    return u;
  };
  for (const w of RULE_INDEX.keys()) use(w);
  needSets.forEach((set, id) => {
    for (const w of set) use(w).needs.push(id);
  });
  return m;
})();

function conditionsText(r: Rule): string {
  return r.conditions.map((c) => `${c.mode} ${c.where}: ${c.reason}`).join('; ');
}

/** The registry as the Markdown table of extract/rules/README.md (a test keeps the file in step). */
export function rulesMarkdown(): string {
  const esc = (x: string): string => x.replace(/\|/g, '\\|');
  const rows = [
    ...RULES.map((r) => [r.id, r.relation, r.cameo, r.pattern, r.example, conditionsText(r)]),
    ...AFFILIATION_RULES.map((r) => [r.id, r.relation, '', r.pattern, r.example, '']),
  ];
  const head = [
    '# Relation rules',
    '',
    'Generated from the registry by `npx kg rules --markdown` (a test checks this file is current).',
    'Pattern syntax: `{S}`/`{O}` an actor slot (optionally typed, `{O:CONFLICT}`), `...` after the leading',
    'slot means "the subject of the clause", `@list` a trigger list from `extract/lexicon/triggers.json`,',
    '`#Tag` one word carrying a tag of `extract/lexicon/tags.json`, `(a|b)` alternatives (`_` joins words),',
    '`?` optional, `~N` up to N intervening words.',
    '',
    'Conditions: `unless`/`require` WHERE — the reason `kg explain` prints when the condition stops the rule.',
    '',
    '| id | relation | CAMEO | pattern | example | conditions |',
    '|---|---|---|---|---|---|',
  ];
  return `${[...head, ...rows.map((r) => `| ${r.map((c) => esc(String(c))).join(' | ')} |`)].join('\n')}\n`;
}
