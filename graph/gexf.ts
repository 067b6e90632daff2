// graph.gexf for Gephi and Gephi Lite: GEXF 1.3 through graphology-gexf, with typed attributes,
// ISO date strings (Gephi Lite reads them as date fields), aliases as a "|"-separated keywords
// field, and viz colour, size and position so the file opens laid out.
import { write } from 'graphology-gexf';
import type { EdgeAttrs, GraphMeta, NodeAttrs } from '../src/schema';
import { type KgGraph, sentenceId } from './model';

/** Separator of list-valued fields; Gephi Lite detects it and splits the field into keywords. */
export const GEXF_LIST_SEPARATOR = '|';

function joinList(values: readonly string[]): string {
  // A separator inside a value would split it in two; a slash keeps it readable.
  return values.map((v) => v.split(GEXF_LIST_SEPARATOR).join('/')).join(GEXF_LIST_SEPARATOR);
}

type Formatted = {
  label?: string;
  kind?: string;
  weight?: number;
  viz?: Record<string, string | number>;
  attributes?: Record<string, string | number>;
};

function formatNode(_key: string, a: NodeAttrs): Formatted {
  return {
    label: a.label,
    attributes: {
      type: a.type,
      aliases: joinList(a.aliases),
      mentions: a.mentions,
      documents: a.documents.length,
      degree: a.degree,
      weightedDegree: a.weightedDegree,
      pagerank: a.pagerank,
      community: a.community,
      affiliations: joinList(a.affiliations.map((x) => x.id)),
    },
    viz: { color: a.color, size: a.size, x: a.x, y: a.y },
  };
}

function formatEdge(_key: string, a: EdgeAttrs): Formatted {
  const attributes: Record<string, string | number> = {
    relation: a.relation,
    cameo: a.cameo,
    asserted: a.asserted,
    planned: a.planned,
    sentences: joinList([...new Set(a.evidence.map((e) => sentenceId(e.doc, e.sentence)))]),
  };
  if (a.firstDate !== undefined) attributes.firstDate = a.firstDate;
  if (a.lastDate !== undefined) attributes.lastDate = a.lastDate;
  if (a.role !== undefined) attributes.role = a.role;
  return {
    label: a.relation,
    // Gephi merges parallel edges of the same kind; the relation type keeps them apart.
    kind: a.relation,
    weight: a.weight,
    attributes,
    viz: { color: a.color, thickness: a.size },
  };
}

/**
 * Characters XML 1.0 cannot hold, even escaped (C0 controls but tab, newline and return; U+FFFE and
 * U+FFFF). They can come from article text or ids; the writer passes them through, so they are dropped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function graphToGexf(graph: KgGraph, meta: GraphMeta): string {
  // The writer takes <meta> from the graph attributes; they are set for the call and put back
  // (a copy of a 100k-edge graph would cost a second).
  const saved = graph.getAttributes();
  graph.replaceAttributes({
    creator: `${meta.tool} ${meta.version}`,
    description: `Relations of international politics read from ${meta.counts.documents} Indonesian news documents`,
    lastModifiedDate: meta.builtAt.slice(0, 10),
  });
  try {
    return `${write(graph, { version: '1.3', pretty: true, formatNode, formatEdge }).replace(NOT_XML, '')}\n`;
  } finally {
    graph.replaceAttributes(saved);
  }
}
