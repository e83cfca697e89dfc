#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { reviewEnv } from '@diplograph/curation';
import {
  Database,
  DatabaseUnavailableError,
  databaseConfig,
  databaseEnv,
  localDiskNote,
  readEnv,
} from '@diplograph/db';
import { createNlpClient, NlpRequestError, NlpUnavailableError } from '@diplograph/nlp';
import { ingestEnv } from './config.js';
import { evaluateExtraction, formatEvaluation } from './extract/evaluate.js';
import { mergeProposals } from './extract/merge-proposals.js';
import { type DecisionsReport, ingest, loadInput } from './ingest.js';
import { InvalidInputError } from './problems.js';
import { evaluateReading, formatReadingEvaluation } from './reading/evaluate-reading.js';
import { IngestFailedError } from './write/write-failure.js';

const USAGE = `usage: diplograph-ingest [--corpus DIR] [--facts DIR] [--review-file FILE] [--check]
       diplograph-ingest evaluate [--corpus DIR] [--facts DIR] [--gold DIR] [--test-mistakes | --dev-halves | --tuning]
       diplograph-ingest merge-proposals [--corpus DIR] [--facts DIR] [--review-file FILE]

  Loads the corpus folder and the curated facts into Neo4j (migrating it first), with the mentions
  of known entities found in the articles, and writes what the articles name that is not known to
  the review file as proposals.
  --check          validate the input only; write nothing

  evaluate         score machine reading against the gold annotations: precision and recall per
                   category, per split and language; the dev split's mistakes (the test split's
                   with --test-mistakes, for a final audit only); then the same figures with the
                   curators' decisions (DECISIONS_LOG and the fact files) counted as gold
  --dev-halves     for developing the rules: machine reading's figures on the dev split's two
                   halves (odd and even article numbers) and half A's mistakes, nothing of the test split
  --tuning         for developing the rules: the dev and written splits' figures and mistakes,
                   nothing of the test split
  merge-proposals  append the accepted proposals of the review file to the curated facts`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string' },
      facts: { type: 'string' },
      'review-file': { type: 'string' },
      gold: { type: 'string' },
      check: { type: 'boolean', default: false },
      'test-mistakes': { type: 'boolean', default: false },
      'dev-halves': { type: 'boolean', default: false },
      tuning: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, ...extra] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (
    extra.length > 0 ||
    (command !== undefined && command !== 'evaluate' && command !== 'merge-proposals')
  ) {
    console.error(USAGE);
    return 2;
  }
  const env = readEnv(databaseEnv.extend(ingestEnv.shape).extend(reviewEnv.shape));
  const dirs = {
    corpusDir: values.corpus ?? env.CORPUS_DIR,
    factsDir: values.facts ?? env.FACTS_DIR,
    decisionsLog: env.DECISIONS_LOG,
  };
  const reviewFile = values['review-file'] ?? env.REVIEW_FILE;

  if (command === 'evaluate') {
    const goldDir = values.gold ?? env.GOLD_DIR;
    const { tuning, 'dev-halves': devHalves } = values;
    if (!devHalves && !tuning) {
      console.log('Mention linking and proposals, on the curated articles:');
      console.log(formatEvaluation(await evaluateExtraction({ ...dirs, goldDir })));
    }
    console.log('\nMachine reading of facts, on the articles that were not curated:');
    const reading = await evaluateReading({ ...dirs, goldDir, nlp: createNlpClient() });
    console.log(
      formatReadingEvaluation(reading, { testMistakes: values['test-mistakes'], devHalves, tuning }),
    );
    return 0;
  }

  if (command === 'merge-proposals') {
    const { merged, factFile } = await mergeProposals({ ...dirs, reviewFile });
    console.log(
      merged.length === 0
        ? `no accepted proposals in ${reviewFile}`
        : `merged ${merged.length} accepted proposal(s) into ${factFile}; marked them merged in ${reviewFile}`,
    );
    return 0;
  }

  if (values.check) {
    // The check validates the curated facts and the corpus; it needs no NLP server.
    const input = await loadInput({ ...dirs, nlp: null });
    console.log(
      `input is valid: ${input.articles} articles, ${input.factFiles} fact files, ` +
        `${input.graph.nodes.length} nodes, ${input.graph.relationships.length} relationships, ` +
        `${input.proposals.length} proposals`,
    );
    return 0;
  }

  const db = Database.connect(databaseConfig(env));
  try {
    await db.verify();
    let lastShown = 0;
    const result = await ingest(db, {
      ...dirs,
      reviewFile,
      timeoutMs: env.INGEST_TIMEOUT_MS,
      onNotice: (message) => console.log(`  ${message}`),
      onProgress: (written, total) => {
        // Only long runs need progress; show it every tenth of the way.
        if (total < 20_000 || written - lastShown < total / 10) return;
        lastShown = written;
        console.log(`  written ${written.toLocaleString('en')} of ${total.toLocaleString('en')} rows`);
      },
    });
    console.log(
      `ingested ${result.articles} articles and ${result.factFiles} fact files in ${result.durationMs} ms`,
    );
    console.log(
      `  read by machine: ${result.machineRead} articles (${result.parsed} parsed, ${result.machineRead - result.parsed} unchanged, from the cache)`,
    );
    printCounts('nodes', result.nodes);
    printCounts('relationships', result.relationships);
    console.log(
      `  removed since last run: ${result.removedNodes} nodes, ${result.removedRelationships} relationships`,
    );
    console.log(`  ${result.proposals} proposals for review in ${reviewFile}`);
    printDecisions(result.decisions);
    return 0;
  } catch (error) {
    // Neo4j tells a full disk only in its debug.log; the local one's disk can be looked at.
    const note = await localDiskNote(env);
    if (note && error instanceof Error) error.message = `${error.message} (${note})`;
    throw error;
  } finally {
    await db.close();
  }
}

function printDecisions({ applied, stale }: DecisionsReport): void {
  console.log(`  curators' decisions: ${applied} applied, ${stale.length} not applied`);
  for (const { decision: d, why } of stale) {
    console.log(`    ${d.kind} ${d.fact} by ${d.curator} on ${d.at} (${d.id}): ${why}; decide it again`);
  }
}

function printCounts(title: string, counts: Record<string, number | undefined>): void {
  const entries = Object.entries(counts);
  const total = entries.reduce((sum, [, n]) => sum + (n ?? 0), 0);
  console.log(`  ${title}: ${total}`);
  for (const [name, n] of entries) console.log(`    ${name.padEnd(16)} ${n}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof InvalidInputError ||
      error instanceof DatabaseUnavailableError ||
      error instanceof NlpUnavailableError ||
      error instanceof NlpRequestError ||
      error instanceof IngestFailedError
    ) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
