import type { SisiaoContext } from '../utils/core/context';
import { t, type MessageKey } from '../utils/i18n';

const FIELDS: Array<[keyof SisiaoContext, MessageKey]> = [
  ['menageId', 'fieldMenageId'],
  ['personneId', 'fieldPersonneId'],
  ['demandeId', 'fieldDemandeId'],
  ['structureId', 'fieldStructureId'],
  ['dispositifId', 'fieldDispositifId'],
  ['groupePlacesId', 'fieldGroupePlacesId'],
  ['userEmail', 'fieldUserEmail'],
  ['userProfile', 'fieldUserProfile'],
  ['appVersion', 'fieldAppVersion'],
];

function how(found: string | undefined): string {
  if (!found) return '';
  const key = (found.startsWith('rule:') ? 'foundBy_rule' : `foundBy_${found}`) as MessageKey;
  return t(key);
}

/** What the extension read on the SI SIAO page, with how each value was found. */
export function ContextCard({ context }: { context: SisiaoContext }) {
  return (
    <section className="ars-card" aria-labelledby="ars-context-title">
      <h2 id="ars-context-title">{t('contextTitle')}</h2>
      <dl className="ars-context" data-testid="context">
        {FIELDS.filter(([field]) => context[field] !== null || field === 'menageId').map(
          ([field, label]) => (
            <div key={field} style={{ display: 'contents' }}>
              <dt>{t(label)}</dt>
              <dd data-field={field}>
                {context[field] === null ? (
                  <span className="ars-muted">{t('notFound')}</span>
                ) : (
                  <>
                    {/* What the page says, as it says it (a profile: French). */}
                    <span lang="fr">{context[field] as string}</span>
                    <span className="ars-how">{how(context.found[field])}</span>
                  </>
                )}
              </dd>
            </div>
          ),
        )}
        <dt>{t('fieldPage')}</dt>
        <dd data-field="pageTitle" lang="fr">
          {context.pageTitle ?? context.pageKind}
        </dd>
      </dl>
    </section>
  );
}
