import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jvmSize, optionalVar, tcpPort, varWithDefault } from './env.js';

const schema = z.object({
  PORT: varWithDefault(tcpPort, 7687),
  HEAP: varWithDefault(jvmSize, '2g'),
  URI: optionalVar(z.string().min(3)),
});

describe('environment variables', () => {
  it('take their default when unset or empty', () => {
    expect(schema.parse({ PORT: '', URI: '' })).toEqual({ PORT: 7687, HEAP: '2g', URI: undefined });
  });

  it('are validated and coerced when set', () => {
    expect(schema.parse({ PORT: '9000', HEAP: '512m', URI: 'x://' })).toEqual({
      PORT: 9000,
      HEAP: '512m',
      URI: 'x://',
    });
    const result = schema.safeParse({ PORT: '70000', HEAP: '1 GB' });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['PORT', 'HEAP']);
  });
});
