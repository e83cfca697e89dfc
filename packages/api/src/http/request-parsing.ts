import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/** The media type of a Content-Type header, lowercased: media types are case-insensitive. */
export function mediaType(header: string | null): string | undefined {
  return header?.split(',')[0]?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * A refusal of the request as the client sent it: 400 with a message and no detail of the parser,
 * whichever media type the client accepts (not a `spec` status, which application/json answers with 200).
 */
function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * A JSON parameter that may be absent; when it is not JSON, that is said without echoing it. Yoga
 * checks afterwards that what it holds is an object.
 */
function parseJsonParameter(name: string, text: string | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest(`The ${name} parameter is not valid JSON.`);
  }
}

function parseGet(request: Request): GraphQLParams {
  const search = new URL(request.url).searchParams;
  return {
    query: search.get('query') ?? undefined,
    operationName: search.get('operationName') ?? undefined,
    variables: parseJsonParameter('variables', search.get('variables')),
    extensions: parseJsonParameter('extensions', search.get('extensions')),
  };
}

async function parsePostJson(request: Request): Promise<GraphQLParams | GraphQLParams[]> {
  // What the body holds is checked below, and then by Yoga as for its own parser.
  let body: GraphQLParams | GraphQLParams[] | null;
  try {
    body = JSON.parse(await request.text());
  } catch {
    // Not the parser's message: it quotes the body back.
    throw badRequest('POST body sent invalid JSON.');
  }
  // A list is a batch, which Yoga's own limit refuses with its message.
  if (body === null || typeof body !== 'object')
    throw badRequest('POST body is expected to be a JSON object.');
  return body;
}

/**
 * How a query may arrive: GET with its parameters in the URL, or POST with a JSON body, whatever
 * the case of `application/json`. A form or multipart POST, which a page of any origin can send
 * without a CORS preflight, and any other body, get 415. Malformed JSON (in the body, or in the
 * `variables` and `extensions` of a GET) is the client's 400, and says so without echoing it.
 */
export function useJsonRequests(): Plugin {
  return {
    onRequestParse({ request, setRequestParser, endResponse, fetchAPI }) {
      if (request.method === 'GET') return setRequestParser(parseGet);
      if (request.method !== 'POST') return;
      if (mediaType(request.headers.get('content-type')) === 'application/json') {
        return setRequestParser(parsePostJson);
      }
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              { message: 'A query is sent with GET, or with POST and Content-Type: application/json.' },
            ],
          },
          { status: 415 },
        ),
      );
    },
  };
}
