import { describe, expect, it } from 'vitest';
import { readingGold } from '../extract/gold.js';
import { knownOf } from './known.js';
import type { Passage } from './people.js';
import type { ArticleReading } from './read-article.js';
import { scoreReading } from './score.js';

// An article written for this test: a body named in full, then by its acronym.
const TEXT = "L'Union européenne (UE) financera trois centres. L'UE s'engage à former les agents.";
const at = (words: string): Passage => {
  const start = TEXT.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the test article`);
  return { start, end: start + words.length };
};

const reading: ArticleReading = {
  language: 'fr',
  people: [],
  organizations: [
    {
      name: 'Union européenne',
      acronym: 'UE',
      mentions: [at('Union européenne')],
      evidence: at('Union européenne'),
    },
  ],
  places: [],
  meetings: [],
  documents: [],
  commitments: [
    {
      text: "s'engage à former les agents",
      kind: 'commitment',
      makers: [{ kind: 'organization', name: 'Union européenne' }],
      bothSides: false,
      evidence: at("s'engage à former les agents"),
      sentence: 1,
      madeAt: null,
      derivesFrom: null,
    },
  ],
  dates: [],
};

// The annotator named the maker by the acronym the article uses in that sentence.
const gold = readingGold.parse({
  file: '900_test.txt',
  split: 'dev',
  language: 'fr',
  people: [],
  organizations: [
    { name: 'Union européenne', acronym: 'UE', country: null, entity: null, quote: 'Union européenne' },
  ],
  places: [],
  meetings: [],
  documents: [],
  commitments: [
    {
      summary: 'Train the agents',
      kind: 'commitment',
      makers: ['UE'],
      madeAt: null,
      derivesFrom: null,
      quote: "L'UE s'engage à former les agents",
    },
  ],
});

describe('scoreReading', () => {
  it("counts a maker found under another of the gold actor's names as right", () => {
    const scores = scoreReading(gold, TEXT, reading, knownOf({ nodes: [], relationships: [] }));
    const withMaker = scores.find((s) => s.category === 'commitments with maker');
    expect([withMaker?.gold, withMaker?.found, withMaker?.correct]).toEqual([1, 1, 1]);
  });
});
