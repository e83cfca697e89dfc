import { z } from 'zod';

// The part of CoreNLP's JSON output (JSONOutputter) that we read. Other fields the server sends
// (enhanced dependencies, confidences) stay in the cache but are dropped by these schemas.

const int = z.number().int();

export const tokenSchema = z.object({
  /** 1-based position in its sentence; dependencies refer to tokens by it. */
  index: int,
  /** The syntactic word: "le" for the second part of French "au", "-LRB-" for an English "(". */
  word: z.string(),
  /** The text at the token's offsets. Words split from one written word share its offsets and text. */
  originalText: z.string(),
  /** UTF-16 code units into the text sent, as JavaScript string indices: text.slice(begin, end). */
  characterOffsetBegin: int,
  characterOffsetEnd: int,
  /** Universal POS tag for French and Spanish, Penn Treebank tag for English. */
  pos: z.string(),
  /** The model's own label: I-PER (French), PERSON (English, Spanish), O outside any entity. */
  ner: z.string(),
  /** English and Spanish only (Spanish lemmas are little more than the lowercased word). */
  lemma: z.string().optional(),
});
export type Token = z.infer<typeof tokenSchema>;

export const dependencySchema = z.object({
  /** Universal Dependencies relation: nsubj, obj, obl, appos, flat:name, ROOT... */
  dep: z.string(),
  /** Token index of the head; 0 for ROOT. */
  governor: int,
  governorGloss: z.string(),
  dependent: int,
  dependentGloss: z.string(),
});
export type Dependency = z.infer<typeof dependencySchema>;

export const entityMentionSchema = z.object({
  /** Token range in the document, end exclusive, 0-based. */
  docTokenBegin: int,
  docTokenEnd: int,
  /** Token range in the sentence, end exclusive, 0-based (token index - 1). */
  tokenBegin: int,
  tokenEnd: int,
  text: z.string(),
  characterOffsetBegin: int,
  characterOffsetEnd: int,
  /** PER/LOC/ORG/MISC (French) or PERSON/LOCATION/ORGANIZATION/MISC; see entityType(). */
  ner: z.string(),
});
export type EntityMention = z.infer<typeof entityMentionSchema>;

export const sentenceSchema = z.object({
  /** 0-based. */
  index: int,
  tokens: z.array(tokenSchema),
  basicDependencies: z.array(dependencySchema),
  entitymentions: z.array(entityMentionSchema),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const annotationSchema = z.object({ sentences: z.array(sentenceSchema) });
/** CoreNLP's reading of one text: sentences with their tokens, dependencies and named entities. */
export type Annotation = z.infer<typeof annotationSchema>;
