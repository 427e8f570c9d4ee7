import { browser } from 'wxt/browser';
import type { UnansweredItem } from '../../components/options/UnansweredSection';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { SUPPORT_FORM_PATH } from '../../utils/core/origins';
import { byFrequency } from '../../utils/core/search/unanswered';
import { fold } from '../../utils/core/text/french';
import { writePendingFill, type PendingFill } from '../../utils/ext/storage/pending-fill';
import { clearUnanswered, readUnanswered } from '../../utils/ext/storage/search-use-store';

/** The searches without an answer, most frequent first. */
export async function listUnanswered(): Promise<UnansweredItem[]> {
  return byFrequency(await readUnanswered()).map(({ key, text, count, last }) => ({
    key,
    text,
    count,
    last,
  }));
}

export { clearUnanswered };

/** The form's thématique for the knowledge base itself, when the nomenclature has one. */
function kbThematique(nomenclature: Nomenclature): PendingFill['thematique'] {
  const t = nomenclature.thematiques.find((x) =>
    /base de connaissance|article|documentation/.test(fold(`${x.code} ${x.libelle}`)),
  );
  return t ? { code: t.code, libelle: t.libelle, synonyms: t.synonyms } : null;
}

/**
 * « Suggérer une modification/création d'article »: the knowledge base's support form, opened in
 * a tab and filled by the extension's own script through the pending fill, as a prepared
 * escalation is (storage, not the address: a link anyone can write must not fill the form).
 */
export async function suggestArticle(
  item: UnansweredItem,
  kbOrigin: string,
  nomenclature: Nomenclature,
  now = Date.now(),
): Promise<void> {
  await writePendingFill({
    version: 1,
    createdAt: now,
    draftKey: `suggestion:${item.key}`.slice(0, 200),
    label: 'Suggestion d’article',
    email: '',
    subject: 'Suggestion d’article : recherche sans réponse',
    description:
      `Des référents ont cherché dans la base de connaissances sans trouver de réponse ` +
      `(${item.count} fois) :\n« ${item.text} »\n\nArticle à créer ou à compléter : `,
    thematique: kbThematique(nomenclature),
    motif: null,
    sousMotif: null,
    screenshotIds: [],
    ids: { menageId: null, personneId: null, demandeId: null },
  });
  await browser.tabs.create({ url: `${kbOrigin}${SUPPORT_FORM_PATH}` });
}
