// The local NLP server without Docker: Maven resolves CoreNLP and its models, a small launcher of
// ours (packages/nlp/corenlp/NlpServer.java) serves them on 127.0.0.1. See packages/nlp/corenlp/README.md.

export { installNlp } from './install.js';
export { localNlpStatus, type RunningNlp, startLocalNlp, stopLocalNlp } from './launch.js';
export { LOCAL_NLP_STATE_DIR, localNlpOptions } from './local-options.js';
export type { LocalNlpOptions } from './options.js';
