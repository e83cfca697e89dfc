import { foldText } from '@diplograph/schema';
import { describe, expect, it } from 'vitest';
import { photoCreditStart } from './photo-credits.js';

const tokens = (text: string) => text.split(' ').map((t) => ({ text: t, folded: foldText(t) }));

describe('photoCreditStart', () => {
  it('finds a credit at the end of a caption, with the slash or bracket before it', () => {
    expect(photoCreditStart(tokens('Paul Martin et Jean Dupont . / Ph . DR'))).toBe(6);
    expect(photoCreditStart(tokens('Les vignes du domaine ( © DR ) .'))).toBe(4);
    expect(photoCreditStart(tokens('Photo : Jane Doe / MAP'))).toBe(0);
    expect(photoCreditStart(tokens('Two ministers in Rabat . ( Photo : Reuters )'))).toBe(5);
    expect(photoCreditStart(tokens('Two ministers in Rabat . ( Photo by Jane Doe/Reuters )'))).toBe(5);
    expect(photoCreditStart(tokens('Les deux ministres à Rabat . Photo AFP'))).toBe(6);
    expect(photoCreditStart(tokens('Les deux ministres à Rabat . Photo J. Doe / Le Courrier'))).toBe(6);
    expect(
      photoCreditStart(
        tokens('Les ministres à Bruxelles . © Union européenne , 2026 – Source : CE – Service photo'),
      ),
    ).toBe(5);
  });

  it("finds an agency's credit or a slash after the caption's last sentence", () => {
    expect(photoCreditStart(tokens('Los dos ministros en Madrid . EFE/Ana Gil'))).toBe(6);
    expect(photoCreditStart(tokens('REUTERS/Jane Doe'))).toBe(0);
    expect(photoCreditStart(tokens('Les deux ministres à Rabat . / Ministère du Travail'))).toBe(6);
    expect(photoCreditStart(tokens('Le partenariat UE/Maroc avance .'))).toBeUndefined();
    expect(photoCreditStart(tokens('Les deux ministres jeudi . ALPHAPRESS/Jean Dupont'))).toBe(5);
    expect(photoCreditStart(tokens('The two ministers in Rabat . Coast Wire/Jane Doe'))).toBe(6);
  });

  it('finds none in story words, nor where too many words follow the mark', () => {
    expect(photoCreditStart(tokens('La photo de famille a été prise à Rabat .'))).toBeUndefined();
    expect(photoCreditStart(tokens('Photos of the summit were shared online .'))).toBeUndefined();
    expect(
      photoCreditStart(tokens('© le ministre Paul Martin a reçu mardi son homologue Jean Dupont à Rabat .')),
    ).toBeUndefined();
  });
});
