// Test helper: runs Neo4j's own Cypher parser and semantic checks (@neo4j-cypher/language-support)
// over a query and returns its errors, so tests can assert that what we emit is valid Cypher 5.
import { lintCypherQuery, parseStatementsStrs } from '@neo4j-cypher/language-support';

/** Error messages of Neo4j's linter for one or more statements; warnings are left out. */
export function cypherErrors(query: string, params: Record<string, unknown> = {}): string[] {
  const { diagnostics } = lintCypherQuery(query, { parameters: params });
  // Severity 1 is "error" in the Language Server Protocol.
  return diagnostics.filter((d) => d.severity === 1).map((d) => `${d.message} at ${d.offsets.start}`);
}

/** The statements of a script, split by Neo4j's parser, without their leading comment lines. */
export function splitStatements(script: string): string[] {
  return parseStatementsStrs(script)
    .map((s) => s.replace(/^(\s*\/\/[^\n]*\n)+/, '').trim())
    .filter((s) => s !== '');
}
