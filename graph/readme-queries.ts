// The five Cypher queries the README shows, kept here so tests parse them with Neo4j's parser and
// run them against a live server. They work on Neo4j 5 and 4.4 alike.

export interface ReadmeQuery {
  title: string;
  cypher: string;
}

/** The ten relation types as a relationship-type alternation, so paths skip the lexical layer. */
export const RELATION_ALTERNATION =
  'MET|URGED|MEDIATES|NEGOTIATES_WITH|VISITED|CRITICIZED|REJECTED|SUPPORTS|ATTACKED|AFFILIATED_WITH';

export const README_QUERIES: readonly ReadmeQuery[] = [
  {
    title: 'Who urged Israel, and how often',
    cypher: `MATCH (a:Entity)-[r:URGED]->(b:Country {name: 'Israel'})
RETURN a.name AS who, a.type AS type, r.weight AS mentions, r.modality AS modality
ORDER BY mentions DESC, who`,
  },
  {
    title: 'Who mediates the Israel–Hamas conflict',
    cypher: `MATCH (m:Entity)-[r:MEDIATES]->(c:Conflict)
WHERE c.name CONTAINS 'Israel' AND c.name CONTAINS 'Hamas'
RETURN m.name AS mediator, c.name AS conflict, r.weight AS mentions, r.firstDate AS since
ORDER BY mentions DESC, mediator`,
  },
  {
    title: 'The shortest path between two actors',
    cypher: `MATCH (a:Entity {name: 'Hamas'}), (b:Entity {name: 'Amerika Serikat'})
MATCH p = shortestPath((a)-[:${RELATION_ALTERNATION}*..6]-(b))
RETURN [n IN nodes(p) | n.name] AS actors, [r IN relationships(p) | type(r)] AS relations`,
  },
  {
    title: 'The officials of a country and whom they met',
    cypher: `MATCH (p:Person)-[aff:AFFILIATED_WITH]->(c:Country {name: 'Amerika Serikat'})
OPTIONAL MATCH (p)-[m:MET]-(other:Entity)
RETURN p.name AS official, aff.role AS role, collect(DISTINCT other.name) AS met
ORDER BY official`,
  },
  {
    title: 'The sentences behind one edge',
    cypher: `MATCH (:Entity {name: 'Antony Blinken'})-[r:MET]-(:Entity {name: 'Benjamin Netanyahu'})
UNWIND r.sentences AS sid
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
RETURN d.id AS document, d.title AS title, s.index AS sentence, s.text AS text
ORDER BY document, sentence`,
  },
];
