export * from './config.js';
export * from './curators.js';
export * from './decision-log.js';
export * from './export-decisions.js';
export * from './passage.js';
export * from './review-keys.js';
export * from './reviewable.js';
