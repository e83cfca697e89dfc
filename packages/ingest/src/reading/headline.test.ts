import { describe, expect, it } from 'vitest';
import type { Region } from '../text/region.js';
import { leadOf } from './headline.js';

/** The regions of lines of text, each of the kind given, and the text they make. */
function page(lines: Array<[Region['kind'], string]>): { text: string; regions: Region[] } {
  let text = '';
  const regions: Region[] = [];
  for (const [kind, line] of lines) {
    regions.push({ kind, start: text.length, end: text.length + line.length + 1 });
    text += `${line}\n`;
  }
  return { text, regions };
}

describe('leadOf', () => {
  it('reads the lines over the byline as the lead, whatever the layout called them', () => {
    const { text, regions } = page([
      ['title', 'Sign in | Register'],
      ['body', 'Portugal and Morocco agree on new sea patrols'],
      ['byline', 'By A. Writer'],
      ['body', 'Portugal and Morocco agreed on Tuesday to run joint sea patrols off the Algarve.'],
    ]);
    const lead = leadOf(text, regions);
    expect(lead && text.slice(lead.start, lead.end)).toBe(
      'Sign in | Register\nPortugal and Morocco agree on new sea patrols\n',
    );
  });

  it('reads no lead without credits, nor over credits after a long paragraph', () => {
    const short = page([
      ['title', 'Portugal and Morocco agree on new sea patrols'],
      ['body', 'They agreed on Tuesday.'],
    ]);
    expect(leadOf(short.text, short.regions)).toBeNull();
    const long = page([
      ['title', 'Portugal and Morocco agree on new sea patrols'],
      ['body', 'Portugal and Morocco agreed on Tuesday to run joint sea patrols. '.repeat(4)],
      ['byline', 'By A. Writer'],
      ['body', 'More follows.'],
    ]);
    expect(leadOf(long.text, long.regions)).toBeNull();
  });
});
