import type { noticesFr } from './notices-fr';

/** English of notices-fr.ts (a missing key falls back to French). */
export const noticesEn: Partial<Record<keyof typeof noticesFr, string>> = {
  capNoGrant:
    'Click the extension’s button in the toolbar once, on the SI SIAO tab, to allow the screenshot.',
  capNotSisiao:
    'This tab is not an SI SIAO page the extension works on (or it was reloaded since): show the SI SIAO page, reload it if needed, then try again.',
  capTabHidden:
    'The SI SIAO tab must stay in front during the screenshot: go back to that tab, then try again.',
  capFailed: 'The screenshot failed: {detail}.',
  capFailedUnknown: 'The screenshot failed: unknown error.',
  capCancelled: 'Screenshot cancelled.',
  capUnpainted:
    'A mask did not show on the screenshot: the image was destroyed and the screenshot refused. Try again; if it happens again, use the editor to mask by hand after a screenshot in targeted mode.',
  capRefused_pageTooLarge:
    'The page is too large to be masked with certainty (over {max} elements): screenshot refused.',
  capRefused_tooManyFields:
    'The page holds over {max} personal fields: screenshot refused. Show less (filter, pagination), then try again.',
  capRefused_tooManyMasks:
    'The page holds over {max} areas to mask: screenshot refused. Show less (filter, pagination), then try again.',
  capRefused_tooSlow:
    'Masking the page took too long to be sure: screenshot refused. Try again on a shorter screen.',
  capRefused_noRules: 'Masking rules unavailable: screenshot refused.',
  capRefused_modalOnTop:
    'A window of the application is in front and the masks cannot cover it: close it, then take the screenshot again.',
  capScrollNotRestored: 'The page’s scroll position could not be restored.',
  capMasksLeft: 'The masks may have stayed on the page: reload it to remove them.',
  capPurged: 'Space freed: {n} old screenshot(s) deleted.',
  capTruncated: 'Very long page: the screenshot was cut.',
  callLogUnreadable: 'Call log unreadable: {error}',
  callGone: 'This call is no longer in the log (deleted from another window?).',
  callNotSaved: 'Call not saved: {error}',
  callNotRemoved: 'Call not deleted: {error}',
  callNotePersonal:
    'The note seems to contain {what}: no personal data in the call log; write the household or request ID instead.',
  callNoteName: 'a person’s name',
  callNoteBirthdate: 'a date of birth',
  callNotePhone: 'a phone number',
  callNoteEmail: 'an e-mail address',
  callNoteNir: 'a social security number',
  draftsUnreadable: 'The saved drafts were unreadable ({error}): they were set aside.',
  draftsRejected: '{n} unreadable draft(s) set aside.',
  draftStorageFull:
    'The browser’s storage is full: the draft could not be saved. Delete old drafts or screenshots, then try again. Your text stays on screen.',
  draftNotSaved: 'The draft could not be saved ({error}). Your text stays on screen.',
  fileNotJson: 'This file is not a readable JSON file.',
  fileNotHistory: 'This file is not an export of an escalation history.',
  fileNewer:
    'This file comes from a newer version of the extension (format {version}): update the extension.',
  fileDamaged: 'The file is damaged ({where}: {issue}).',
  fileRoot: 'root',
  fileUnexpected: 'unexpected format',
  learnedTooBig: 'The file’s learned pairs exceed {kb} KB: file refused.',
  learnedInvalid: 'The file’s learned pairs are invalid ({where}: {issue}): file refused.',
  learnedCrowded:
    'The file links {n} searches to the article “{slug}” ({max} at most): file refused.',
  learnedFuture: 'The file holds pairs dated in the future: file refused.',
  callLogSetAside: 'Call log unreadable, set aside: {error}',
  callsUnreadableOne: '1 unreadable call set aside',
  callsUnreadableMany: '{n} unreadable calls set aside',
  reportNoAnswer:
    'The report could not be made: the SI SIAO page does not answer. Reload it, then try again.',
  reportNoRules: 'The report could not be made: the detection rules are not available.',
};
