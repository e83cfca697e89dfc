export * from './annotation.js';
export { NlpRequestError, NlpUnavailableError } from './client/errors.js';
export { type NlpHealth, nlpHealth } from './client/health.js';
export {
  type AnnotateItem,
  createNlpClient,
  NlpClient,
  type NlpClientOptions,
  type NlpCounts,
} from './client/nlp-client.js';
export { MAX_TEXT_BYTES } from './client/request.js';
export * from './config.js';
export { type EntityType, entityType } from './entity-type.js';
export { isLanguage, LANGUAGES, type Language } from './language.js';
export * from './local/index.js';
export { pipelineVersion } from './pipeline-version.js';
