import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type ViewState } from './url-state.js';

describe('view state in the URL', () => {
  it('reads back what it wrote', () => {
    const state: ViewState = {
      nodes: ['khalid-zerouali', 'gmmp-meeting-paris-2024-12'],
      selected: 'paris-2024-global-agenda',
      from: '2024-01-01',
      to: '2025-12-31',
      lineage: 'paris-2024-global-agenda',
      path: ['khalid-zerouali', 'joint-declaration-2024-10-28'],
      curatedOnly: true,
      expanded: ['khalid-zerouali'],
      hiddenTypes: ['Theme', 'Place'],
    };
    expect(decodeState(`?${encodeState(state)}`)).toEqual(state);
  });

  it('writes nothing for an empty view', () => {
    expect(encodeState({ nodes: [] })).toBe('');
    expect(decodeState('')).toEqual({ nodes: [] });
  });

  it('drops what is malformed', () => {
    expect(decodeState('?nodes=a,,a,b&from=yesterday&to=2025-13&path=a&curated=yes')).toEqual({
      nodes: ['a', 'b'],
    });
  });
});
