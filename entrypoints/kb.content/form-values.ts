import { checkedRadio, radioLabel, type FieldHandle } from '../../utils/sites/kb/form-controls';
import { refreshView, type FormView } from '../../utils/sites/kb/form-view';

/** What the form holds right now, read the way a person sees it (labels of chosen options). */
export interface FormValues {
  email: string;
  subject: string;
  description: string;
  thematique: string;
  motif: string;
  sousMotif: string;
}

function read(field: FieldHandle | null): string {
  if (!field) return '';
  const el = field.valueElement;
  if (field.kind === 'select' && el instanceof HTMLSelectElement) {
    return el.value ? (el.selectedOptions[0]?.textContent ?? '').trim() : '';
  }
  if (field.kind === 'radio-group') {
    const radio = checkedRadio(field);
    return radio ? radioLabel(radio) : '';
  }
  if (field.kind === 'hsfc-dropdown') {
    if (!el.value) return '';
    const shown = (field.element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return shown || el.value;
  }
  return el.value ?? '';
}

export function readFormValues(view: FormView): FormValues {
  // The form may have re-rendered since it was found: look its fields up again.
  const v = refreshView(view);
  return {
    email: read(v.fields.email),
    subject: read(v.fields.subject),
    description: read(v.fields.description),
    thematique: read(v.fields.thematique),
    motif: read(v.fields.motif),
    sousMotif: read(v.fields.sousMotif),
  };
}
