/** "And" in the languages read, folded: Spanish writes "e" before a word starting with an i sound. */
export const AND = new Set(['et', 'and', 'y', 'e']);

/** "And" and "or": what joins a second name to a list ("et par", "o por"). */
export const AND_OR = new Set([...AND, 'ou', 'or', 'o']);
