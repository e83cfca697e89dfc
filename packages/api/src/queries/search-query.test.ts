import { describe, expect, it } from 'vitest';
import { luceneQuery, nearNamesQuery } from './search-query.js';

describe('search queries', () => {
  it('fold accents and case, and drop elided articles', () => {
    const query = luceneQuery('Directeur de l’Immigration SITAÏL') ?? '';
    expect(query).toContain('searchName:sitail^4');
    expect(query).toContain('searchName:immigration*^2');
    expect(query).not.toMatch(/:l[\^*]/);
  });

  it('require every word', () => {
    expect(luceneQuery('gmmp paris')?.match(/\+\(/g)).toHaveLength(2);
  });

  it('keep Lucene syntax out of what users type', () => {
    const query = luceneQuery('name:x OR y* AND "z" ~ (a) [b] \\ / { } ^ ! && ||') ?? '';
    expect(query.replace(/search\w+:\w+[*~]?\d?\^[\d.]+/g, '').replace(/[+()\s]/g, '')).toBe('');
  });

  it('give nothing for input without letters or digits', () => {
    expect(luceneQuery(' ?! ')).toBeNull();
  });

  it('look for the names an id may mean in names, aliases and acronyms, no word required', () => {
    const query = nearNamesQuery('khalid-zeroali-2024') ?? '';
    expect(query).toContain('searchName:zeroali~1');
    expect(query).toContain('searchAcronym:2024^8');
    expect(query).not.toContain('searchQuote');
    expect(query).not.toContain('+');
    expect(nearNamesQuery('--')).toBeNull();
  });
});
