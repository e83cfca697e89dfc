import { describe, expect, it } from 'vitest';
import {
  argFileQuote,
  javaArgs,
  javaMajorVersion,
  type LocalNeo4jOptions,
  lackOfDisk,
  launcherEnv,
  parsePidFile,
  pomNeo4jVersion,
  pomProperty,
  sizeBytes,
  summarizeLog,
  validateOptions,
} from './helpers.js';

const opts: LocalNeo4jOptions = {
  port: 17687,
  dataDir: '/tmp/neo',
  password: 'secret-password',
  heap: '1g',
  pageCache: '512m',
  stateDir: '/tmp/state',
};

describe('javaMajorVersion', () => {
  it('reads modern and legacy version strings', () => {
    expect(javaMajorVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime')).toBe(17);
    expect(javaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorVersion('java version "1.8.0_402"')).toBe(8);
    expect(javaMajorVersion('garbage')).toBeUndefined();
  });
});

describe('validateOptions', () => {
  it('accepts sane options', () => {
    expect(() =>
      validateOptions({ ...opts, heap: '1024M', txMemory: '256m', txTimeout: '30s' }),
    ).not.toThrow();
  });

  it('accepts only sizes that both the JVM and neo4j.conf read', () => {
    expect(() => validateOptions({ ...opts, pageCache: '1GB' })).toThrow(/pageCache '1GB'/);
  });

  it('names every problem at once', () => {
    expect(() =>
      validateOptions({ ...opts, port: 0, password: 'short', heap: '1 GB', txTimeout: 'soon' }),
    ).toThrow(/port 0; password shorter than 8 characters.*; heap '1 GB'.*; txTimeout 'soon'/);
  });
});

describe('javaArgs', () => {
  it('puts the argfile and JVM flags before the main class, launcher options after', () => {
    const args = javaArgs({ ...opts, txTimeout: '30s' }, '/tmp/state/java.args', true);
    expect(args.slice(0, 3)).toEqual(['@/tmp/state/java.args', '-Xms1g', '-Xmx1g']);
    const main = args.indexOf('Launcher');
    expect(args.indexOf('--add-opens=java.base/java.nio=ALL-UNNAMED')).toBeLessThan(main);
    expect(args.slice(main + 1)).toEqual([
      '--port',
      '17687',
      '--data-dir',
      '/tmp/neo',
      '--page-cache',
      '512m',
      '--tx-timeout',
      '30s',
      '--exit-on-stdin-eof',
    ]);
    expect(args.join(' ')).not.toContain(opts.password);
  });

  it('leaves out stdin EOF handling when detached', () => {
    expect(javaArgs(opts, 'a', false)).not.toContain('--exit-on-stdin-eof');
  });
});

describe('launcherEnv', () => {
  it('passes the password and drops inherited launcher settings', () => {
    const env = launcherEnv(
      { PATH: '/bin', NEO4J_PASSWORD: 'other', NEO4J_TX_MEMORY: '9g' },
      'secret-password',
    );
    expect(env).toEqual({ PATH: '/bin', NEO4J_PASSWORD: 'secret-password' });
  });
});

describe('argFileQuote', () => {
  it('escapes backslashes and quotes', () => {
    expect(argFileQuote('/a b/c.jar:/d.jar')).toBe('"/a b/c.jar:/d.jar"');
    expect(argFileQuote('C:\\x"y')).toBe('"C:\\\\x\\"y"');
  });
});

describe('pomNeo4jVersion', () => {
  it('reads the version property', () => {
    expect(pomNeo4jVersion('<properties>\n  <neo4j.version>5.26.30</neo4j.version>')).toBe('5.26.30');
    expect(() => pomNeo4jVersion('<project/>')).toThrow(/neo4j.version/);
  });

  it('reads any property by its dotted name, and only that one', () => {
    const pom = '<corenlp.version> 4.5.10 </corenlp.version><corenlpXversion>1</corenlpXversion>';
    expect(pomProperty(pom, 'corenlp.version')).toBe('4.5.10');
    expect(() => pomProperty('<corenlpXversion>1</corenlpXversion>', 'corenlp.version')).toThrow(
      /<corenlp.version>/,
    );
  });
});

describe('parsePidFile', () => {
  it('accepts only integer pid and port', () => {
    expect(parsePidFile('{"pid":12,"port":7687}\n')).toEqual({ pid: 12, port: 7687 });
    expect(parsePidFile('12')).toBeUndefined();
    expect(parsePidFile('{"pid":"12","port":7687}')).toBeUndefined();
    expect(parsePidFile('')).toBeUndefined();
  });
});

describe('summarizeLog', () => {
  it('keeps the exception lines, not the stack frames', () => {
    const log = [
      'java.lang.RuntimeException: Error starting Neo4j',
      '\tat org.neo4j.Foo.bar(Foo.java:1)',
      'Caused by: org.neo4j.kernel.lifecycle.LifecycleException: Address 127.0.0.1:7687 is already in use',
      '\t... 12 more',
      '',
    ].join('\n');
    expect(summarizeLog(log)).toBe(
      'java.lang.RuntimeException: Error starting Neo4j\nCaused by: org.neo4j.kernel.lifecycle.LifecycleException: Address 127.0.0.1:7687 is already in use',
    );
  });
});

describe('the free disk a start needs', () => {
  it('reads sizes as the options write them', () => {
    expect([sizeBytes('4096'), sizeBytes('1k'), sizeBytes('512m'), sizeBytes('2G')]).toEqual([
      4096,
      1024,
      512 * 1024 ** 2,
      2 * 1024 ** 3,
    ]);
  });

  it('says in one line how much is free, how much is needed and what to do, when it is too little', () => {
    expect(lackOfDisk('/data', 300 * 1024 ** 2, '1g')).toBe(
      'not enough free disk for Neo4j: 300 MiB free on the disk of /data, 1024 MiB needed ' +
        '(NEO4J_LOCAL_MIN_FREE_DISK): free some space, or set NEO4J_LOCAL_DATA_DIR to a folder on a larger disk',
    );
    expect(lackOfDisk('/data', 2 * 1024 ** 3, '1g')).toBeUndefined();
    expect(lackOfDisk('/data', 0, '0')).toBeUndefined();
  });

  it('refuses a minimum that is not a size', () => {
    expect(() => validateOptions({ ...opts, minFreeDisk: 'a lot' })).toThrow(/minFreeDisk 'a lot'/);
  });
});
