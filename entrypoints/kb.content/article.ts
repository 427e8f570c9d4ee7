import { tell } from '../../utils/ext/protocol/tell';
import { isArticleUrl } from '../../utils/sites/kb/sitemap';
import { extractArticle } from '../../utils/sites/kb/extract';

/** The article being read is the freshest copy there is: index it (text only, no HTML kept). */
export async function indexThisArticle(): Promise<void> {
  if (!isArticleUrl(location.href)) return;
  const outcome = extractArticle(document, location.href);
  if (outcome.ok) await tell('indexArticle', { article: outcome.article }).catch(() => undefined);
}
