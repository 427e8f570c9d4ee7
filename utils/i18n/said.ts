import type { MessageKey } from './fr';

/**
 * A sentence for the person, named by its catalogue key and its values: the code that decides
 * (core, the background) says what to tell, and the page that shows it puts it in the person's
 * language. A value may itself be such a sentence (a field's name inside a checklist line).
 */
export interface Said {
  key: MessageKey;
  vars?: Record<string, SaidValue>;
}

/** A moment to write the way the person's language does: « 4 décembre » / « 4 December ». */
export interface SaidDate {
  date: string;
  as: 'day' | 'time';
}

export type SaidValue = string | number | Said | SaidDate;

export function said(key: MessageKey, vars?: Said['vars']): Said {
  return vars ? { key, vars } : { key };
}
