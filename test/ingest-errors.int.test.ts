import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestFailedError, ingest } from '@diplograph/ingest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BadInputCase, edit, problemsOf, withCopies } from './support/broken-input.js';
import { connectTestDatabase } from './support/database.js';
import { dumpGraph, loadCorpus } from './support/ingest.js';
import { CORPUS_DIR, FACTS_DIR } from './support/paths.js';

const db = connectTestDatabase();
let graph: Awaited<ReturnType<typeof dumpGraph>>;

beforeAll(async () => {
  await loadCorpus(db);
  graph = await dumpGraph(db);
});
afterAll(() => db.close());

const cases: BadInputCase[] = [
  {
    name: 'YAML that does not parse',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) => t.replace('  - id: simon-fetet', '  - id: [simon-fetet')),
    expected: /^people\.yaml:\d+: /,
  },
  {
    name: 'a misspelt field',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) => t.replace('    name: Simon Fetet', '    nmae: Simon Fetet')),
    expected: /^people\.yaml:\d+: people\[\d+\]: .*(nmae|name)/,
  },
  {
    name: 'a field of the wrong type',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) => t.replace('    name: Simon Fetet', '    name: 42')),
    expected: /^people\.yaml:\d+: people\[\d+\]\.name: .*string/,
  },
  {
    name: 'a value outside the vocabulary',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace('role: led-delegation', 'role: led-the-delegation'),
      ),
    expected: /^events\.yaml:\d+: events\[\d+\]\.participants\[\d+\]\.role: /,
  },
  {
    name: 'a reference to an unknown id',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) => t.replace('actor: khalid-zerouali', 'actor: khalid-zeroali')),
    expected:
      /^events\.yaml:\d+: events\[\d+\]\.participants\[\d+\]\.actor: unknown id "khalid-zeroali" \(did you mean "khalid-zerouali"\?\)$/,
  },
  {
    name: 'a link to an entity of the wrong kind',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) => t.replace('actor: khalid-zerouali', 'actor: paris')),
    expected:
      /^events\.yaml:\d+: .*"paris" is a Place; PARTICIPATED_IN takes Person or Organization or Country$/,
  },
  {
    name: 'the same id in two files',
    breakInput: async (i) =>
      writeFile(
        join(i.facts, 'extra.yaml'),
        'themes:\n  - id: readmission\n    name: Dup\n    evidence:\n      src-001: ["réadmission"]\n',
      ),
    expected:
      /^(extra|themes)\.yaml:\d+: themes\[\d+\]\.id: duplicate id "readmission": already defined as Theme in (extra|themes)\.yaml:\d+$/,
  },
  {
    name: 'a quote that is not in its source',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace(
          'La délégation marocaine, dirigée par Khalid Zerouali',
          'La délégation marocaine conduite par Khalid Zerouali',
        ),
      ),
    expected:
      /^events\.yaml:\d+: events\[\d+\]\.participants\[\d+\]\.evidence\.src-001\[0\]: src-001: quote not found: /,
  },
  {
    name: 'a quote with straight apostrophes where the article has typographic ones',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace('Organisée sous l’impulsion de l’Ambassade', "Organisée sous l'impulsion de l'Ambassade"),
      ),
    expected:
      /quote not found: .*\(it matches once apostrophes, quotation marks and spaces are written as in the article\)$/,
  },
  {
    name: 'a quote that occurs twice without saying which',
    breakInput: async (i) =>
      writeFile(
        join(i.facts, 'extra.yaml'),
        'themes:\n  - id: extra-theme\n    name: Extra\n    evidence:\n      src-001: ["GMMP"]\n',
      ),
    expected:
      /^extra\.yaml:\d+: themes\[0\]\.evidence\.src-001\[0\]: src-001: quote occurs \d+ times: "GMMP"; say which with \{quote, occurrence\}$/,
  },
  {
    name: 'a quote taken from page noise',
    breakInput: async (i) =>
      writeFile(
        join(i.facts, 'extra.yaml'),
        'themes:\n  - id: extra-theme\n    name: Extra\n    evidence:\n      src-002: ["Laisser un commentaire"]\n',
      ),
    expected: /^extra\.yaml:\d+: .*src-002: the quote lies in page noise.*; facts cannot rest on it$/,
  },
  {
    name: 'evidence from an unknown source',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) =>
        t.replace('src-001: ["Sa Majesté le Roi Mohammed VI"]', 'src-101: ["Sa Majesté le Roi Mohammed VI"]'),
      ),
    expected: /^people\.yaml:\d+: people\[\d+\]\.evidence\.src-101: unknown source "src-101"$/,
  },
  {
    name: 'a day that is not in the calendar',
    breakInput: (i) =>
      edit(join(i.facts, 'posts.yaml'), (t) =>
        t
          .replace("attested: ['2025-06-25']", "attested: ['2025-02-30']")
          .replace('attested: ["2025-06-25"]', 'attested: ["2025-02-30"]'),
      ),
    expected:
      /^posts\.yaml:\d+: posts\[\d+\]\.holders\[\d+\]\.attested\[0\]: "2025-02-30" is not a day of 2025-02$/,
  },
  {
    name: 'a range that ends before it starts',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace('"2024-10-28/2024-12-03"', '"2024-12-03/2024-10-28"'),
      ),
    expected: /^events\.yaml:\d+: events\[\d+\]\.date: "2024-12-03\/2024-10-28" ends before it starts$/,
  },
  {
    name: 'a held event dated after the article that reports it',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) => t.replace('"2024-10-28/2024-12-03"', '"2024-12-10"')),
    expected:
      /^events\.yaml:\d+: events\[\d+\]\.date: gmmp-meeting-paris-2024-12 is dated after src-00\d, which reports it, was published \(2024-12-03\)$/,
  },
  {
    name: 'a relative date whose words are not in the source',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace('expression: le 3 octobre dernier', 'expression: le 4 octobre dernier'),
      ),
    expected:
      /^events\.yaml:\d+: events\[\d+\]\.date\.expression: "le 4 octobre dernier" does not occur in src-001$/,
  },
  {
    name: 'a holding that ends before it starts',
    breakInput: (i) =>
      edit(join(i.facts, 'posts.yaml'), (t) =>
        t.replace(
          '      - person: simon-fetet\n',
          "      - person: simon-fetet\n        start: '2024-06'\n        end: '2024-01'\n",
        ),
      ),
    expected: /^posts\.yaml:\d+: posts\[\d+\]\.holders\[\d+\]: the holding ends before it starts$/,
  },
  {
    name: 'a derivation cycle',
    breakInput: (i) =>
      edit(join(i.facts, 'instruments.yaml'), (t) =>
        t.replace(
          '  - id: joint-declaration-2024-10-28\n',
          '  - id: joint-declaration-2024-10-28\n    derivesFrom:\n      - from: paris-2024-global-agenda\n        how: follows-up\n        evidence:\n          src-001: ["Déclaration conjointe sur le Partenariat d’Exception Renforcé"]\n',
        ),
      ),
    expected:
      /^\w+\.yaml:\d+: \w+\[\d+\]: DERIVES_FROM makes a cycle: (joint-declaration-2024-10-28 → paris-2024-global-agenda → joint-declaration-2024-10-28|paris-2024-global-agenda → joint-declaration-2024-10-28 → paris-2024-global-agenda)$/,
  },
  {
    name: 'an article that is not UTF-8',
    breakInput: async (i) =>
      writeFile(join(i.corpus, '900_latin1.txt'), Buffer.from('Titre\nR\xe9union \xe0 Rabat\n', 'latin1')),
    expected: /^900_latin1\.txt:2: is not valid UTF-8 text/,
  },
  {
    name: 'an empty article',
    breakInput: async (i) => writeFile(join(i.corpus, '901_empty.txt'), '\n\n'),
    expected: /^901_empty\.txt: is empty$/,
  },
  {
    name: 'a sidecar that is not JSON',
    breakInput: async (i) => writeFile(join(i.corpus, '001_0f7cd1c163b1b32f.json'), '{ "publisher": '),
    expected: /^001_0f7cd1c163b1b32f\.json: is not valid JSON: /,
  },
  {
    name: 'a curated entry for an article that is not in the corpus',
    breakInput: (i) =>
      edit(join(i.facts, 'sources.yaml'), (t) =>
        t.replace('file: 004_1f051c2174f0efb9.txt', 'file: 004_missing.txt'),
      ),
    expected: /^sources\.yaml:\d+: sources\[\d+\]\.file: no article 004_missing\.txt in the corpus folder$/,
  },
];

