import type { MutationResolvers } from '../generated/graphql';
import { BadArgumentError, MissingApiKeyError } from '../model/errors';
import { CorrectionError, correctStatement } from './corrections/correct';
import { IngestInputError, checkArticleText, checkArticleUrl } from './text/input';
import { ingestArticle, today } from './write/ingestArticle';

/** Runs an input check; its refusal becomes BAD_USER_INPUT naming the argument. */
function checked<T>(argument: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    throw error instanceof IngestInputError ? new BadArgumentError(error.message, argument) : error;
  }
}

export const ingestMutations: MutationResolvers = {
  ingestArticle: async (_root, { input, dryRun }, ctx) => {
    // Queries stay open; anything that writes needs the key.
    if (!ctx.authorized) throw new MissingApiKeyError();
    const text = checked('input.text', () => checkArticleText(input.text, 'input.text'));
    const url = checked('input.url', () => checkArticleUrl(input.url ?? null, 'input.url'));
    const meta = {
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      published: input.published ?? today(),
      url,
    };
    return ingestArticle(ctx.graph, text, meta, dryRun ?? false);
  },

  correctStatement: async (_root, { input }, ctx) => {
    if (!ctx.authorized) throw new MissingApiKeyError();
    try {
      return await correctStatement(ctx.graph, input);
    } catch (error) {
      throw error instanceof CorrectionError
        ? new BadArgumentError(error.message, `input.${error.argument}`)
        : error;
    }
  },
};
