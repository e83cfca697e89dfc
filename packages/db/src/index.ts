export * from './config.js';
export * from './database.js';
export * from './env.js';
export * from './errors.js';
export * from './local/index.js';
export * from './local-database.js';
export * from './migrate.js';
export * from './repo-root.js';
