import type { PendingFill } from '../../utils/ext/storage/pending-fill';
import type { FormMapping } from '../../utils/sites/kb/form-mapping';
import type { NomenclatureObserver } from '../../utils/sites/kb/nomenclature-observer';
import type { FormValues } from './form-values';
import type { GuardIds } from './guard';

/**
 * What the support form's page knows of the escalation being written: set by the fill, read by
 * the duplicate guard and by the record made once the form is sent.
 */
export interface PageState {
  pending: PendingFill | null;
  ids: GuardIds | null;
  justification: string | null;
  lastValues: FormValues | null;
  /** Reads the form's nomenclature lists; the fill tells it those it opens and closes. */
  observer: NomenclatureObserver | null;
  mapping: FormMapping;
}
