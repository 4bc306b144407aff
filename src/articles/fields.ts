/** How an (ar:Article) node becomes an ArticleRow. */
export const ARTICLE_FIELDS = `ar {
  label: 'Article', .id, .title, .published, .url, .text,
  outlet: head([(ar)-[:PUBLISHED_BY]->(o:Outlet) | o.name])
}`;
