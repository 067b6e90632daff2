// graph.gexf for Gephi and Gephi Lite: GEXF 1.3 through graphology-gexf, with typed attributes,
// ISO date strings (Gephi Lite reads them as date fields), aliases as a "|"-separated keywords
// field, viz colour, size and position so the file opens laid out, MET and NEGOTIATES_WITH as
// undirected edges of a mixed graph, and each dated edge's interval for Gephi's timeline.
import { MultiGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { type EdgeAttrs, type GraphMeta, type NodeAttrs, SYMMETRIC_RELATIONS } from '../src/schema';
import { edgeModality, type KgGraph, sentenceId } from './model';

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
    modality: edgeModality(a),
    sentences: joinList([...new Set(a.evidence.map((e) => sentenceId(e.doc, e.sentence)))]),
    evidence: joinList([...new Set(a.evidence.map((e) => e.text))]),
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
 * The graph as Gephi should see it: the same nodes and attribute objects (not copies), with the
 * symmetric relations as undirected edges. The build graph stays directed for graph.json and Neo4j.
 */
function mixedView(graph: KgGraph): MultiGraph<NodeAttrs, EdgeAttrs> {
  const view = new MultiGraph<NodeAttrs, EdgeAttrs>({ type: 'mixed', allowSelfLoops: true });
  graph.forEachNode((key, a) => {
    view.addNode(key, a);
  });
  graph.forEachEdge((key, a, s, t) => {
    if (SYMMETRIC_RELATIONS.has(a.relation)) view.addUndirectedEdgeWithKey(key, s, t, a);
    else view.addDirectedEdgeWithKey(key, s, t, a);
  });
  return view;
}

const EDGE_OPEN = '<edge id="';
const GRAPH_OPEN = '<graph defaultedgetype="directed">';

/**
 * What graphology-gexf cannot write, added to its output: (1) Gephi refuses undirected edges in a
 * graph whose defaultedgetype is "directed" and GEXF has no "mixed", so the default is dropped and
 * every directed edge says type="directed"; (2) each dated edge gets its interval (firstDate..lastDate)
 * and the graph is declared dynamic with dates, so Gephi's timeline shows when relations were
 * reported. Edges come out in the view's edge order, checked by count.
 */
function gephiEdgeTags(xml: string, view: MultiGraph<NodeAttrs, EdgeAttrs>): string {
  if (!xml.includes(GRAPH_OPEN)) throw new Error('kg/gexf: unexpected writer output: no <graph> tag');
  const parts = xml.replace(GRAPH_OPEN, '<graph mode="dynamic" timeformat="date">').split(EDGE_OPEN);
  if (parts.length !== view.size + 1)
    throw new Error('kg/gexf: unexpected writer output: edge count differs');
  let i = 1;
  view.forEachEdge((key, a) => {
    let extra = view.isUndirected(key) ? '' : 'type="directed" ';
    if (a.firstDate !== undefined && a.lastDate !== undefined) {
      extra += `start="${a.firstDate}" end="${a.lastDate}" `;
    }
    parts[i] = `<edge ${extra}id="${parts[i]}`;
    i++;
  });
  return parts.join('');
}

/**
 * Characters XML 1.0 cannot hold, even escaped (C0 controls but tab, newline and return; U+FFFE and
 * U+FFFF). They can come from article text or ids; the writer passes them through, so they are dropped.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function graphToGexf(graph: KgGraph, meta: GraphMeta): string {
  // The writer takes <meta> from the graph attributes, set on the view only.
  const view = mixedView(graph);
  view.replaceAttributes({
    creator: `${meta.tool} ${meta.version}`,
    description: `Relations of international politics read from ${meta.counts.documents} Indonesian news documents`,
    lastModifiedDate: meta.builtAt.slice(0, 10),
  });
  return `${gephiEdgeTags(write(view, { version: '1.3', pretty: true, formatNode, formatEdge }), view).replace(NOT_XML, '')}\n`;
}
