import { describe, expect, it } from 'vitest';
import { readDocuments } from './documents.js';
import { dayOf, type HandToken, handArticle, handContext } from './parsed-sentence.fixture.js';

describe('readDocuments', () => {
  it('reads a framework named by a noun of its own, not a phrase that uses its word otherwise', () => {
    const ctx = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['défend', 'VERB', -1, 'root'],
      ['le', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'obj'],
      ["d'", 'ADP', 5, 'case'],
      ['autonomie', 'NOUN', 3, 'nmod'],
      ['sur', 'ADP', 8, 'case'],
      ['le', 'DET', 8, 'det'],
      ['plan', 'NOUN', 1, 'obl'],
      ['diplomatique', 'ADJ', 8, 'amod'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.kind])).toEqual([["plan d' autonomie", 'framework']]);
  });

  /** "<subject> ont signé un <document...>". */
  const signed = (subject: HandToken[], document: HandToken[]): HandToken[] => {
    const verb = subject.length + 1;
    return [
      ...subject,
      ['ont', 'AUX', verb, 'aux'],
      ['signé', 'VERB', -1, 'root'],
      ['un', 'DET', verb + 2, 'det'],
      ...document.map(
        ([text, pos, head, dep, ner]): HandToken => [text, pos, head < 0 ? verb : head + verb + 2, dep, ner],
      ),
    ];
  };
  const countries: HandToken[] = [
    ['Le', 'DET', 1, 'det'],
    ['Maroc', 'PROPN', 6, 'nsubj', 'I-LOC'],
    ['et', 'CCONJ', 4, 'cc'],
    ["l'", 'DET', 4, 'det'],
    ['Espagne', 'PROPN', 1, 'conj', 'I-LOC'],
  ];

  it('reads an agreement the article names in general terms and then precisely as one document', () => {
    const ctx = handArticle([
      signed(countries, [['accord', 'NOUN', -1, 'obj']]),
      signed(countries, [
        ['mémorandum', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['mineurs', 'NOUN', 0, 'nmod'],
      ]),
    ]);
    expect(
      readDocuments(ctx).map((d) => [d.name, d.parties.map((p) => (p.kind === 'country' ? p.id : ''))]),
    ).toEqual([['mémorandum sur les mineurs', ['morocco', 'spain']]]);
  });

  it('reads "ce mémorandum" as the document told of before', () => {
    const ctx = handArticle([
      signed(countries, [
        ['mémorandum', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['mineurs', 'NOUN', 0, 'nmod'],
      ]),
      [
        ['Ce', 'DET', 1, 'det'],
        ['mémorandum', 'NOUN', 4, 'nsubj'],
        ["d'", 'ADP', 3, 'case'],
        ['entente', 'NOUN', 1, 'nmod'],
        ['protège', 'VERB', -1, 'root'],
        ['les', 'DET', 6, 'det'],
        ['enfants', 'NOUN', 4, 'obj'],
      ],
    ]);
    expect(readDocuments(ctx).map((d) => d.name)).toEqual(['mémorandum sur les mineurs']);
  });

  it('reads "selon l\'accord" after a signed document as that document, not as one signed', () => {
    const ctx = handArticle([
      signed(countries, [
        ['mémorandum', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['mineurs', 'NOUN', 0, 'nmod'],
      ]),
      [
        ['Selon', 'ADP', 2, 'case'],
        ["l'", 'DET', 2, 'det'],
        ['accord', 'NOUN', 5, 'obl'],
        [',', 'PUNCT', 2, 'punct'],
        ['Rabat', 'PROPN', 5, 'nsubj', 'I-LOC'],
        ['adopte', 'VERB', -1, 'root'],
        ['des', 'DET', 7, 'det'],
        ['mesures', 'NOUN', 5, 'obj'],
      ],
    ]);
    expect(readDocuments(ctx).map((d) => d.name)).toEqual(['mémorandum sur les mineurs']);
  });

  it('reads a document whose participle the parse hangs on a later noun of its phrase', () => {
    const ctx = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['applique', 'VERB', -1, 'root'],
      ['la', 'DET', 3, 'det'],
      ['déclaration', 'NOUN', 1, 'obj'],
      ["d'", 'ADP', 5, 'case'],
      ['intention', 'NOUN', 3, 'nmod'],
      ['sur', 'ADP', 8, 'case'],
      ['la', 'DET', 8, 'det'],
      ['migration', 'NOUN', 1, 'obl'],
      ['signée', 'VERB', 8, 'acl'],
      ['à', 'ADP', 11, 'case'],
      ['Bruxelles', 'PROPN', 9, 'obl', 'I-LOC'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.signed])).toEqual([["déclaration d' intention", true]]);
  });

  it('reads no document from a statement to the press or from "être d\'accord"', () => {
    const ctx = handContext([
      ['Dans', 'ADP', 2, 'case'],
      ['une', 'DET', 2, 'det'],
      ['déclaration', 'NOUN', 9, 'obl'],
      ['à', 'ADP', 5, 'case'],
      ['la', 'DET', 5, 'det'],
      ['presse', 'NOUN', 2, 'nmod'],
      [',', 'PUNCT', 2, 'punct'],
      ['Rabat', 'PROPN', 9, 'nsubj', 'I-LOC'],
      ['est', 'AUX', 9, 'cop'],
      ["d'", 'ADP', 10, 'case'],
      ['accord', 'NOUN', -1, 'root'],
      ['sur', 'ADP', 13, 'case'],
      ['la', 'DET', 13, 'det'],
      ['méthode', 'NOUN', 10, 'nmod'],
    ]);
    expect(readDocuments(ctx)).toEqual([]);
  });

  it('reads "un protocole d\'accord" signed as one document, whichever noun the verb governs', () => {
    const ctx = handContext(
      signed(countries, [
        ['protocole', 'NOUN', -1, 'obj'],
        ["d'", 'ADP', 5, 'advmod'],
        ['accord', 'NOUN', 1, 'fixed'],
        ['sur', 'ADP', 5, 'case'],
        ['les', 'DET', 5, 'det'],
        ['visas', 'NOUN', 0, 'nmod'],
      ]),
    );
    expect(readDocuments(ctx).map((d) => [d.name, d.kind, d.signed])).toEqual([
      ["protocole d' accord sur les visas", 'memorandum', true],
    ]);
  });

  it('reads no document from a kind of document named in common words that no one signs', () => {
    const ctx = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['souhaite', 'VERB', -1, 'root'],
      ['un', 'DET', 3, 'det'],
      ['accord', 'NOUN', 1, 'obj'],
      ['de', 'ADP', 5, 'case'],
      ['réadmission', 'NOUN', 3, 'nmod'],
    ]);
    expect(readDocuments(ctx)).toEqual([]);
  });

  it('reads a document agreed, its participle tagged an adjective, as signed', () => {
    const ctx = handContext([
      ['La', 'DET', 1, 'det'],
      ['feuille', 'NOUN', 5, 'nsubj'],
      ['de', 'ADP', 3, 'case'],
      ['route', 'NOUN', 1, 'nmod'],
      ['convenue', 'ADJ', 1, 'amod'],
      ['avance', 'VERB', -1, 'root'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.kind, d.signed])).toEqual([
      ['feuille de route convenue', 'roadmap', true],
    ]);
  });

  it('reads a document its parties are told to have reached', () => {
    const ctx = handContext([
      ['Le', 'DET', 1, 'det'],
      ['Maroc', 'PROPN', 6, 'nsubj', 'I-LOC'],
      ['et', 'CCONJ', 4, 'cc'],
      ["l'", 'DET', 4, 'det'],
      ['Espagne', 'PROPN', 1, 'conj', 'I-LOC'],
      ['sont', 'AUX', 6, 'aux'],
      ['parvenus', 'VERB', -1, 'root'],
      ['à', 'ADP', 9, 'case'],
      ['un', 'DET', 9, 'det'],
      ['accord', 'NOUN', 6, 'obl'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.parties, d.signed])).toEqual([
      [
        'accord',
        [
          { kind: 'country', id: 'morocco' },
          { kind: 'country', id: 'spain' },
        ],
        true,
      ],
    ]);
  });

  it("reads the body's documents, not the headline's that sums one up", () => {
    const ctx = handArticle([
      signed(countries, [
        ['déclaration', 'NOUN', -1, 'obj'],
        ['conjointe', 'ADJ', 0, 'amod'],
      ]),
      signed(countries, [
        ['mémorandum', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['mineurs', 'NOUN', 0, 'nmod'],
      ]),
    ]);
    const [title] = ctx.sentences;
    const names = (headline: typeof ctx.headline) => readDocuments({ ...ctx, headline }).map((d) => d.name);
    expect(names(null)).toEqual(['déclaration conjointe', 'mémorandum sur les mineurs']);
    expect(names(title ? { start: title.start, end: title.end } : null)).toEqual([
      'mémorandum sur les mineurs',
    ]);
  });

  it('reads a document its date names, and one the sentence tells was adopted, with no one named', () => {
    // "Ils suivent la déclaration conjointe du 28 octobre 2024 depuis l'adoption de la feuille de route."
    const ctx = handContext([
      ['Ils', 'PRON', 1, 'nsubj'],
      ['suivent', 'VERB', -1, 'root'],
      ['la', 'DET', 3, 'det'],
      ['déclaration', 'NOUN', 1, 'obj'],
      ['conjointe', 'ADJ', 3, 'amod'],
      ['du', 'ADP', 7, 'case'],
      ['28', 'NUM', 7, 'nummod'],
      ['octobre', 'NOUN', 3, 'nmod'],
      ['2024', 'NUM', 7, 'nmod'],
      ['depuis', 'ADP', 11, 'case'],
      ["l'", 'DET', 11, 'det'],
      ['adoption', 'NOUN', 1, 'obl'],
      ['de', 'ADP', 15, 'case'],
      ['la', 'DET', 15, 'det'],
      ['feuille', 'NOUN', 11, 'nmod'],
      ['de', 'ADP', 15, 'case'],
      ['route', 'NOUN', 13, 'fixed'],
    ]);
    const date = ctx.text.indexOf('28 octobre 2024');
    const dated = {
      ...ctx,
      dates: [
        { start: date, end: date + 15, date: dayOf('2024-10-28'), relative: false, text: '28 octobre 2024' },
      ],
    };
    expect(readDocuments(dated).map((d) => [d.name, d.signed])).toEqual([
      ['déclaration conjointe du 28 octobre 2024', false],
      ['feuille de route', false],
    ]);
    expect(readDocuments(ctx).map((d) => d.name)).toEqual(['feuille de route']);
  });
});
