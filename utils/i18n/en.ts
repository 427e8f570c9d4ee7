import type { MessageKey } from './fr';

/** English, available in the options; a missing key falls back to French. */
export const en: Partial<Record<MessageKey, string>> = {
  appTitle: 'SI SIAO referent assistant',
  loading: 'Loading…',
  contextTitle: 'Detected context',
  contextNone:
    'No SI SIAO page is open in this tab. Your drafts and article search remain available.',
  contextNoPermission:
    "The extension cannot read this page. Open the SI SIAO and click the extension's button.",
  fieldMenageId: 'Household ID',
  fieldPersonneId: 'Person ID',
  fieldDemandeId: 'Request ID',
  fieldUserEmail: 'User e-mail',
  fieldUserProfile: 'Profile',
  fieldAppVersion: 'SI SIAO version',
  fieldPage: 'Page',
  notFound: 'not found',
  summaryLabel: 'One-line summary (ticket subject)',
  prepareEscalation: 'Prepare the escalation',
  preparing: 'Opening the form…',
  prepared: 'The support form is open in a new tab: review it, then send it.',
  errorGeneric: 'Something went wrong: {message}',
};
