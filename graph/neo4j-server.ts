// `npm run neo4j:server`: builds (Maven) and starts the project's own Neo4j 5 Community server on
// 127.0.0.1 with a free Bolt port, prints how to reach it, and stops it on Ctrl+C or SIGTERM.
import { KgError } from '../src/errors';
import { startNeo4jServer } from './java-tools';

async function main(): Promise<void> {
  const server = await startNeo4jServer(process.env.NEO4J_PASSWORD || 'kabar-graph');
  process.stdout.write(
    [
      `${server.version} is running (stop with Ctrl+C or SIGTERM).`,
      `  NEO4J_URI=${server.uri} NEO4J_USER=${server.user} NEO4J_PASSWORD=${server.password} npx kg neo4j push -d out`,
      `  LOAD CSV reads file:/// from ${server.importDir}`,
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    server.stop().then(
      () => process.stdout.write('Neo4j stopped.\n'),
      (err: unknown) => process.stderr.write(`kg/neo4j-server: ${String(err)}\n`),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof KgError ? err.message : `kg/neo4j-server: ${String(err)}`}\n`);
  process.exitCode = 1;
});
