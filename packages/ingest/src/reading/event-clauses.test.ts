import { describe, expect, it } from 'vitest';
import { toldOfMeeting } from './event-clauses.js';
import { type HandToken, handSentence, receivedThenGoes } from './parsed-sentence.fixture.js';

const MEETING_NOUNS = new Set(['meeting', 'reunion', 'commission', 'discussions']);
const isMeetingNoun = (w: { folded: string }) => MEETING_NOUNS.has(w.folded);

/** Whether the word `word` of a hand-parsed sentence is told of the meeting of the word `trigger`. */
function told(tokens: HandToken[], trigger: string, word: string): boolean {
  const { sentence } = handSentence(tokens.map(([text, pos, head, dep]) => ({ text, pos, head, dep })));
  const at = (text: string) => {
    const found = sentence.words.find((w) => w.text === text);
    if (!found) throw new Error(`no word ${text}`);
    return found;
  };
  return toldOfMeeting(sentence, at(trigger), at(word), isMeetingNoun);
}

/** "Smith, who met Jones on Monday, said Spain would open a centre in Leeds." */
const metThenSaid: HandToken[] = [
  ['Smith', 'PROPN', 8, 'nsubj'],
  [',', 'PUNCT', 0, 'punct'],
  ['who', 'PRON', 3, 'nsubj'],
  ['met', 'VERB', 0, 'acl:relcl'],
  ['Jones', 'PROPN', 3, 'obj'],
  ['on', 'ADP', 6, 'case'],
  ['Monday', 'PROPN', 3, 'obl'],
  [',', 'PUNCT', 0, 'punct'],
  ['said', 'VERB', -1, 'root'],
  ['Spain', 'PROPN', 11, 'nsubj'],
  ['would', 'AUX', 11, 'aux'],
  ['open', 'VERB', 8, 'ccomp'],
  ['a', 'DET', 13, 'det'],
  ['centre', 'NOUN', 11, 'obj'],
  ['in', 'ADP', 15, 'case'],
  ['Leeds', 'PROPN', 11, 'obl'],
];

