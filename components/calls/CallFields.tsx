import {
  CALL_NOTE_MAX,
  CALLER_TYPE_LABELS,
  CALLER_TYPES,
  CallerTypeSchema,
  type CallEntry,
} from '../../utils/core/calls/entry';
import type { Nomenclature } from '../../utils/core/nomenclature/schema';
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
      <label htmlFor="ars-call-motif">Motif</label>
      <select
        id="ars-call-motif"
        value={motif?.code ?? ''}
        onChange={(e) => pickMotif(e.target.value)}
      >
        <option value="">— Choisir —</option>
        {nomenclature.thematiques.map((t) => (
          <optgroup key={t.code} label={t.libelle}>
            {t.motifs.map((m) => (
              <option key={m.code} value={m.code}>
                {m.libelle}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <label htmlFor="ars-call-sous-motif">Sous-motif</label>
      <select
        id="ars-call-sous-motif"
        value={call.sousMotif?.code ?? ''}
        disabled={!motif || motif.sousMotifs.length === 0}
        onChange={(e) => pickSous(e.target.value)}
      >
        <option value="">— Choisir —</option>
        {motif?.sousMotifs.map((s) => (
          <option key={s.code} value={s.code}>
            {s.libelle}
          </option>
        ))}
      </select>
      <label htmlFor="ars-call-caller">Type d’appelant (facultatif)</label>
      <select
        id="ars-call-caller"
        value={call.callerType ?? ''}
        onChange={(e) =>
          onChange({ callerType: CallerTypeSchema.catch(null).parse(e.target.value || null) })
        }
      >
        <option value="">Non précisé</option>
        {CALLER_TYPES.map((c) => (
          <option key={c} value={c}>
            {CALLER_TYPE_LABELS[c]}
          </option>
        ))}
      </select>
      <label htmlFor="ars-call-note">Note (facultative, sans donnée personnelle)</label>
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
        {call.note.length} / {CALL_NOTE_MAX} caractères
      </p>
      {warning && (
        <p id="ars-call-note-warning" className="ars-notice ars-warn" role="alert">
          {warning}
        </p>
      )}
    </>
  );
}
