import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@diplograph/db';
import type { GraphiQLOptions } from 'graphql-yoga';
import { readmeExamples } from './readme-examples.js';

/**
 * GraphiQL's options: one tab per example of the README, the question as the query's first line.
 * Without a README beside the code (a copy of the build alone), GraphiQL opens on an empty tab.
 */
export function graphiqlOptions(readme = join(repoRoot(), 'README.md')): GraphiQLOptions {
  let markdown = '';
  try {
    markdown = readFileSync(readme, 'utf8');
  } catch {
    // No README: no saved tabs, GraphiQL still works.
  }
  const tabs = readmeExamples(markdown).map(({ question, query }) => ({
    query: `# ${question}\n${named(query, question)}`,
  }));
  return {
    title: 'Diplograph',
    ...(tabs.length > 0 ? { defaultTabs: tabs, defaultQuery: tabs[0]?.query } : {}),
  };
}

/**
 * GraphiQL titles a tab by its operation's name: an anonymous query of the README is named after
 * the first words of its question ("WhoCoChairedThe7th").
 */
function named(query: string, question: string): string {
  if (!query.startsWith('{')) return query;
  const words = question
    .normalize('NFD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .split(' ')
    .filter(Boolean)
    .slice(0, 4);
  const name = words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(name) ? `query ${name} ${query}` : query;
}
