import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@diplograph/db';
import {
  type Annotation,
  entityType,
  type Language,
  NlpClient,
  NlpUnavailableError,
  nlpHealth,
} from '@diplograph/nlp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

// Sentences written for this test; the names are made up.
const SENTENCES: { language: Language; text: string; person: string; verb: string }[] = [
  {
    language: 'fr',
    text: 'Mardi, la ministre Claire Morel a reçu au Sénégal son homologue du Ghana.',
    person: 'Claire Morel',
    verb: 'reçu',
  },
  {
    language: 'en',
    text: 'On Tuesday, Prime Minister Alan Carter welcomed the delegation in Dublin.',
    person: 'Alan Carter',
    verb: 'welcomed',
  },
  {
    language: 'es',
    text: 'La ministra Lucía Romero inauguró ayer el nuevo puerto de Valencia.',
    person: 'Lucía Romero',
    verb: 'inauguró',
  },
];

const { url } = inject('nlp');
let cacheDir: string;
const client = (at = url) => new NlpClient({ url: at, cacheDir, timeoutMs: 60_000 });

beforeAll(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'diplograph-test-nlp-cache-'));
});
afterAll(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const tokens = (annotation: Annotation) => annotation.sentences.flatMap((s) => s.tokens);

describe('the NLP server', () => {
  it('is ready', async () => {
    expect(await nlpHealth(url)).toBe('ready');
  });

  it.each(SENTENCES)('reads a $language sentence: tokens at their offsets, a person, its verb', async (s) => {
    const annotation = await client().annotate(s.text, s.language);
    expect(annotation.sentences).toHaveLength(1);
    const all = tokens(annotation);
    expect(all.length).toBeGreaterThan(8);
    for (const token of all) {
      expect(s.text.slice(token.characterOffsetBegin, token.characterOffsetEnd)).toBe(token.originalText);
    }
    // Nothing is left out: the spans (split words share one) cover the text but its spaces.
    const spans = new Map(all.map((t) => [t.characterOffsetBegin, t.originalText]));
    expect([...spans.values()].join('')).toBe(s.text.replace(/\s+/g, ''));

    const person = annotation.sentences[0]?.entitymentions.find((m) => entityType(m) === 'PER');
    expect(person?.text).toBe(s.person);
    expect(s.text.slice(person?.characterOffsetBegin, person?.characterOffsetEnd)).toBe(s.person);

    expect(annotation.sentences[0]?.basicDependencies).toContainEqual(
      expect.objectContaining({ dep: 'ROOT', dependentGloss: s.verb }),
    );
    expect(annotation.sentences[0]?.basicDependencies).toContainEqual(
      expect.objectContaining({ dep: 'nsubj', governorGloss: s.verb }),
    );
  });

  it('gives the words split from a contraction the offsets and text of the written word', async () => {
    const [fr] = SENTENCES;
    const annotation = await client().annotate(fr?.text ?? '', 'fr');
    const split = tokens(annotation).filter((t) => t.originalText === 'au');
    expect(split.map((t) => t.word)).toEqual(['à', 'le']);
  });

  it('serves a text it has annotated from the cache, without a request', async () => {
    const [, en] = SENTENCES;
    if (!en) throw new Error('no English sentence');
    const first = await client().annotate(en.text, en.language);
    const again = client();
    expect(await again.annotate(en.text, en.language)).toEqual(first);
    expect(again.counts).toEqual({ parsed: 0, cached: 1 });
    // No server at all: only the cache can answer.
    const offline = client(`http://127.0.0.1:${await freePort()}`);
    expect(await offline.annotate(en.text, en.language)).toEqual(first);
    expect(offline.counts).toEqual({ parsed: 0, cached: 1 });
  });

  it('annotates a batch in order, parsing only what is not cached', async () => {
    const nlp = client();
    const texts = ['Anna Weber vit à Genève.', 'Le comité se réunira en mai.'];
    const out = await nlp.annotateAll(
      texts.map((text) => ({ text, language: 'fr' as const })),
      { concurrency: 2 },
    );
    expect(out.map((a) => tokens(a)[0]?.word)).toEqual(['Anna', 'Le']);
    expect(nlp.counts).toEqual({ parsed: 2, cached: 0 });
  });

  it('names a stopped server in one line', async () => {
    const stopped = `http://127.0.0.1:${await freePort()}`;
    const error = await client(stopped)
      .annotate('Un texte jamais vu.', 'fr')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError);
    expect(error instanceof Error && error.message).toBe(
      `the NLP server at ${stopped} did not answer (connection refused); start it with ./diplograph nlp start`,
    );
  });
});
