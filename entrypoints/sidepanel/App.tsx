import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ContextCard } from '../../components/ContextCard';
import { DraftList } from '../../components/drafts/DraftList';
import { Checklist } from '../../components/escalation/Checklist';
import { LevelNotice } from '../../components/escalation/LevelNotice';
import { NomenclaturePicker } from '../../components/escalation/NomenclaturePicker';
import { ScriptEditor } from '../../components/escalation/ScriptEditor';
import { DuplicateNotice } from '../../components/duplicates/DuplicateNotice';
import { Suggestions } from '../../components/kb/Suggestions';
import { ScreenshotEditor } from '../../components/screenshots/ScreenshotEditor';
import { ScreenshotTray } from '../../components/screenshots/ScreenshotTray';
import { checkCompleteness, isBlocked } from '../../utils/core/escalation/completeness';
import { guideLevel } from '../../utils/core/escalation/level';
import { proposeMotif } from '../../utils/core/escalation/motif-proposal';
import { selectionKbCategories, selectionLevel } from '../../utils/core/nomenclature/lookup';
import { boostForContext } from '../../utils/core/search/context-boost';
import type { KbHit } from '../../utils/core/search/kb-index';
import { DEFAULT_ANSWER_TEMPLATES, renderAnswer } from '../../utils/core/search/answer-templates';
import { t } from '../../utils/i18n';
import { CallLog } from './CallLog';
import { prepareEscalation } from './prepare';
import { useCaptureShortcut } from './use-capture-shortcut';
import { useConfig } from './use-config';
import { useDraft } from './use-draft';
import { useDuplicates } from './use-duplicates';
import { useKbSearch } from './use-kb-search';
import { useNomenclature, useSelectionCarriedOver } from './use-nomenclature';
import { useScreenshots } from './use-screenshots';
import { useTargetContext } from './use-target-context';

type Status = 'idle' | 'busy' | 'done' | { error: string };

