export * from './config.js';
export * from './context.js';
export { readmeExamples } from './graphiql/readme-examples.js';
export * from './logger.js';
export * from './print-schema.js';
export { luceneQuery } from './queries/search-query.js';
export * from './yoga.js';
