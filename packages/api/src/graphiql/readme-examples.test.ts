import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readmeExamples } from './readme-examples.js';

const markdown = `# Title

## Asking questions

Intro.

Which commitments trace back to the
declaration?

\`\`\`graphql
{ a }
\`\`\`

Search by name:

\`\`\`graphql
{ b }
\`\`\`

## Next section

\`\`\`graphql
{ not an example }
\`\`\`
`;

describe('the README examples', () => {
  it('pairs each query of the section with the paragraph that asks it, on one line', () => {
    expect(readmeExamples(markdown)).toEqual([
      { question: 'Which commitments trace back to the declaration?', query: '{ a }\n' },
      { question: 'Search by name:', query: '{ b }\n' },
    ]);
  });

  it('finds none without the section', () => {
    expect(readmeExamples('# Title\n\n```graphql\n{ a }\n```\n')).toEqual([]);
  });

  it('reads the queries of the README, each a valid document', async () => {
    const examples = readmeExamples(await readFile(join(repoRoot(), 'README.md'), 'utf8'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const { question, query } of examples) {
      expect(question).not.toBe('');
      expect(() => parse(query)).not.toThrow();
    }
  });
});
