/**
 * Folding for matching French text: case, accents, typographic apostrophes and dashes and the
 * many Unicode spaces of web pages should not decide whether two strings match.
 */

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u00B4', '`']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae' };

function foldChar(c: string): string {
  if (APOSTROPHES.has(c)) return "'";
  if (DASHES.has(c)) return '-';
  if (c === '\n' || c === '\r') return c;
  if (/\s/.test(c)) return ' ';
  // NFD puts the base letter first and its accents after it; a lone surrogate stays as it is.
  const base = c.normalize('NFD')[0] ?? c;
  const lower = base.toLowerCase();
  return lower.length === 1 ? lower : base;
}

/**
 * Folds `s` one UTF-16 unit at a time, so the result has the same length and an offset found in it
 * is an offset in `s`. Line breaks are kept (so a match cannot run across lines), other spaces
 * become ' ', and ligatures stay single characters.
 */
export function foldKeepingOffsets(s: string): string {
  let folded = '';
  for (let i = 0; i < s.length; i++) folded += foldUnit(s[i] as string);
  return folded;
}

/** Each unit's fold, computed once: normalize() per character made folding long texts slow. */
const FOLDED = new Map<string, string>();

function foldUnit(c: string): string {
  let folded = FOLDED.get(c);
  if (folded === undefined) {
    folded = foldChar(c);
    FOLDED.set(c, folded);
  }
  return folded;
}

/** Folds `s` into a key for comparison: ligatures expanded, whitespace collapsed and trimmed. */
export function foldText(s: string): string {
  return foldKeepingOffsets(s)
    .replace(/[œæ]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a text as search sees them: folded, split at anything but letters and digits, and
 * without one-letter words (the elided articles of "l’immigration", "d’exception"); lone digits
 * stay ("5+5").
 */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 || /\p{N}/u.test(word));
}
