import type { ConnectionPage } from '../graphql/pagination';

export interface ArticleRow {
  label: 'Article';
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  text: string;
}

/** Where a fact rests: the exact characters of one article. */
export interface SourceRow {
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export type ArticlePage = ConnectionPage<ArticleRow>;
