/** What of a parsed word a credit is found by (parsed.ts's `Word`). */
interface Token {
  text: string;
  folded: string;
}

/**
 * Words that open a photo credit when a colon, "by", an agency in capitals or an initial follows:
 * "Photo : X", "Crédit photo :", "Foto:", "Photo by Jane Doe", "Photo AFP", "Photo J. Doe".
 */
const CREDIT_WORDS = new Set([
  'photo',
  'photos',
  'credit',
  'credits',
  'foto',
  'fotos',
  'credito',
  'image',
  'images',
]);
/**
 * The longest credit: "© AFP / Fadel Senna", "Ph. DR", "(Photo: Reuters/Jane Doe)", "© Union
 * européenne, 2026 – Source : CE – Service audiovisuel".
 */
const MAX_CREDIT_WORDS = 13;

/**
 * Where a photo credit starts in a parsed sentence, with the "/" or "(" before it: "© MAP",
 * "/ Ph. DR", "(©DR)", "Photo : X/MAP". A credit runs to the end of its line, which CoreNLP ends
 * as a sentence, and it names who took the picture, not who took part in the story.
 */
export function photoCreditStart(words: Token[]): number | undefined {
  const marker = words.findIndex((w, i) => {
    const next = words[i + 1];
    if (w.text === '©' || w.folded === '(c)') return true;
    if (w.text === 'Ph' && next?.text === '.') return true;
    const opens =
      next?.text === ':' ||
      words[i + 2]?.text === ':' ||
      next?.folded === 'by' ||
      /^\p{Lu}{2,}$/u.test(next?.text ?? '') ||
      // A photographer by initial and surname: "Photo G. Lacombe".
      (/^\p{Lu}\.$/u.test(next?.text ?? '') && /^\p{Lu}/u.test(words[i + 2]?.text ?? ''));
    return (
      CREDIT_WORDS.has(w.folded) &&
      opens &&
      (i === 0 || ['/', '(', '.', '|'].includes(words[i - 1]?.text ?? ''))
    );
  });
  if (marker < 0) return agencyCreditStart(words);
  if (words.length - marker > MAX_CREDIT_WORDS) return undefined;
  return ['/', '(', '|', '-'].includes(words[marker - 1]?.text ?? '') ? marker - 1 : marker;
}

/**
 * A credit at the end of a caption with no marker word, after its last sentence: who took the
 * picture, capitalized words around a slash ("… el martes en Madrid. EFE/Javier Olmedo",
 * "KEYSTONE/Jane Doe", "Maghreb Wire/Jane Doe"), or a slash first ("… en Rabat. / Ministerio de
 * Inclusión").
 */
function agencyCreditStart(words: Token[]): number | undefined {
  for (let i = Math.max(0, words.length - MAX_CREDIT_WORDS); i < words.length; i++) {
    const w = words[i];
    // CoreNLP often makes the credit a sentence of its own, which it then opens.
    const opens = i === 0 || words[i - 1]?.text === '.';
    if (!w || !opens) continue;
    if (w.text === '/') return i;
    const rest = words.slice(i).filter((x) => x.text !== '.');
    const named = rest.every((x) => /^\p{Lu}/u.test(x.text) || x.text === '/');
    if (named && rest.length <= 7 && rest.some((x) => x.text.includes('/'))) return i;
  }
  return undefined;
}
