/**
 * Made-up but pronounceable words, one per index and never the same twice, for names that must be
 * unique (so that quotes occur once in their article and searches find what they aim at).
 */
const SYLLABLES = [
  'ka',
  'bo',
  'ra',
  'te',
  'li',
  'ma',
  'ne',
  'si',
  'ta',
  'lo',
  'mi',
  'za',
  'ri',
  'no',
  'da',
  'fe',
  'ga',
  'hu',
  'ja',
  'ke',
  'lu',
  'mo',
  'na',
  'pe',
  'ro',
  'sa',
  'tu',
  'va',
  'wa',
  'ye',
  'zo',
  'be',
];

export function word(index: number): string {
  // Three syllables at least, in base 32; a leading syllable set apart from the digits keeps words
  // of different lengths from colliding.
  let n = index;
  let out = '';
  do {
    out += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  while (out.length < 6) out += 'la';
  return `${out}r`;
}

export function capitalized(index: number): string {
  const w = word(index);
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Ids follow the schema's rule: lowercase words joined by "-". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
