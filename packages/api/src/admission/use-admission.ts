import { DeadlineExceededError } from '@diplograph/db';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Liveness } from '../liveness.js';
import type { Admission } from './admission.js';
import { estimateCost } from './cost.js';
import { Refusal } from './refusal.js';

export interface AdmissionPluginOptions {
  admission: Admission;
  /** The estimate over which a query is refused outright (MAX_COST). */
  maxCost: number;
  liveness?: Liveness;
}

/** How to ask for less: what the estimate counts is each list at its largest. */
const SMALLER_PAGES =
  'Each list counts as many items as it can hold (a page without first: as a full page of 20): ' +
  'give smaller first:, limit: or fewer ids, or fewer aliases.';

function refused(refusal: Refusal): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      code: refusal.status === 429 ? 'TOO_MANY_REQUESTS' : 'SERVICE_UNAVAILABLE',
      retryAfter: refusal.retryAfterSeconds,
      http: { status: refusal.status, headers: { 'retry-after': String(refusal.retryAfterSeconds) } },
    },
  });
}

/**
 * Before a query runs: its estimated cost (cost.ts, with its variables) against MAX_COST, then its
 * turn in admission control, then its deadline armed. While it runs, its statements stop at the
 * deadline, when Neo4j is found down, or when the client goes away; its place is given back
 * when it is over, whatever the outcome.
 */
export function useAdmission({ admission, maxCost, liveness }: AdmissionPluginOptions): Plugin<Context> {
  return {
    async onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      const { bounds } = args.contextValue;
      const { cost, costliest } = estimateCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues ?? {},
      );
      if (cost > maxCost) {
        const where = costliest ? ` The costliest field is ${costliest}.` : '';
        return setResultAndStopExecution({
          errors: [
            new GraphQLError(
              `Query Cost limit of ${maxCost} exceeded, found ${cost}. ${SMALLER_PAGES}${where}`,
              {
                extensions: {
                  code: 'GRAPHQL_VALIDATION_FAILED',
                  cost,
                  maxCost,
                  costliest,
                  http: { spec: true, status: 400 },
                },
              },
            ),
          ],
        });
      }
      const { controller } = bounds;
      const stop = (reason: unknown) => controller.abort(reason);
      const onDown = () => stop(liveness?.signal.reason);
      const onGone = () => stop(new DeadlineExceededError('the client went away'));
      const timer = setTimeout(
        () => stop(new DeadlineExceededError('the request ran out of time')),
        Math.max(0, bounds.deadline - Date.now()),
      );
      if (liveness?.signal.aborted) onDown();
      liveness?.signal.addEventListener('abort', onDown, { once: true });
      bounds.clientSignal.addEventListener('abort', onGone, { once: true });
      const disarm = () => {
        clearTimeout(timer);
        liveness?.signal.removeEventListener('abort', onDown);
        bounds.clientSignal.removeEventListener('abort', onGone);
      };
      let leave: () => void;
      try {
        leave = await admission.enter({
          client: bounds.client,
          cost,
          deadline: bounds.deadline,
          signal: controller.signal,
        });
      } catch (error) {
        disarm();
        if (!(error instanceof Refusal)) throw error;
        return setResultAndStopExecution({ errors: [refused(error)] });
      }
      setExecuteFn(async (executeArgs) => {
        try {
          return await executeFn(executeArgs);
        } finally {
          disarm();
          leave();
        }
      });
    },
  };
}
