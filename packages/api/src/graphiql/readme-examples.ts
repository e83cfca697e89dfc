/** One example of the README: the question its sentence asks, and the query that answers it. */
export interface ReadmeExample {
  question: string;
  query: string;
}

const SECTION = '## Asking questions';

/**
 * The example queries of the README's "Asking questions" section, each with the paragraph that
 * introduces it: the README is their one copy, so GraphiQL's tabs (and any test that runs them)
 * cannot drift from what analysts read.
 */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const start = markdown.indexOf(SECTION);
  if (start < 0) return [];
  const rest = markdown.slice(start + SECTION.length);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const examples: ReadmeExample[] = [];
  const block = /```graphql\n([\s\S]*?)```/g;
  let before = 0;
  for (let match = block.exec(section); match; match = block.exec(section)) {
    const paragraphs = section
      .slice(before, match.index)
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    examples.push({ question: paragraphs.at(-1) ?? '', query: match[1] ?? '' });
    before = match.index + match[0].length;
  }
  return examples;
}
