import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, databaseEnv, isLoopback } from './config.js';

const issues = (env: Record<string, string>) =>
  databaseEnv.safeParse(env).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('the default password', () => {
  it('is refused with a Neo4j on another machine, naming the variable and the way out', () => {
    expect(issues({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' })).toEqual([
      expect.stringMatching(
        /^NEO4J_PASSWORD: is the public default \(diplograph-local\) while NEO4J_URI is not on this machine: .*NEO4J_ALLOW_DEFAULT_PASSWORD=true/,
      ),
    ]);
    expect(issues({ NEO4J_URI: 'bolt://10.0.0.5:7687', NEO4J_PASSWORD: DEFAULT_PASSWORD })).toHaveLength(1);
  });

  it('is accepted with the local Neo4j, one on the loopback, another password, or when allowed', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toEqual([]);
    expect(issues({ NEO4J_URI: 'bolt://localhost:7687' })).toEqual([]);
    expect(issues({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'a-password-of-its-own' })).toEqual(
      [],
    );
    expect(issues({ NEO4J_URI: 'bolt://db.example:7687', NEO4J_ALLOW_DEFAULT_PASSWORD: 'true' })).toEqual([]);
  });

  it('tells the loopback from other hosts', () => {
    expect(['bolt://127.0.0.1', 'neo4j://localhost:7687', 'bolt+s://[::1]:7687'].map(isLoopback)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['bolt://127.example.com', 'bolt://localhost.evil.example', 'bolt://0.0.0.0'].map(isLoopback),
    ).toEqual([false, false, false]);
  });
});
