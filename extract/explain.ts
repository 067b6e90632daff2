// `kg explain`: a readable trace of how one sentence goes through the extractor — tokens,
// mentions, resolved entities, the rules that fired and the ones that came close and why not.
import { matchSentence, newMemory, recall, remember } from './engine';
import { analyse } from './index';

export function explainSentence(sentence: string, only?: (text: string) => boolean): string {
  const a = analyse(sentence);
  const lines: string[] = [];
  if (a.sentences.length === 0)
    return 'kg/explain: nothing to read (the line looks like boilerplate or is empty)\n';
  const memory = newMemory();
  a.sentences.forEach((s, i) => {
    if (only && !only(s.text)) return;
    const inp = a.inputs[i];
    const slots = a.slots[i] ?? [];
    if (!inp) return;
    lines.push(`sentence ${i}${s.titleCase ? ' (headline case)' : ''}: ${s.text}`);
    lines.push(`tokens: ${inp.toks.map((t, k) => `${k}:${t.text}`).join(' ')}`);
    lines.push('mentions:');
    for (const m of inp.mentions) {
      const what = m.entity
        ? `${m.entity.type} ${m.entity.id}`
        : m.name
          ? `name "${m.name}"`
          : (m.pronoun ?? '');
      const extra = [
        m.role ? `role "${m.role}"` : '',
        m.affil ? `affiliation ${m.affil.id}` : '',
        m.former ? 'former' : '',
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  [${m.start}-${m.end}) ${m.kind} ${what}${extra ? ` (${extra})` : ''}`);
    }
    lines.push('entities:');
    for (const sl of slots)
      lines.push(`  [${sl.start}-${sl.end}) "${sl.mention}" → ${sl.ref.type} ${sl.ref.id} (${sl.ref.name})`);
    const ctx = a.context[i] ?? {
      conflict: undefined,
      words: () => new Map<string, number[]>(),
      conflictMention: '',
      conflictParties: [],
      prevPerson: undefined,
      speaker: undefined,
      speakerSide: undefined,
      sideOf: () => undefined,
      lastAttacker: undefined,
      lastProposer: undefined,
      lastVisitor: undefined,
    };
    // As in extractDocument: "serangan itu", "usulan itu" refer to acts of earlier sentences.
    recall(ctx, memory, i);
    const { candidates, misses } = matchSentence(inp.toks, slots, ctx, true);
    remember(memory, i, inp.toks, slots, candidates);
    lines.push('rules fired:');
    if (candidates.length === 0) lines.push('  none');
    for (const c of candidates)
      lines.push(
        `  ${c.rule.id}: ${c.subject.ref.name} ${c.relation} ${c.object.ref.name} (${c.modality}, CAMEO ${c.cameo})`,
      );
    if (misses.length > 0) {
      lines.push('came close:');
      for (const m of misses)
        lines.push(`  ${m.rule} at token ${m.at} (${inp.toks[m.at]?.text ?? ''}): ${m.reason}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
