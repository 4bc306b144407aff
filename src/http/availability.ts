import type {
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestContextWillSendResponse,
} from '@apollo/server';
import type { Context } from '../graphql/context';
import { isServiceUnavailable } from '../graphql/errors';
import { BOOKMARKS_HEADER } from './bookmarks';

/** Seconds a client should wait before retrying after a 503. */
const RETRY_AFTER_SECONDS = '1';

/** Once the operation is known: a mutation gets the longer mutation deadline. */
export function mutationDeadline(mutationTimeoutMs: number) {
  return ({ operation, contextValue }: GraphQLRequestContextDidResolveOperation<Context>): void => {
    if (operation?.operation === 'mutation') contextValue.graph.budget?.setTimeout(mutationTimeoutMs);
  };
}

/**
 * Before the answer is sent: a mutation's answer gets the bookmarks after its write (see
 * bookmarks.ts); when the database failed the whole request (every error SERVICE_UNAVAILABLE, no
 * field answered), the HTTP status is 503 with Retry-After, so load balancers and clients can tell
 * "try again" from a fault.
 */
export async function answerAvailability({
  response,
  errors,
  operation,
  operationName,
  contextValue,
}: GraphQLRequestContextWillSendResponse<Context>): Promise<void> {
  if (operation?.operation === 'mutation' && !errors?.length) {
    const bookmarks = [...(await contextValue.graph.driver.executeQueryBookmarkManager.getBookmarks())];
    if (bookmarks.length) response.http.headers.set(BOOKMARKS_HEADER, bookmarks.join(','));
  }
  if (response.body.kind !== 'single' || !errors?.length) return;
  const unavailable = errors.every(isServiceUnavailable);
  const data = response.body.singleResult.data;
  const nothingAnswered = !data || Object.values(data).every((value) => value === null);
  if (unavailable && nothingAnswered) {
    const [first] = errors;
    contextValue.log.warn('database unavailable for the whole request', {
      reason: first?.extensions?.reason,
      path: first?.path?.join('.'),
      operationName,
    });
    response.http.status = 503;
    response.http.headers.set('retry-after', RETRY_AFTER_SECONDS);
  }
}