describe('toldOfMeeting', () => {
  it('leaves out what the clause a relative clause on a participant hangs on tells', () => {
    expect(told(receivedThenGoes, 'reçu', 'jeudi')).toBe(true);
    expect(told(receivedThenGoes, 'reçu', 'Lyon')).toBe(false);
    expect(told(receivedThenGoes, 'reçu', 'vendredi')).toBe(false);
    expect(told(receivedThenGoes, 'rendre', 'Lyon')).toBe(true);
  });

  it('leaves out what someone is reported to have said', () => {
    expect(told(metThenSaid, 'met', 'Monday')).toBe(true);
    expect(told(metThenSaid, 'met', 'Leeds')).toBe(false);
    // "After the meeting, Smith said Spain would open a centre in Leeds."
    const afterTheMeeting: HandToken[] = [
      ['After', 'ADP', 2, 'case'],
      ['the', 'DET', 2, 'det'],
      ['meeting', 'NOUN', 4, 'obl'],
      ['Smith', 'PROPN', 4, 'nsubj'],
      ['said', 'VERB', -1, 'root'],
      ['Spain', 'PROPN', 7, 'nsubj'],
      ['would', 'AUX', 7, 'aux'],
      ['open', 'VERB', 4, 'ccomp'],
      ['a', 'DET', 9, 'det'],
      ['centre', 'NOUN', 7, 'obj'],
      ['in', 'ADP', 11, 'case'],
      ['Leeds', 'PROPN', 7, 'obl'],
    ];
    expect(told(afterTheMeeting, 'meeting', 'Leeds')).toBe(false);
  });

  it('leaves out what a relative clause on another noun tells of it', () => {
    // "Dupont rencontre Martin, qui a ouvert un centre à Lyon."
    const tokens: HandToken[] = [
      ['Dupont', 'PROPN', 1, 'nsubj'],
      ['rencontre', 'VERB', -1, 'root'],
      ['Martin', 'PROPN', 1, 'obj'],
      [',', 'PUNCT', 6, 'punct'],
      ['qui', 'PRON', 6, 'nsubj'],
      ['a', 'AUX', 6, 'aux'],
      ['ouvert', 'VERB', 2, 'acl:relcl'],
      ['un', 'DET', 8, 'det'],
      ['centre', 'NOUN', 6, 'obj'],
      ['à', 'ADP', 10, 'case'],
      ['Lyon', 'PROPN', 6, 'obl'],
    ];
    expect(told(tokens, 'rencontre', 'Lyon')).toBe(false);
    expect(told(tokens, 'ouvert', 'Lyon')).toBe(true);
  });

  it('keeps a relative clause on the noun the meeting completes', () => {
    // "Elle fait suite aux travaux de la commission, qui se sont déroulés à Lyon."
    const tokens: HandToken[] = [
      ['Elle', 'PRON', 1, 'nsubj'],
      ['fait', 'VERB', -1, 'root'],
      ['suite', 'NOUN', 1, 'obj'],
      ['aux', 'ADP', 4, 'case'],
      ['travaux', 'NOUN', 1, 'obl'],
      ['de', 'ADP', 7, 'case'],
      ['la', 'DET', 7, 'det'],
      ['commission', 'NOUN', 4, 'nmod'],
      [',', 'PUNCT', 4, 'punct'],
      ['qui', 'PRON', 12, 'nsubj'],
      ['se', 'PRON', 12, 'expl'],
      ['sont', 'AUX', 12, 'aux'],
      ['déroulés', 'VERB', 4, 'acl:relcl'],
      ['à', 'ADP', 14, 'case'],
      ['Lyon', 'PROPN', 12, 'obl'],
    ];
    expect(told(tokens, 'commission', 'Lyon')).toBe(true);
  });

  it('keeps the saying clause when the parser hangs a meeting in it as a complement', () => {
    // "They held a meeting in Madrid, during which they had discussions."
    const tokens: HandToken[] = [
      ['They', 'PRON', 1, 'nsubj'],
      ['held', 'VERB', -1, 'root'],
      ['a', 'DET', 3, 'det'],
      ['meeting', 'NOUN', 1, 'obj'],
      ['in', 'ADP', 5, 'case'],
      ['Madrid', 'PROPN', 1, 'obl'],
      [',', 'PUNCT', 1, 'punct'],
      ['during', 'ADP', 8, 'case'],
      ['which', 'DET', 10, 'obl'],
      ['they', 'PRON', 10, 'nsubj'],
      ['had', 'VERB', 1, 'ccomp'],
      ['discussions', 'NOUN', 10, 'obj'],
    ];
    expect(told(tokens, 'discussions', 'Madrid')).toBe(true);
  });

  it("keeps a word the parser hangs on the participant's own phrase", () => {
    // "Ils l'ont dit au préfet, Dupont, venu les rencontrer, le 26 octobre."
    const tokens: HandToken[] = [
      ['Ils', 'PRON', 3, 'nsubj'],
      ["l'", 'PRON', 3, 'obj'],
      ['ont', 'AUX', 3, 'aux'],
      ['dit', 'VERB', -1, 'root'],
      ['au', 'ADP', 5, 'case'],
      ['préfet', 'NOUN', 3, 'obl'],
      [',', 'PUNCT', 7, 'punct'],
      ['Dupont', 'PROPN', 5, 'appos'],
      [',', 'PUNCT', 9, 'punct'],
      ['venu', 'VERB', 7, 'acl'],
      ['les', 'PRON', 11, 'obj'],
      ['rencontrer', 'VERB', 9, 'xcomp'],
      [',', 'PUNCT', 15, 'punct'],
      ['le', 'DET', 15, 'det'],
      ['26', 'NUM', 15, 'nummod'],
      ['octobre', 'NOUN', 5, 'nmod'],
    ];
    expect(told(tokens, 'rencontrer', 'octobre')).toBe(true);
  });
});
