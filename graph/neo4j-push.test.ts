// Tests of the push's parts that need no server: settings from flags and environment, and the
// one-line messages for driver errors (live behaviour is in neo4j-live.test.ts).
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectionFrom, describeNeo4jError, pushToNeo4j } from './neo4j-push';

const conn = { uri: 'bolt://db.example:7687', user: 'neo4j', password: 'x', database: 'kg' };

function codeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('connectionFrom', () => {
  it('prefers flags, then NEO4J_* variables, then defaults', () => {
    expect(connectionFrom({ password: 'p' }, {})).toEqual({
      uri: 'bolt://localhost:7687',
      user: 'neo4j',
      password: 'p',
    });
    expect(
      connectionFrom(
        {},
        { NEO4J_URI: 'neo4j://h:1', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'd' },
      ),
    ).toEqual({ uri: 'neo4j://h:1', user: 'u', password: 'p', database: 'd' });
    expect(connectionFrom({ uri: 'bolt://f:2', password: 'q' }, { NEO4J_URI: 'neo4j://h:1' }).uri).toBe(
      'bolt://f:2',
    );
  });

  it('wants a password', () => {
    expect(() => connectionFrom({}, {})).toThrow(
      'kg/neo4j: no password given; set --password or NEO4J_PASSWORD',
    );
  });
});

describe('describeNeo4jError', () => {
  it.each([
    [
      codeError('ServiceUnavailable', 'Could not perform discovery'),
      /cannot connect to bolt:\/\/db\.example:7687 — is the server running\? set --uri or NEO4J_URI$/,
    ],
    [
      codeError(
        'Neo.ClientError.Security.Unauthorized',
        'The client is unauthorized due to authentication failure.',
      ),
      /refused user "neo4j" \(Unauthorized\) — check --user\/--password or NEO4J_USER\/NEO4J_PASSWORD$/,
    ],
    [
      codeError('Neo.ClientError.Database.DatabaseNotFound', 'Database does not exist'),
      /database "kg" does not exist/,
    ],
    [
      codeError('Neo.ClientError.Statement.SyntaxError', 'Invalid input\n  at line 2'),
      /Invalid input at line 2 \(Neo\.ClientError\.Statement\.SyntaxError\)/,
    ],
  ])('%s', (err, re) => {
    const line = describeNeo4jError(err, conn);
    expect(line).toMatch(/^kg\/neo4j: /);
    expect(line).not.toContain('\n');
    expect(line).toMatch(re);
  });
});

describe('pushToNeo4j against something that is not Neo4j', () => {
  let server: Server;
  const sockets = new Set<Socket>();
  let port = 0;
  beforeAll(async () => {
    // Accepts the connection and hangs up: what a wrong port on a live host looks like.
    server = createServer((socket) => {
      sockets.add(socket);
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    port = typeof addr === 'object' && addr ? addr.port : 0;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('fails with one kg/neo4j line', async () => {
    const rows = { entities: [], documents: [], sentences: [], mentions: [], relations: [] };
    const err = await pushToNeo4j(rows, {
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'x',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^kg\/neo4j: /);
    expect(msg).not.toContain('\n');
    expect(msg).toMatch(/127\.0\.0\.1/);
  });
});
