// The Neo4j server's memory settings come from two variables; bad values fail before Java starts.
import { describe, expect, it } from 'vitest';
import { serverMemoryArgs } from './java-tools';

describe('serverMemoryArgs', () => {
  it('defaults to a 4 GB heap and a 1 GB page cache', () => {
    expect(serverMemoryArgs({})).toEqual(['-Xmx4g', '-Dkabar.pagecacheMb=1024']);
  });

  it('takes KG_NEO4J_HEAP and KG_NEO4J_PAGECACHE_MB', () => {
    expect(serverMemoryArgs({ KG_NEO4J_HEAP: '1536m', KG_NEO4J_PAGECACHE_MB: '256' })).toEqual([
      '-Xmx1536m',
      '-Dkabar.pagecacheMb=256',
    ]);
  });

  it.each([
    [{ KG_NEO4J_HEAP: '4 GB' }, /KG_NEO4J_HEAP="4 GB" is not a size/],
    [{ KG_NEO4J_HEAP: '-XX:+Crash' }, /KG_NEO4J_HEAP/],
    [{ KG_NEO4J_PAGECACHE_MB: '1g' }, /KG_NEO4J_PAGECACHE_MB="1g"/],
    [{ KG_NEO4J_PAGECACHE_MB: '2' }, /KG_NEO4J_PAGECACHE_MB="2"/],
  ])('refuses %o with a kg/neo4j-server line', (env, msg) => {
    expect(() => serverMemoryArgs(env)).toThrow(msg);
    expect(() => serverMemoryArgs(env)).toThrow(/^kg\/neo4j-server: /);
  });
});