describe('malformed input', () => {
  it.each(cases)('reports $name with its place, and writes nothing', async ({ breakInput, expected }) => {
    const found = await withCopies(async (input) => {
      await breakInput(input);
      return problemsOf(db, input);
    });
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
    expect(await dumpGraph(db)).toEqual(graph);
  });

  function together(names: string[]): Promise<string[]> {
    return withCopies(async (input) => {
      for (const name of names) await cases.find((c) => c.name === name)?.breakInput(input);
      return problemsOf(db, input);
    });
  }

  it('reports every unreadable file at once', async () => {
    const names = [
      'YAML that does not parse',
      'a range that ends before it starts',
      'an empty article',
      'a sidecar that is not JSON',
    ];
    const found = await together(names);
    for (const name of names) {
      expect(found).toEqual(
        expect.arrayContaining([expect.stringMatching(cases.find((c) => c.name === name)?.expected ?? /-/)]),
      );
    }
  });

  it('reports every inconsistency across files at once', async () => {
    const names = [
      'a reference to an unknown id',
      'a quote that is not in its source',
      'evidence from an unknown source',
      'a holding that ends before it starts',
    ];
    const found = await together(names);
    for (const name of names) {
      expect(found).toEqual(
        expect.arrayContaining([expect.stringMatching(cases.find((c) => c.name === name)?.expected ?? /-/)]),
      );
    }
  });
});

describe('a failure after the graph is written', () => {
  it('says that the graph was written, and why the run failed all the same', async () => {
    // Nothing can create a file in /proc: the review file, read as absent, fails to be written.
    const reviewFile = '/proc/diplograph-review.json';
    const error = await ingest(db, { corpusDir: CORPUS_DIR, factsDir: FACTS_DIR, reviewFile }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestFailedError);
    expect((error as IngestFailedError).outcome).toBe('applied');
    expect((error as Error).message).toMatch(
      /^ingest failed writing the review file: .*; the graph was written all the same: it is this run's$/,
    );
    expect(await dumpGraph(db)).toEqual(graph);
  });
});
