export * from './config.js';
export * from './corpus/read-corpus.js';
export * from './facts/read-facts.js';
export * from './graph/build-graph.js';
export * from './graph/graph-data.js';
export * from './ingest.js';
export * from './problems.js';
export * from './write/write-graph.js';
