import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@diplograph/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NlpRequestError, NlpUnavailableError } from './errors.js';
import { NlpClient } from './nlp-client.js';

// A stand-in for NlpServer that answers as told, to see what the client makes of each answer.

const ANSWER = {
  sentences: [
    {
      index: 0,
      basicDependencies: [
        { dep: 'ROOT', governor: 0, governorGloss: 'ROOT', dependent: 1, dependentGloss: 'Bonjour' },
      ],
      enhancedDependencies: [],
      entitymentions: [],
      tokens: [
        {
          index: 1,
          word: 'Bonjour',
          originalText: 'Bonjour',
          characterOffsetBegin: 0,
          characterOffsetEnd: 7,
          pos: 'INTJ',
          ner: 'O',
          before: '',
          after: '',
        },
      ],
    },
  ],
};

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let cacheDir: string;
let server: Server | undefined;
let requests: string[];

beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'nlp-client-'));
  requests = [];
});
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r) ?? r(undefined));
  server = undefined;
  await rm(cacheDir, { recursive: true, force: true });
});

async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const client = (url: string, timeoutMs = 5_000) =>
  new NlpClient({ url, cacheDir, timeoutMs, version: 'test' });
const answer: Handler = (req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(ANSWER)));
};

describe('NlpClient', () => {
  it('parses the answer into the fields we use', async () => {
    const nlp = client(await serve(answer));
    const annotation = await nlp.annotate('Bonjour', 'fr');
    expect(annotation.sentences[0]?.tokens[0]).toEqual({
      index: 1,
      word: 'Bonjour',
      originalText: 'Bonjour',
      characterOffsetBegin: 0,
      characterOffsetEnd: 7,
      pos: 'INTJ',
      ner: 'O',
    });
    expect(requests).toEqual(['POST /annotate?lang=fr']);
  });

  it('serves a text it has seen from the cache, without a request', async () => {
    const url = await serve(answer);
    const first = client(url);
    await first.annotate('Bonjour', 'fr');
    const second = client(url);
    await second.annotate('Bonjour', 'fr');
    await second.annotate('Bonjour', 'es');
    expect(requests).toHaveLength(2);
    expect(second.counts).toEqual({ parsed: 1, cached: 1 });
  });

  it('sends a text asked for twice at once only once', async () => {
    const nlp = client(await serve(answer));
    const out = await nlp.annotateAll(
      [
        { text: 'Bonjour', language: 'fr' },
        { text: 'Bonjour', language: 'fr' },
        { text: 'Hello', language: 'en' },
      ],
      { concurrency: 3 },
    );
    expect(out).toHaveLength(3);
    expect(requests).toHaveLength(2);
    expect(nlp.counts).toEqual({ parsed: 2, cached: 1 });
  });

  it('says in one line that a server which is not running did not answer', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;
    const error = await client(url)
      .annotate('Bonjour', 'fr')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NlpUnavailableError);
    expect((error as Error).message).toBe(
      `the NLP server at ${url} did not answer (connection refused); start it with ./diplograph nlp start`,
    );
  });

  it('says so when the server dies mid-request', async () => {
    const url = await serve((req) => req.socket.destroy());
    await expect(client(url).annotate('Bonjour', 'fr')).rejects.toThrow(
      new NlpUnavailableError(
        `the NLP server at ${url} stopped answering mid-request (connection closed); start it with ./diplograph nlp start`,
      ),
    );
  });

  it('says so when the server is still loading its models', async () => {
    const url = await serve((_req, res) => res.writeHead(503).end('loading the CoreNLP pipelines\n'));
    await expect(client(url).annotate('Bonjour', 'fr')).rejects.toThrow(
      new NlpUnavailableError(
        `the NLP server at ${url} is not ready yet (loading the CoreNLP pipelines); wait for it`,
      ),
    );
  });

  it('gives up after the timeout', async () => {
    const url = await serve(() => {});
    await expect(client(url, 200).annotate('Bonjour', 'fr')).rejects.toThrow(
      new NlpUnavailableError(`the NLP server at ${url} did not answer within 200 ms (NLP_TIMEOUT_MS)`),
    );
  });

  it('passes on what the server says about a refused text, and caches nothing', async () => {
    const url = await serve((_req, res) => res.writeHead(400).end("lang must be fr, en or es, got 'de'\n"));
    await expect(client(url).annotate('Hallo', 'fr')).rejects.toThrow(NlpRequestError);
    await expect(client(url).annotate('Hallo', 'fr')).rejects.toThrow(/answered 400: lang must be/);
    expect(requests).toHaveLength(2);
  });

  it('refuses an answer that is not an annotation', async () => {
    const url = await serve((_req, res) => res.writeHead(200).end('{"sentences": [{"index": 0}]}'));
    await expect(client(url).annotate('Bonjour', 'fr')).rejects.toThrow(
      /not a CoreNLP annotation \(sentences\.0\.tokens/,
    );
  });

  it('refuses a text larger than the server accepts before sending it', async () => {
    const url = await serve(answer);
    await expect(client(url).annotate('x'.repeat(2 * 1024 * 1024 + 1), 'en')).rejects.toThrow(
      /over the 2097152/,
    );
    expect(requests).toEqual([]);
  });
});
