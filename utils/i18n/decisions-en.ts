import type { decisionsFr } from './decisions-fr';

/** English of decisions-fr.ts (a missing key falls back to French). */
export const decisionsEn: Partial<Record<keyof typeof decisionsFr, string>> = {
  chkFieldSummary: 'Summary',
  chkFieldDescription: 'Description',
  chkFieldOtherIds: 'Other IDs',
  chkFieldSteps: 'Steps to reproduce',
  chkFieldExpected: 'Expected result',
  chkFieldObtained: 'Actual result',
  chkFieldTechnical: 'Technical lines',
  chkFieldJustification: 'Justification',
  chkPersonal:
    '{what} appears in “{field}”: replace it with the household ID or the person ID; the ticket does not need the user’s personal data.',
  chkPersonalNameBirthdate: 'A name with a date of birth',
  chkPersonalPhone: 'A phone number',
  chkPersonalEmail: 'An e-mail address other than yours',
  chkPersonalNir: 'A social security number (NIR)',
  chkUsagerMissing:
    'No person ID: give the household ID or the person ID (or the request ID). If the request concerns no person (user account, training…), choose that reason.',
  chkUserEmailMissing:
    'The e-mail of the user concerned is missing: the national support team needs it to reply.',
  chkSummaryMissing: 'The summary is empty: it becomes the ticket’s subject; write it in one line.',
  chkDescriptionMissing:
    'The description is empty: say what the user wanted to do and what happened.',
  chkDescriptionTooShort:
    'The description is too short to understand the request: say what the user wanted to do and what happened.',
  chkDescriptionShort:
    'The description is short: add the checks already made and the context, so the national support team can answer without asking back.',
  chkMotifMissing: 'No reason chosen: the support form asks for it, and it routes the ticket.',
  chkStepsMissing: 'For an anomaly, give the steps to reproduce it (screen, tab, button…).',
  chkExpectedMissing:
    'For an anomaly, give the expected result: without it, the gap cannot be seen.',
  chkObtainedMissing: 'Describe the actual result (message shown, screen, wrong data).',
  chkScreenshotMissing: 'No screenshot: the national support team asks for one whenever possible.',
  lvlAnomaliePossible:
    'Possible anomaly: first check that no knowledge-base article explains it (expired link, mandatory field…). If the problem persists, it is level 2: escalate with the steps, the expected result and the actual result.',
  lvlAnomalie:
    'Likely anomaly: level 2. Escalate to the national support team with the steps to reproduce, the expected result, the actual result and a screenshot.',
  lvlQuestion:
    'Question about use: level 1, handled locally. First offer the knowledge-base article that answers it; escalate only if no article does.',
  lvlIndetermine:
    'Nothing points to an anomaly: start at level 1 with the knowledge base. If the problem comes back (error message, action impossible), escalate at level 2.',
  lvlChoisi:
    'The chosen reason is level 2: escalate to the national support team with a complete script.',
  dupEntryTicket: 'ticket no. {number} of {date}',
  dupEntryUnsent: 'an escalation of {date}',
  dupMoreOne: ' (and 1 other)',
  dupMoreMany: ' (and {n} others)',
  dupReasonNone: 'No comparable escalation in the history.',
  dupReasonSameCase:
    'This problem has already been escalated for this case: {what}, still open, less than {days} days ago. Add information to the existing ticket rather than opening a second one.',
  dupReasonSameCaseJustified:
    'This problem has already been escalated for this case: {what}, still open. You said it is a different problem.',
  dupReasonOtherCase:
    'A similar problem was escalated for another case: {what}{more}. It may be a general incident: consider joining it.',
  dupReasonHousehold:
    'The same problem was escalated for the same household or the same person: {what}{more}.',
  dupReasonResolved:
    'This problem was already escalated for this case and resolved: {what}{more}. Check the answer before escalating again.',
  dupReasonOld:
    'This problem was already escalated for this case more than {days} days ago: {what}{more}.',
  dupReasonOtherProblem:
    'Another recent escalation concerns this case: {what}{more}, for a different problem.',
  dupWhySameDemande: 'same request',
  dupWhySameMenage: 'same household',
  dupWhySamePersonne: 'same person',
  dupWhySameSousMotif: 'same sub-reason',
  dupWhySameMotif: 'same reason',
  dupWhySameError: 'same error line',
  dupWhyCopy: 'almost identical description',
  dupWhySimilar: 'similar description',
  dupWhyOpenDay: 'open, {days} day ago',
  dupWhyOpenDays: 'open, {days} days ago',
  dupWhyResolvedDay: 'resolved, {days} day ago',
  dupWhyResolvedDays: 'resolved, {days} days ago',
  dupWhyIncidentNomenclature: 'known incident: same theme and reason',
  dupWhyIncidentSymptom: 'known incident: “{symptom}”',
  incOpenSinceTime:
    'The national support team has been handling this incident since {time}. No need to escalate it again.',
  incOpenSinceDay:
    'The national support team has been handling this incident since {day}. No need to escalate it again.',
  incResolvedOn: 'Known incident, resolved on {day}. Check again before escalating.',
  incResolved: 'Known incident, resolved. Check again before escalating.',
  chartNone: '{title}: no period chosen.',
  chartNoCalls: '{title}: no call over {span}.',
  chartSeries: '{title}: {total} over {span}; the most: {top} ({label}).',
  chartRankingNone: '{title}: no call recorded.',
  chartRanking: '{title}: {list}.',
  chartRankItem: '{label}, {calls}',
  chartJoin: '{a}; {b}',
  chartCallOne: '{n} call',
  chartCallMany: '{n} calls',
  chartDayOne: '{n} day',
  chartDayMany: '{n} days',
  chartWeekOne: '{n} week',
  chartWeekMany: '{n} weeks',
  draftKeyDemande: 'Request {id}',
  draftKeyMenage: 'Household {id}',
  draftKeyPersonne: 'Person {id}',
  draftKeyNone: 'No context',
};
