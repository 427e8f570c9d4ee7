import { ContextCard } from '../../components/ContextCard';
import { ReportDetection } from '../../components/ReportDetection';
import { DuplicateNotice } from '../../components/duplicates/DuplicateNotice';
import { Checklist } from '../../components/escalation/Checklist';
import { LevelNotice } from '../../components/escalation/LevelNotice';
import { NomenclaturePicker } from '../../components/escalation/NomenclaturePicker';
import { ScriptEditor } from '../../components/escalation/ScriptEditor';
import { Suggestions } from '../../components/kb/Suggestions';
import { Fold } from '../../components/panel/Fold';
import { ScreenshotEditor } from '../../components/screenshots/ScreenshotEditor';
import { ScreenshotTray } from '../../components/screenshots/ScreenshotTray';
import type { EscalationDraft } from '../../utils/core/escalation/model';
import type { ContextSnapshot } from '../../utils/ext/protocol/content';
import { t } from '../../utils/i18n';
import type { PanelModel } from './use-panel';

interface Props {
  m: PanelModel;
  snapshot: ContextSnapshot;
  draft: EscalationDraft;
}

/**
 * A draft on a SI SIAO page, in the referent's order: the context, whether it is already known
 * (duplicate, level, articles), the script, the captures, the checks before escalating.
 */
export function EscalationView({ m, snapshot, draft }: Props) {
  const { d, duplicates, search, analysis } = m;
  const missing = analysis.items.length;
  return (
    <>
      <ContextCard context={snapshot.context} />
      <ReportDetection state={m.report.state} onReport={m.report.run} />
      <Fold
        id="ars-step-known"
        title={t('stepKnown')}
        status={
          duplicates.decision && duplicates.decision.verdict !== 'allow'
            ? t('stepKnownDuplicate')
            : search.hits.length
              ? t('stepKnownArticles', { count: search.hits.length })
              : t('stepKnownNothing')
        }
      >
        {duplicates.decision && (
          <DuplicateNotice
            decision={duplicates.decision}
            justification={duplicates.justification}
            kbOrigin={m.config.kbOrigin}
            onJustify={(justification) => d.update({ ...draft, justification })}
          />
        )}
        <LevelNotice guidance={analysis.guidance} />
        <Suggestions
          hits={search.hits}
          status={search.status}
          query={m.query}
          answers={search.query}
          onCopyAnswer={(h) => void m.answer.copy(h)}
          copiedSlug={m.answer.copied}
        />
      </Fold>
      <Fold
        id="ars-step-script"
        title={t('stepScript')}
        status={m.blocked ? t('stepMissing') : t('stepReady')}
      >
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
          nomenclature={m.nomenclature}
          origin={m.origin}
          selection={draft.nomenclature}
          proposal={analysis.proposal}
          onChange={(selection) => d.update({ ...draft, nomenclature: selection })}
        />
      </Fold>
      <Fold
        id="ars-step-captures"
        title={t('stepCaptures')}
        status={t('stepCapturesCount', { count: m.shots.items.length })}
      >
        <Captures m={m} />
      </Fold>
      <Fold
        id="ars-step-check"
        title={t('stepCheck')}
        status={missing ? t('stepCheckMissing', { count: missing }) : t('stepReady')}
        done={missing === 0}
      >
        <Checklist items={analysis.items} />
      </Fold>
    </>
  );
}

function Captures({ m }: { m: PanelModel }) {
  const { shots } = m;
  return (
    <>
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
    </>
  );
}
