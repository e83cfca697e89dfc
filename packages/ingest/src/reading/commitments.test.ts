import { describe, expect, it } from 'vitest';
import { readCommitments } from './commitments.js';
import { LEXICONS } from './lexicon.js';
import { type HandToken, handArticle, handContext } from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

const context = (tokens: HandToken[]) => handContext(tokens);
/** The context of a hand-made sentence in English or Spanish. */
const contextIn = (language: 'en' | 'es', tokens: HandToken[]) => ({
  ...handContext(tokens),
  language,
  lexicon: LEXICONS[language],
});

describe('readCommitments', () => {
  it('takes a capital for its state when it is the subject', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['décidé', 'VERB', -1, 'root'],
      ['de', 'ADP', 4, 'mark'],
      ['doubler', 'VERB', 2, 'xcomp'],
      ['les', 'DET', 6, 'det'],
      ['contrats', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'country', id: 'portugal' }]]);
  });

  it('takes a capital the tagger took for a person alone for its state', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['a', 'AUX', 2, 'aux'],
      ['accepté', 'VERB', -1, 'root'],
      ["d'", 'ADP', 4, 'mark'],
      ['ouvrir', 'VERB', 2, 'xcomp'],
      ['un', 'DET', 6, 'det'],
      ['bureau', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'country', id: 'portugal' }]]);
  });

  it.each([
    ['pays', false],
    ['gouvernements', false],
    ['parties', true],
  ] as const)('reads "les deux %s" as the two countries the article names (both sides: %s)', (noun, both) => {
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 5, 'nsubj', 'I-LOC'],
      ['et', 'CCONJ', 3, 'cc'],
      ['Italie', 'PROPN', 1, 'conj', 'I-LOC'],
      [',', 'PUNCT', 1, 'punct'],
      ['conviennent', 'VERB', -1, 'root'],
      [';', 'PUNCT', 5, 'punct'],
      ['les', 'DET', 9, 'det'],
      ['deux', 'NUM', 9, 'nummod'],
      [noun, 'NOUN', 10, 'nsubj'],
      ['promettent', 'VERB', 5, 'parataxis'],
      ['de', 'ADP', 12, 'mark'],
      ['coopérer', 'VERB', 10, 'xcomp'],
      ['davantage', 'ADV', 12, 'advmod'],
    ]);
    const found = readCommitments(ctx).find((c) => c.text.startsWith('promettent'));
    expect(found?.bothSides).toBe(both);
    const makers = found?.makers ?? [];
    expect(makers.map((m) => (m.kind === 'country' ? m.id : m.name)).sort()).toEqual(['france', 'italy']);
  });

  it('reads no commitment from a negated verb', () => {
    const ctx = context([
      ['Rome', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['ne', 'ADV', 2, 'advmod'],
      ['souhaite', 'VERB', -1, 'root'],
      ['pas', 'ADV', 2, 'advmod'],
      ['réduire', 'VERB', 2, 'xcomp'],
      ['les', 'DET', 6, 'det'],
      ['visas', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx)).toEqual([]);
  });

  it("reads a commitment a noun carries, its maker the noun's possessor", () => {
    const ctx = context([
      ['Ils', 'PRON', 1, 'nsubj'],
      ['saluent', 'VERB', -1, 'root'],
      ["l'", 'DET', 3, 'det'],
      ['engagement', 'NOUN', 1, 'obj'],
      ['de', 'ADP', 6, 'case'],
      ["l'", 'DET', 6, 'det'],
      ['Espagne', 'PROPN', 3, 'nmod', 'I-LOC'],
      ['à', 'ADP', 8, 'mark'],
      ['ouvrir', 'VERB', 3, 'acl'],
      ['trois', 'NUM', 10, 'nummod'],
      ['bureaux', 'NOUN', 8, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ["engagement de l' Espagne à ouvrir trois bureaux", [{ kind: 'country', id: 'spain' }]],
    ]);
  });

  it("takes the reporting verb's subject for a noun without possessor, and no one for a noun alone", () => {
    const ctx = context([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['exprime', 'VERB', -1, 'root'],
      ['son', 'DET', 3, 'det'],
      ['engagement', 'NOUN', 1, 'obj'],
      ['à', 'ADP', 5, 'mark'],
      ['lutter', 'VERB', 3, 'acl'],
      ['contre', 'ADP', 8, 'case'],
      ['les', 'DET', 8, 'det'],
      ['réseaux', 'NOUN', 5, 'obl'],
      ['et', 'CCONJ', 10, 'cc'],
      ['salue', 'VERB', 1, 'conj'],
      ["l'", 'DET', 12, 'det'],
      ['accord', 'NOUN', 10, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['engagement à lutter contre les réseaux', [{ kind: 'country', id: 'morocco' }]],
    ]);
  });

  it('reads "on" in a quote as its speaker\'s side, and an agreement there as made by both sides', () => {
    const ctx = context([
      ['«', 'PUNCT', 3, 'punct'],
      ['On', 'PRON', 3, 'nsubj'],
      ['a', 'AUX', 3, 'aux'],
      ['convenu', 'VERB', 12, 'ccomp'],
      ['de', 'ADP', 5, 'mark'],
      ['créer', 'VERB', 3, 'xcomp'],
      ['un', 'DET', 7, 'det'],
      ['groupe', 'NOUN', 5, 'obj'],
      ['mixte', 'ADJ', 7, 'amod'],
      ['»', 'PUNCT', 3, 'punct'],
      [',', 'PUNCT', 12, 'punct'],
      ['a', 'AUX', 12, 'aux'],
      ['précisé', 'VERB', -1, 'root'],
      ['Jean', 'PROPN', 12, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 13, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => [c.text, c.kind, c.makers, c.bothSides])).toEqual([
      ['convenu de créer un groupe mixte', 'decision', [{ kind: 'person', name: 'Jean Dupont' }], true],
    ]);
  });

  it('gives a participle on a titled name to that person: "a précisé M. Dupont, plaidant pour"', () => {
    const ctx = context([
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['parle', 'VERB', -1, 'root'],
      [';', 'PUNCT', 2, 'punct'],
      ['a', 'AUX', 5, 'aux'],
      ['précisé', 'VERB', 2, 'parataxis'],
      ['M.', 'NOUN', 5, 'nsubj'],
      ['Dupont', 'PROPN', 6, 'flat:name'],
      [',', 'PUNCT', 9, 'punct'],
      ['plaidant', 'VERB', 6, 'acl'],
      ['pour', 'ADP', 12, 'case'],
      ['une', 'DET', 12, 'det'],
      ['migration', 'NOUN', 9, 'obl'],
      ['régulière', 'ADJ', 12, 'amod'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => [c.text, c.kind, c.makers])).toEqual([
      ['plaidant pour une migration régulière', 'intention', [{ kind: 'person', name: 'Jean Dupont' }]],
    ]);
  });

  it('reads the support a country expresses for a plan, its maker the subject', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['exprimé', 'VERB', -1, 'root'],
      ['son', 'DET', 4, 'det'],
      ['soutien', 'NOUN', 2, 'obj'],
      ['au', 'ADP', 6, 'case'],
      ['plan', 'NOUN', 4, 'nmod'],
      ['de', 'ADP', 8, 'case'],
      ['paix', 'NOUN', 6, 'nmod'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['soutien au plan de paix', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads "ils ont réitéré leur engagement à" as a commitment of both sides, the verb hung loose', () => {
    const ctx = context([
      ['Ils', 'PRON', 2, 'nsubj'],
      ['ont', 'AUX', 2, 'aux'],
      ['réitéré', 'VERB', -1, 'root'],
      ['leur', 'DET', 4, 'det'],
      ['engagement', 'NOUN', 2, 'obj'],
      ['à', 'ADP', 6, 'mark'],
      ['combattre', 'VERB', 2, 'xcomp'],
      ['la', 'DET', 8, 'det'],
      ['fraude', 'NOUN', 6, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers, c.bothSides])).toEqual([
      ['engagement à combattre la fraude', [], true],
    ]);
  });

  it('reads "their commitment to" a noun phrase as what was committed', () => {
    const ctx = contextIn('en', [
      ['Lisbon', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['renews', 'VERB', -1, 'root'],
      ['its', 'PRON', 3, 'nmod:poss'],
      ['commitment', 'NOUN', 1, 'obj'],
      ['to', 'ADP', 6, 'case'],
      ['joint', 'ADJ', 6, 'amod'],
      ['patrols', 'NOUN', 3, 'nmod'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['commitment to joint patrols', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads "se sont mis d\'accord pour" as a decision of its subject', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 3, 'nsubj', 'I-LOC'],
      ['se', 'PRON', 3, 'expl'],
      ['sont', 'AUX', 3, 'aux'],
      ['mis', 'VERB', -1, 'root'],
      ["d'", 'ADP', 5, 'case'],
      ['accord', 'NOUN', 3, 'obl:arg'],
      ['pour', 'ADP', 7, 'mark'],
      ['ouvrir', 'VERB', 3, 'advcl'],
      ['deux', 'NUM', 9, 'nummod'],
      ['bureaux', 'NOUN', 7, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.kind, c.makers])).toEqual([
      ["mis d' accord pour ouvrir deux bureaux", 'decision', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads a Spanish plural verb with no subject word as made by both sides', () => {
    const ctx = contextIn('es', [
      ['Acordaron', 'VERB', -1, 'root'],
      ['abrir', 'VERB', 0, 'xcomp'],
      ['dos', 'NUM', 3, 'nummod'],
      ['oficinas', 'NOUN', 1, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.kind, c.bothSides])).toEqual([
      ['Acordaron abrir dos oficinas', 'decision', true],
    ]);
  });

  it("reads a named actor's future that another reports as that actor's commitment", () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['ouvrira', 'VERB', 6, 'ccomp'],
      ['deux', 'NUM', 3, 'nummod'],
      ['bureaux', 'NOUN', 1, 'obj'],
      [',', 'PUNCT', 6, 'punct'],
      ['a', 'AUX', 6, 'aux'],
      ['annoncé', 'VERB', -1, 'root'],
      ['Rabat', 'PROPN', 6, 'nsubj', 'I-LOC'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['ouvrira deux bureaux', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads no commitment from why two people met: "a reçu X pour renforcer"', () => {
    const ctx = context([
      ['Rabat', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['reçu', 'VERB', -1, 'root'],
      ['Lisbonne', 'PROPN', 2, 'obj', 'I-LOC'],
      ['pour', 'ADP', 5, 'mark'],
      ['renforcer', 'VERB', 2, 'advcl'],
      ['leurs', 'DET', 7, 'det'],
      ['liens', 'NOUN', 5, 'obj'],
    ]);
    expect(readCommitments(ctx)).toEqual([]);
  });

  it('gives a word of readiness that opens the sentence the subject after its comma', () => {
    const ctx = context([
      ['Prêt', 'ADJ', -1, 'root'],
      ['à', 'ADP', 2, 'mark'],
      ['aider', 'VERB', 0, 'xcomp'],
      ['les', 'DET', 4, 'det'],
      ['éleveurs', 'NOUN', 2, 'obj'],
      [',', 'PUNCT', 2, 'punct'],
      ['Paul', 'PROPN', 8, 'nmod', 'I-PER'],
      ['Martin', 'PROPN', 6, 'flat:name', 'I-PER'],
      ['parle', 'VERB', 2, 'conj'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'person', name: 'Paul Martin' }]]);
  });

  it('reads a call from a speaker who says that something must be done, and none when it must not', () => {
    const said = (negation: HandToken[]) => {
      const get = 6 + negation.length;
      const ctx = contextIn('en', [
        ['Paul', 'PROPN', 2, 'nsubj', 'PERSON'],
        ['Martin', 'PROPN', 0, 'flat', 'PERSON'],
        ['said', 'VERB', -1, 'root'],
        ['that', 'SCONJ', get, 'mark'],
        ['farmers', 'NOUN', get, 'nsubj'],
        ['should', 'AUX', get, 'aux'],
        ...negation,
        ['get', 'VERB', 2, 'ccomp'],
        ['more', 'ADJ', get + 2, 'amod'],
        ['water', 'NOUN', get, 'obj'],
      ]);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      return readCommitments(ctx).map((c) => [c.kind, c.text, c.makers]);
    };
    expect(said([])).toEqual([
      ['intention', 'should get more water', [{ kind: 'person', name: 'Paul Martin' }]],
    ]);
    expect(said([['not', 'PART', 7, 'advmod']])).toEqual([]);
  });

  it("reads 'mon engagement' in a quote as the speaker's commitment", () => {
    const ctx = context([
      ['«', 'PUNCT', 1, 'punct'],
      ['Comptez', 'VERB', 12, 'ccomp'],
      ['sur', 'ADP', 4, 'case'],
      ['mon', 'DET', 4, 'det'],
      ['engagement', 'NOUN', 1, 'obl'],
      ['pour', 'ADP', 6, 'mark'],
      ['aider', 'VERB', 1, 'advcl'],
      ['les', 'DET', 8, 'det'],
      ['éleveurs', 'NOUN', 6, 'obj'],
      ['»', 'PUNCT', 1, 'punct'],
      [',', 'PUNCT', 12, 'punct'],
      ['a', 'AUX', 12, 'aux'],
      ['déclaré', 'VERB', -1, 'root'],
      ['Paul', 'PROPN', 12, 'nsubj', 'I-PER'],
      ['Martin', 'PROPN', 13, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['engagement pour aider les éleveurs', [{ kind: 'person', name: 'Paul Martin' }]],
    ]);
  });

  it('reads a decision in the impersonal passive as made by both sides', () => {
    const ctx = context([
      ['Il', 'PRON', 3, 'nsubj:pass'],
      ['a', 'AUX', 3, 'aux'],
      ['été', 'AUX', 3, 'aux:pass'],
      ['convenu', 'VERB', -1, 'root'],
      ['de', 'ADP', 5, 'mark'],
      ['créer', 'VERB', 3, 'xcomp'],
      ['un', 'DET', 7, 'det'],
      ['comité', 'NOUN', 5, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.kind, c.text, c.bothSides])).toEqual([
      ['decision', 'convenu de créer un comité', true],
    ]);
  });

  it('reads a verb with its own "se" joined to a clause with a subject as impersonal', () => {
    // "Se revisó el plan que aplicaron los técnicos, y se decidió ampliar el programa."
    const ctx = contextIn('es', [
      ['Se', 'PRON', 1, 'obj'],
      ['revisó', 'VERB', -1, 'root'],
      ['el', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'nsubj'],
      ['que', 'PRON', 5, 'obj'],
      ['aplicaron', 'VERB', 1, 'advcl'],
      ['los', 'DET', 7, 'det'],
      ['técnicos', 'NOUN', 5, 'nsubj'],
      [',', 'PUNCT', 11, 'punct'],
      ['y', 'CCONJ', 11, 'cc'],
      ['se', 'PRON', 11, 'obj'],
      ['decidió', 'VERB', 5, 'conj'],
      ['ampliar', 'VERB', 11, 'xcomp'],
      ['el', 'DET', 14, 'det'],
      ['programa', 'NOUN', 12, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.kind, c.text, c.bothSides])).toEqual([
      ['decision', 'decidió ampliar el programa', true],
    ]);
  });

  it('reads wanting to act or to have as a commitment, but not wanting that others act', () => {
    const wanted = (complement: HandToken[]) =>
      readCommitments(
        context([['Rome', 'PROPN', 1, 'nsubj', 'I-LOC'], ['voulait', 'VERB', -1, 'root'], ...complement]),
      ).map((c) => c.text);
    expect(
      wanted([
        ['former', 'VERB', 1, 'xcomp'],
        ['les', 'DET', 4, 'det'],
        ['agents', 'NOUN', 2, 'obj'],
      ]),
    ).toEqual(['voulait former les agents']);
    expect(
      wanted([
        ['des', 'DET', 3, 'det'],
        ['procédures', 'NOUN', 1, 'obj'],
        ['rapides', 'ADJ', 3, 'amod'],
      ]),
    ).toEqual(['voulait des procédures rapides']);
    expect(
      wanted([
        ['que', 'SCONJ', 4, 'mark'],
        ['Paris', 'PROPN', 4, 'nsubj', 'I-LOC'],
        ['coopère', 'VERB', 1, 'ccomp'],
      ]),
    ).toEqual([]);
  });

  it('reads no commitment from a verb negated by "ne" alone: "ne promet plus"', () => {
    const ctx = context([
      ['Rome', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['ne', 'ADV', 2, 'advmod'],
      ['promet', 'VERB', -1, 'root'],
      ['plus', 'ADV', 2, 'advmod'],
      ['de', 'ADP', 5, 'mark'],
      ['coopérer', 'VERB', 2, 'xcomp'],
      ['davantage', 'ADV', 5, 'advmod'],
    ]);
    expect(readCommitments(ctx)).toEqual([]);
  });

  it('reads a call the parser hung on a root subject as the call of the actor its phrase names', () => {
    // "Several states, including Portugal, called for talks to resume."
    const ctx = contextIn('en', [
      ['Several', 'ADJ', 1, 'amod'],
      ['states', 'NOUN', -1, 'root'],
      [',', 'PUNCT', 1, 'punct'],
      ['including', 'VERB', 4, 'case'],
      ['Portugal', 'PROPN', 1, 'nmod', 'LOCATION'],
      [',', 'PUNCT', 1, 'punct'],
      ['called', 'VERB', 1, 'acl'],
      ['for', 'ADP', 10, 'mark'],
      ['talks', 'NOUN', 10, 'nsubj'],
      ['to', 'ADP', 10, 'mark'],
      ['resume', 'VERB', 6, 'advcl'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['called for talks to resume', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads launching and creating as a measure only with what is launched or created', () => {
    const launches = (object: HandToken[]) =>
      readCommitments(
        context([
          ['Rome', 'PROPN', 2, 'nsubj', 'I-LOC'],
          ['a', 'AUX', 2, 'aux'],
          ['lancé', 'VERB', -1, 'root'],
          ...object,
          ['à', 'ADP', 5 + object.length, 'case'],
          ["l'", 'DET', 5 + object.length, 'det'],
          ['ouverture', 'NOUN', 2, 'obl'],
        ]),
      ).map((c) => c.kind);
    // "« ... », a lancé Rome à l'ouverture": said, not launched.
    expect(launches([])).toEqual([]);
    expect(
      launches([
        ['un', 'DET', 4, 'det'],
        ['programme', 'NOUN', 2, 'obj'],
      ]),
    ).toEqual(['measure']);
  });

  it("reads agreements reached in the passive for a purpose as both sides' and the two countries'", () => {
    // "La France et l'Italie parlent ; des accords ont été conclus pour renforcer le dialogue".
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 4, 'nsubj', 'I-LOC'],
      ['et', 'CCONJ', 3, 'cc'],
      ['Italie', 'PROPN', 1, 'conj', 'I-LOC'],
      ['parlent', 'VERB', -1, 'root'],
      [';', 'PUNCT', 4, 'punct'],
      ['des', 'DET', 7, 'det'],
      ['accords', 'NOUN', 10, 'nsubj:pass'],
      ['ont', 'AUX', 10, 'aux'],
      ['été', 'AUX', 10, 'aux:pass'],
      ['conclus', 'VERB', 4, 'parataxis'],
      ['pour', 'ADP', 12, 'mark'],
      ['renforcer', 'VERB', 10, 'advcl'],
      ['le', 'DET', 14, 'det'],
      ['dialogue', 'NOUN', 12, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.bothSides, c.makers])).toEqual([
      [
        'accords ont été conclus pour renforcer le dialogue',
        true,
        [
          { kind: 'country', id: 'france' },
          { kind: 'country', id: 'italy' },
        ],
      ],
    ]);
  });

  it.each(['disposition', 'promesse'])('reads "sa %s à" as a commitment noun', (noun) => {
    // "Rome a réitéré sa disposition à coopérer".
    const ctx = context([
      ['Rome', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['réitéré', 'VERB', -1, 'root'],
      ['sa', 'DET', 4, 'det'],
      [noun, 'NOUN', 2, 'obj'],
      ['à', 'ADP', 6, 'mark'],
      ['coopérer', 'VERB', 4, 'acl'],
      ['davantage', 'ADV', 6, 'advmod'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      [`${noun} à coopérer davantage`, [{ kind: 'country', id: 'italy' }]],
    ]);
  });

  it('reads no commitment from an invitation to take part in a meeting', () => {
    // "Rome invite Lisbonne à participer au sommet".
    const ctx = context([
      ['Rome', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['invite', 'VERB', -1, 'root'],
      ['Lisbonne', 'PROPN', 1, 'obj', 'I-LOC'],
      ['à', 'ADP', 4, 'mark'],
      ['participer', 'VERB', 1, 'xcomp'],
      ['au', 'ADP', 6, 'case'],
      ['sommet', 'NOUN', 4, 'obl'],
    ]);
    expect(readCommitments(ctx)).toEqual([]);
  });

  it('reads inviting others to act as a call, and accepting to act as a decision', () => {
    const says = (verb: string) =>
      readCommitments(
        context([
          ['Rome', 'PROPN', 1, 'nsubj', 'I-LOC'],
          [verb, 'VERB', -1, 'root'],
          ['de', 'ADP', 3, 'mark'],
          ['coopérer', 'VERB', 1, 'xcomp'],
          ['davantage', 'ADV', 3, 'advmod'],
        ]),
      ).map((c) => [c.kind, c.makers]);
    const italy = [{ kind: 'country', id: 'italy' }];
    expect(says('invite')).toEqual([['intention', italy]]);
    expect(says('accepte')).toEqual([['decision', italy]]);
  });

  it('reads no commitment from arguing that something is so, nor from hearing', () => {
    const argues = context([
      ['Rome', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['soutient', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 4, 'mark'],
      ['les', 'DET', 4, 'det'],
      ['visas', 'NOUN', 5, 'nsubj'],
      ['suffisent', 'VERB', 1, 'ccomp'],
    ]);
    const hears = context([
      ['Rome', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['entend', 'VERB', -1, 'root'],
      ['les', 'DET', 3, 'det'],
      ['plaintes', 'NOUN', 1, 'obj'],
      ['des', 'ADP', 5, 'case'],
      ['éleveurs', 'NOUN', 3, 'nmod'],
    ]);
    expect([...readCommitments(argues), ...readCommitments(hears)]).toEqual([]);
  });
});

describe('readCommitments, clauses and subjects', () => {
  const portugal = { kind: 'country', id: 'portugal' };
  /** What each commitment read says, and who made it. */
  const told = (ctx: ReturnType<typeof context>) => readCommitments(ctx).map((c) => [c.text, c.makers]);

  it('reads each finite verb of a coordination as a commitment of its own', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['décide', 'VERB', -1, 'root'],
      ['de', 'ADP', 3, 'mark'],
      ['créer', 'VERB', 1, 'xcomp'],
      ['un', 'DET', 5, 'det'],
      ['fonds', 'NOUN', 3, 'obj'],
      ['et', 'CCONJ', 7, 'cc'],
      ['appelle', 'VERB', 1, 'conj'],
      ['Tunis', 'PROPN', 7, 'obj', 'I-LOC'],
      ['à', 'ADP', 10, 'mark'],
      ['aider', 'VERB', 7, 'xcomp'],
      ['les', 'DET', 12, 'det'],
      ['villes', 'NOUN', 10, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.kind, c.makers])).toEqual([
      ['décide de créer un fonds', 'decision', [portugal]],
      ['appelle Tunis à aider les villes', 'intention', [portugal]],
    ]);
  });

  it('reads a gerund of a commitment verb as a commitment of its own, not a purpose', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['promet', 'VERB', -1, 'root'],
      ['de', 'ADP', 3, 'mark'],
      ['former', 'VERB', 1, 'xcomp'],
      ['les', 'DET', 5, 'det'],
      ['maçons', 'NOUN', 3, 'obj'],
      [',', 'PUNCT', 1, 'punct'],
      ['en', 'ADP', 8, 'mark'],
      ['appelant', 'VERB', 1, 'advcl'],
      ['Tunis', 'PROPN', 8, 'obj', 'I-LOC'],
      ['à', 'ADP', 11, 'mark'],
      ['aider', 'VERB', 8, 'xcomp'],
      ['les', 'DET', 13, 'det'],
      ['villes', 'NOUN', 11, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['promet de former les maçons', [portugal]],
      ['appelant Tunis à aider les villes', [portugal]],
    ]);
  });

  it('reads who "est convenu de" do something, which the parser takes for a passive, as who agreed', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj:pass', 'I-LOC'],
      ['est', 'AUX', 2, 'aux:pass'],
      ['convenue', 'VERB', -1, 'root'],
      ['de', 'ADP', 4, 'mark'],
      ['créer', 'VERB', 2, 'xcomp'],
      ['un', 'DET', 6, 'det'],
      ['fonds', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['convenue de créer un fonds', [portugal]],
    ]);
  });

  it('keeps joined infinitives in one commitment', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['promet', 'VERB', -1, 'root'],
      ['de', 'ADP', 3, 'mark'],
      ['former', 'VERB', 1, 'xcomp'],
      ['les', 'DET', 5, 'det'],
      ['maçons', 'NOUN', 3, 'obj'],
      ['et', 'CCONJ', 8, 'cc'],
      ['de', 'ADP', 8, 'mark'],
      ['loger', 'VERB', 3, 'conj'],
      ['les', 'DET', 10, 'det'],
      ['familles', 'NOUN', 8, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.text)).toEqual([
      'promet de former les maçons et de loger les familles',
    ]);
  });

  it("leaves out the headline's commitments when the body tells some", () => {
    const ctx = handArticle([
      [
        ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
        ['promet', 'VERB', -1, 'root'],
        ['des', 'DET', 3, 'det'],
        ['bourses', 'NOUN', 1, 'obj'],
      ],
      [
        ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
        ['a', 'AUX', 2, 'aux'],
        ['décidé', 'VERB', -1, 'root'],
        ['de', 'ADP', 4, 'mark'],
        ['doubler', 'VERB', 2, 'xcomp'],
        ['les', 'DET', 6, 'det'],
        ['bourses', 'NOUN', 4, 'obj'],
      ],
    ]);
    const title = ctx.sentences[0];
    if (!title) throw new Error('no title');
    expect(readCommitments(ctx).map((c) => c.text)).toEqual([
      'promet des bourses',
      'décidé de doubler les bourses',
    ]);
    ctx.headline = { start: title.start, end: title.end };
    expect(readCommitments(ctx).map((c) => c.text)).toEqual(['décidé de doubler les bourses']);
  });

  it('reads "s\'est dit prêt à" though "prêt" is tagged a noun', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 3, 'nsubj', 'I-LOC'],
      ["s'", 'PRON', 3, 'obj'],
      ['est', 'AUX', 3, 'aux'],
      ['dit', 'VERB', -1, 'root'],
      ['prêt', 'NOUN', 3, 'xcomp'],
      ['à', 'ADP', 6, 'mark'],
      ['former', 'VERB', 4, 'acl'],
      ['des', 'DET', 8, 'det'],
      ['maçons', 'NOUN', 6, 'obj'],
    ]);
    expect(told(ctx)).toEqual([['prêt à former des maçons', [portugal]]]);
  });

  it('reads "la partie portugaise" as Portugal', () => {
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['partie', 'NOUN', 4, 'nsubj'],
      ['portugaise', 'ADJ', 1, 'amod'],
      ['a', 'AUX', 4, 'aux'],
      ['proposé', 'VERB', -1, 'root'],
      ["d'", 'ADP', 6, 'mark'],
      ['ouvrir', 'VERB', 4, 'xcomp'],
      ['un', 'DET', 8, 'det'],
      ['bureau', 'NOUN', 6, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[portugal]]);
  });

  it('reads "les délégations portugaise et italienne" as both states', () => {
    const ctx = context([
      ['Les', 'DET', 1, 'det'],
      ['délégations', 'NOUN', 6, 'nsubj'],
      ['portugaise', 'ADJ', 1, 'amod'],
      ['et', 'CCONJ', 4, 'cc'],
      ['italienne', 'ADJ', 2, 'conj'],
      ['sont', 'AUX', 6, 'aux'],
      ['convenues', 'VERB', -1, 'root'],
      ["d'", 'ADP', 8, 'mark'],
      ['ouvrir', 'VERB', 6, 'xcomp'],
      ['un', 'DET', 10, 'det'],
      ['bureau', 'NOUN', 8, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[portugal, { kind: 'country', id: 'italy' }]]);
  });

  it('reads "the two" alone as subject as both sides', () => {
    const ctx = contextIn('en', [
      ['The', 'DET', 1, 'det'],
      ['two', 'NUM', 2, 'nsubj'],
      ['agreed', 'VERB', -1, 'root'],
      ['to', 'PART', 4, 'mark'],
      ['open', 'VERB', 2, 'xcomp'],
      ['new', 'ADJ', 6, 'amod'],
      ['talks', 'NOUN', 4, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.bothSides])).toEqual([
      ['agreed to open new talks', true],
    ]);
  });

  it('reads "stressed the need to", not "stressed the importance of"', () => {
    const stressed = (noun: string, then: HandToken[]) =>
      contextIn('en', [
        ['Portugal', 'PROPN', 1, 'nsubj', 'I-LOC'],
        ['stressed', 'VERB', -1, 'root'],
        ['the', 'DET', 3, 'det'],
        [noun, 'NOUN', 1, 'obj'],
        ...then,
      ]);
    const need = stressed('need', [
      ['to', 'PART', 5, 'mark'],
      ['train', 'VERB', 3, 'acl'],
      ['masons', 'NOUN', 5, 'obj'],
    ]);
    const importance = stressed('importance', [
      ['of', 'ADP', 6, 'case'],
      ['the', 'DET', 6, 'det'],
      ['plan', 'NOUN', 3, 'nmod'],
    ]);
    expect(readCommitments(need).map((c) => c.text)).toEqual(['stressed the need to train masons']);
    expect(readCommitments(importance)).toEqual([]);
  });

  it('gives a loose gerund on a phrase with no subject to the subject of the sentence', () => {
    const ctx = contextIn('en', [
      ['Portugal', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['welcomed', 'VERB', -1, 'root'],
      ['the', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'obj'],
      [',', 'PUNCT', 5, 'punct'],
      ['calling', 'VERB', 3, 'dep'],
      ['for', 'ADP', 8, 'case'],
      ['open', 'ADJ', 8, 'amod'],
      ['talks', 'NOUN', 5, 'obl'],
    ]);
    expect(told(ctx)).toEqual([['calling for open talks', [portugal]]]);
  });

  it('gives "a annoncé que X serait réduit" to who announced it, told from what is to be done', () => {
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['annoncé', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 7, 'mark'],
      ['les', 'DET', 5, 'det'],
      ['délais', 'NOUN', 7, 'nsubj:pass'],
      ['seraient', 'AUX', 7, 'aux:pass'],
      ['réduits', 'VERB', 2, 'ccomp'],
      ['à', 'ADP', 9, 'case'],
      ['dix', 'NUM', 10, 'nummod'],
      ['jours', 'NOUN', 7, 'obl'],
    ]);
    expect(told(ctx)).toEqual([['délais seraient réduits à dix jours', [portugal]]]);
  });

  it('reads "the UK" as the United Kingdom', () => {
    const ctx = contextIn('en', [
      ['The', 'DET', 1, 'det'],
      ['UK', 'PROPN', 3, 'nsubj', 'I-ORG'],
      ['will', 'AUX', 3, 'aux'],
      ['fund', 'VERB', -1, 'root'],
      ['the', 'DET', 5, 'det'],
      ['programme', 'NOUN', 3, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'country', id: 'united-kingdom' }]]);
  });

  it('reads "les trois pays" as the three countries the article names most', () => {
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 7, 'nsubj', 'I-LOC'],
      [',', 'PUNCT', 3, 'punct'],
      ['Italie', 'PROPN', 1, 'conj', 'I-LOC'],
      ['et', 'CCONJ', 5, 'cc'],
      ['Espagne', 'PROPN', 1, 'conj', 'I-LOC'],
      [',', 'PUNCT', 1, 'punct'],
      ['conviennent', 'VERB', -1, 'root'],
      [';', 'PUNCT', 7, 'punct'],
      ['les', 'DET', 11, 'det'],
      ['trois', 'NUM', 11, 'nummod'],
      ['pays', 'NOUN', 12, 'nsubj'],
      ['promettent', 'VERB', 7, 'parataxis'],
      ['de', 'ADP', 14, 'mark'],
      ['coopérer', 'VERB', 12, 'xcomp'],
      ['davantage', 'ADV', 14, 'advmod'],
    ]);
    const makers = readCommitments(ctx).find((c) => c.text.startsWith('promettent'))?.makers ?? [];
    expect(makers.map((m) => (m.kind === 'country' ? m.id : m.name)).sort()).toEqual([
      'france',
      'italy',
      'spain',
    ]);
  });

  it('reads "les deux hommes" as both sides', () => {
    const ctx = context([
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['hommes', 'NOUN', 4, 'nsubj'],
      ['ont', 'AUX', 4, 'aux'],
      ['décidé', 'VERB', -1, 'root'],
      ['de', 'ADP', 6, 'mark'],
      ['relancer', 'VERB', 4, 'xcomp'],
      ['le', 'DET', 8, 'det'],
      ['dialogue', 'NOUN', 6, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.bothSides])).toEqual([
      ['décidé de relancer le dialogue', true],
    ]);
  });

  it('reads "pedir" with a noun object as a call', () => {
    const ctx = contextIn('es', [
      ['Madrid', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['pidió', 'VERB', -1, 'root'],
      ['a', 'ADP', 4, 'case'],
      ['la', 'DET', 4, 'det'],
      ['OTAN', 'PROPN', 1, 'obl', 'I-ORG'],
      ['un', 'DET', 6, 'det'],
      ['apoyo', 'NOUN', 1, 'obj'],
      ['mayor', 'ADJ', 6, 'amod'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.kind, c.makers])).toEqual([
      ['intention', [{ kind: 'country', id: 'spain' }]],
    ]);
  });

  it('reads why a reported future is done as part of it, not as a commitment of its own', () => {
    // "Rabat a annoncé que Lisbonne mobiliserait dix millions pour soutenir les agriculteurs".
    const ctx = context([
      ['Rabat', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['annoncé', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 5, 'mark'],
      ['Lisbonne', 'PROPN', 5, 'nsubj', 'I-LOC'],
      ['mobiliserait', 'VERB', 2, 'ccomp'],
      ['dix', 'NUM', 7, 'nummod'],
      ['millions', 'NOUN', 5, 'obj'],
      ['pour', 'ADP', 9, 'mark'],
      ['soutenir', 'VERB', 5, 'advcl'],
      ['les', 'DET', 11, 'det'],
      ['agriculteurs', 'NOUN', 9, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ['mobiliserait dix millions pour soutenir les agriculteurs', [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads a title with its country as the person just named, when that is their country', () => {
    // "Jean Dupont est arrivé ; le chef de la diplomatie portugaise a plaidé pour une migration régulière".
    const ctx = context([
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['arrive', 'VERB', -1, 'root'],
      [';', 'PUNCT', 2, 'punct'],
      ['le', 'DET', 5, 'det'],
      ['chef', 'NOUN', 10, 'nsubj'],
      ['de', 'ADP', 8, 'case'],
      ['la', 'DET', 8, 'det'],
      ['diplomatie', 'NOUN', 5, 'nmod'],
      ['portugaise', 'ADJ', 8, 'amod'],
      ['plaide', 'VERB', 2, 'parataxis'],
      ['pour', 'ADP', 13, 'case'],
      ['une', 'DET', 13, 'det'],
      ['migration', 'NOUN', 10, 'obl'],
      ['régulière', 'ADJ', 13, 'amod'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const withCountry = { ...ctx, knownCountries: new Map([['Jean Dupont', 'portugal']]) };
    expect(readCommitments(withCountry).map((c) => c.makers)).toEqual([
      [{ kind: 'person', name: 'Jean Dupont' }],
    ]);
    // Whom the title stands for unknown, the official speaks for the state the title gives.
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'country', id: 'portugal' }]]);
  });

  it("reads a relative clause on a document's complement as the document's, its signers committing", () => {
    // "Les deux ministres ont signé un mémorandum sur la coopération, qui crée un comité".
    const ctx = context([
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['ministres', 'NOUN', 4, 'nsubj'],
      ['ont', 'AUX', 4, 'aux'],
      ['signé', 'VERB', -1, 'root'],
      ['un', 'DET', 6, 'det'],
      ['mémorandum', 'NOUN', 4, 'obj'],
      ['sur', 'ADP', 9, 'case'],
      ['la', 'DET', 9, 'det'],
      ['coopération', 'NOUN', 6, 'nmod'],
      [',', 'PUNCT', 9, 'punct'],
      ['qui', 'PRON', 12, 'nsubj'],
      ['crée', 'VERB', 9, 'acl:relcl'],
      ['un', 'DET', 14, 'det'],
      ['comité', 'NOUN', 12, 'obj'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.bothSides])).toEqual([['crée un comité', true]]);
  });

  it('reads the name in apposition to a title as the subject', () => {
    // "Le ministre du Portugal, Jean Dupont, a décidé de créer un comité".
    const ctx = context([
      ['Le', 'DET', 1, 'det'],
      ['ministre', 'NOUN', 9, 'nsubj'],
      ['du', 'ADP', 3, 'case'],
      ['Portugal', 'PROPN', 1, 'nmod', 'I-LOC'],
      [',', 'PUNCT', 5, 'punct'],
      ['Jean', 'PROPN', 1, 'appos', 'I-PER'],
      ['Dupont', 'PROPN', 5, 'flat:name', 'I-PER'],
      [',', 'PUNCT', 5, 'punct'],
      ['a', 'AUX', 9, 'aux'],
      ['décidé', 'VERB', -1, 'root'],
      ['de', 'ADP', 11, 'mark'],
      ['créer', 'VERB', 9, 'xcomp'],
      ['un', 'DET', 13, 'det'],
      ['comité', 'NOUN', 11, 'obj'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => c.makers)).toEqual([[{ kind: 'person', name: 'Jean Dupont' }]]);
  });

  it('reads "con quien acordó" as agreed by the one the clause is on and the main subject', () => {
    // "Madrid recibió a su homólogo, Jean Dupont, con quien acordó crear un comité".
    const ctx = contextIn('es', [
      ['Madrid', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['recibió', 'VERB', -1, 'root'],
      ['a', 'ADP', 4, 'case'],
      ['su', 'DET', 4, 'det'],
      ['homólogo', 'NOUN', 1, 'obj'],
      [',', 'PUNCT', 6, 'punct'],
      ['Jean', 'PROPN', 4, 'appos', 'I-PER'],
      ['Dupont', 'PROPN', 6, 'flat', 'I-PER'],
      [',', 'PUNCT', 6, 'punct'],
      ['con', 'ADP', 10, 'case'],
      ['quien', 'PRON', 11, 'obl'],
      ['acordó', 'VERB', 4, 'acl'],
      ['crear', 'VERB', 11, 'xcomp'],
      ['un', 'DET', 14, 'det'],
      ['comité', 'NOUN', 12, 'obj'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      [
        'acordó crear un comité',
        [
          { kind: 'person', name: 'Jean Dupont' },
          { kind: 'country', id: 'spain' },
        ],
      ],
    ]);
  });

  it("reads a call the parser joined to the reported clause as the reporting verb's conjunct", () => {
    // "Lisbonne a rappelé que le pays avait démantelé des réseaux et a appelé l'UE à agir".
    const ctx = context([
      ['Lisbonne', 'PROPN', 2, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 2, 'aux'],
      ['rappelé', 'VERB', -1, 'root'],
      ['que', 'SCONJ', 7, 'mark'],
      ['le', 'DET', 5, 'det'],
      ['pays', 'NOUN', 7, 'nsubj'],
      ['avait', 'AUX', 7, 'aux'],
      ['démantelé', 'VERB', 2, 'ccomp'],
      ['des', 'DET', 9, 'det'],
      ['réseaux', 'NOUN', 7, 'obj'],
      ['et', 'CCONJ', 12, 'cc'],
      ['a', 'AUX', 12, 'aux'],
      ['appelé', 'VERB', 7, 'conj'],
      ["l'", 'DET', 14, 'det'],
      ['UE', 'PROPN', 12, 'obj', 'I-ORG'],
      ['à', 'ADP', 16, 'mark'],
      ['agir', 'VERB', 12, 'xcomp'],
    ]);
    expect(readCommitments(ctx).map((c) => [c.text, c.makers])).toEqual([
      ["appelé l' UE à agir", [{ kind: 'country', id: 'portugal' }]],
    ]);
  });

  it('reads "le texte" as the document: its parties, the two countries and both sides, commit', () => {
    // "La France et l'Italie parlent ; le texte engage les États à doubler les visas".
    const ctx = context([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 4, 'nsubj', 'I-LOC'],
      ['et', 'CCONJ', 3, 'cc'],
      ['Italie', 'PROPN', 1, 'conj', 'I-LOC'],
      ['parlent', 'VERB', -1, 'root'],
      [';', 'PUNCT', 4, 'punct'],
      ['le', 'DET', 7, 'det'],
      ['texte', 'NOUN', 8, 'nsubj'],
      ['engage', 'VERB', 4, 'parataxis'],
      ['les', 'DET', 10, 'det'],
      ['États', 'NOUN', 8, 'obj'],
      ['à', 'ADP', 12, 'mark'],
      ['doubler', 'VERB', 8, 'xcomp'],
      ['les', 'DET', 14, 'det'],
      ['visas', 'NOUN', 12, 'obj'],
    ]);
    const found = readCommitments(ctx).find((c) => c.text.startsWith('engage'));
    expect(found?.bothSides).toBe(true);
    expect(found?.makers.map((m) => (m.kind === 'country' ? m.id : m.name)).sort()).toEqual([
      'france',
      'italy',
    ]);
  });

  /** "Le gouvernement promet de financer les bureaux", with what is between subject and verb. */
  const governmentPromises = (between: HandToken[]): HandToken[] => [
    ['Le', 'DET', 1, 'det'],
    ['gouvernement', 'NOUN', 2 + between.length, 'nsubj'],
    ...between,
    ['promet', 'VERB', -1, 'root'],
    ['de', 'ADP', 4 + between.length, 'mark'],
    ['financer', 'VERB', 2 + between.length, 'xcomp'],
    ['les', 'DET', 6 + between.length, 'det'],
    ['bureaux', 'NOUN', 4 + between.length, 'obj'],
  ];
  /** "La partie <adjective> promet de former les agents". */
  const sidePromises = (adjective: string): HandToken[] => [
    ['La', 'DET', 1, 'det'],
    ['partie', 'NOUN', 3, 'nsubj'],
    [adjective, 'ADJ', 1, 'amod'],
    ['promet', 'VERB', -1, 'root'],
    ['de', 'ADP', 5, 'mark'],
    ['former', 'VERB', 3, 'xcomp'],
    ['les', 'DET', 7, 'det'],
    ['agents', 'NOUN', 5, 'obj'],
  ];
  const twoCountries: HandToken[] = [
    ['Le', 'DET', 1, 'det'],
    ['Maroc', 'PROPN', 5, 'nsubj', 'I-LOC'],
    ['et', 'CCONJ', 4, 'cc'],
    ['le', 'DET', 4, 'det'],
    ['Portugal', 'PROPN', 1, 'conj', 'I-LOC'],
    ['parlent', 'VERB', -1, 'root'],
  ];
  const makersOf = (ctx: ReturnType<typeof handArticle>) =>
    readCommitments(ctx).map((c) => c.makers.map((m) => (m.kind === 'country' ? m.id : m.name)));

  it('reads "le gouvernement, pour sa part" after one side as the other of the two countries', () => {
    const forItsPart: HandToken[] = [
      [',', 'PUNCT', 5, 'punct'],
      ['pour', 'ADP', 5, 'case'],
      ['sa', 'DET', 5, 'det'],
      ['part', 'NOUN', 7, 'obl'],
      [',', 'PUNCT', 5, 'punct'],
    ];
    const ctx = handArticle([twoCountries, sidePromises('marocaine'), governmentPromises(forItsPart)]);
    expect(makersOf(ctx)).toEqual([['morocco'], ['portugal']]);
    // With no side set against it, the government is no one's.
    expect(makersOf(handArticle([twoCountries, sidePromises('marocaine'), governmentPromises([])]))).toEqual([
      ['morocco'],
    ]);
  });

  it('reads "le gouvernement" as the one country the article gives its government elsewhere', () => {
    const portuguese: HandToken[] = [
      ['Le', 'DET', 1, 'det'],
      ['gouvernement', 'NOUN', 3, 'nsubj'],
      ['portugais', 'ADJ', 1, 'amod'],
      ['parle', 'VERB', -1, 'root'],
    ];
    expect(makersOf(handArticle([portuguese, governmentPromises([])]))).toEqual([['portugal']]);
  });
});
