/**
 * Refusals the subjects raise, in the domain's terms. They know nothing of GraphQL: the API maps them
 * to client-facing codes in one place (src/graphql/errors.ts), the CLIs print their message.
 */

/** An argument the caller can fix; `argument` names it (`first`, `input.url`). */
export class BadArgumentError extends Error {
  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message);
    this.name = 'BadArgumentError';
  }
}

/** A write attempted without the API key. */
export class MissingApiKeyError extends Error {
  constructor() {
    super('Mutations need the API key: send "Authorization: Bearer <API_KEY>".');
    this.name = 'MissingApiKeyError';
  }
}
