import { describe, expect, it } from 'vitest';
import { findPeople } from './people.js';
import { sentence } from './sentence.fixture.js';

const people = (text: string) =>
  findPeople(sentence(text)).map((p) => [
    p.name,
    p.title,
    p.organization,
    text.slice(p.phraseStart, p.phraseEnd),
  ]);

describe('findPeople', () => {
  it('finds a name after its title, and gives the title as written', () => {
    expect(
      people(
        'Le texte a été signé par le ministre de l’Équipement, Karim Tazi, et son homologue Nadia Berrada.',
      ),
    ).toEqual([
      ['Karim Tazi', 'ministre de l’Équipement', null, 'ministre de l’Équipement, Karim Tazi'],
      ['Nadia Berrada', 'homologue', null, 'homologue Nadia Berrada'],
    ]);
  });

  it('finds a name before its title, and splits the organization off the title', () => {
    expect(
      people(
        'La délégation, conduite par Youssef Alami, secrétaire général au ministère de la Mer, est arrivée.',
      ),
    ).toEqual([
      [
        'Youssef Alami',
        'secrétaire général',
        'ministère de la Mer',
        'Youssef Alami, secrétaire général au ministère de la Mer',
      ],
    ]);
  });

  it('keeps the words of a title such as "à Madrid", and stops a title where the sentence goes on', () => {
    expect(people('Il a reçu Lucia Ortega, ambassadrice du Royaume à Madrid.')).toEqual([
      [
        'Lucia Ortega',
        'ambassadrice du Royaume à Madrid',
        null,
        'Lucia Ortega, ambassadrice du Royaume à Madrid',
      ],
    ]);
    expect(
      people('Selon Lucia Ortega, directrice du port qui a ouvert la séance, tout est prêt.')[0]?.[1],
    ).toBe('directrice du port');
  });

  it('finds a name after an honorific or before a reporting verb, and a regnal name after a title', () => {
    expect(people('M. Karim Tazi a salué la décision. Nadia Berrada a souligné les enjeux.')).toEqual([
      ['Karim Tazi', null, null, 'Karim Tazi'],
      ['Nadia Berrada', null, null, 'Nadia Berrada'],
    ]);
    expect(
      people('Le message du Président de la République Jean Dufour et de Sa Majesté le Roi Hassan II.'),
    ).toEqual([
      ['Jean Dufour', 'Président de la République', null, 'Président de la République Jean Dufour'],
      ['Hassan II', 'Roi', null, 'Roi Hassan II'],
    ]);
  });

  it('leaves out capitalized words that no title or verb shows to be a person, and names of bodies', () => {
    expect(
      people(
        'Le Groupe Portuaire Mixte a souligné le rôle de la Méditerranée Occidentale et des Nations Unies, selon Karim Tazi.',
      ),
    ).toEqual([]);
  });

  it('gives offsets in the article', () => {
    const [person] = findPeople(sentence('M. Karim Tazi a salué la décision.', 100));
    expect([person?.start, person?.end]).toEqual([103, 113]);
  });
});
