import {
  CALL_NOTE_MAX,
  CALLER_TYPES,
  CallerTypeSchema,
  type CallEntry,
  type CallerType,
} from '../../utils/core/calls/entry';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
import { t, type MessageKey } from '../../utils/i18n';
import { choiceOf, findMotif, personalDataWarning } from './call-choices';

/** The fields of a call the referent may change while it runs. */
export type CallPatch = Partial<
  Pick<CallEntry, 'motif' | 'sousMotif' | 'callerType' | 'note' | 'contextKey'>
>;

interface Props {
  nomenclature: Nomenclature;
  call: CallEntry;
  onChange(patch: CallPatch): void;
}

const CALLER_TYPE_KEYS: Record<NonNullable<CallerType>, MessageKey> = {
  prescripteur: 'callerPrescripteur',
  operateur: 'callerOperateur',
  structure: 'callerStructure',
  '115': 'caller115',
  autre: 'callerAutre',
};

/** Motif, sous-motif, caller type and note of the call in progress. */
export function CallFields({ nomenclature, call, onChange }: Props) {
  const motif = findMotif(nomenclature, call.motif?.code);
  const warning = personalDataWarning(call.note);
  const pickMotif = (code: string) => {
    const m = findMotif(nomenclature, code);
    onChange({ motif: m ? choiceOf(m) : null, sousMotif: null });
  };
  const pickSous = (code: string) => {
    const s = motif?.sousMotifs.find((x) => x.code === code);
    onChange({ sousMotif: s ? choiceOf(s) : null });
  };
  return (
    <>
      <label htmlFor="ars-call-motif">{t('callMotifLabel')}</label>
      <select
        id="ars-call-motif"
        value={motif?.code ?? ''}
        onChange={(e) => pickMotif(e.target.value)}
      >
        <option value="">{t('callChoose')}</option>
        {nomenclature.thematiques.map((th) => (
          <optgroup key={th.code} label={th.libelle}>
            {th.motifs.map((m) => (
              <option key={m.code} value={m.code}>
                {m.libelle}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="ars-call-sous-motif">{t('callSousMotifLabel')}</label>
      <select
        id="ars-call-sous-motif"
        value={call.sousMotif?.code ?? ''}
        disabled={!motif || motif.sousMotifs.length === 0}
        onChange={(e) => pickSous(e.target.value)}
      >
        <option value="">{t('callChoose')}</option>
        {motif?.sousMotifs.map((s) => (
          <option key={s.code} value={s.code}>
            {s.libelle}
          </option>
        ))}
      </select>
      <label htmlFor="ars-call-caller">{t('callCallerLabel')}</label>
      <select
        id="ars-call-caller"
        value={call.callerType ?? ''}
        onChange={(e) =>
          onChange({ callerType: CallerTypeSchema.catch(null).parse(e.target.value || null) })
        }
      >
        <option value="">{t('callCallerNone')}</option>
        {CALLER_TYPES.map((c) => (
          <option key={c} value={c}>
            {t(CALLER_TYPE_KEYS[c])}
          </option>
        ))}
      </select>
      <label htmlFor="ars-call-note">{t('callNoteLabel')}</label>
      <textarea
        id="ars-call-note"
        rows={2}
        maxLength={CALL_NOTE_MAX}
        value={call.note}
        aria-describedby={`ars-call-note-count${warning ? ' ars-call-note-warning' : ''}`}
        aria-invalid={warning ? true : undefined}
        onChange={(e) => onChange({ note: e.target.value.slice(0, CALL_NOTE_MAX) })}
      />
      <p id="ars-call-note-count" className="ars-status">
        {t('callNoteCount', { count: call.note.length, max: CALL_NOTE_MAX })}
      </p>
      {warning && (
        <p id="ars-call-note-warning" className="ars-notice ars-warn" role="alert">
          {warning}
        </p>
      )}
    </>
  );
}
