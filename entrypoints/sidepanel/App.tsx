import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ContextCard } from '../../components/ContextCard';
import { SUPPORT_FORM_PATH } from '../../utils/core/origins';
import { BUILT_IN_KB_ORIGIN } from '../../utils/ext/build';
import { writePendingFill } from '../../utils/ext/pending-fill';
import { t } from '../../utils/i18n';
import { useTargetContext } from './use-target-context';

export function App() {
  const target = useTargetContext();
  const [summary, setSummary] = useState('');
  const [status, setStatus] = useState<'idle' | 'busy' | 'done' | { error: string }>('idle');

  const prepare = async () => {
    if (target.status !== 'ready') return;
    setStatus('busy');
    try {
      const c = target.snapshot.context;
      await writePendingFill({
        version: 1,
        createdAt: Date.now(),
        draftKey: c.demandeId ?? c.menageId ?? 'sans-contexte',
        label: c.menageId ? `ménage ${c.menageId}` : 'sans contexte',
        email: c.userEmail ?? '',
        subject: summary,
        description: `Usager : ID ménage ${c.menageId ?? '?'}\n${summary}`,
        thematique: null,
        motif: null,
        sousMotif: null,
        screenshotIds: [],
      });
      await browser.tabs.create({ url: `${BUILT_IN_KB_ORIGIN}${SUPPORT_FORM_PATH}` });
      setStatus('done');
    } catch (err) {
      setStatus({ error: String(err) });
    }
  };

  return (
    <main>
      <h1>{t('appTitle')}</h1>
      {target.status === 'loading' && <p>{t('loading')}</p>}
      {target.status === 'none' && <p className="ars-notice">{t('contextNone')}</p>}
      {target.status === 'ready' && (
        <>
          <ContextCard context={target.snapshot.context} />
          <label htmlFor="ars-summary">{t('summaryLabel')}</label>
          <input id="ars-summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
          <p>
            <button className="ars-primary" id="ars-prepare" disabled={status === 'busy'} onClick={() => void prepare()}>
              {status === 'busy' ? t('preparing') : t('prepareEscalation')}
            </button>
          </p>
          {status === 'done' && <p className="ars-notice ars-ok" role="status">{t('prepared')}</p>}
          {typeof status === 'object' && (
            <p className="ars-notice ars-error" role="alert">{t('errorGeneric', { message: status.error })}</p>
          )}
        </>
      )}
    </main>
  );
}
