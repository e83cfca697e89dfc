/** Definite articles of the three languages, singular and plural, folded: "la", "les", "the", "los". */
export const DEFINITE_ARTICLES = new Set(['le', 'la', 'les', "l'", 'l’', 'the', 'el', 'los', 'las']);

/** Indefinite articles of the three languages, folded: "une", "a", "una". */
export const INDEFINITE_ARTICLES = new Set(['un', 'une', 'a', 'an', 'uno', 'una']);
