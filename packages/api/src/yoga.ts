import { randomUUID } from 'node:crypto';
import { type Database, isMigrated, type Migration } from '@diplograph/db';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, useReadinessCheck } from 'graphql-yoga';
import { sharedAbortController } from './abort.js';
import { Admission } from './admission/admission.js';
import { useAdmission } from './admission/use-admission.js';
import type { ApiEnv } from './config.js';
import { type Context, createContext } from './context.js';
import { type Curation, curationFromEnv } from './curation/curation.js';
import { curatorOfRequests } from './curation/curator-of.js';
import { maskError, useParseDepthGuard } from './errors.js';
import { useExplorer } from './explorer.js';
import { graphiqlOptions } from './graphiql/graphiql.js';
import { useHiddenSuggestions } from './hidden-suggestions.js';
import { clientAddress } from './http/client.js';
import { corsFor } from './http/cors.js';
import { useLandingPage } from './http/landing-page.js';
import { useReplyBodies } from './http/reply-bodies.js';
import { useJsonRequests } from './http/request-parsing.js';
import { useResponseLimit } from './http/response-limit.js';
import { useJit } from './jit.js';
import type { Liveness } from './liveness.js';
import type { Logger } from './logger.js';
import { Metrics, useMetrics } from './metrics.js';
import { curatorSchema, schema } from './schema/index.js';
import { useHints } from './unknown-id-hints.js';

export interface AppOptions {
  db: Database;
  env: ApiEnv;
  /** The migrations the graph must have applied to be ready. */
  migrations: Migration[];
  logger: Logger;
  /** Counters for /metrics; a new set unless given (main.ts shares them with its Node listener). */
  metrics?: Metrics;
  /** Whether Neo4j answers (main.ts watches it); without it, requests find out by their deadline. */
  liveness?: Liveness;
  /** The curators' tokens and the decisions log; by default the files the environment names. */
  curation?: Curation;
}

// Armor throws its refusals by default, and Yoga answers thrown errors with 200; reported as
// validation errors instead, they get Yoga's 400 as any invalid document does.
const refuse = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

/** Builds the GraphQL server (it does not listen): /graphql, /health, /ready, /metrics, /explorer/ and `/`. */
export function createApp({
  db,
  env,
  migrations,
  logger,
  metrics = new Metrics(db),
  liveness,
  curation = curationFromEnv(),
}: AppOptions) {
  const curatorOf = curatorOfRequests(curation.curators);
  const requests = new WeakMap<Request, { id: string; start: number }>();
  const admission = new Admission({ cheapCost: env.CHEAP_COST, budget: env.COST_BUDGET });
  metrics.observeAdmission(() => admission.figures());
  return createYoga<object, Context>({
    // A curator's token opens the schema with the decisions' mutations; anyone else gets the other.
    schema: async ({ request }) => ((await curatorOf(request)) ? curatorSchema : schema),
    context: async (initial) => {
      const seen = requests.get(initial.request);
      // The deadline runs from the request's arrival: parsing and validating count.
      const elapsed = seen ? performance.now() - seen.start : 0;
      return createContext(
        db,
        seen?.id ?? randomUUID(),
        {
          client: clientAddress(initial) ?? 'local',
          deadline: Date.now() + env.REQUEST_TIMEOUT_MS - elapsed,
          controller: sharedAbortController(),
          clientSignal: initial.request.signal,
        },
        { curator: await curatorOf(initial.request), log: curation.log },
      );
    },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    cors: corsFor(env.CORS_ORIGINS),
    // Multipart is for file uploads, which the API has none of; a page of any origin can POST it.
    multipart: false,
    graphiql: env.GRAPHIQL ? graphiqlOptions() : false,
    // GraphiQL's scripts, styles and workers come with the page: it works with no internet.
    renderGraphiQL,
    maskedErrors: { maskError },
    // Yoga logs the errors it masks (the cause of every 5xx, unexpected ones included) and its
    // warnings: as JSON lines like ours.
    logging: {
      debug: () => {},
      info: () => {},
      warn: (...args: unknown[]) => logger.warn('yoga', { detail: args.map(String) }),
      error: (...args: unknown[]) =>
        logger.error('request failed', {
          error: args.map((a) => (a instanceof Error ? a.stack : String(a))),
        }),
    },
    // First the plugins that see every request, before any other may answer it.
    plugins: [
      // Before the log and the metrics, which then see the answer it may replace.
      useResponseLimit(env.MAX_RESPONSE_BYTES),
      useReplyBodies(),
      useRequestLog(logger, requests),
      useMetrics(metrics, env.METRICS_TOKEN),
      useBodyLimit(env.MAX_BODY_BYTES),
      useJsonRequests(),
      EnvelopArmorPlugin({
        maxDepth: { n: env.MAX_DEPTH, exposeLimits: true, ...refuse },
        maxAliases: { n: env.MAX_ALIASES, exposeLimits: true, ...refuse },
        maxTokens: { n: env.MAX_TOKENS, exposeLimits: true },
        maxDirectives: { n: 20, exposeLimits: true, ...refuse },
        // Cost is estimated at execution, where the variables are known (admission/cost.ts): a
        // validation rule would be cached with the document, whatever its variables.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: true },
      }),
      useParseDepthGuard(),
      useReadOnly(),
      // Before admission, which wraps the execution it sets.
      ...useJit(schema),
      useAdmission({ admission, maxCost: env.MAX_COST, liveness }),
      useHints(),
      ...(env.INTROSPECTION ? [] : [useDisableIntrospection(), useHiddenSuggestions()]),
      useReadinessCheck({
        endpoint: '/ready',
        // Ready means: Neo4j answers and holds every migration. Errors stay out of the response.
        // It answers within NEO4J_WAIT_MS, and at once while Neo4j is known to be down.
        check: async () => {
          if (liveness && !liveness.up) return false;
          try {
            const bounded = db.scoped({ deadline: Date.now() + env.NEO4J_WAIT_MS, signal: liveness?.signal });
            return await isMigrated(bounded, migrations);
          } catch {
            return false;
          }
        },
      }),
      useExplorer(),
      useLandingPage(env.GRAPHIQL),
    ],
  });
}

