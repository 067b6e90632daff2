// `npm run test:neo4j`: starts the project's own Neo4j server (graph/neo4j-server), runs the live
// tests against it with NEO4J_URI/NEO4J_PASSWORD set, stops it, and exits with the tests' status.
import { spawnSync } from 'node:child_process';
import neo4j from 'neo4j-driver';
import { KgError } from '../src/errors';
import { PROJECT_ROOT } from '../src/paths';
import { startNeo4jServer } from './java-tools';

/** The agent string the server sends over Bolt, e.g. "Neo4j/5.26.30". */
async function agentString(uri: string, user: string, password: string): Promise<string> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    return (await driver.getServerInfo()).agent ?? 'unknown';
  } finally {
    await driver.close();
  }
}

async function main(): Promise<void> {
  const server = await startNeo4jServer();
  let status = 1;
  try {
    const agent = await agentString(server.uri, server.user, server.password);
    process.stdout.write(`neo4j live: server agent ${agent} at ${server.uri}\n`);
    const files = process.argv.slice(2);
    const res = spawnSync('npx', ['vitest', 'run', '--config', 'graph/vitest.live.config.ts', ...files], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        NEO4J_URI: server.uri,
        NEO4J_USER: server.user,
        NEO4J_PASSWORD: server.password,
        KG_NEO4J_IMPORT_DIR: server.importDir,
        KG_NEO4J_AGENT: agent,
      },
    });
    status = res.status ?? 1;
  } finally {
    await server.stop();
  }
  process.exitCode = status;
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof KgError ? err.message : `kg/neo4j-live: ${String(err)}`}\n`);
  process.exitCode = 1;
});
