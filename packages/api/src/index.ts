export * from './config.js';
export * from './context.js';
export * from './logger.js';
export * from './print-schema.js';
export * from './yoga.js';
