/**
 * The text as the models were trained on it, one code unit for one, so that every offset of the
 * annotation is an offset of the article's own text: a typographic apostrophe between letters
 * ("l’accord") becomes a straight one, which the French parser reads as an elided article (with
 * the curly one it takes "l’" for a word of its own and parses the phrase wrongly).
 */
export function modelText(text: string): string {
  return (
    text
      .replace(/(?<=\p{L})[’ʼ](?=\p{L})/gu, "'")
      // Quotes opened by two single marks ("‘’engagée’’", "''Processus de Rabat’’"), which the
      // parsers read as words of the sentence: French guillemets, two code units for two.
      .replace(/(?:‘’|'')(?=\p{L})/gu, '« ')
      .replace(/(?<=[\p{L}\p{N}.!?])’’/gu, ' »')
  );
}
