import { type ArticleContext, inside } from './context.js';
import type { Passage } from './people.js';
import { isBuilding } from './places.js';

/** What of a meeting reading its place is read from (meetings.ts's `MeetingReading`). */
interface PlacedMeeting {
  place: { name: string } | { country: string } | null;
  passages: Passage[];
}

/**
 * "Hosted him at the Viminale palace", "s'est tenue au Sofitel Abidjan Hôtel Ivoire", "recibió en
 * el Palacio de Viana": a meeting is placed in its city, not the building. The city is the one
 * its own sentences name beside the building, else one the building's name holds, else the one
 * the headline names; with none of them, the building stays.
 */
export function cityOfBuildings(ctx: ArticleContext, meetings: PlacedMeeting[]): void {
  const cities = ctx.places.filter((p) => !isBuilding(p.name));
  const namedIn = (passages: Passage[]) =>
    cities.find((c) => c.mentions.some((m) => passages.some((p) => inside(p, m))));
  for (const m of meetings) {
    const building = m.place && 'name' in m.place ? m.place.name : null;
    if (!building || !isBuilding(building)) continue;
    const city =
      namedIn(m.passages) ??
      cities.find((c) => building.split(/\s+/).includes(c.name)) ??
      (ctx.headline ? namedIn([ctx.headline]) : undefined);
    if (city) m.place = { name: city.name };
  }
}
