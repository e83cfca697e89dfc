/** A mix of analysts' questions, cheap and costly, for tests that load the API with many at once. */
export const MIXED_QUESTIONS = [
  '{ node(id: "khalid-zerouali") { id ... on Person { name events(first: 10) { edges { role node { name } } } } } }',
  '{ search(query: "retailleau") { score node { id } } }',
  '{ events(first: 20, filter: { organization: "gmmp" }) { totalCount nodes { id name date { text } } } }',
  '{ lineage(of: "joint-declaration-2024-10-28", first: 20) { totalCount edges { node { depth node { id } } } } }',
  '{ neighbourhood(id: "samira-sitail", depth: 2) { nodes { id } edges { type source target } } }',
  '{ postHolders(title: "directeur de l\'immigration", at: "2024-12-03") { person { name } basis } }',
];

/** Whether a fault test's answer is the right one: the question asks for Khalid Zerouali's name. */
export const namesZerouali = (json: unknown) =>
  (json as { data?: { node?: { name?: string } } })?.data?.node?.name === 'Khalid Zerouali';
