import { describe, expect, it } from 'vitest';
import { javaArgs, type LocalNlpOptions, validateOptions } from './options.js';

const opts: LocalNlpOptions = { port: 19000, heap: '6g', stateDir: '/tmp/state', runDir: '/tmp/run' };

describe('validateOptions', () => {
  it('accepts sane options', () => {
    expect(() => validateOptions({ ...opts, threads: 1 })).not.toThrow();
  });

  it('names every problem at once', () => {
    expect(() => validateOptions({ ...opts, port: 70000, heap: '6 GB', threads: 0 })).toThrow(
      "invalid local NLP server options: port 70000; heap '6 GB' (expected e.g. '6g'); threads 0",
    );
  });
});

describe('javaArgs', () => {
  it('puts the argfile and JVM flags before the main class, server options after', () => {
    const args = javaArgs(opts, '/tmp/state/java.args', true);
    expect(args.slice(0, 2)).toEqual(['@/tmp/state/java.args', '-Xmx6g']);
    const main = args.indexOf('NlpServer');
    expect(args.indexOf('-XX:+ExitOnOutOfMemoryError')).toBeLessThan(main);
    expect(args.slice(main + 1)).toEqual(['--port', '19000', '--threads', '2', '--exit-on-stdin-eof']);
  });

  it('leaves out stdin EOF handling when detached', () => {
    expect(javaArgs(opts, 'a', false)).not.toContain('--exit-on-stdin-eof');
  });
});
