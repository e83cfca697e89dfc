import { describe, expect, it } from 'vitest';
import { pipelineVersion } from './pipeline-version.js';

describe('pipelineVersion', () => {
  it('names the CoreNLP version and a digest of the pom and the server', () => {
    expect(pipelineVersion()).toMatch(/^corenlp-4\.5\.10\+[0-9a-f]{12}$/);
  });
});
