import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BadInputCase, edit, type Input, problemsOf, withCopies } from '../support/broken-input.js';
import { connectTestDatabase } from '../support/database.js';
import { dumpGraph, loadCorpus } from '../support/ingest.js';

// More malformed corpora and fact files, beyond the 22 of test/ingest-errors.int.test.ts: each is
// refused with a message naming the file and the line or the path, and nothing is written. (The
// folders, dangling link, alias bomb and Latin-1 cases crashed the ingest or slipped through it
// until it read every file through one strict reader.)

const db = connectTestDatabase();
let graph: Awaited<ReturnType<typeof dumpGraph>>;

beforeAll(async () => {
  await loadCorpus(db);
  graph = await dumpGraph(db);
});
afterAll(() => db.close());

const QUOTE = 'la coopération en matière de réadmission';
const ARTICLE = '001_0f7cd1c163b1b32f';

/** A fact file of its own, `extra.yaml` unless named. */
const extra =
  (text: string | Buffer, name = 'extra.yaml') =>
  (i: Input) =>
    writeFile(join(i.facts, name), text);

/** A fact file with one theme whose entry has these lines (two-space indented under `- `). */
const theme = (lines: string) =>
  extra(
    `themes:\n  - id: extra-theme\n    name: Extra\n${lines}\n    evidence:\n      src-001: ["${QUOTE}"]\n`,
  );

/** A theme with this evidence. */
const evidence = (value: string) =>
  extra(`themes:\n  - id: extra-theme\n    name: Extra\n    evidence: ${value}\n`);

const article = (name: string, bytes: Buffer | string) => (i: Input) =>
  writeFile(join(i.corpus, name), bytes);
const sidecar = (text: string) => (i: Input) => writeFile(join(i.corpus, `${ARTICLE}.json`), text);

const corpusCases: BadInputCase[] = [
  {
    name: 'an article in UTF-16 with its byte-order mark',
    breakInput: article('902_utf16.txt', Buffer.from('\uFEFFTitre\nRéunion à Rabat\n', 'utf16le')),
    expected: /^902_utf16\.txt:1: is not valid UTF-8 text/,
  },
  {
    name: 'an article in UTF-16 without a byte-order mark',
    breakInput: article('903_utf16.txt', Buffer.from('Titre\nReunion a Rabat\n', 'utf16le')),
    expected: /^903_utf16\.txt:1: contains a NUL character: not a text file$/,
  },
  {
    name: 'an article in Windows-1252 (a curly apostrophe on line 3)',
    breakInput: article('904_cp1252.txt', Buffer.from('Titre\nChapeau\nL\x92accord de Rabat\n', 'latin1')),
    expected: /^904_cp1252\.txt:3: is not valid UTF-8 text/,
  },
  {
    name: 'a UTF-8 sequence cut off at the end of an article',
    breakInput: article(
      '905_cut.txt',
      Buffer.concat([Buffer.from('Titre\nR\u00e9union'), Buffer.from([0xc3])]),
    ),
    expected: /^905_cut\.txt:2: is not valid UTF-8 text/,
  },
  {
    name: 'an article of blank lines and spaces',
    breakInput: article('906_blank.txt', ' \n\t\n   \r\n'),
    expected: /^906_blank\.txt: is empty$/,
  },
  {
    name: 'an article with a NUL byte on line 2',
    breakInput: article('907_nul.txt', 'Titre\nR\u00e9union\u0000 \u00e0 Rabat\n'),
    expected: /^907_nul\.txt:2: contains a NUL character: not a text file$/,
  },
  {
    name: 'an article over the 2 MB limit',
    breakInput: article('908_huge.txt', `Titre\n${'mot '.repeat(600_000)}`),
    expected: /^908_huge\.txt: 2400006 bytes is more than the 2097152-byte limit$/,
  },
  {
    name: 'an empty sidecar',
    breakInput: sidecar(''),
    expected: new RegExp(`^${ARTICLE}\\.json: is not valid JSON: `),
  },
  {
    name: 'a sidecar that is a JSON array',
    breakInput: sidecar('[]'),
    expected: new RegExp(`^${ARTICLE}\\.json: .*expected object, received array$`),
  },
  {
    name: 'a sidecar with a date of the wrong type',
    breakInput: sidecar('{ "published": 2024 }'),
    expected: new RegExp(`^${ARTICLE}\\.json: published: `),
  },
  {
    name: 'a sidecar with an unknown field',
    breakInput: sidecar('{ "titel": "Réunion" }'),
    expected: new RegExp(`^${ARTICLE}\\.json: .*titel`),
  },
  {
    name: 'a sidecar with a URL that is not one',
    breakInput: sidecar('{ "url": "not a url" }'),
    expected: new RegExp(`^${ARTICLE}\\.json: url: `),
  },
  {
    name: 'a sidecar with a language that is not a two-letter code',
    breakInput: sidecar('{ "language": "french" }'),
    expected: new RegExp(`^${ARTICLE}\\.json: language: `),
  },
  {
    name: 'a folder named like an article',
    breakInput: (i) => mkdir(join(i.corpus, '909_folder.txt')),
    expected: /^909_folder\.txt: /,
  },
  {
    name: 'an article that is a dangling symbolic link',
    breakInput: (i) => symlink('/nonexistent/article.txt', join(i.corpus, '910_link.txt')),
    expected: /^910_link\.txt: is a symbolic link/,
  },
  // Whatever the folder holds is published: a link would publish any file the ingest can read.
  {
    name: 'an article that is a link to a readable file outside the folder',
    breakInput: (i) => symlink('/etc/passwd', join(i.corpus, '911_passwd.txt')),
    expected: /^911_passwd\.txt: is a symbolic link: only regular files inside the folder are read/,
  },
  {
    name: 'an article that is a link to another article of the folder',
    breakInput: (i) => symlink(join(i.corpus, `${ARTICLE}.txt`), join(i.corpus, '912_copy.txt')),
    expected: /^912_copy\.txt: is a symbolic link/,
  },
  {
    name: 'a sidecar that is a link to a file outside the folder',
    breakInput: async (i) => {
      await rm(join(i.corpus, `${ARTICLE}.json`), { force: true });
      await symlink('/etc/passwd', join(i.corpus, `${ARTICLE}.json`));
    },
    expected: new RegExp(`^${ARTICLE}\\.json: is a symbolic link`),
  },
  {
    name: 'an article that is a FIFO (whose open would wait for a writer)',
    breakInput: async (i) => {
      execFileSync('mkfifo', [join(i.corpus, '913_fifo.txt')]);
    },
    expected: /^913_fifo\.txt: is not a regular file/,
  },
];

