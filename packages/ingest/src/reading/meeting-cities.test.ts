import { describe, expect, it } from 'vitest';
import { cityOfBuildings } from './meeting-cities.js';
import { handContext, placeAll } from './parsed-sentence.fixture.js';

/** A meeting read from the whole of a one-sentence context, at the place given. */
const meetingAt = (text: string, place: string) => ({
  place: { name: place },
  passages: [{ start: 0, end: text.length }],
});

describe('cityOfBuildings', () => {
  it('places a meeting held in a building in the city its sentence names', () => {
    // "Jean Dupont a reçu à Lyon , au Palais Bleu , Paul Martin"
    const ctx = handContext(
      'Jean Dupont a reçu à Lyon , au Palais Bleu , Paul Martin'
        .split(' ')
        .map((text) => ({ text, pos: 'X' })),
    );
    placeAll(ctx, 'Lyon', 'Palais Bleu');
    const m = meetingAt(ctx.text, 'Palais Bleu');
    cityOfBuildings(ctx, [m]);
    expect(m.place).toEqual({ name: 'Lyon' });
  });

  it("takes the city a building's name holds, and keeps a building no city is told of", () => {
    const ctx = handContext(
      'La conférence au Grand Hôtel Lille'.split(' ').map((text) => ({ text, pos: 'X' })),
    );
    placeAll(ctx, 'Grand Hôtel Lille');
    const alone = meetingAt(ctx.text, 'Grand Hôtel Lille');
    cityOfBuildings(ctx, [alone]);
    expect(alone.place).toEqual({ name: 'Grand Hôtel Lille' });
    ctx.places.push({
      name: 'Lille',
      mentions: [{ start: 100, end: 105 }],
      evidence: { start: 100, end: 105 },
    });
    const held = meetingAt(ctx.text, 'Grand Hôtel Lille');
    cityOfBuildings(ctx, [held]);
    expect(held.place).toEqual({ name: 'Lille' });
  });
});
