import { describe, expect, it } from 'vitest';
import { nlpConfig, nlpEnv } from './config.js';

describe('nlpEnv', () => {
  it('defaults to the local server on port 9000 with a 6g heap', () => {
    const env = nlpEnv.parse({});
    expect(env.NLP_URL).toBeUndefined();
    expect(env).toMatchObject({ NLP_LOCAL_PORT: 9000, NLP_LOCAL_HEAP: '6g', NLP_TIMEOUT_MS: 120_000 });
    expect(env.NLP_CACHE_DIR).toMatch(/\.diplograph[/\\]nlp-cache$/);
    expect(nlpConfig(env)).toMatchObject({ url: 'http://127.0.0.1:9000', external: false });
  });

  it('treats empty variables as unset', () => {
    expect(nlpEnv.parse({ NLP_URL: '', NLP_LOCAL_PORT: '' })).toMatchObject({
      NLP_URL: undefined,
      NLP_LOCAL_PORT: 9000,
    });
  });

  it('uses NLP_URL as it is, without its trailing slash, and starts nothing', () => {
    const config = nlpConfig(nlpEnv.parse({ NLP_URL: 'http://nlp.internal:9000/', NLP_LOCAL_PORT: '9100' }));
    expect(config).toMatchObject({ url: 'http://nlp.internal:9000', external: true });
    expect(config.hint).toContain('NLP_URL');
  });

  it('names every wrong variable', () => {
    const result = nlpEnv.safeParse({
      NLP_URL: 'localhost:9000',
      NLP_LOCAL_PORT: '0',
      NLP_LOCAL_HEAP: '6 GB',
      NLP_TIMEOUT_MS: '-1',
    });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual([
      'NLP_URL',
      'NLP_LOCAL_PORT',
      'NLP_LOCAL_HEAP',
      'NLP_TIMEOUT_MS',
    ]);
  });
});
