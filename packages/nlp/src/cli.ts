#!/usr/bin/env node
import { readEnv } from '@diplograph/db';
import { nlpHealth } from './client/health.js';
import { nlpConfig, nlpEnv } from './config.js';
import { localNlpOptions, localNlpStatus, startLocalNlp, stopLocalNlp } from './local/index.js';

const USAGE = `usage: diplograph-nlp <start|stop|status>
  start    start the local CoreNLP server in the background; returns when its pipelines are loaded
  stop     stop it
  status   is it running, and is it ready`;

async function main(command: string | undefined): Promise<number> {
  const env = readEnv(nlpEnv);
  const config = nlpConfig(env);
  const local = localNlpOptions(env);
  switch (command) {
    case 'start': {
      if (config.external) return say(`NLP_URL is set: using ${config.url}, nothing to start`);
      const status = await localNlpStatus(local.runDir);
      if (status.running) {
        return say(`CoreNLP already running at http://127.0.0.1:${status.port} (pid ${status.pid})`);
      }
      const started = performance.now();
      console.log('starting CoreNLP (the first run downloads about 1 GB of models from Maven Central)...');
      await startLocalNlp(local, { detached: true });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      return say(`CoreNLP running at ${config.url} in ${seconds} s (French, English, Spanish)`);
    }
    case 'stop': {
      if (config.external) return say(`NLP_URL is set: ${config.url} is not ours to stop`);
      return say((await stopLocalNlp(local.runDir)) ? 'CoreNLP stopped' : 'CoreNLP was not running');
    }
    case 'status': {
      let url = config.url;
      if (!config.external) {
        const status = await localNlpStatus(local.runDir);
        if (!status.running) return say('CoreNLP is not running', 3);
        // The port it was started with, which NLP_LOCAL_PORT may no longer say.
        url = `http://127.0.0.1:${status.port}`;
      }
      const health = await nlpHealth(url);
      if (health === 'ready') return say(`CoreNLP answers at ${url}`);
      if (health === 'loading') return say(`CoreNLP at ${url} is still loading its models`, 3);
      return say(`CoreNLP at ${url} does not answer`, 3);
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

function say(message: string, code = 0): number {
  console.log(message);
  return code;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
