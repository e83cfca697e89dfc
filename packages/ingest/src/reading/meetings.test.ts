import { describe, expect, it } from 'vitest';
import type { ArticleContext } from './context.js';
import { readMeetings } from './meetings.js';
import { readOrganizations } from './organizations.js';
import {
  dateAt,
  dayOf,
  dupontMeets,
  type HandToken,
  handArticle,
  handContext,
  inLanguage,
  placeAll,
  receivedThenGoes,
} from './parsed-sentence.fixture.js';
import { readPeople } from './people.js';

/** "Les <noun> entre la France et le Maroc", its noun the subject of the word at `verb`. */
const betweenFranceAndMorocco = (noun: string, verb: number): HandToken[] => [
  ['Les', 'DET', 1, 'det'],
  [noun, 'NOUN', verb, 'nsubj'],
  ['entre', 'ADP', 4, 'case'],
  ['la', 'DET', 4, 'det'],
  ['France', 'PROPN', 1, 'nmod', 'I-LOC'],
  ['et', 'CCONJ', 7, 'cc'],
  ['le', 'DET', 7, 'det'],
  ['Maroc', 'PROPN', 4, 'conj', 'I-LOC'],
];

/** "Jean Dupont rencontre Paul Martin", then the words given, hung on the verb. */
const dupontMeetsMartin = (...more: HandToken[]): HandToken[] => [
  ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
  ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
  ['rencontre', 'VERB', -1, 'root'],
  ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
  ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
  ...more,
];

/** Each meeting's participants as "name:role", people by name. */
const rolesOf = (ctx: ArticleContext) =>
  readMeetings(ctx).map((m) =>
    m.participants.map((p) => `${p.actor.kind === 'person' ? p.actor.name : ''}:${p.role}`),
  );

