import { browser } from 'wxt/browser';
import { DraftList } from '../../components/drafts/DraftList';
import { Suggestions } from '../../components/kb/Suggestions';
import { ActionBar } from '../../components/panel/ActionBar';
import { Fold, openFold } from '../../components/panel/Fold';
import type { PanelAction } from '../../utils/core/panel/next-action';
import { t } from '../../utils/i18n';
import { CallLog } from './CallLog';
import { EscalationView } from './EscalationView';
import { usePanel, type PanelModel } from './use-panel';

/** The side panel: the call, then the draft of the page in focus, the next action always in reach. */
export function App() {
  const m = usePanel();
  const { target, snapshot, d } = m;
  const draft = d.draft;
  return (
    <main>
      <div className="ars-topbar">
        <h1>{t('appTitle')}</h1>
        <button
          type="button"
          className="ars-link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('openOptions')}
        </button>
      </div>
      {[...d.problems, ...m.config.problems].map((p) => (
        <p key={p} className="ars-notice ars-warn" role="alert">
          {p}
        </p>
      ))}
      <Fold id="ars-step-call" title={t('stepCall')} status={t('stepCallHint')}>
        <CallLog
          nomenclature={m.config.nomenclature}
          proposal={m.analysis.callProposal}
          contextKey={draft?.contextKey}
          articles={m.search.hits}
        />
      </Fold>
      {target.status === 'loading' && <p>{t('loading')}</p>}
      {target.status === 'none' && <p className="ars-notice">{t('contextNone')}</p>}
      {snapshot && draft && <EscalationView m={m} snapshot={snapshot} draft={draft} />}
      {!snapshot && (
        <Suggestions
          hits={m.search.hits}
          status={m.search.status}
          query={m.manualQuery}
          answers={m.search.query}
          onQuery={m.setManualQuery}
          onCopyAnswer={(h) => void m.answer.copy(h)}
          copiedSlug={m.answer.copied}
        />
      )}
      <Fold
        id="ars-step-drafts"
        title={t('stepDrafts')}
        status={String(Object.keys(d.drafts).length)}
        done={Object.keys(d.drafts).length <= 1}
      >
        <DraftList
          drafts={Object.values(d.drafts)}
          currentKey={draft?.contextKey ?? null}
          onDelete={(k) => void d.remove(k)}
        />
      </Fold>
      <PanelActions m={m} />
    </main>
  );
}

function PanelActions({ m }: { m: PanelModel }) {
  const top = m.search.hits[0] ?? null;
  const status = m.prep.status;
  const run = (action: PanelAction) => {
    if (action === 'copy-answer' && top) void m.answer.copy(top);
    if (action === 'capture') void m.shots.capture('visible');
    if (action === 'prepare') void m.prep.prepare();
    if (action === 'see-duplicate') showDuplicate();
  };
  return (
    <ActionBar
      plan={m.plan}
      answerTitle={top?.title ?? null}
      prepare={{ busy: status === 'busy', blocked: m.blocked }}
      captureBusy={m.shots.busy !== null}
      onAction={run}
      feedback={
        <>
          {status === 'done' && (
            <p className="ars-notice ars-ok" role="status">
              {t('prepared')}
            </p>
          )}
          {typeof status === 'object' && (
            <p className="ars-notice ars-error" role="alert">
              {t('errorGeneric', { message: status.error })}
            </p>
          )}
          {m.plan.primary === 'copy-answer' && top && m.answer.copied === top.slug && (
            <p className="ars-notice ars-ok" data-testid="bar-copied">
              {t('answerCopied')}
            </p>
          )}
        </>
      }
    />
  );
}

/** Opens « Est-ce déjà connu ? » on the duplicate's notice and moves the focus there. */
function showDuplicate(): void {
  openFold('ars-step-known');
  // After the fold's render: its content is hidden until then.
  requestAnimationFrame(() => {
    const notice = document.querySelector<HTMLElement>('[data-testid="duplicate"]');
    notice?.scrollIntoView({ block: 'start' });
    const link = notice?.querySelector<HTMLElement>('a, button');
    (link ?? document.getElementById('ars-step-known-toggle'))?.focus();
  });
}
