/** A problem with the local Neo4j server that the user can act on; the message says what and why. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}