describe('readMeetings', () => {
  it('takes the countries a meeting is between as its participants', () => {
    const ctx = handContext([
      ...betweenFranceAndMorocco('discussions', 9),
      ['ont', 'AUX', 9, 'aux'],
      ['repris', 'VERB', -1, 'root'],
    ]);
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'country', id: 'france' },
        { kind: 'country', id: 'morocco' },
      ],
    ]);
  });

  it('takes the countries a meeting names by adjective as its participants, when it names no one', () => {
    const ctx = handContext(
      [
        ['La', 'DET', 1, 'det'],
        ['commission', 'NOUN', 5, 'nsubj'],
        ['mixte', 'ADJ', 1, 'amod'],
        ['maroco-espagnole', 'ADJ', 1, 'amod'],
        ["s'est", 'AUX', 5, 'aux'],
        ['réunie', 'VERB', -1, 'root'],
        ['à', 'ADP', 7, 'case'],
        ['Marrakech', 'PROPN', 5, 'obl', 'I-LOC'],
      ],
      [{ name: 'Marrakech', mentions: [{ start: 49, end: 58 }], evidence: { start: 49, end: 58 } }],
    );
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'country', id: 'morocco' },
        { kind: 'country', id: 'spain' },
      ],
    ]);
  });

  it("takes the countries any word of a meeting's name carries by adjective, whichever word the parser made its head", () => {
    // "La Haute commission mixte maroco-espagnole s'est réunie à Marrakech", "Haute" its head.
    const ctx = handContext([
      ['La', 'DET', 1, 'det'],
      ['Haute', 'PROPN', 6, 'nsubj'],
      ['commission', 'NOUN', 1, 'amod'],
      ['mixte', 'ADJ', 2, 'amod'],
      ['maroco-espagnole', 'ADJ', 2, 'amod'],
      ["s'est", 'AUX', 6, 'aux'],
      ['réunie', 'VERB', -1, 'root'],
      ['à', 'ADP', 8, 'case'],
      ['Marrakech', 'PROPN', 6, 'obl', 'I-LOC'],
    ]);
    placeAll(ctx, 'Marrakech');
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'country', id: 'morocco' },
        { kind: 'country', id: 'spain' },
      ],
    ]);
  });

  it('takes the official a definite title stands for as the participant of the meeting they hold', () => {
    const ctx = handArticle([
      [
        ['Le', 'DET', 1, 'det'],
        ['préfet', 'NOUN', 6, 'nsubj'],
        [',', 'PUNCT', 3, 'punct'],
        ['Paul', 'PROPN', 1, 'appos', 'I-PER'],
        ['Durand', 'PROPN', 3, 'flat:name', 'I-PER'],
        [',', 'PUNCT', 3, 'punct'],
        ['parle', 'VERB', -1, 'root'],
      ],
      [
        ['Le', 'DET', 1, 'det'],
        ['représentant', 'NOUN', 6, 'nsubj'],
        ['de', 'ADP', 4, 'case'],
        ["l'", 'DET', 4, 'det'],
        ['État', 'NOUN', 1, 'nmod'],
        ['a', 'AUX', 6, 'aux'],
        ['organisé', 'VERB', -1, 'root'],
        ['une', 'DET', 8, 'det'],
        ['réunion', 'NOUN', 6, 'obj'],
        ['à', 'ADP', 10, 'case'],
        ['Arles', 'PROPN', 6, 'obl', 'I-LOC'],
      ],
    ]);
    const at = (name: string) => ({
      start: ctx.text.indexOf(name),
      end: ctx.text.indexOf(name) + name.length,
    });
    ctx.people = [
      {
        name: 'Paul Durand',
        title: 'préfet',
        country: null,
        mentions: [at('Paul Durand')],
        evidence: at('Paul Durand'),
      },
    ];
    ctx.places = [{ name: 'Arles', mentions: [at('Arles')], evidence: at('Arles') }];
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [{ kind: 'person', name: 'Paul Durand' }],
    ]);
  });

  it('takes the bodies a meeting is held with as its participants', () => {
    const ctx = handContext([
      ['Une', 'DET', 1, 'det'],
      ['réunion', 'NOUN', 8, 'nsubj'],
      ['avec', 'ADP', 3, 'case'],
      ['ceux', 'PRON', 1, 'nmod'],
      ['de', 'ADP', 6, 'case'],
      ["l'", 'DET', 6, 'det'],
      ['OFII', 'PROPN', 3, 'nmod', 'I-ORG'],
      ['a', 'AUX', 8, 'aux'],
      ['eu', 'VERB', -1, 'root'],
      ['lieu', 'NOUN', 8, 'obj'],
    ]);
    ctx.organizations = readOrganizations(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [{ kind: 'organization', name: 'OFII' }],
    ]);
  });

  it('takes the process a meeting is of as its convener, its kind last in an English name', () => {
    const ctx = inLanguage(
      handContext([
        ['A', 'DET', 1, 'det'],
        ['meeting', 'NOUN', 7, 'nsubj:pass'],
        ['of', 'ADP', 5, 'case'],
        ['the', 'DET', 5, 'det'],
        ['Rabat', 'PROPN', 5, 'compound', 'I-ORG'],
        ['Process', 'PROPN', 1, 'nmod', 'I-ORG'],
        ['was', 'AUX', 7, 'aux:pass'],
        ['held', 'VERB', -1, 'root'],
      ]),
      'en',
    );
    ctx.organizations = readOrganizations(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx).map((m) => m.convenedBy)).toEqual(['Rabat Process']);
  });

  it('takes the countries that take part in a meeting as its participants', () => {
    const ctx = handContext([
      ['La', 'DET', 1, 'det'],
      ['France', 'PROPN', 3, 'nsubj', 'I-LOC'],
      ['a', 'AUX', 3, 'aux'],
      ['participé', 'VERB', -1, 'root'],
      ['aux', 'ADP', 5, 'case'],
      ['travaux', 'NOUN', 3, 'obl'],
      ['de', 'ADP', 8, 'case'],
      ['la', 'DET', 8, 'det'],
      ['conférence', 'NOUN', 5, 'nmod'],
      ['à', 'ADP', 10, 'case'],
      ['Arles', 'PROPN', 8, 'nmod', 'I-LOC'],
    ]);
    placeAll(ctx, 'Arles');
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => [p.actor, p.role]))).toEqual([
      [[{ kind: 'country', id: 'france' }, 'attended']],
    ]);
  });

  it('gives a meeting held during another the place of the other', () => {
    const ctx = handContext([
      ...betweenFranceAndMorocco('entretiens', 14),
      ['pendant', 'ADP', 10, 'case'],
      ['la', 'DET', 10, 'det'],
      ['visite', 'NOUN', 1, 'nmod'],
      ['au', 'ADP', 12, 'case'],
      ['Maroc', 'PROPN', 10, 'nmod', 'I-LOC'],
      ['ont', 'AUX', 14, 'aux'],
      ['repris', 'VERB', -1, 'root'],
    ]);
    expect(readMeetings(ctx).map((m) => [m.trigger, m.place])).toEqual([
      ['entretiens', { country: 'morocco' }],
      ['visite', { country: 'morocco' }],
    ]);
  });

  it('gives the subject of "a été reçu par" the visitor\'s role, and the agent the host\'s', () => {
    const ctx = handArticle([
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['voyage', 'VERB', -1, 'root'],
      ],
      [
        ['Il', 'PRON', 3, 'nsubj:pass'],
        ['a', 'AUX', 3, 'aux'],
        ['été', 'AUX', 3, 'aux:pass'],
        ['reçu', 'VERB', -1, 'root'],
        ['par', 'ADP', 5, 'case'],
        ['Paul', 'PROPN', 3, 'obl:agent', 'I-PER'],
        ['Martin', 'PROPN', 5, 'flat:name', 'I-PER'],
      ],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const roles = rolesOf(ctx);
    expect(roles).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it('takes the oblique after "par" on a passive for its agent, named in apposition deep in its title', () => {
    // "Jean Dupont a été reçu par le ministre du Travail et des Sports, Paul Martin": the parser
    // tags the agent "obl:arg" and hangs the name on the title's last noun.
    const ctx = handContext([
      ['Jean', 'PROPN', 4, 'nsubj:pass', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['a', 'AUX', 4, 'aux'],
      ['été', 'AUX', 4, 'aux:pass'],
      ['reçu', 'VERB', -1, 'root'],
      ['par', 'ADP', 7, 'case'],
      ['le', 'DET', 7, 'det'],
      ['ministre', 'NOUN', 4, 'obl:arg'],
      ['du', 'ADP', 9, 'case'],
      ['Travail', 'NOUN', 7, 'nmod'],
      ['et', 'CCONJ', 12, 'cc'],
      ['des', 'DET', 12, 'det'],
      ['Sports', 'NOUN', 7, 'conj'],
      [',', 'PUNCT', 14, 'punct'],
      ['Paul', 'PROPN', 12, 'appos', 'I-PER'],
      ['Martin', 'PROPN', 14, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it("takes the only person a subject's title names for the subject, past a body in apposition", () => {
    // "El ministro de Exteriores, Unión Europea y Cooperación, José Pérez, recibió a Paul Martin":
    // the parser hangs the name on the body, itself in apposition to the title.
    const ctx = inLanguage(
      handContext([
        ['El', 'DET', 1, 'det'],
        ['ministro', 'NOUN', 12, 'nsubj'],
        ['de', 'ADP', 3, 'case'],
        ['Exteriores', 'PROPN', 1, 'nmod'],
        [',', 'PUNCT', 5, 'punct'],
        ['Unión', 'PROPN', 1, 'appos', 'I-ORG'],
        ['Europea', 'PROPN', 5, 'flat', 'I-ORG'],
        ['y', 'CCONJ', 8, 'cc'],
        ['Cooperación', 'PROPN', 5, 'conj'],
        [',', 'PUNCT', 10, 'punct'],
        ['José', 'PROPN', 5, 'flat', 'I-PER'],
        ['Pérez', 'PROPN', 10, 'flat', 'I-PER'],
        ['recibió', 'VERB', -1, 'root'],
        ['a', 'ADP', 14, 'case'],
        ['Paul', 'PROPN', 12, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 14, 'flat', 'I-PER'],
      ]),
      'es',
    );
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    ctx.organizations = readOrganizations(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['José Pérez:received', 'Paul Martin:visited']]);
  });

  it('reads "fue recibido por" as a passive, its agent tagged an object the host', () => {
    // "Jean Dupont fue recibido por Paul Martin": the Spanish parser tags "ser" a plain "aux" and
    // the agent an object.
    const ctx = inLanguage(
      handContext([
        ['Jean', 'PROPN', 3, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat', 'I-PER'],
        ['fue', 'AUX', 3, 'aux'],
        ['recibido', 'VERB', -1, 'root'],
        ['por', 'ADP', 5, 'case'],
        ['Paul', 'PROPN', 3, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 5, 'flat', 'I-PER'],
      ]),
      'es',
    );
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it('gives the agent of a passive "coprésidés par" the chairs\' role, whatever the participle\'s number', () => {
    // "Les travaux ont été coprésidés par Jean Dupont et Paul Martin"
    const ctx = handContext([
      ['Les', 'DET', 1, 'det'],
      ['travaux', 'NOUN', 4, 'nsubj:pass'],
      ['ont', 'AUX', 4, 'aux'],
      ['été', 'AUX', 4, 'aux:pass'],
      ['coprésidés', 'VERB', -1, 'root'],
      ['par', 'ADP', 6, 'case'],
      ['Jean', 'PROPN', 4, 'obl:agent', 'I-PER'],
      ['Dupont', 'PROPN', 6, 'flat:name', 'I-PER'],
      ['et', 'CCONJ', 9, 'cc'],
      ['Paul', 'PROPN', 6, 'conj', 'I-PER'],
      ['Martin', 'PROPN', 9, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:co-chaired', 'Paul Martin:co-chaired']]);
  });

  it('reads a definite meeting a sentence is about, right after a meeting, as that meeting', () => {
    // "Jean Dupont reçoit Paul Martin à Lille. La réunion plénière a eu lieu en présence de Pierre Durand."
    const ctx = handArticle([
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['reçoit', 'VERB', -1, 'root'],
        ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
        ['à', 'ADP', 6, 'case'],
        ['Lille', 'PROPN', 2, 'obl', 'I-LOC'],
      ],
      [
        ['La', 'DET', 1, 'det'],
        ['réunion', 'NOUN', 4, 'nsubj'],
        ['plénière', 'ADJ', 1, 'amod'],
        ['a', 'AUX', 4, 'aux'],
        ['eu', 'VERB', -1, 'root'],
        ['lieu', 'NOUN', 4, 'obj'],
        ['en', 'ADP', 7, 'case'],
        ['présence', 'NOUN', 4, 'obl'],
        ['de', 'ADP', 8, 'case'],
        ['Pierre', 'PROPN', 7, 'nmod', 'I-PER'],
        ['Durand', 'PROPN', 8, 'flat:name', 'I-PER'],
      ],
    ]);
    placeAll(ctx, 'Lille');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:received', 'Paul Martin:visited', 'Pierre Durand:attended']]);
  });

  it('reads "les travaux" a verb tells of, right after a meeting, as that meeting\'s', () => {
    // "Jean Dupont reçoit Paul Martin à Lille. Les travaux ont été coprésidés par Pierre Durand."
    const ctx = handArticle([
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['reçoit', 'VERB', -1, 'root'],
        ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
        ['à', 'ADP', 6, 'case'],
        ['Lille', 'PROPN', 2, 'obl', 'I-LOC'],
      ],
      [
        ['Les', 'DET', 1, 'det'],
        ['travaux', 'NOUN', 4, 'nsubj:pass'],
        ['ont', 'AUX', 4, 'aux'],
        ['été', 'AUX', 4, 'aux:pass'],
        ['coprésidés', 'VERB', -1, 'root'],
        ['par', 'ADP', 6, 'case'],
        ['Pierre', 'PROPN', 4, 'obl:agent', 'I-PER'],
        ['Durand', 'PROPN', 6, 'flat:name', 'I-PER'],
      ],
    ]);
    placeAll(ctx, 'Lille');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([
      ['Jean Dupont:received', 'Paul Martin:visited', 'Pierre Durand:co-chaired'],
    ]);
  });

  it('takes no one named only inside a phrase "entre" of another noun as a participant', () => {
    const ctx = handContext([
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['rencontre', 'VERB', -1, 'root'],
      ['Paul', 'PROPN', 2, 'obj', 'I-PER'],
      ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
      ['sur', 'ADP', 7, 'case'],
      ['les', 'DET', 7, 'det'],
      ['liens', 'NOUN', 2, 'obl'],
      ['entre', 'ADP', 9, 'case'],
      ['Marc', 'PROPN', 7, 'nmod', 'I-PER'],
      ['Durand', 'PROPN', 9, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const names = readMeetings(ctx).map((m) =>
      m.participants.map((p) => (p.actor.kind === 'person' ? p.actor.name : '')),
    );
    expect(names).toEqual([['Jean Dupont', 'Paul Martin']]);
  });

  it("gives who pays a visit the visitor's role", () => {
    const ctx = handContext(
      [
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['effectue', 'VERB', -1, 'root'],
        ['une', 'DET', 4, 'det'],
        ['visite', 'NOUN', 2, 'obj'],
        ['à', 'ADP', 6, 'case'],
        ['Rabat', 'PROPN', 4, 'nmod', 'I-LOC'],
      ],
      [{ name: 'Rabat', mentions: [{ start: 34, end: 39 }], evidence: { start: 34, end: 39 } }],
    );
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx).map((m) => [m.kind, m.participants.map((p) => p.role)])).toEqual([
      ['official-visit', ['visited']],
    ]);
  });

  it('gives the visitor\'s role to whom "en visite" is said of, not to the verb\'s subject', () => {
    // "Jean Dupont s'entretient à Rabat avec Paul Martin, en visite officielle", Dupont of the
    // country visited.
    const ctx = handContext([
      ['Jean', 'PROPN', 3, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ["s'", 'PRON', 3, 'expl'],
      ['entretient', 'VERB', -1, 'root'],
      ['à', 'ADP', 5, 'case'],
      ['Rabat', 'PROPN', 3, 'obl', 'I-LOC'],
      ['avec', 'ADP', 7, 'case'],
      ['Paul', 'PROPN', 3, 'obl', 'I-PER'],
      ['Martin', 'PROPN', 7, 'flat:name', 'I-PER'],
      [',', 'PUNCT', 11, 'punct'],
      ['en', 'ADP', 11, 'case'],
      ['visite', 'NOUN', 3, 'obl'],
      ['officielle', 'ADJ', 11, 'amod'],
    ]);
    placeAll(ctx, 'Rabat');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
      ...p,
      country: p.name === 'Jean Dupont' ? 'morocco' : null,
    }));
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:received', 'Paul Martin:visited']]);
  });

  it("takes the bodies and countries a meeting's hyphenated name joins as its participants", () => {
    const ctx = handContext([
      ['Le', 'DET', 1, 'det'],
      ['sommet', 'NOUN', 3, 'nsubj'],
      ['OTAN-Maroc', 'PROPN', 1, 'appos'],
      ['reprend', 'VERB', -1, 'root'],
    ]);
    ctx.organizations = [
      { name: 'OTAN', acronym: 'OTAN', country: null, mentions: [], evidence: { start: 10, end: 14 } },
    ];
    expect(readMeetings(ctx).map((m) => m.participants.map((p) => p.actor))).toEqual([
      [
        { kind: 'organization', name: 'OTAN' },
        { kind: 'country', id: 'morocco' },
      ],
    ]);
  });

  it('reads "se rendre à" as a visit to the place, and "se rendre compte" as none', () => {
    const trip = (object: HandToken) => {
      const ctx = handContext([
        ['Jean', 'PROPN', 3, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ["s'", 'PRON', 3, 'expl'],
        ['rendra', 'VERB', -1, 'root'],
        object,
        ['Lyon', 'PROPN', 3, 'obl', 'I-LOC'],
      ]);
      const lyon = { start: ctx.text.indexOf('Lyon'), end: ctx.text.indexOf('Lyon') + 4 };
      ctx.places = [{ name: 'Lyon', mentions: [lyon], evidence: lyon }];
      return ctx;
    };
    const visit = trip(['à', 'ADP', 5, 'case']);
    visit.people = readPeople(visit.sentences, visit.text, visit.lexicon);
    expect(readMeetings(visit).map((m) => [m.place, m.participants.map((p) => p.role)])).toEqual([
      [{ name: 'Lyon' }, ['visited']],
    ]);
    const realises = trip(['compte', 'NOUN', 3, 'obj']);
    realises.people = readPeople(realises.sentences, realises.text, realises.lexicon);
    expect(readMeetings(realises)).toEqual([]);
  });

  it('dates a meeting by the relative day the sentence before gives one of its participants', () => {
    const said: HandToken[] = [
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['parlait', 'VERB', -1, 'root'],
      ['lundi', 'NOUN', 2, 'obl'],
    ];
    const monday = dayOf('2026-03-02');
    const dated = (relative: boolean) => {
      const ctx = handArticle([said, dupontMeetsMartin()]);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      const start = ctx.text.indexOf('lundi');
      ctx.dates = [{ start, end: start + 5, text: 'lundi', date: monday, relative }];
      return readMeetings(ctx).map((m) => m.date?.text ?? null);
    };
    expect(dated(true)).toEqual(['2026-03-02']);
    expect(dated(false)).toEqual([null]);
  });

  it('reads no meeting in a signing dated before the month of publication', () => {
    const ctx = handArticle([
      [
        ['Paul', 'PROPN', 3, 'nsubj', 'I-PER'],
        ['Martin', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['a', 'AUX', 3, 'aux'],
        ['signé', 'VERB', -1, 'root'],
        ['à', 'ADP', 5, 'case'],
        ['Lyon', 'PROPN', 3, 'obl', 'I-LOC'],
        ['en', 'ADP', 7, 'case'],
        ['2019', 'NUM', 3, 'obl'],
        ['un', 'DET', 9, 'det'],
        ['accord', 'NOUN', 3, 'obj'],
      ],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const lyon = { start: ctx.text.indexOf('Lyon'), end: ctx.text.indexOf('Lyon') + 4 };
    ctx.places = [{ name: 'Lyon', mentions: [lyon], evidence: lyon }];
    const at = ctx.text.indexOf('2019');
    ctx.published = dayOf('2026-03-04');
    const year = { text: '2019', precision: 'year', earliest: '2019-01-01', latest: '2019-12-31' } as const;
    ctx.dates = [{ start: at, end: at + 4, text: '2019', date: year, relative: false }];
    expect(readMeetings(ctx)).toEqual([]);
  });

  it('reads one signing told by two signing verbs', () => {
    const signed = (first: string, last: string, verb: string): HandToken[] => [
      [first, 'PROPN', 3, 'nsubj', 'I-PER'],
      [last, 'PROPN', 0, 'flat:name', 'I-PER'],
      ['a', 'AUX', 3, 'aux'],
      [verb, 'VERB', -1, 'root'],
      ['à', 'ADP', 5, 'case'],
      ['Lyon', 'PROPN', 3, 'obl', 'I-LOC'],
      ['un', 'DET', 7, 'det'],
      ['accord', 'NOUN', 3, 'obj'],
    ];
    const ctx = handArticle([signed('Paul', 'Martin', 'signé'), signed('Jean', 'Dupont', 'conclu')]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const lyon = [...ctx.text.matchAll(/Lyon/g)].map((m) => ({ start: m.index, end: m.index + 4 }));
    ctx.places = [{ name: 'Lyon', mentions: lyon, evidence: lyon[0] ?? { start: 0, end: 0 } }];
    expect(readMeetings(ctx).map((m) => [m.sentences, m.participants.map((p) => p.actor)])).toEqual([
      [
        [0, 1],
        [
          { kind: 'person', name: 'Paul Martin' },
          { kind: 'person', name: 'Jean Dupont' },
        ],
      ],
    ]);
  });

  it('bounds the date of a meeting held after a dated one by the month of publication', () => {
    const ctx = handArticle([
      dupontMeetsMartin(['lundi', 'NOUN', 2, 'obl']),
      [
        ['Dupont', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['a', 'AUX', 2, 'aux'],
        ['organisé', 'VERB', -1, 'root'],
        ['une', 'DET', 4, 'det'],
        ['réunion', 'NOUN', 2, 'obj'],
        ['après', 'ADP', 7, 'case'],
        ['sa', 'DET', 7, 'det'],
        ['visite', 'NOUN', 2, 'obl'],
      ],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const start = ctx.text.indexOf('lundi');
    const monday = dayOf('2026-03-30');
    ctx.dates = [{ start, end: start + 5, text: 'lundi', date: monday, relative: true }];
    ctx.published = { text: '2026-04', precision: 'month', earliest: '2026-04-01', latest: '2026-04-30' };
    expect(readMeetings(ctx).map((m) => [m.trigger, m.date?.text])).toEqual([
      ['rencontre', '2026-03-30'],
      ['reunion', '2026-03/2026-04'],
    ]);
  });

  it("gives who meets in their own capital the host's role, and who came from the other country the visitor's", () => {
    const ctx = handContext(
      dupontMeetsMartin(['à', 'ADP', 6, 'case'], ['Paris', 'PROPN', 2, 'obl', 'I-LOC']),
    );
    const paris = { start: ctx.text.indexOf('Paris'), end: ctx.text.indexOf('Paris') + 5 };
    ctx.places = [{ name: 'Paris', mentions: [paris], evidence: paris }];
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
      ...p,
      country: p.name === 'Jean Dupont' ? 'france' : 'spain',
    }));
    const roles = rolesOf(ctx);
    expect(roles).toEqual([['Jean Dupont:received', 'Paul Martin:visited']]);
  });
  /** "Jean Dupont rencontre Paul Martin à <city>", each of the countries the article gives them. */
  const meetingIn = (city: string, dupont: string | null, martin: string | null, more: HandToken[] = []) => {
    const ctx = handContext(
      dupontMeetsMartin(['à', 'ADP', 6, 'case'], [city, 'PROPN', 2, 'obl', 'I-LOC'], ...more),
    );
    placeAll(ctx, city);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
      ...p,
      country: p.name === 'Jean Dupont' ? dupont : p.name === 'Paul Martin' ? martin : 'morocco',
    }));
    return ctx;
  };

  it("gives who is of the country a visitor came to the host's role, whatever the visitor's country", () => {
    // "Jean Dupont s'est rendu à Rabat pour rencontrer Paul Martin", Dupont's country untold.
    const ctx = handContext([
      ['Jean', 'PROPN', 4, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ["s'", 'PRON', 4, 'expl'],
      ['est', 'AUX', 4, 'aux'],
      ['rendu', 'VERB', -1, 'root'],
      ['à', 'ADP', 6, 'case'],
      ['Rabat', 'PROPN', 4, 'obl', 'I-LOC'],
      ['pour', 'ADP', 8, 'mark'],
      ['rencontrer', 'VERB', 4, 'advcl'],
      ['Paul', 'PROPN', 8, 'obj', 'I-PER'],
      ['Martin', 'PROPN', 9, 'flat:name', 'I-PER'],
    ]);
    placeAll(ctx, 'Rabat');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
      ...p,
      country: p.name === 'Paul Martin' ? 'morocco' : null,
    }));
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it('gives the sides of a meeting by the country the curated graph knows of whom the article gives none', () => {
    const ctx = meetingIn('Rabat', null, 'france');
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:attended', 'Paul Martin:attended']]);
    ctx.knownCountries = new Map([['Jean Dupont', 'morocco']]);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:received', 'Paul Martin:visited']]);
  });

  it("gives a European commissioner, of no country, the visitor's side at home of the other", () => {
    const ctx = meetingIn('Rabat', null, 'morocco');
    ctx.people = ctx.people.map((p) =>
      p.name === 'Jean Dupont' ? { ...p, title: 'commissaire européen' } : p,
    );
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it('takes the country the article gives a person over the one the curated graph knows', () => {
    const ctx = meetingIn('Rabat', 'france', 'morocco');
    ctx.knownCountries = new Map([['Jean Dupont', 'morocco']]);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it('gives the sides of a meeting in a city that is no capital by the country it lies in', () => {
    expect(rolesOf(meetingIn('Tanger', 'france', 'morocco'))).toEqual([
      ['Jean Dupont:visited', 'Paul Martin:received'],
    ]);
  });

  it('leaves who is there "en présence de" attending, whichever side they are of', () => {
    const ctx = meetingIn('Rabat', 'france', 'morocco', [
      ['en', 'ADP', 9, 'case'],
      ['présence', 'NOUN', 2, 'obl'],
      ['de', 'ADP', 11, 'case'],
      ['Marc', 'PROPN', 9, 'nmod', 'I-PER'],
      ['Petit', 'PROPN', 11, 'flat:name', 'I-PER'],
    ]);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received', 'Marc Petit:attended']]);
  });

  it("gives a counterpart's side the visitor's role at home of the other, whose country is not told", () => {
    const ctx = handContext(
      dupontMeetsMartin(['à', 'ADP', 6, 'case'], ['Madrid', 'PROPN', 2, 'obl', 'I-LOC']),
    );
    const madrid = { start: ctx.text.indexOf('Madrid'), end: ctx.text.indexOf('Madrid') + 6 };
    ctx.places = [{ name: 'Madrid', mentions: [madrid], evidence: madrid }];
    // As if Martin were told "son homologue espagnol": only his country is told.
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
      ...p,
      country: p.name === 'Paul Martin' ? 'spain' : null,
      counterpart: p.name === 'Paul Martin',
    }));
    const roles = rolesOf(ctx);
    expect(roles).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
  });

  it("gives the co-chair role to a second name the marker's preposition introduces again after a long title", () => {
    // "La réunion, coprésidée par Jean Dupont, <a long title>, et par Paul Martin, a eu lieu à Lille"
    const title =
      'préfet délégué pour la défense et la sécurité auprès du préfet de la zone de défense Nord et de la région'
        .split(' ')
        .map((text): HandToken => [text, 'NOUN', 5, 'dep']);
    const ctx = handContext([
      ['La', 'DET', 1, 'det'],
      ['réunion', 'NOUN', 5 + title.length + 10, 'nsubj'],
      [',', 'PUNCT', 3, 'punct'],
      ['coprésidée', 'VERB', 1, 'acl'],
      ['par', 'ADP', 5, 'case'],
      ['Jean', 'PROPN', 3, 'obl:agent', 'I-PER'],
      ['Dupont', 'PROPN', 5, 'flat:name', 'I-PER'],
      ...title,
      [',', 'PUNCT', 5, 'punct'],
      ['et', 'CCONJ', 5 + title.length + 5, 'cc'],
      ['par', 'ADP', 5 + title.length + 5, 'case'],
      ['Paul', 'PROPN', 5, 'conj', 'I-PER'],
      ['Martin', 'PROPN', 5 + title.length + 5, 'flat:name', 'I-PER'],
      [',', 'PUNCT', 5, 'punct'],
      ['a', 'AUX', 5 + title.length + 10, 'aux'],
      ['eu', 'VERB', -1, 'root'],
      ['lieu', 'NOUN', 5 + title.length + 10, 'obj'],
      ['à', 'ADP', 5 + title.length + 13, 'case'],
      ['Lille', 'PROPN', 5 + title.length + 10, 'obl', 'I-LOC'],
    ]);
    placeAll(ctx, 'Lille');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const roles = rolesOf(ctx);
    expect(roles).toEqual([['Jean Dupont:co-chaired', 'Paul Martin:co-chaired']]);
  });

  it('takes the countries a marker makes co-chairs as participants, not a country of a title', () => {
    // "La réunion, coprésidée par le Sénégal et la France, a eu lieu à Dakar"
    const chairs = handContext([
      ['La', 'DET', 1, 'det'],
      ['réunion', 'NOUN', 12, 'nsubj'],
      [',', 'PUNCT', 3, 'punct'],
      ['coprésidée', 'VERB', 1, 'acl'],
      ['par', 'ADP', 6, 'case'],
      ['le', 'DET', 6, 'det'],
      ['Sénégal', 'PROPN', 3, 'obl:agent', 'I-LOC'],
      ['et', 'CCONJ', 9, 'cc'],
      ['la', 'DET', 9, 'det'],
      ['France', 'PROPN', 6, 'conj', 'I-LOC'],
      [',', 'PUNCT', 3, 'punct'],
      ['a', 'AUX', 12, 'aux'],
      ['eu', 'VERB', -1, 'root'],
      ['lieu', 'NOUN', 12, 'obj'],
      ['à', 'ADP', 15, 'case'],
      ['Dakar', 'PROPN', 12, 'obl', 'I-LOC'],
    ]);
    placeAll(chairs, 'Dakar');
    expect(readMeetings(chairs).map((m) => m.participants.map((p) => [p.actor, p.role]))).toEqual([
      [
        [{ kind: 'country', id: 'senegal' }, 'co-chaired'],
        [{ kind: 'country', id: 'france' }, 'co-chaired'],
      ],
    ]);
    // "La réunion, coprésidée par Jean Dupont, directeur en France, a eu lieu à Dakar"
    const titled = handContext([
      ['La', 'DET', 1, 'det'],
      ['réunion', 'NOUN', 13, 'nsubj'],
      [',', 'PUNCT', 3, 'punct'],
      ['coprésidée', 'VERB', 1, 'acl'],
      ['par', 'ADP', 5, 'case'],
      ['Jean', 'PROPN', 3, 'obl:agent', 'I-PER'],
      ['Dupont', 'PROPN', 5, 'flat:name', 'I-PER'],
      [',', 'PUNCT', 8, 'punct'],
      ['directeur', 'NOUN', 5, 'appos'],
      ['en', 'ADP', 10, 'case'],
      ['France', 'PROPN', 8, 'nmod', 'I-LOC'],
      [',', 'PUNCT', 3, 'punct'],
      ['a', 'AUX', 13, 'aux'],
      ['eu', 'VERB', -1, 'root'],
      ['lieu', 'NOUN', 13, 'obj'],
      ['à', 'ADP', 16, 'case'],
      ['Dakar', 'PROPN', 13, 'obl', 'I-LOC'],
    ]);
    placeAll(titled, 'Dakar');
    titled.people = readPeople(titled.sentences, titled.text, titled.lexicon);
    expect(readMeetings(titled).map((m) => m.participants.map((p) => [p.actor, p.role]))).toEqual([
      [[{ kind: 'person', name: 'Jean Dupont' }, 'co-chaired']],
    ]);
  });

  it("gives who is of another country than the one visited the visitor's role when no words name the visitor", () => {
    // "Sa visite à Rabat réunit Jean Dupont et Paul Martin": "sa" does not say whose.
    const ctx = handContext([
      ['Sa', 'DET', 1, 'det'],
      ['visite', 'NOUN', 4, 'nsubj'],
      ['à', 'ADP', 3, 'case'],
      ['Rabat', 'PROPN', 1, 'nmod', 'I-LOC'],
      ['réunit', 'VERB', -1, 'root'],
      ['Jean', 'PROPN', 4, 'obj', 'I-PER'],
      ['Dupont', 'PROPN', 5, 'flat:name', 'I-PER'],
      ['et', 'CCONJ', 8, 'cc'],
      ['Paul', 'PROPN', 5, 'conj', 'I-PER'],
      ['Martin', 'PROPN', 8, 'flat:name', 'I-PER'],
    ]);
    placeAll(ctx, 'Rabat');
    const countries = (dupont: string | null) =>
      readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({
        ...p,
        country: p.name === 'Jean Dupont' ? dupont : 'morocco',
      }));
    ctx.people = countries('france');
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
    // Whose country the article does not give is no visitor.
    ctx.people = countries(null);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:attended', 'Paul Martin:attended']]);
  });

  it("gives who came to meet the others the visitor's role", () => {
    const roles = (tokens: HandToken[]) => {
      const ctx = handContext(tokens);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      return rolesOf(ctx);
    };
    // "Jean Dupont est venu rencontrer Paul Martin"
    expect(
      roles([
        ['Jean', 'PROPN', 3, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['est', 'AUX', 3, 'aux'],
        ['venu', 'VERB', -1, 'root'],
        ['rencontrer', 'VERB', 3, 'xcomp'],
        ['Paul', 'PROPN', 4, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 5, 'flat:name', 'I-PER'],
      ]),
    ).toEqual([['Jean Dupont:visited', 'Paul Martin:attended']]);
    // "Le préfet, Jean Dupont, venu rencontrer Paul Martin"
    expect(
      roles([
        ['Le', 'DET', 1, 'det'],
        ['préfet', 'NOUN', -1, 'root'],
        [',', 'PUNCT', 3, 'punct'],
        ['Jean', 'PROPN', 1, 'appos', 'I-PER'],
        ['Dupont', 'PROPN', 3, 'flat:name', 'I-PER'],
        [',', 'PUNCT', 3, 'punct'],
        ['venu', 'VERB', 3, 'acl'],
        ['rencontrer', 'VERB', 6, 'xcomp'],
        ['Paul', 'PROPN', 7, 'obj', 'I-PER'],
        ['Martin', 'PROPN', 8, 'flat:name', 'I-PER'],
      ]),
    ).toEqual([['Jean Dupont:visited', 'Paul Martin:attended']]);
  });

  it('reads the clause a relative clause with a meeting hangs its participant on as a meeting of its own', () => {
    const ctx = handContext(receivedThenGoes);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    // The minister the article names elsewhere: the one "Le ministre" stands for.
    const elsewhere = { start: ctx.text.length + 1, end: ctx.text.length + 12 };
    ctx.people.push({
      name: 'Jean Dupont',
      title: 'ministre',
      country: null,
      mentions: [elsewhere],
      evidence: elsewhere,
      counterpart: false,
    });
    placeAll(ctx, 'Lyon');
    dateAt(ctx, 'jeudi', dayOf('2026-03-05'));
    dateAt(ctx, 'vendredi', dayOf('2026-03-06'));
    expect(readMeetings(ctx).map((m) => [m.trigger, m.date?.text ?? null, m.place])).toEqual([
      ['recu', '2026-03-05', null],
      ['rendre', '2026-03-06', { name: 'Lyon' }],
    ]);
    // "qui" is the minister, who was received; who goes is the subject "doit" shares with "se
    // rendre", not who received him before.
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:visited', 'Paul Martin:received'], ['Jean Dupont:visited']]);
  });

  it('reads a signing the next sentence tells of the meeting before, by its participants, as that meeting', () => {
    // "Jean Dupont rencontre Paul Martin à Lyon. <subject> a signé un accord [à <place>]."
    const signing = (subject: HandToken[], where: string[] = []): HandToken[] => {
      const verb = subject.length + 1;
      return [
        ...subject,
        ['a', 'AUX', verb, 'aux'],
        ['signé', 'VERB', -1, 'root'],
        ['un', 'DET', verb + 2, 'det'],
        ['accord', 'NOUN', verb, 'obj'],
        ...where.flatMap((place): HandToken[] => [
          ['à', 'ADP', verb + 4, 'case'],
          [place, 'PROPN', verb, 'obl', 'I-LOC'],
        ]),
      ];
    };
    const read = (second: HandToken[]) => {
      const ctx = handArticle([
        dupontMeetsMartin(['à', 'ADP', 6, 'case'], ['Lyon', 'PROPN', 2, 'obl', 'I-LOC']),
        second,
      ]);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      placeAll(ctx, 'Lyon', 'Paris');
      return readMeetings(ctx).map((m) => [m.sentences, m.place]);
    };
    const bothMinisters: HandToken[] = [
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['ministres', 'NOUN', 4, 'nsubj'],
    ];
    const dupont: HandToken[] = [
      ['Jean', 'PROPN', 3, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
    ];
    expect(read(signing(bothMinisters))).toEqual([[[0, 1], { name: 'Lyon' }]]);
    expect(read(signing(dupont))).toEqual([[[0, 1], { name: 'Lyon' }]]);
    // A signing elsewhere is a meeting of its own.
    expect(read(signing(dupont, ['Paris']))).toEqual([
      [[0], { name: 'Lyon' }],
      [[1], { name: 'Paris' }],
    ]);
  });

  it("takes the visitor of a visit another meeting is held during as the visit's, paid to the other country", () => {
    // "Les discussions entre la France et le Maroc pendant la visite de Jean Dupont."
    const ctx = handContext([
      ...betweenFranceAndMorocco('discussions', -1),
      ['pendant', 'ADP', 10, 'case'],
      ['la', 'DET', 10, 'det'],
      ['visite', 'NOUN', 1, 'nmod'],
      ['de', 'ADP', 12, 'case'],
      ['Jean', 'PROPN', 10, 'nmod', 'I-PER'],
      ['Dupont', 'PROPN', 12, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p) => ({ ...p, country: 'france' }));
    expect(
      readMeetings(ctx).map((m) => [
        m.trigger,
        m.participants.map((p) => `${p.actor.kind === 'person' ? p.actor.name : ''}:${p.role}`),
        m.place,
      ]),
    ).toEqual([
      ['discussions', [':attended', ':attended'], null],
      ['visite', ['Jean Dupont:visited'], { country: 'morocco' }],
    ]);
  });

  it('takes the people of a later undated meeting at the place of a visit told with no one as its visitors', () => {
    // "Une visite au Maroc. Jean Dupont quitte le sommet au <country>."
    const article = (country: string) => {
      const ctx = handArticle([
        [
          ['Une', 'DET', 1, 'det'],
          ['visite', 'NOUN', -1, 'root'],
          ['au', 'ADP', 3, 'case'],
          ['Maroc', 'PROPN', 1, 'nmod', 'I-LOC'],
        ],
        [
          ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
          ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
          ['quitte', 'VERB', -1, 'root'],
          ['le', 'DET', 4, 'det'],
          ['sommet', 'NOUN', 2, 'obj'],
          ['au', 'ADP', 6, 'case'],
          [country, 'PROPN', 4, 'nmod', 'I-LOC'],
        ],
      ]);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      return ctx;
    };
    const atMorocco = article('Maroc');
    expect(readMeetings(atMorocco).map((m) => [m.trigger, m.sentences])).toEqual([['visite', [0, 1]]]);
    expect(rolesOf(atMorocco)).toEqual([['Jean Dupont:visited']]);
    // A meeting elsewhere is another one.
    expect(readMeetings(article('Portugal')).map((m) => [m.trigger, m.sentences])).toEqual([
      ['visite', [0]],
      ['sommet', [1]],
    ]);
  });

  it("gives who meets someone in the days of their visit, nowhere else, the visitor's role, and whom they meet the host's", () => {
    // "Paul Martin a reçu Jean Dupont à Rabat. Jean Dupont rencontre Pierre Durand [à Lyon]."
    const read = (where: HandToken[]) => {
      const ctx = handArticle([
        [
          ['Paul', 'PROPN', 3, 'nsubj', 'I-PER'],
          ['Martin', 'PROPN', 0, 'flat:name', 'I-PER'],
          ['a', 'AUX', 3, 'aux'],
          ['reçu', 'VERB', -1, 'root'],
          ['Jean', 'PROPN', 3, 'obj', 'I-PER'],
          ['Dupont', 'PROPN', 4, 'flat:name', 'I-PER'],
          ['à', 'ADP', 7, 'case'],
          ['Rabat', 'PROPN', 3, 'obl', 'I-LOC'],
        ],
        [
          ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
          ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
          ['rencontre', 'VERB', -1, 'root'],
          ['Pierre', 'PROPN', 2, 'obj', 'I-PER'],
          ['Durand', 'PROPN', 3, 'flat:name', 'I-PER'],
          ...where,
        ],
      ]);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      placeAll(ctx, 'Rabat', 'Lyon');
      return rolesOf(ctx);
    };
    expect(read([])).toEqual([
      ['Paul Martin:received', 'Jean Dupont:visited'],
      ['Jean Dupont:visited', 'Pierre Durand:received'],
    ]);
    expect(
      read([
        ['à', 'ADP', 6, 'case'],
        ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'],
      ])[1],
    ).toEqual(['Jean Dupont:attended', 'Pierre Durand:attended']);
  });

  it('reads a bare definite meeting that frames its sentence as the meeting before, not dated by it', () => {
    // "Jean Dupont reçoit Paul Martin à Lille. Lors de la réunion, Pierre Durand a présenté les chiffres de 2025."
    const ctx = handArticle([
      dupontMeetsMartin(['à', 'ADP', 6, 'case'], ['Lille', 'PROPN', 2, 'obl', 'I-LOC']),
      [
        ['Lors', 'ADP', 3, 'case'],
        ['de', 'ADP', 0, 'fixed'],
        ['la', 'DET', 3, 'det'],
        ['réunion', 'NOUN', 8, 'obl'],
        [',', 'PUNCT', 3, 'punct'],
        ['Pierre', 'PROPN', 8, 'nsubj', 'I-PER'],
        ['Durand', 'PROPN', 5, 'flat:name', 'I-PER'],
        ['a', 'AUX', 8, 'aux'],
        ['présenté', 'VERB', -1, 'root'],
        ['les', 'DET', 10, 'det'],
        ['chiffres', 'NOUN', 8, 'obj'],
        ['de', 'ADP', 12, 'case'],
        ['2025', 'NUM', 10, 'nmod'],
      ],
    ]);
    placeAll(ctx, 'Lille');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    const start = ctx.text.indexOf('2025');
    ctx.dates.push({
      start,
      end: start + 4,
      text: '2025',
      date: { text: '2025', precision: 'year', earliest: '2025-01-01', latest: '2025-12-31' },
      relative: false,
    });
    const [meeting, ...more] = readMeetings(ctx);
    expect(more).toEqual([]);
    expect(meeting?.date).toBeNull();
    expect(meeting?.participants.map((p) => p.actor.kind === 'person' && p.actor.name)).toEqual([
      'Jean Dupont',
      'Paul Martin',
      'Pierre Durand',
    ]);
  });

  it('reads a meeting others agreed to hold as planned, named and dated with no place', () => {
    // "Les deux parties ont convenu d'organiser une réunion en 2027."
    const ctx = handContext([
      ['Les', 'DET', 2, 'det'],
      ['deux', 'NUM', 2, 'nummod'],
      ['parties', 'NOUN', 4, 'nsubj'],
      ['ont', 'AUX', 4, 'aux'],
      ['convenu', 'VERB', -1, 'root'],
      ["d'", 'ADP', 6, 'mark'],
      ['organiser', 'VERB', 4, 'xcomp'],
      ['une', 'DET', 8, 'det'],
      ['réunion', 'NOUN', 6, 'obj'],
      ['en', 'ADP', 10, 'case'],
      ['2027', 'NUM', 6, 'obl'],
    ]);
    const start = ctx.text.indexOf('2027');
    ctx.dates.push({
      start,
      end: start + 4,
      text: '2027',
      date: { text: '2027', precision: 'year', earliest: '2027-01-01', latest: '2027-12-31' },
      relative: false,
    });
    expect(readMeetings(ctx).map((m) => [m.status, m.date?.text])).toEqual([['planned', '2027']]);
  });

  it('reads the opening session of a meeting told before as that meeting', () => {
    // "La conférence s'est tenue à Lille. La séance d'ouverture de la conférence a réuni Pierre Durand et Paul Martin."
    const ctx = handArticle([
      [
        ['La', 'DET', 1, 'det'],
        ['conférence', 'NOUN', 3, 'nsubj'],
        ["s'est", 'AUX', 3, 'aux'],
        ['tenue', 'VERB', -1, 'root'],
        ['à', 'ADP', 5, 'case'],
        ['Lille', 'PROPN', 3, 'obl', 'I-LOC'],
      ],
      [
        ['La', 'DET', 1, 'det'],
        ['séance', 'NOUN', 8, 'nsubj'],
        ["d'", 'ADP', 3, 'case'],
        ['ouverture', 'NOUN', 1, 'nmod'],
        ['de', 'ADP', 6, 'case'],
        ['la', 'DET', 6, 'det'],
        ['conférence', 'NOUN', 1, 'nmod'],
        ['a', 'AUX', 8, 'aux'],
        ['réuni', 'VERB', -1, 'root'],
        ['Pierre', 'PROPN', 8, 'obj', 'I-PER'],
        ['Durand', 'PROPN', 9, 'flat:name', 'I-PER'],
        ['et', 'CCONJ', 12, 'cc'],
        ['Paul', 'PROPN', 9, 'conj', 'I-PER'],
        ['Martin', 'PROPN', 12, 'flat:name', 'I-PER'],
      ],
    ]);
    placeAll(ctx, 'Lille');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx).map((m) => [m.trigger, m.sentences])).toEqual([['conference', [0, 1]]]);
  });

  it('reads no meeting in a verb of receiving whose object is a thing', () => {
    const read = (tokens: HandToken[]) => {
      const ctx = handContext(tokens);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      placeAll(ctx, 'Lyon');
      return readMeetings(ctx).map((m) => m.trigger);
    };
    // "Jean Dupont reçoit le ministre à Lyon.", then "Jean Dupont reçoit une aide à Lyon."
    const receives = (det: string, noun: string): HandToken[] => [
      ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['reçoit', 'VERB', -1, 'root'],
      [det, 'DET', 4, 'det'],
      [noun, 'NOUN', 2, 'obj'],
      ['à', 'ADP', 6, 'case'],
      ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'],
    ];
    expect(read(receives('le', 'ministre'))).toEqual(['recoit']);
    expect(read(receives('une', 'aide'))).toEqual([]);
  });

  it('reads no trip in a verb of going that says neither where nor whom', () => {
    const read = (...more: HandToken[]) => {
      // "Jean Dupont travels ( to Lyon ) with Paul Martin"
      const ctx = inLanguage(
        handContext([
          ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
          ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
          ['travels', 'VERB', -1, 'root'],
          ...more,
          ['Paul', 'PROPN', 2, 'conj', 'I-PER'],
          ['Martin', 'PROPN', 3 + more.length, 'flat:name', 'I-PER'],
        ]),
        'en',
      );
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      placeAll(ctx, 'Lyon');
      return readMeetings(ctx).map((m) => m.trigger);
    };
    expect(read(['to', 'ADP', 4, 'case'], ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'])).toEqual(['travels']);
    expect(read()).toEqual([]);
  });

  it("gives the name in apposition to a joined subject the subject's role", () => {
    // "Jean Dupont et son homologue , Paul Martin , ont coprésidé la réunion à Lyon ."
    const ctx = handContext([
      ['Jean', 'PROPN', 9, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['et', 'CCONJ', 4, 'cc'],
      ['son', 'DET', 4, 'det'],
      ['homologue', 'NOUN', 0, 'conj'],
      [',', 'PUNCT', 6, 'punct'],
      ['Paul', 'PROPN', 4, 'appos', 'I-PER'],
      ['Martin', 'PROPN', 6, 'flat:name', 'I-PER'],
      ['ont', 'AUX', 9, 'aux'],
      ['coprésidé', 'VERB', -1, 'root'],
      ['la', 'DET', 11, 'det'],
      ['réunion', 'NOUN', 9, 'obj'],
      ['à', 'ADP', 13, 'case'],
      ['Lyon', 'PROPN', 9, 'obl', 'I-LOC'],
    ]);
    placeAll(ctx, 'Lyon');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([['Jean Dupont:co-chaired', 'Paul Martin:co-chaired']]);
  });

  it('reads no meeting in an interview given to the press', () => {
    // "Dans un entretien accordé à La Gazette , Jean Dupont a salué Paul Martin à Lyon ."
    const ctx = handContext([
      ['Dans', 'ADP', 2, 'case'],
      ['un', 'DET', 2, 'det'],
      ['entretien', 'NOUN', 10, 'obl'],
      ['accordé', 'VERB', 2, 'acl'],
      ['à', 'ADP', 6, 'case'],
      ['La', 'DET', 6, 'det'],
      ['Gazette', 'PROPN', 3, 'obl'],
      [',', 'PUNCT', 2, 'punct'],
      ['Jean', 'PROPN', 10, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 8, 'flat:name', 'I-PER'],
      ['salué', 'VERB', -1, 'root'],
      ['Paul', 'PROPN', 10, 'obj', 'I-PER'],
      ['Martin', 'PROPN', 11, 'flat:name', 'I-PER'],
      ['à', 'ADP', 14, 'case'],
      ['Lyon', 'PROPN', 10, 'obl', 'I-LOC'],
    ]);
    placeAll(ctx, 'Lyon');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx)).toEqual([]);
  });

  it('reads the previous session as another meeting than the next one told before', () => {
    // "La prochaine session se tiendra à Lyon. La précédente session avait réuni Jean Dupont et Paul Martin."
    const ctx = handArticle([
      [
        ['La', 'DET', 2, 'det'],
        ['prochaine', 'ADJ', 2, 'amod'],
        ['session', 'NOUN', 4, 'nsubj'],
        ['se', 'PRON', 4, 'expl'],
        ['tiendra', 'VERB', -1, 'root'],
        ['à', 'ADP', 6, 'case'],
        ['Lyon', 'PROPN', 4, 'obl', 'I-LOC'],
      ],
      [
        ['La', 'DET', 2, 'det'],
        ['précédente', 'ADJ', 2, 'amod'],
        ['session', 'NOUN', 4, 'nsubj'],
        ['avait', 'AUX', 4, 'aux'],
        ['réuni', 'VERB', -1, 'root'],
        ['Jean', 'PROPN', 4, 'obj', 'I-PER'],
        ['Dupont', 'PROPN', 5, 'flat:name', 'I-PER'],
        ['et', 'CCONJ', 8, 'cc'],
        ['Paul', 'PROPN', 5, 'conj', 'I-PER'],
        ['Martin', 'PROPN', 8, 'flat:name', 'I-PER'],
      ],
    ]);
    placeAll(ctx, 'Lyon');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx).map((m) => [m.status, m.sentences])).toEqual([
      ['planned', [0]],
      ['held', [1]],
    ]);
  });

  it('reads no signing in what two agreed to do', () => {
    // "Jean Dupont and Paul Martin agreed in Lyon to launch patrols."
    const ctx = inLanguage(
      handContext([
        ['Jean', 'PROPN', 5, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['and', 'CCONJ', 3, 'cc'],
        ['Paul', 'PROPN', 0, 'conj', 'I-PER'],
        ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
        ['agreed', 'VERB', -1, 'root'],
        ['in', 'ADP', 7, 'case'],
        ['Lyon', 'PROPN', 5, 'obl', 'I-LOC'],
        ['to', 'PART', 9, 'mark'],
        ['launch', 'VERB', 5, 'xcomp'],
        ['patrols', 'NOUN', 9, 'obj'],
      ]),
      'en',
    );
    placeAll(ctx, 'Lyon');
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(readMeetings(ctx)).toEqual([]);
  });

  it('reads no signing in a signing verb whose object is counted in figures', () => {
    // "Jean Dupont et Paul Martin ont conclu 300 contrats à Lyon."
    const ctx = handContext([
      ['Jean', 'PROPN', 6, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ['et', 'CCONJ', 3, 'cc'],
      ['Paul', 'PROPN', 0, 'conj', 'I-PER'],
      ['Martin', 'PROPN', 3, 'flat:name', 'I-PER'],
      ['ont', 'AUX', 6, 'aux'],
      ['conclu', 'VERB', -1, 'root'],
      ['300', 'NUM', 8, 'nummod'],
      ['contrats', 'NOUN', 6, 'obj'],
      ['à', 'ADP', 10, 'case'],
      ['Lyon', 'PROPN', 6, 'obl', 'I-LOC'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    placeAll(ctx, 'Lyon');
    expect(readMeetings(ctx)).toEqual([]);
  });

  it('reads no meeting in a meeting verb whose object is counted in figures', () => {
    const lyon: HandToken[] = [
      ['à', 'ADP', 6, 'case'],
      ['Lyon', 'PROPN', 2, 'obl', 'I-LOC'],
    ];
    const read = (tokens: HandToken[]) => {
      const ctx = handContext(tokens);
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
      placeAll(ctx, 'Lyon');
      return readMeetings(ctx).map((m) => m.trigger);
    };
    expect(read(dupontMeets('accueille', ...lyon))).toEqual(['accueille']);
    // "Jean Dupont accueille 500 migrants à Lyon."
    expect(
      read([
        ['Jean', 'PROPN', 2, 'nsubj', 'I-PER'],
        ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
        ['accueille', 'VERB', -1, 'root'],
        ['500', 'NUM', 4, 'nummod'],
        ['migrants', 'NOUN', 2, 'obj'],
        ...lyon,
      ]),
    ).toEqual([]);
  });

  it('takes who a sentence right after a meeting says led a delegation as its leader there', () => {
    // "Jean Dupont rencontre Paul Martin. La délégation était conduite par Pierre Durand."
    const ctx = handArticle([
      dupontMeetsMartin(),
      [
        ['La', 'DET', 1, 'det'],
        ['délégation', 'NOUN', 3, 'nsubj:pass'],
        ['était', 'AUX', 3, 'aux:pass'],
        ['conduite', 'VERB', -1, 'root'],
        ['par', 'ADP', 5, 'case'],
        ['Pierre', 'PROPN', 3, 'obl:agent', 'I-PER'],
        ['Durand', 'PROPN', 5, 'flat:name', 'I-PER'],
      ],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    expect(rolesOf(ctx)).toEqual([
      ['Jean Dupont:attended', 'Paul Martin:attended', 'Pierre Durand:led-delegation'],
    ]);
  });

  it("gives the two who sign at home of one of them the host's and visitor's roles, and a team of signatories none", () => {
    // "Jean Dupont et Paul Martin [et Pierre Durand] ont signé un accord à Rabat."
    const signed = (names: Array<[string, string]>) => {
      const verb = names.length * 3;
      const tokens: HandToken[] = names.flatMap(([first, last], k): HandToken[] => [
        ...(k > 0 ? [['et', 'CCONJ', k * 3 + 1, 'cc'] as HandToken] : []),
        [first, 'PROPN', k === 0 ? verb : 0, k === 0 ? 'nsubj' : 'conj', 'I-PER'],
        [last, 'PROPN', k === 0 ? 0 : k * 3 + 1, 'flat:name', 'I-PER'],
      ]);
      const ctx = handContext([
        ...tokens,
        ['ont', 'AUX', verb, 'aux'],
        ['signé', 'VERB', -1, 'root'],
        ['un', 'DET', verb + 2, 'det'],
        ['accord', 'NOUN', verb, 'obj'],
        ['à', 'ADP', verb + 4, 'case'],
        ['Rabat', 'PROPN', verb, 'obl', 'I-LOC'],
      ]);
      const countries = ['france', 'morocco', 'morocco'];
      ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon).map((p, k) => ({
        ...p,
        country: countries[k] ?? null,
      }));
      placeAll(ctx, 'Rabat');
      return rolesOf(ctx);
    };
    expect(
      signed([
        ['Jean', 'Dupont'],
        ['Paul', 'Martin'],
      ]),
    ).toEqual([['Jean Dupont:visited', 'Paul Martin:received']]);
    expect(
      signed([
        ['Jean', 'Dupont'],
        ['Paul', 'Martin'],
        ['Pierre', 'Durand'],
      ]),
    ).toEqual([['Jean Dupont:attended', 'Paul Martin:attended', 'Pierre Durand:attended']]);
  });

  it('reads what happened at the place of a trip as the same meeting', () => {
    // "Jean Dupont s'est rendu lundi à Lyon, où il a été reçu par Paul Martin."
    const ctx = handContext([
      ['Jean', 'PROPN', 4, 'nsubj', 'I-PER'],
      ['Dupont', 'PROPN', 0, 'flat:name', 'I-PER'],
      ["s'", 'PRON', 4, 'expl'],
      ['est', 'AUX', 4, 'aux'],
      ['rendu', 'VERB', -1, 'root'],
      ['lundi', 'NOUN', 4, 'obl'],
      ['à', 'ADP', 7, 'case'],
      ['Lyon', 'PROPN', 4, 'obl', 'I-LOC'],
      [',', 'PUNCT', 13, 'punct'],
      ['où', 'PRON', 13, 'obl'],
      ['il', 'PRON', 13, 'nsubj:pass'],
      ['a', 'AUX', 13, 'aux'],
      ['été', 'AUX', 13, 'aux:pass'],
      ['reçu', 'VERB', 7, 'acl:relcl'],
      ['par', 'ADP', 15, 'case'],
      ['Paul', 'PROPN', 13, 'obl:agent', 'I-PER'],
      ['Martin', 'PROPN', 15, 'flat:name', 'I-PER'],
    ]);
    ctx.people = readPeople(ctx.sentences, ctx.text, ctx.lexicon);
    placeAll(ctx, 'Lyon');
    dateAt(ctx, 'lundi', dayOf('2026-03-02'));
    expect(readMeetings(ctx).map((m) => [m.trigger, m.date?.text ?? null, m.place])).toEqual([
      ['rendu', '2026-03-02', { name: 'Lyon' }],
    ]);
  });
});
