import { describe, expect, it } from 'vitest';
import { readDocuments } from './documents.js';
import { dayOf, type HandToken, handArticle, handContext, inLanguage } from './parsed-sentence.fixture.js';

describe('readDocuments', () => {
  it('reads a framework named by a noun of its own, not a phrase that uses its word otherwise', () => {
    const ctx = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['défend', 'VERB', -1, 'root'],
      ['le', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'obj'],
      ["d'", 'ADP', 5, 'case'],
      ['autonomie', 'NOUN', 3, 'nmod'],
      ['du', 'ADP', 7, 'case'],
      ['Maroc', 'PROPN', 5, 'nmod', 'I-LOC'],
      ['sur', 'ADP', 10, 'case'],
      ['le', 'DET', 10, 'det'],
      ['plan', 'NOUN', 1, 'obl'],
      ['diplomatique', 'ADJ', 10, 'amod'],
    ]);
    expect(readDocuments(ctx).map((d) => [d.name, d.kind])).toEqual([
      ["plan d' autonomie du Maroc", 'framework'],
    ]);
  });

  it("reads no framework from common words that name no one's instrument", () => {
    // "Nous avons un cadre de travail que nous voulons approfondir."
    const ctx = handContext([
      ['Nous', 'PRON', 1, 'nsubj'],
      ['avons', 'VERB', -1, 'root'],
      ['un', 'DET', 3, 'det'],
      ['cadre', 'NOUN', 1, 'obj'],
      ['de', 'ADP', 5, 'case'],
      ['travail', 'NOUN', 3, 'nmod'],
      ['que', 'PRON', 8, 'obj'],
      ['nous', 'PRON', 8, 'nsubj'],
      ['voulons', 'VERB', 3, 'acl:relcl'],
      ['approfondir', 'VERB', 8, 'xcomp'],
    ]);
    expect(readDocuments(ctx)).toEqual([]);
  });

  it('reads the proper nouns before a document word as its name', () => {
    // "The ministers adopted the Dakhla Declaration."
    const ctx = handContext([
      ['The', 'DET', 1, 'det'],
      ['ministers', 'NOUN', 2, 'nsubj'],
      ['adopted', 'VERB', -1, 'root'],
      ['the', 'DET', 5, 'det'],
      ['Dakhla', 'PROPN', 5, 'compound', 'LOCATION'],
      ['Declaration', 'PROPN', 2, 'obj'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'en')).map((d) => [d.name, d.signed])).toEqual([
      ['Dakhla Declaration', true],
    ]);
  });

  it('reads the place a document was signed in as no part of its name', () => {
    // "Los ministros firmaron el protocolo en Rabat."
    const ctx = handContext([
      ['Los', 'DET', 1, 'det'],
      ['ministros', 'NOUN', 2, 'nsubj'],
      ['firmaron', 'VERB', -1, 'root'],
      ['el', 'DET', 4, 'det'],
      ['protocolo', 'NOUN', 2, 'obj'],
      ['en', 'ADP', 6, 'case'],
      ['Rabat', 'PROPN', 4, 'nmod', 'LOCATION'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'es')).map((d) => d.name)).toEqual(['protocolo']);
  });

  it('reads a document as signed by the relative clause after it, however the parse hangs it', () => {
    // "La comisión aplica el memorando sobre migración circular que firmaron los ministros.", its
    // "circular" read as an auxiliary and "firmaron" hung on the sentence's verb.
    const ctx = handContext([
      ['La', 'DET', 1, 'det'],
      ['comisión', 'NOUN', 2, 'nsubj'],
      ['aplica', 'VERB', -1, 'root'],
      ['el', 'DET', 4, 'det'],
      ['memorando', 'NOUN', 2, 'obj'],
      ['sobre', 'ADP', 6, 'case'],
      ['migración', 'NOUN', 4, 'nmod'],
      ['circular', 'VERB', 9, 'aux'],
      ['que', 'SCONJ', 9, 'mark'],
      ['firmaron', 'VERB', 2, 'ccomp'],
      ['los', 'DET', 11, 'det'],
      ['ministros', 'NOUN', 9, 'nsubj'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'es')).map((d) => [d.name, d.signed])).toEqual([
      ['memorando sobre migración', true],
    ]);
  });

  it("reads no signing of a document from the relative clause of another noun's after a verb", () => {
    // "El protocolo sigue al memorando que firmaron los ministros.": the memorandum was signed.
    const ctx = handContext([
      ['El', 'DET', 1, 'det'],
      ['protocolo', 'NOUN', 2, 'nsubj'],
      ['sigue', 'VERB', -1, 'root'],
      ['al', 'ADP', 4, 'case'],
      ['memorando', 'NOUN', 2, 'obl'],
      ['que', 'PRON', 6, 'obj'],
      ['firmaron', 'VERB', 4, 'acl:relcl'],
      ['los', 'DET', 8, 'det'],
      ['ministros', 'NOUN', 6, 'nsubj'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'es')).map((d) => [d.name, d.signed])).toEqual([
      ['memorando', true],
    ]);
  });

  it('reads no document from a statement the sentence cites as its source', () => {
    // "The ministers signed a memorandum, according to a statement issued by the ministry."
    const ctx = handContext([
      ['The', 'DET', 1, 'det'],
      ['ministers', 'NOUN', 2, 'nsubj'],
      ['signed', 'VERB', -1, 'root'],
      ['a', 'DET', 4, 'det'],
      ['memorandum', 'NOUN', 2, 'obj'],
      [',', 'PUNCT', 2, 'punct'],
      ['according', 'VERB', 9, 'case'],
      ['to', 'ADP', 6, 'fixed'],
      ['a', 'DET', 9, 'det'],
      ['statement', 'NOUN', 2, 'obl'],
      ['issued', 'VERB', 9, 'acl'],
      ['by', 'ADP', 13, 'case'],
      ['the', 'DET', 13, 'det'],
      ['ministry', 'NOUN', 10, 'obl'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'en')).map((d) => d.name)).toEqual(['memorandum']);
  });

  it('reads a declaration its own parties signed apart from one adopted before, and "that" as no pointer', () => {
    const ctx = handArticle([
      // "The ministers adopted the Dakhla Declaration."
      [
        ['The', 'DET', 1, 'det'],
        ['ministers', 'NOUN', 2, 'nsubj'],
        ['adopted', 'VERB', -1, 'root'],
        ['the', 'DET', 5, 'det'],
        ['Dakhla', 'PROPN', 5, 'compound', 'LOCATION'],
        ['Declaration', 'PROPN', 2, 'obj'],
      ],
      // "It builds on the joint declaration that Spain and Morocco signed."
      [
        ['It', 'PRON', 1, 'nsubj'],
        ['builds', 'VERB', -1, 'root'],
        ['on', 'ADP', 5, 'case'],
        ['the', 'DET', 5, 'det'],
        ['joint', 'ADJ', 5, 'amod'],
        ['declaration', 'NOUN', 1, 'obl'],
        ['that', 'DET', 5, 'dep'],
        ['Spain', 'PROPN', 10, 'nsubj', 'LOCATION'],
        ['and', 'CCONJ', 9, 'cc'],
        ['Morocco', 'PROPN', 7, 'conj', 'LOCATION'],
        ['signed', 'VERB', 5, 'ccomp'],
      ],
    ]);
    expect(readDocuments(inLanguage(ctx, 'en')).map((d) => [d.name, d.parties.length > 0])).toEqual([
      ['Dakhla Declaration', false],
      ['joint declaration', true],
    ]);
  });

  it('reads no document from a signing the sentence denies', () => {
    // "No agreement was signed." / "The ministers did not sign the protocol on visas."
    const none = handContext([
      ['No', 'DET', 1, 'det'],
      ['agreement', 'NOUN', 3, 'nsubj:pass'],
      ['was', 'AUX', 3, 'aux:pass'],
      ['signed', 'VERB', -1, 'root'],
    ]);
    const not = handContext([
      ['The', 'DET', 1, 'det'],
      ['ministers', 'NOUN', 4, 'nsubj'],
      ['did', 'AUX', 4, 'aux'],
      ['not', 'PART', 4, 'advmod'],
      ['sign', 'VERB', -1, 'root'],
      ['the', 'DET', 6, 'det'],
      ['protocol', 'NOUN', 4, 'obj'],
    ]);
    expect(readDocuments(inLanguage(none, 'en'))).toEqual([]);
    expect(readDocuments(inLanguage(not, 'en'))).toEqual([]);
  });

  it('reads no document from a signing only wished or called for, but one that is to be signed', () => {
    /** "Le Maroc et l'Espagne <verb> <signing> un accord de réadmission." */
    const wished = (verb: string, signing: string): HandToken[] => [
      ...countries,
      [verb, 'VERB', -1, 'root'],
      [signing, 'VERB', 5, 'xcomp'],
      ['un', 'DET', 8, 'det'],
      ['accord', 'NOUN', 6, 'obj'],
      ['de', 'ADP', 10, 'case'],
      ['réadmission', 'NOUN', 8, 'nmod'],
    ];
    // "Les deux pays ont appelé à la signature d'un accord de réadmission."
    const called: HandToken[] = [
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['pays', 'NOUN', 4, 'nsubj'],
      ['ont', 'AUX', 4, 'aux'],
      ['appelé', 'VERB', -1, 'root'],
      ['à', 'ADP', 7, 'case'],
      ['la', 'DET', 7, 'det'],
      ['signature', 'NOUN', 4, 'obl'],
      ["d'", 'ADP', 10, 'case'],
      ['un', 'DET', 10, 'det'],
      ['accord', 'NOUN', 7, 'nmod'],
      ['de', 'ADP', 12, 'case'],
      ['réadmission', 'NOUN', 10, 'nmod'],
    ];
    const names = (tokens: HandToken[]) => readDocuments(handContext(tokens)).map((d) => d.name);
    expect(names(wished('souhaitent', 'conclure'))).toEqual([]);
    expect(names(called)).toEqual([]);
    expect(names(wished('devraient', 'signer'))).toEqual(['accord de réadmission']);
  });

  it('reads no signing from a relative clause on a pronoun after the document', () => {
    // "Lisbonne veut un accord comparable à ceux que d'autres pays ont conclus."
    const ctx = handContext([
      ['Lisbonne', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['veut', 'VERB', -1, 'root'],
      ['un', 'DET', 3, 'det'],
      ['accord', 'NOUN', 1, 'obj'],
      ['comparable', 'ADJ', 3, 'amod'],
      ['à', 'ADP', 6, 'case'],
      ['ceux', 'PRON', 4, 'obl'],
      ['que', 'PRON', 11, 'obj'],
      ["d'", 'DET', 9, 'det'],
      ['autres', 'ADJ', 10, 'amod'],
      ['pays', 'NOUN', 11, 'nsubj'],
      ['ont', 'AUX', 11, 'aux'],
      ['conclus', 'VERB', 6, 'acl:relcl'],
    ]);
    expect(readDocuments(ctx)).toEqual([]);
  });

  it("reads no document from a government's own plan, nor from other countries' agreement given as a model", () => {
    const ctx = handArticle([
      signed(countries, [
        ['accord', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['visas', 'NOUN', 0, 'nmod'],
      ]),
      // "Le plan d'action du gouvernement portugais fait de la formation une priorité."
      [
        ['Le', 'DET', 1, 'det'],
        ['plan', 'NOUN', 7, 'nsubj'],
        ["d'", 'ADP', 3, 'case'],
        ['action', 'NOUN', 1, 'fixed'],
        ['du', 'ADP', 5, 'case'],
        ['gouvernement', 'NOUN', 1, 'nmod'],
        ['portugais', 'ADJ', 5, 'amod'],
        ['fait', 'VERB', -1, 'root'],
        ['une', 'DET', 9, 'det'],
        ['priorité', 'NOUN', 7, 'obj'],
      ],
      // "L'Allemagne a un accord avec l'Inde et des arrangements avec le Kenya."
      [
        ["L'", 'DET', 1, 'det'],
        ['Allemagne', 'PROPN', 2, 'nsubj', 'I-LOC'],
        ['a', 'VERB', -1, 'root'],
        ['un', 'DET', 4, 'det'],
        ['accord', 'NOUN', 2, 'obj'],
        ['avec', 'ADP', 7, 'case'],
        ["l'", 'DET', 7, 'det'],
        ['Inde', 'PROPN', 4, 'nmod', 'I-LOC'],
        ['et', 'CCONJ', 10, 'cc'],
        ['des', 'DET', 10, 'det'],
        ['arrangements', 'NOUN', 4, 'conj'],
        ['avec', 'ADP', 13, 'case'],
        ['le', 'DET', 13, 'det'],
        ['Kenya', 'PROPN', 10, 'nmod', 'I-LOC'],
      ],
    ]);
    expect(readDocuments(ctx).map((d) => d.name)).toEqual(['accord sur les visas']);
  });

  it("reads no framework from an actor's plan, nor a document from the Union's own pact", () => {
    // "Rabat salue le plan de l'Espagne." / "El Pacto Europeo de Migración obligará a España."
    const plan = handContext([
      ['Rabat', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['salue', 'VERB', -1, 'root'],
      ['le', 'DET', 3, 'det'],
      ['plan', 'NOUN', 1, 'obj'],
      ['de', 'ADP', 6, 'case'],
      ["l'", 'DET', 6, 'det'],
      ['Espagne', 'PROPN', 3, 'nmod', 'I-LOC'],
    ]);
    const pact = handContext([
      ['El', 'DET', 1, 'det'],
      ['Pacto', 'PROPN', 6, 'nsubj'],
      ['Europeo', 'PROPN', 1, 'flat'],
      ['de', 'ADP', 4, 'case'],
      ['Migración', 'PROPN', 1, 'nmod'],
      ['obligará', 'AUX', 6, 'aux'],
      ['a', 'ADP', 7, 'case'],
      ['España', 'PROPN', -1, 'root', 'LOCATION'],
    ]);
    expect(readDocuments(plan)).toEqual([]);
    expect(readDocuments(inLanguage(pact, 'es'))).toEqual([]);
  });

  it('reads no document from a statement cited as a source by the body that issued it', () => {
    // "Los ministros reforzarán las patrullas, según una declaración del Ministerio del Interior."
    const ctx = handContext([
      ['Los', 'DET', 1, 'det'],
      ['ministros', 'NOUN', 2, 'nsubj'],
      ['reforzarán', 'VERB', -1, 'root'],
      ['las', 'DET', 4, 'det'],
      ['patrullas', 'NOUN', 2, 'obj'],
      [',', 'PUNCT', 2, 'punct'],
      ['según', 'ADP', 8, 'case'],
      ['una', 'DET', 8, 'det'],
      ['declaración', 'NOUN', 2, 'obl'],
      ['del', 'ADP', 10, 'case'],
      ['Ministerio', 'PROPN', 8, 'nmod', 'ORGANIZATION'],
      ['del', 'ADP', 12, 'case'],
      ['Interior', 'PROPN', 10, 'nmod', 'ORGANIZATION'],
    ]);
    expect(readDocuments(inLanguage(ctx, 'es'))).toEqual([]);
  });

  it('reads a caption\'s "signature de l\'accord" as the agreement the body names in full', () => {
    const ctx = handArticle([
      // "Après la signature de l'accord."
      [
        ['Après', 'ADP', 2, 'case'],
        ['la', 'DET', 2, 'det'],
        ['signature', 'NOUN', -1, 'root'],
        ['de', 'ADP', 5, 'case'],
        ["l'", 'DET', 5, 'det'],
        ['accord', 'NOUN', 2, 'nmod'],
      ],
      signed(countries, [
        ['accord', 'NOUN', -1, 'obj'],
        ['sur', 'ADP', 3, 'case'],
        ['les', 'DET', 3, 'det'],
        ['stagiaires', 'NOUN', 0, 'nmod'],
      ]),
    ]);
    expect(readDocuments(ctx).map((d) => d.name)).toEqual(['accord sur les stagiaires']);
  });

  it('reads a text named after the place it was adopted in as the one adopted there in common words', () => {
    const adopted = (place: string, document: HandToken[]): HandToken[] => [
      ['Les', 'DET', 1, 'det'],
      ['ministres', 'NOUN', 3, 'nsubj'],
      ['ont', 'AUX', 3, 'aux'],
      ['adopté', 'VERB', -1, 'root'],
      ['à', 'ADP', 5, 'case'],
      [place, 'PROPN', 3, 'obl', 'I-LOC'],
      ['une', 'DET', 7, 'det'],
      ...document.map(
        ([text, pos, head, dep, ner]): HandToken => [text, pos, head < 0 ? 3 : head + 7, dep, ner],
      ),
    ];
    // "... une déclaration finale. Dans la Déclaration d'Abidjan, les États s'engagent."
    const named: HandToken[] = [
      ['Dans', 'ADP', 2, 'case'],
      ['la', 'DET', 2, 'det'],
      ['Déclaration', 'NOUN', 8, 'obl'],
      ["d'", 'ADP', 4, 'case'],
      ['Abidjan', 'PROPN', 2, 'nmod', 'I-LOC'],
      [',', 'PUNCT', 2, 'punct'],
      ['les', 'DET', 7, 'det'],
      ['États', 'NOUN', 8, 'nsubj'],
      ['engagent', 'VERB', -1, 'root'],
    ];
    const final: HandToken[] = [
      ['déclaration', 'NOUN', -1, 'obj'],
      ['finale', 'ADJ', 0, 'amod'],
    ];
    const read = (place: string) =>
      readDocuments(handArticle([adopted(place, final), named])).map((d) => [d.name, d.signed]);
    expect(read('Abidjan')).toEqual([["Déclaration d' Abidjan", true]]);
    // Adopted elsewhere: two texts.
    expect(read('Lisbonne')).toEqual([
      ['déclaration finale', true],
      ["Déclaration d' Abidjan", false],
    ]);
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

  it('reads no document from "en accord avec" nor "d\'un commun accord"', () => {
    // "Madrid agit en accord avec le Maroc." / "Ils décident d'un commun accord avec le Maroc."
    const along = handContext([
      ['Madrid', 'PROPN', 1, 'nsubj', 'I-LOC'],
      ['agit', 'VERB', -1, 'root'],
      ['en', 'ADP', 3, 'case'],
      ['accord', 'NOUN', 1, 'obl'],
      ['avec', 'ADP', 6, 'case'],
      ['le', 'DET', 6, 'det'],
      ['Maroc', 'PROPN', 3, 'nmod', 'I-LOC'],
    ]);
    const mutual = handContext([
      ['Ils', 'PRON', 1, 'nsubj'],
      ['décident', 'VERB', -1, 'root'],
      ["d'", 'ADP', 5, 'case'],
      ['un', 'DET', 5, 'det'],
      ['commun', 'ADJ', 5, 'amod'],
      ['accord', 'NOUN', 1, 'obl'],
      ['avec', 'ADP', 8, 'case'],
      ['le', 'DET', 8, 'det'],
      ['Maroc', 'PROPN', 5, 'nmod', 'I-LOC'],
    ]);
    expect(readDocuments(along)).toEqual([]);
    expect(readDocuments(mutual)).toEqual([]);
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