export function App() {
  const target = useTargetContext();
  const snapshot = target.status === 'ready' ? target.snapshot : null;
  const config = useConfig();
  // The form's own lists once seen; the call log keeps the configured one (its indicators count
  // the national motifs by their codes).
  const { nomenclature, origin } = useNomenclature(config.nomenclature);
  const d = useDraft(snapshot);
  const draft = d.draft;
  useSelectionCarriedOver(draft, d.update, nomenclature, config.nomenclature);
  const shots = useScreenshots(
    draft?.contextKey ?? null,
    target.status === 'ready' ? target.tabId : null,
    snapshot?.context.pageKind ?? null,
    (screenshots) => {
      if (d.draft) d.update({ ...d.draft, screenshots });
    },
  );
  useCaptureShortcut(
    draft && target.status === 'ready' ? () => void shots.capture('visible') : null,
  );
  const [manualQuery, setManualQuery] = useState('');
  const [copied, setCopied] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>('idle');

  const text = draft
    ? [draft.nature.summary, draft.nature.description, draft.obtained].join('\n')
    : '';
  const signals = snapshot?.signals ?? [];
  const proposal = useMemo(
    () =>
      draft
        ? proposeMotif(nomenclature, {
            pageKind: snapshot?.context.pageKind ?? null,
            text,
            signals,
          })
        : null,
    [draft, nomenclature, snapshot, text, signals],
  );
  const callProposal = useMemo(
    () =>
      nomenclature === config.nomenclature || !draft
        ? proposal
        : proposeMotif(config.nomenclature, {
            pageKind: snapshot?.context.pageKind ?? null,
            text,
            signals,
          }),
    [proposal, nomenclature, config.nomenclature, draft, snapshot, text, signals],
  );
  const guidance = useMemo(
    () =>
      draft && text.trim()
        ? guideLevel({
            text,
            signals,
            selectionLevel: selectionLevel(nomenclature, draft.nomenclature),
          })
        : null,
    [draft, nomenclature, text, signals],
  );
  const items = useMemo(
    () =>
      draft
        ? checkCompleteness(draft, {
            nomenclature,
            referentEmail: snapshot?.context.userEmail ?? undefined,
            signals,
          })
        : [],
    [draft, nomenclature, snapshot, signals],
  );
  const categories = useMemo(() => {
    const fromMotif = draft ? selectionKbCategories(nomenclature, draft.nomenclature) : [];
    return [
      ...new Set([
        ...fromMotif,
        ...boostForContext({ pageKind: snapshot?.context.pageKind ?? null }).categories,
      ]),
    ];
  }, [draft, nomenclature, snapshot]);
  const query = draft ? `${draft.nature.summary} ${draft.nature.description}` : manualQuery;
  const search = useKbSearch(query, categories);
  const duplicates = useDuplicates(draft, nomenclature);

  const copyAnswer = async (hit: KbHit) => {
    const template = config.answerTemplates[0] ?? DEFAULT_ANSWER_TEMPLATES[0];
    if (!template) return;
    const answer = renderAnswer(template, {
      title: hit.title,
      url: hit.sectionUrl,
      section: hit.section.heading || undefined,
    });
    await navigator.clipboard.writeText(answer);
    setCopied(hit.slug);
  };

  const prepare = async () => {
    if (!draft) return;
    setStatus('busy');
    try {
      await d.flush();
      await prepareEscalation(draft, nomenclature, config.kbOrigin, config.nomenclature);
      setStatus('done');
    } catch (err) {
      setStatus({ error: err instanceof Error ? err.message : String(err) });
    }
  };

  const blocked = isBlocked(items);
  const duplicateBlocked = duplicates.decision?.verdict === 'block' && !duplicates.justification;
  const level1 = guidance?.kind === 'question';

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
      {[...d.problems, ...config.problems].map((p) => (
        <p key={p} className="ars-notice ars-warn" role="alert">
          {p}
        </p>
      ))}
      {target.status === 'loading' && <p>{t('loading')}</p>}
      {target.status === 'none' && <p className="ars-notice">{t('contextNone')}</p>}
      {snapshot && draft && (
        <>
          <ContextCard context={snapshot.context} />
          {duplicates.decision && (
            <DuplicateNotice
              decision={duplicates.decision}
              justification={duplicates.justification}
              kbOrigin={config.kbOrigin}
              onJustify={(justification) => d.update({ ...draft, justification })}
            />
          )}
          <LevelNotice guidance={guidance} />
          {level1 && (
            <Suggestions
              hits={search.hits}
              status={search.status}
              query={query}
              onCopyAnswer={(h) => void copyAnswer(h)}
              copiedSlug={copied}
            />
          )}
          <ScriptEditor draft={draft} onChange={d.update} />
          <p className="ars-status" aria-live="polite" data-testid="save-state">
            {d.saveState === 'saving' && t('draftSaving')}
            {d.saveState === 'saved' && t('draftSaved')}
            {typeof d.saveState === 'object' && (
              <span className="ars-notice ars-error">{d.saveState.error}</span>
            )}
          </p>
          {d.conflicts.length > 0 && (
            <p className="ars-notice ars-warn" role="alert">
              {t('draftConflict', { fields: d.conflicts.join(', ') })}
            </p>
          )}
          <NomenclaturePicker
            nomenclature={nomenclature}
            origin={origin}
            selection={draft.nomenclature}
            proposal={proposal}
            onChange={(selection) => d.update({ ...draft, nomenclature: selection })}
          />
          <ScreenshotTray
            items={shots.items}
            lastMasked={shots.lastMasked}
            busy={shots.busy}
            error={shots.error}
            notice={shots.notice}
            onCaptureVisible={() => void shots.capture('visible')}
            onCaptureFullPage={() => void shots.capture('full')}
            onRemove={(id) => void shots.remove(id)}
            onEdit={(id) => void shots.edit(id)}
          />
          {shots.editing && (
            <ScreenshotEditor
              image={shots.editing.image}
              name={shots.editing.name}
              onSave={(image, info) => void shots.saveEdit(image, info.masksAdded)}
              onCancel={shots.cancelEdit}
            />
          )}
          {!level1 && (
            <Suggestions
              hits={search.hits}
              status={search.status}
              query={query}
              onCopyAnswer={(h) => void copyAnswer(h)}
              copiedSlug={copied}
            />
          )}
          <Checklist items={items} />
          {!duplicateBlocked && (
            <p>
              <button
                className="ars-primary"
                id="ars-prepare"
                disabled={status === 'busy' || blocked}
                onClick={() => void prepare()}
              >
                {status === 'busy'
                  ? t('preparing')
                  : blocked
                    ? t('prepareBlocked')
                    : t('prepareEscalation')}
              </button>
            </p>
          )}
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
        </>
      )}
      {!snapshot && (
        <Suggestions
          hits={search.hits}
          status={search.status}
          query={manualQuery}
          onQuery={setManualQuery}
          onCopyAnswer={(h) => void copyAnswer(h)}
          copiedSlug={copied}
        />
      )}
      <CallLog
        nomenclature={config.nomenclature}
        proposal={callProposal}
        contextKey={draft?.contextKey}
        articles={search.hits}
      />
      <DraftList
        drafts={Object.values(d.drafts)}
        currentKey={draft?.contextKey ?? null}
        onDelete={(k) => void d.remove(k)}
      />
    </main>
  );
}