const factCases: BadInputCase[] = [
  {
    name: 'a fact file in UTF-16',
    breakInput: async (i) => {
      const text = await readFile(join(i.facts, 'people.yaml'), 'utf8');
      await writeFile(join(i.facts, 'people.yaml'), Buffer.from(`\uFEFF${text}`, 'utf16le'));
    },
    expected: /^people\.yaml:1: is not valid UTF-8 text/,
  },
  {
    name: 'a fact file in Latin-1 (first accent on line 10)',
    breakInput: async (i) => {
      const text = await readFile(join(i.facts, 'people.yaml'), 'utf8');
      await writeFile(join(i.facts, 'people.yaml'), Buffer.from(text, 'latin1'));
    },
    expected: /^people\.yaml:10: is not valid UTF-8 text/,
  },
  {
    name: 'a fact file that is a list',
    breakInput: extra('- themes: []\n'),
    expected: /^extra\.yaml:1: .*expected object, received array$/,
  },
  {
    name: 'a fact file that is a lone string',
    breakInput: extra('just some words\n'),
    expected: /^extra\.yaml:1: .*expected object, received string$/,
  },
  {
    name: 'a section that does not exist',
    breakInput: extra('peoples: []\n'),
    expected: /^extra\.yaml:\d+: .*peoples/,
  },
  {
    name: 'a key twice in one mapping',
    breakInput: theme('    name: Again'),
    expected: /^extra\.yaml:4: Map keys must be unique/,
  },
  {
    name: 'tabs for indentation',
    breakInput: extra('themes:\n\t- id: extra-theme\n'),
    expected: /^extra\.yaml:2: /,
  },
  {
    name: 'two YAML documents in one file',
    breakInput: extra('themes: []\n---\npeople: []\n'),
    expected: /^extra\.yaml:2: Source contains multiple documents/,
  },
  {
    name: 'a section given as a string through a tag',
    breakInput: extra('people: !!str "everyone"\n'),
    expected: /^extra\.yaml:1: people: .*expected array, received string$/,
  },
  {
    name: 'a JSON fact file that does not parse',
    breakInput: extra('{"themes": [}', 'extra.json'),
    expected: /^extra\.json:1: /,
  },
  {
    name: 'a JSON fact file with a field of the wrong type',
    breakInput: extra(
      JSON.stringify({ themes: [{ id: 'extra-theme', name: 7, evidence: { 'src-001': [QUOTE] } }] }),
      'extra.json',
    ),
    expected: /^extra\.json:1: themes\[0\]\.name: .*string/,
  },
  {
    name: 'an id with capitals and spaces',
    breakInput: extra(
      `themes:\n  - id: Extra Theme\n    name: Extra\n    evidence:\n      src-001: ["${QUOTE}"]\n`,
    ),
    expected: /^extra\.yaml:2: themes\[0\]\.id: ids are lowercase words joined by "-"/,
  },
  {
    name: 'an id that is a number',
    breakInput: extra(`themes:\n  - id: 42\n    name: Extra\n    evidence:\n      src-001: ["${QUOTE}"]\n`),
    expected: /^extra\.yaml:2: themes\[0\]\.id: .*string/,
  },
  {
    name: 'an empty name',
    breakInput: extra(
      `themes:\n  - id: extra-theme\n    name: ""\n    evidence:\n      src-001: ["${QUOTE}"]\n`,
    ),
    expected: /^extra\.yaml:3: themes\[0\]\.name: /,
  },
  {
    name: 'aliases given as a string',
    breakInput: theme('    aliases: Extra, Autre'),
    expected: /^extra\.yaml:4: themes\[0\]\.aliases: .*array/,
  },
  {
    name: 'evidence with no quote',
    breakInput: evidence('{ src-001: [] }'),
    expected: /^extra\.yaml:4: themes\[0\]\.evidence\.src-001: /,
  },
  {
    name: 'an empty quote',
    breakInput: evidence('{ src-001: [""] }'),
    expected: /^extra\.yaml:4: themes\[0\]\.evidence\.src-001\[0\]: /,
  },
  {
    name: 'evidence given as a string',
    breakInput: evidence(`"${QUOTE}"`),
    expected: /^extra\.yaml:4: themes\[0\]\.evidence: /,
  },
  {
    name: 'evidence by a source id that is not an id',
    breakInput: evidence(`{ "Source 1": ["${QUOTE}"] }`),
    expected: /^extra\.yaml:4: themes\[0\]\.evidence(\.Source 1)?: /,
  },
  {
    name: 'an occurrence of zero',
    breakInput: evidence('{ src-001: [{ quote: GMMP, occurrence: 0 }] }'),
    expected: /^extra\.yaml:4: themes\[0\]\.evidence\.src-001\[0\]\.occurrence: /,
  },
  {
    name: 'an occurrence beyond those in the article',
    breakInput: evidence('{ src-001: [{ quote: GMMP, occurrence: 99 }] }'),
    expected:
      /^extra\.yaml:4: themes\[0\]\.evidence\.src-001\[0\]: src-001: quote occurs only \d+ time\(s\), not 99: "GMMP"$/,
  },
  {
    name: 'a date written day first',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) => t.replace('"2024-10-28/2024-12-03"', '"28/10/2024"')),
    expected: /^events\.yaml:\d+: events\[\d+\]\.date: /,
  },
  {
    name: 'a relative date read against an unknown source',
    breakInput: (i) =>
      edit(join(i.facts, 'events.yaml'), (t) =>
        t.replace(
          'expression: le 3 octobre dernier, source: src-001',
          'expression: le 3 octobre dernier, source: src-999',
        ),
      ),
    expected: /^events\.yaml:\d+: events\[\d+\]\.date(\.source)?: .*src-999/,
  },
  {
    name: 'a person of an unknown country',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) =>
        t.replace('    country: morocco\n', '    country: atlantis\n'),
      ),
    expected: /^people\.yaml:\d+: people\[0\]\.country: unknown id "atlantis"$/,
  },
  {
    name: 'a country that is a person',
    breakInput: (i) =>
      edit(join(i.facts, 'people.yaml'), (t) =>
        t.replace('    country: morocco\n', '    country: simon-fetet\n'),
      ),
    expected: /^people\.yaml:\d+: people\[0\]\.country: "simon-fetet" is a Person; .* takes Country$/,
  },
  {
    name: 'a member of an organization that is a place',
    breakInput: (i) =>
      edit(join(i.facts, 'organizations.yaml'), (t) =>
        t.replace('    members:\n      - id: morocco', '    members:\n      - id: paris'),
      ),
    expected: /^organizations\.yaml:\d+: organizations\[0\]\.members\[0\].*"paris" is a Place/,
  },
  {
    name: 'an organization of a kind outside the vocabulary',
    breakInput: (i) =>
      edit(join(i.facts, 'organizations.yaml'), (t) =>
        t.replace('kind: bilateral-group', 'kind: secret-society'),
      ),
    expected: /^organizations\.yaml:\d+: organizations\[0\]\.kind: /,
  },
  {
    name: 'an organization part of an unknown one',
    breakInput: (i) =>
      edit(join(i.facts, 'organizations.yaml'), (t) =>
        t.replace('    kind: bilateral-group\n', '    kind: bilateral-group\n    partOf: nowhere\n'),
      ),
    expected: /^organizations\.yaml:\d+: organizations\[0\]\.partOf: unknown id "nowhere"$/,
  },
  {
    name: 'an id twice in one file',
    breakInput: extra(
      `themes:\n${['Extra', 'Again'].map((name) => `  - id: extra-theme\n    name: ${name}\n    evidence:\n      src-001: ["${QUOTE}"]\n`).join('')}`,
    ),
    expected:
      /^extra\.yaml:6: themes\[1\]\.id: duplicate id "extra-theme": already defined as Theme in extra\.yaml:2$/,
  },
  {
    name: 'two sources with one id',
    breakInput: async (i) => {
      await writeFile(join(i.corpus, '911_other.txt'), 'Un autre article\nSur la coopération.\n');
      await writeFile(join(i.facts, 'extra.yaml'), 'sources:\n  - id: src-001\n    file: 911_other.txt\n');
    },
    expected: /^(extra|sources)\.yaml:\d+: sources\[\d+\]\.id: duplicate id "src-001"/,
  },
  {
    name: 'two entries for one article',
    breakInput: extra('sources:\n  - id: src-900\n    file: 000_2b983f85dde7aede.txt\n'),
    expected:
      /^(extra|sources)\.yaml:\d+: sources\[\d+\]\.file: a second entry for 000_2b983f85dde7aede\.txt$/,
  },
  {
    name: 'an article file outside the corpus folder',
    breakInput: extra('sources:\n  - id: src-900\n    file: ../../etc/passwd.txt\n'),
    expected: /^extra\.yaml:3: sources\[0\]\.file: a file name in the corpus folder, ending in \.txt$/,
  },
  {
    name: 'a fact file that is a link to a file outside the folder',
    breakInput: (i) => symlink('/etc/passwd', join(i.facts, 'passwd.yaml')),
    expected: /^passwd\.yaml: is a symbolic link/,
  },
  {
    name: 'a folder named like a fact file',
    breakInput: (i) => mkdir(join(i.facts, 'folder.yaml')),
    expected: /^folder\.yaml: /,
  },
  {
    name: 'a YAML alias bomb (billion laughs)',
    breakInput: extra(
      `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n${['b', 'c', 'd', 'e', 'f', 'g']
        .map((k, n) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[n]}`).join(',')}]`)
        .join('\n')}\n`,
    ),
    expected: /^extra\.yaml: .*alias/,
  },
  {
    name: 'a fact file in Latin-1 whose accents are outside quotes',
    breakInput: extra(
      Buffer.concat([
        Buffer.from('themes:\n  - id: extra-theme\n    name: "R'),
        Buffer.from([0xe9]),
        Buffer.from(`union"\n    evidence:\n      src-001: ["${QUOTE}"]\n`),
      ]),
    ),
    expected: /^extra\.yaml:3: .*UTF-8/,
  },
];

async function check({ breakInput, expected }: BadInputCase): Promise<void> {
  const found = await withCopies(async (input) => {
    await breakInput(input);
    return problemsOf(db, input);
  });
  expect(found).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  expect(await dumpGraph(db)).toEqual(graph);
}

describe('malformed corpus', () => {
  it.each(corpusCases)('reports $name with its place, and writes nothing', check);
});

describe('malformed facts', () => {
  it.each(factCases)('reports $name with its place, and writes nothing', check);
});

it('tries at least 30 new malformed inputs', () => {
  expect(corpusCases.length + factCases.length).toBeGreaterThanOrEqual(30);
});
