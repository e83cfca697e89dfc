import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceInput } from '@diplograph/schema';
import { Document, isScalar, parseDocument } from 'yaml';
import type { Article } from '../corpus/read-corpus.js';
import { parseFactFile } from '../facts/read-facts.js';
import { buildGraph } from '../graph/build-graph.js';
import { compileInput } from '../ingest.js';
import { InvalidInputError } from '../problems.js';
import { slug } from './propose.js';
import { type Proposal, readReviewFile, writeReviewFile } from './review-file.js';

/** The fact file that accepted proposals are appended to, in the facts folder. */
export const ACCEPTED_FACTS_FILE = 'accepted-proposals.yaml';

const HEADER = ` Entries made from accepted proposals by "diplograph-ingest merge-proposals".
 They are curated facts like any other: check them, add descriptions and links, move them at will.`;

/**
 * Turns the accepted proposals of the review file into curated entries and appends them to
 * `accepted-proposals.yaml` in the facts folder. The facts are first checked with the new entries
 * exactly as the ingest would check them; nothing is written when anything is wrong. Merged
 * proposals are marked `merged` in the review file.
 */
export async function mergeProposals(options: {
  corpusDir: string;
  factsDir: string;
  reviewFile: string;
}): Promise<{ merged: Proposal[]; factFile: string }> {
  const factFile = join(options.factsDir, ACCEPTED_FACTS_FILE);
  const review = await readReviewFile(options.reviewFile);
  const accepted = review.proposals.filter((p) => p.decision === 'accepted');
  if (accepted.length === 0) return { merged: [], factFile };

  const input = await compileInput(options);
  const previous = await readFile(factFile, 'utf8').catch(() => '');
  const doc = previous.trim() ? parseDocument(previous) : new Document({});
  if (!previous.trim()) doc.commentBefore = HEADER;
  const entries = factEntries(accepted, input.articles, new Set(input.graph.nodes.map((n) => n.id)));
  for (const [section, entry] of entries) {
    const node = doc.createNode(entry);
    // Quoted, or PyYAML would read a date where the ingest reads text.
    const date = node.get('date', true);
    if (isScalar(date)) date.type = 'QUOTE_DOUBLE';
    if (doc.has(section)) doc.addIn([section], node);
    else doc.set(section, doc.createNode([node]));
  }
  const text = doc.toString({ lineWidth: 110 });

  const parsed = parseFactFile(ACCEPTED_FACTS_FILE, text);
  if (!parsed.document) throw new InvalidInputError(parsed.problems);
  const others = input.documents.filter((d) => d.file !== ACCEPTED_FACTS_FILE);
  const built = buildGraph([...others, parsed.document], input.articles);
  if (built.problems.length > 0) throw new InvalidInputError(built.problems);

  await writeFile(factFile, text);
  const merged = new Set(accepted.map((p) => p.id));
  await writeReviewFile(options.reviewFile, {
    ...review,
    proposals: review.proposals.map((p) => (merged.has(p.id) ? { ...p, decision: 'merged' } : p)),
  });
  return { merged: accepted, factFile };
}

/** Curated entries for the proposals, as [section, entry], with ids not taken yet. */
export function factEntries(
  proposals: Proposal[],
  articles: Article[],
  takenIds: Set<string>,
): Array<[string, Record<string, unknown>]> {
  const texts = new Map(articles.map((a) => [a.file, a.text]));
  const newId = (name: string) => {
    const base = slug(name);
    let id = base;
    for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
    takenIds.add(id);
    return id;
  };
  const placeIds = new Map<string, string>();
  const entries: Array<[string, Record<string, unknown>]> = [];
  // Places first, so that a meeting in a place accepted with it can refer to it.
  const order = ['place', 'person', 'organization', 'acronym', 'meeting'];
  for (const p of [...proposals].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))) {
    const evidence = evidenceOf(p, texts);
    switch (p.kind) {
      case 'person':
        entries.push(['people', { id: newId(p.name), name: p.name, evidence }]);
        break;
      case 'organization':
        entries.push([
          'organizations',
          {
            id: newId(p.acronym ?? p.name),
            name: p.name,
            ...(p.acronym ? { acronym: p.acronym } : {}),
            kind: p.organizationKind,
            evidence,
          },
        ]);
        break;
      case 'acronym':
        // A term defined by an acronym is a subject of cooperation, as "LPC" already is.
        entries.push(['themes', { id: newId(p.acronym), name: p.longForm, aliases: [p.acronym], evidence }]);
        break;
      case 'place': {
        const id = newId(p.name);
        placeIds.set(p.name, id);
        entries.push(['places', { id, name: p.name, kind: p.placeKind, evidence }]);
        break;
      }
      case 'meeting': {
        const place = p.placeId ?? placeIds.get(p.place);
        entries.push([
          'events',
          {
            id: newId(`${p.name} ${p.date}`),
            name: p.name,
            kind: p.eventKind,
            status: p.eventStatus,
            date: p.date,
            ...(place ? { places: [place] } : {}),
            evidence,
          },
        ]);
        break;
      }
    }
  }
  return entries;
}

/** The proposal's passages as curated evidence, naming the occurrence of a quote that repeats. */
function evidenceOf(proposal: Proposal, texts: Map<string, string>): EvidenceInput {
  const evidence: EvidenceInput = {};
  for (const { source, file, start, quote } of proposal.evidence) {
    const text = texts.get(file) ?? '';
    let count = 0;
    let occurrence = 0;
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
      count++;
      if (i === start) occurrence = count;
    }
    const item = count > 1 && occurrence > 0 ? { quote, occurrence } : quote;
    evidence[source] = [...(evidence[source] ?? []), item];
  }
  return evidence;
}