/**
 * Refuses mutations and subscriptions as invalid documents (400): the API has neither, but for
 * curators' decisions.
 * graphql-js 16 would let them reach execution, and answer a subscription with 200.
 */
function useReadOnly(): Plugin {
  const rule = (context: ValidationContext) => ({
    OperationDefinition(node: OperationDefinitionNode) {
      if (node.operation === 'query') return;
      // Only the schema a curator's token opens has mutations.
      if (node.operation === 'mutation' && context.getSchema().getMutationType()) return;
      context.reportError(
        new GraphQLError(`The API is read-only: it has no ${node.operation}s.`, { nodes: node }),
      );
    },
  });
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

/**
 * Refuses a body over the limit before it is read, by its declared length; and a body of unknown
 * length (chunked), which would otherwise be read whole before any limit applies.
 */
function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = request.headers.get('content-length');
      const reply = (status: number, message: string) =>
        endResponse(fetchAPI.Response.json({ errors: [{ message }] }, { status }));
      if (length === null && request.headers.has('transfer-encoding')) {
        return reply(411, 'a request body needs a Content-Length header');
      }
      if (Number(length) > maxBytes) return reply(413, `request body over ${maxBytes} bytes`);
    },
  };
}

/**
 * Gives each request an id (the caller's x-request-id, else a new one), returns it in the
 * response, and logs one structured line per request with its status and duration.
 */
function useRequestLog(
  logger: Logger,
  requests: WeakMap<Request, { id: string; start: number }>,
): Plugin<Context> {
  return {
    onRequest({ request }) {
      requests.set(request, {
        id: request.headers.get('x-request-id') ?? randomUUID(),
        start: performance.now(),
      });
    },
    onExecute({ args }) {
      return {
        onExecuteDone() {
          logger.debug('executed', {
            requestId: args.contextValue.requestId,
            statements: args.contextValue.queries.count,
          });
        },
      };
    },
    onResponse({ request, response }) {
      const seen = requests.get(request);
      if (seen) response.headers.set('x-request-id', seen.id);
      logger.info('request', {
        requestId: seen?.id,
        method: request.method,
        path: new URL(request.url).pathname,
        status: response.status,
        ms: seen ? Math.round(performance.now() - seen.start) : undefined,
      });
    },
  };
}
