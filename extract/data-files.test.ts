// Every lexicon and rule file fits its zod schema. The CLI loads these files without zod (to start
// fast), so this test is where a bad edit is caught: the message names the file and the entry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENTITIES, knownPerson } from './gazetteer';
import commonWords from './lexicon/common-words.json';
import conflicts from './lexicon/conflicts.json';
import countries from './lexicon/countries.json';
import locations from './lexicon/locations.json';
import offices from './lexicon/offices.json';
import organizations from './lexicon/organizations.json';
import persons from './lexicon/persons.json';
import tags from './lexicon/tags.json';
import titles from './lexicon/titles.json';
import triggers from './lexicon/triggers.json';
import words from './lexicon/words.json';
import * as S from './lexicon-schema';
import { RULE_FILES } from './rules';
import { validateRuleFile } from './rules-schema';

const LEXICON: [string, z.ZodType, unknown][] = [
  ['common-words.json', S.CommonWordsSchema, commonWords],
  ['conflicts.json', S.ConflictsSchema, conflicts],
  ['countries.json', S.CountriesSchema, countries],
  ['locations.json', S.LocationsSchema, locations],
  ['offices.json', S.OfficesSchema, offices],
  ['organizations.json', S.OrganizationsSchema, organizations],
  ['persons.json', S.PersonsSchema, persons],
  ['tags.json', S.TagsFileSchema, tags],
  ['titles.json', S.TitlesSchema, titles],
  ['triggers.json', S.TriggersSchema, triggers],
  ['words.json', S.WordsSchema, words],
];

/** Keys written twice in one JSON object at the given indentation (JSON.parse keeps the last silently). */
function duplicateKeys(text: string, indent: number): string[] {
  const seen = new Set<string>();
  const dup: string[] = [];
  const key = new RegExp(`^ {${indent}}"([^"]+)":`);
  for (const line of text.split('\n')) {
    const k = key.exec(line)?.[1];
    if (k === undefined) continue;
    if (seen.has(k)) dup.push(k);
    seen.add(k);
  }
  return dup;
}

describe('data files', () => {
  it("extract/lexicon/tags.json gives each word once (a second entry would drop the first one's tags)", () => {
    const text = readFileSync(join(import.meta.dirname, 'lexicon', 'tags.json'), 'utf8');
    expect(duplicateKeys(text, 4)).toEqual([]);
    expect(duplicateKeys('{\n  "words": {\n    "a": [],\n    "a": []\n  }\n}', 4)).toEqual(['a']);
  });
  it('extract/lexicon/triggers.json names each list once (a second list of that name would replace the first)', () => {
    const text = readFileSync(join(import.meta.dirname, 'lexicon', 'triggers.json'), 'utf8');
    expect(duplicateKeys(text, 4)).toEqual([]);
  });
  it.each(LEXICON)('extract/lexicon/%s fits its schema', (file, schema, data) => {
    expect(() => S.load(schema, data, file)).not.toThrow();
  });
  it.each(RULE_FILES.map(([f, d]) => [f, d] as const))('extract/rules/%s fits its schema', (file, data) => {
    expect(() => validateRuleFile(data, file)).not.toThrow();
  });
  it('extract/lexicon/offices.json names known people, known titles and known states or bodies', () => {
    const roles = new Set(titles.titles.map((t) => t.role.toLowerCase()));
    const bad = offices.offices.filter(
      (o) =>
        !knownPerson(o.holder) ||
        !roles.has(o.role.toLowerCase()) ||
        !(ENTITIES.has(`org:${o.of}`) || (o.of.length === 2 && o.of === o.of.toUpperCase())) ||
        (o.to !== undefined && o.to <= o.from),
    );
    expect(bad).toEqual([]);
  });
  it('name the rule file and rule of a bad entry', () => {
    const bad = { relation: 'MET', cameo: '040', rules: [{ id: 'Bad Id', pattern: 'x', example: 'y' }] };
    expect(() => validateRuleFile(bad, 'met.json')).toThrow(
      /rule ids look like .* extract\/rules\/met\.json \(rule 1\)/,
    );
  });
});
