// zod schema of the rule files (extract/rules/*.json). Tests validate every file with it
// (data-files.test.ts), so the CLI compiles the rules without loading zod at every start.
import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from '../src/schema';
import { WHERE } from './rules';

export const ConditionSchema = z.union([
  z.object({ unless: z.enum(WHERE), words: z.string().optional(), reason: z.string().min(1) }).strict(),
  z.object({ require: z.enum(WHERE), words: z.string().optional(), reason: z.string().min(1) }).strict(),
]);

export const RuleSchema = z.object({
  id: z.string().regex(/^[a-z_]+\/[a-z0-9-]+$/, 'rule ids look like "met/verb-dengan"'),
  pattern: z.string().min(1),
  example: z.string().min(1),
  counterexamples: z.array(z.string()).optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  comitative: z.boolean().optional(),
  mutual: z.boolean().optional(),
  possessive: z.boolean().optional(),
  nearestSubject: z.boolean().optional(),
  nearestActor: z.boolean().optional(),
  pairwise: z.boolean().optional(),
  subjectFrom: z.enum(['quote-speaker', 'last-attacker']).optional(),
  conditions: z.array(ConditionSchema).optional(),
  objectFallback: z
    .enum(['conflict', 'last-attacker', 'last-proposer', 'last-person', 'last-visitor'])
    .optional(),
  subjectTypes: z.array(EntityTypeSchema).optional(),
  objectTypes: z.array(EntityTypeSchema).optional(),
});
export const RuleFileSchema = z.object({
  relation: RelationTypeSchema,
  cameo: z.string().regex(/^\d{2,4}$/),
  plannedCameo: z
    .string()
    .regex(/^\d{2,4}$/)
    .optional(),
  objectTypes: z.array(EntityTypeSchema).optional(),
  /** Why an object that is the subject's own state is dropped (an official and their own country). */
  notOwnState: z.string().min(1).optional(),
  /** Why the relation is not read inside the purpose of a call ("mendesak X untuk berunding dengan Y"). */
  notWhenAsked: z.string().min(1).optional(),
  /** Why a subject that is a side of the conflict it would act on is dropped (no side mediates its own war). */
  notParty: z.string().min(1).optional(),
  rules: z.array(RuleSchema).min(1),
});

export type RuleFile = z.infer<typeof RuleFileSchema>;
export type RuleCondition = z.infer<typeof ConditionSchema>;

/** Validates one rule file's data; the error names the file, the rule and what to fix. */
export function validateRuleFile(data: unknown, file: string): RuleFile {
  const parsed = RuleFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const i = parsed.error.issues[0];
  const p = i?.path ?? [];
  const where = p[0] === 'rules' ? ` (rule ${Number(p[1]) + 1})` : '';
  throw new Error(
    `kg/extract: ${i?.message ?? 'invalid'} at ${p.join('.')} in extract/rules/${file}${where}; fix the file`,
  );
}
