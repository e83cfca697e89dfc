import { describe, expect, it } from 'vitest';
import type { ActorRef, ArticleContext } from './context.js';
import { handContext } from './parsed-sentence.fixture.js';
import { withStates } from './state-makers.js';

const passage = { start: 0, end: 0 };
const person = (name: string, title: string | null, country: string | null) => ({
  name,
  title,
  country,
  mentions: [passage],
  evidence: passage,
  counterpart: false,
});

/** A context whose people are given: "Le ministre portugais Jean Dupont s'est engagé à ouvrir". */
function withPeople(...people: ReturnType<typeof person>[]): ArticleContext {
  return { ...handContext([['Bonjour', 'INTJ', -1, 'root']]), people };
}

describe('withStates', () => {
  it("adds a minister's country beside the minister", () => {
    const ctx = withPeople(person('Jean Dupont', 'ministre portugais', 'portugal'));
    expect(withStates(ctx, [{ kind: 'person', name: 'Jean Dupont' }])).toEqual([
      { kind: 'person', name: 'Jean Dupont' },
      { kind: 'country', id: 'portugal' },
    ]);
  });

  it('adds the country the curated graph knows when the article gives none', () => {
    const ctx = {
      ...withPeople(person('Ana Ruiz', null, null)),
      knownCountries: new Map([['Ana Ruiz', 'spain']]),
    };
    expect(withStates(ctx, [{ kind: 'person', name: 'Ana Ruiz' }])).toContainEqual({
      kind: 'country',
      id: 'spain',
    });
  });

  it('adds nothing for a person whose country is unknown', () => {
    const ctx = withPeople(person('Paul Martin', 'porte-parole', null));
    expect(withStates(ctx, [{ kind: 'person', name: 'Paul Martin' }])).toEqual([
      { kind: 'person', name: 'Paul Martin' },
    ]);
  });

  it('adds no state for an official of the EU or of an international organization', () => {
    const ctx = {
      ...withPeople(
        person('Hans Berg', 'commissaire européen aux Affaires intérieures', null),
        person('Lea Moro', 'directrice générale de l’OIM', null),
      ),
      knownCountries: new Map([
        ['Hans Berg', 'germany'],
        ['Lea Moro', 'italy'],
      ]),
    };
    const makers: ActorRef[] = [
      { kind: 'person', name: 'Hans Berg' },
      { kind: 'person', name: 'Lea Moro' },
    ];
    expect(withStates(ctx, makers)).toEqual(makers);
  });

  it('adds a country once, for two ministers of it or a country already a maker', () => {
    const ctx = withPeople(
      person('Jean Dupont', 'ministre', 'france'),
      person('Marie Roy', 'ministre', 'france'),
    );
    const makers: ActorRef[] = [
      { kind: 'person', name: 'Jean Dupont' },
      { kind: 'person', name: 'Marie Roy' },
    ];
    expect(withStates(ctx, makers).filter((m) => m.kind === 'country')).toEqual([
      { kind: 'country', id: 'france' },
    ]);
  });
});
