import { deep } from './deep.js';
import { lineage } from './lineage.js';
import { neighbourhood } from './neighbourhood.js';
import { nested } from './nested.js';
import { postHolders } from './post-holders.js';
import type { Question } from './question.js';
import { search } from './search.js';
import { shortestPath } from './shortest-path.js';
import { wide } from './wide.js';

export const QUESTIONS: Question[] = [
  lineage,
  nested,
  postHolders,
  search,
  neighbourhood,
  shortestPath,
  deep,
  wide,
];
