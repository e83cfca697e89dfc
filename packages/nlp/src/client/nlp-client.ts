import { readEnv } from '@diplograph/db';
import { type Annotation, annotationSchema } from '../annotation.js';
import { nlpConfig, nlpEnv } from '../config.js';
import type { Language } from '../language.js';
import { pipelineVersion } from '../pipeline-version.js';
import { AnnotationCache } from './annotation-cache.js';
import { cacheKey } from './cache-key.js';
import { NlpRequestError } from './errors.js';
import { mapLimit } from './map-limit.js';
import { modelText } from './model-text.js';
import { postAnnotate } from './request.js';

export interface NlpClientOptions {
  /** Base URL of the server, e.g. http://127.0.0.1:9000. */
  url: string;
  /** Folder of cached annotations. */
  cacheDir: string;
  /** Longest one text may take, waiting for the server included. */
  timeoutMs: number;
  /** Said after "did not answer" (default: how to start the local server). */
  hint?: string;
  /** Part of every cache key (default: pipelineVersion()). */
  version?: string;
}

export interface AnnotateItem {
  text: string;
  language: Language;
}

/** How the texts asked for so far were served. */
export interface NlpCounts {
  /** Sent to the server and parsed by CoreNLP. */
  parsed: number;
  /** Served from the disk cache, or by a request already in flight for the same text. */
  cached: number;
}

/**
 * Annotates texts through the NLP server, each text once: answers are cached on disk by a digest
 * of the pipeline version, the language and the text.
 */
export class NlpClient {
  readonly counts: NlpCounts = { parsed: 0, cached: 0 };
  private readonly cache: AnnotationCache;
  private readonly version: string;
  private readonly inFlight = new Map<string, Promise<Annotation>>();

  constructor(private readonly options: NlpClientOptions) {
    this.cache = new AnnotationCache(options.cacheDir);
    this.version = options.version ?? pipelineVersion();
  }

  get url(): string {
    return this.options.url;
  }

  /** Throws NlpUnavailableError when the server cannot serve it, NlpRequestError when it refuses it. */
  async annotate(articleText: string, language: Language): Promise<Annotation> {
    const text = modelText(articleText);
    const key = cacheKey(this.version, language, text);
    const pending = this.inFlight.get(key);
    if (pending) {
      const annotation = await pending;
      this.counts.cached++;
      return annotation;
    }
    const work = this.load(key, text, language);
    this.inFlight.set(key, work);
    try {
      return await work;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Annotates every item, `concurrency` at a time (the local server annotates two at once). */
  annotateAll(items: readonly AnnotateItem[], { concurrency = 2 } = {}): Promise<Annotation[]> {
    return mapLimit(items, concurrency, (item) => this.annotate(item.text, item.language));
  }

  private async load(key: string, text: string, language: Language): Promise<Annotation> {
    const cached = await this.cache.get(key);
    if (cached) {
      this.counts.cached++;
      return cached;
    }
    const json = await postAnnotate(
      {
        url: this.options.url,
        timeoutMs: this.options.timeoutMs,
        hint: this.options.hint ?? 'start it with ./diplograph nlp start',
      },
      text,
      language,
    );
    const annotation = parseAnswer(json, this.options.url);
    await this.cache.put(key, json);
    this.counts.parsed++;
    return annotation;
  }
}

/** A client for the server and cache the environment configures (NLP_URL, NLP_CACHE_DIR, …). */
export function createNlpClient(env: NodeJS.ProcessEnv = process.env): NlpClient {
  const config = nlpConfig(readEnv(nlpEnv, env));
  return new NlpClient(config);
}

function parseAnswer(json: string, url: string): Annotation {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new NlpRequestError(`the NLP server at ${url} answered something that is not JSON`);
  }
  const parsed = annotationSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new NlpRequestError(
    `the NLP server at ${url} answered JSON that is not a CoreNLP annotation (${issue?.path.join('.')}: ${issue?.message})`,
  );
}
