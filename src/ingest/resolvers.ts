import type { MutationResolvers } from '../generated/graphql';
import { badInput, unauthenticated } from '../graphql/errors';
import { ingestArticle, today } from './write/ingestArticle';
import { IngestInputError, checkArticleText } from './text/input';

export const ingestMutations: MutationResolvers = {
  ingestArticle: async (_root, { input, dryRun }, ctx) => {
    // Queries stay open; anything that writes needs the key.
    if (!ctx.authorized)
      throw unauthenticated('Mutations need the API key: send "Authorization: Bearer <API_KEY>".');
    let text: string;
    try {
      text = checkArticleText(input.text, 'input.text');
    } catch (error) {
      throw error instanceof IngestInputError ? badInput(error.message, 'input.text') : error;
    }
    const meta = {
      title: input.title ?? null,
      outlet: input.outlet ?? null,
      published: input.published ?? today(),
      url: input.url ?? null,
    };
    return ingestArticle(ctx.graph, text, meta, dryRun ?? false);
  },
};
