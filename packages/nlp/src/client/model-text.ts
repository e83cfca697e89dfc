/**
 * The text as the models were trained on it: a typographic apostrophe between letters ("l’accord")
 * becomes a straight one, which the French parser reads as an elided article; with the curly one
 * it takes "l’" for a word of its own and parses the phrase wrongly. One code unit stands for one,
 * so every offset of the annotation is an offset of the article's own text.
 */
export function modelText(text: string): string {
  return text.replace(/(?<=\p{L})[’ʼ](?=\p{L})/gu, "'");
}
