import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import { logIfUnexpected } from '../graphql/errors';
import type { Logger } from '../log';
import { corsCheck } from './cors';
import { methodNotAllowed, sendRequestError } from './errors';
import { jsonBodyReader } from './jsonBody';
import { queryText, tokenGuard } from './limits/tokenGuard';
import { beginRequest } from './requestLog';
import type { ServerSettings } from './settings';

export interface GraphqlRouteOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  settings: Pick<ServerSettings, 'corsOrigins' | 'maxBodyBytes' | 'limits'>;
  /** This request's context (graph handle, authorization, budget, bookmarks, its logger). */
  context: (req: IncomingMessage, requestLog: Logger) => Promise<TContext>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Whether a request is for the GraphQL endpoint: `/graphql`, anything under `/graphql/`, any query
 * string, any letter case (where Express's `app.use('/graphql')` sent it before).
 */
export function isGraphqlPath(url: string | undefined): boolean {
  if (url === undefined || url.length < 8 || url.slice(0, 8).toLowerCase() !== '/graphql') return false;
  const next = url[8];
  return next === undefined || next === '/' || next === '?';
}

/**
 * POST and GET /graphql on the bare node request, through Apollo Server's integration API
 * (`executeHTTPGraphQLRequest`, as the `@as-integrations` packages do), without Express's router and
 * response helpers on the path every query takes. In order, as Express ran it before: a request id
 * and a log line, the CORS allow-list (and preflights), 405 for other methods, the JSON body (as
 * `express.json` reads it, with the body limit: jsonBody.ts; its errors answered with our codes), the
 * token limit, then Apollo, with the request's logger handed to its context and to the error answers.
 */
export function graphqlRoute<TContext extends BaseContext>({
  apollo,
  settings,
  context,
}: GraphqlRouteOptions<TContext>): Handler {
  const cors = corsCheck(settings.corsOrigins);
  const readBody = jsonBodyReader(settings.maxBodyBytes);
  const guardTokens = tokenGuard(settings.limits);
  const wrongMethod = methodNotAllowed('GET, POST');

  async function serve(req: IncomingMessage, res: ServerResponse, requestLog: Logger): Promise<void> {
    if (cors(req, res)) return;
    const method = req.method ?? 'GET';
    if (method !== 'POST' && method !== 'GET') return wrongMethod(req, res);
    let body: unknown;
    try {
      body = await readBody(req, res);
    } catch (error) {
      return sendRequestError(res, error, settings.maxBodyBytes);
    }
    const url = req.url ?? '';
    const at = url.indexOf('?');
    const search = at < 0 ? '' : url.slice(at);
    if (guardTokens(queryText(body, search ? new URLSearchParams(search) : null), res)) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () =>
        context(req, requestLog).catch((error: unknown) => {
          logIfUnexpected(error, requestLog);
          throw error;
        }),
    });
    await send(res, answer);
  }

  return (req, res) => {
    serve(req, res, beginRequest(req, res)).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendRequestError(res, error, settings.maxBodyBytes);
    });
  };
}

/** Apollo's answer on the wire: its status and headers, the body with its length (text in UTF-8). */
async function send(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of answer.headers) {
    res.setHeader(
      key,
      key === 'content-type' && !/charset=/i.test(value) ? `${value}; charset=utf-8` : value,
    );
  }
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('Content-Length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  // Incremental delivery (@defer/@stream), should a future graphql-js and schema use it.
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
