/**
 * Sentences decided outside the pages (core's checklist, level guidance, duplicate guard and known
 * incidents), named by key in a `Said` and put in words where they are shown. French first.
 */
export const decisionsFr = {
  // Checklist before escalating
  chkFieldSummary: 'Résumé',
  chkFieldDescription: 'Description',
  chkFieldOtherIds: 'Autres ID',
  chkFieldSteps: 'Étapes pour reproduire',
  chkFieldExpected: 'Résultat attendu',
  chkFieldObtained: 'Résultat obtenu',
  chkFieldTechnical: 'Lignes techniques',
  chkFieldJustification: 'Justification',
  chkPersonal:
    '{what} figure dans « {field} » : remplacez-le par l’ID ménage ou l’ID personne, le ticket n’a pas besoin des données de l’usager.',
  chkPersonalNameBirthdate: 'Un nom avec une date de naissance',
  chkPersonalPhone: 'Un numéro de téléphone',
  chkPersonalEmail: 'Une adresse e-mail autre que la vôtre',
  chkPersonalNir: 'Un numéro de sécurité sociale (NIR)',
  chkUsagerMissing:
    'Aucun ID usager : indiquez l’ID ménage ou l’ID personne (ou l’ID de la demande). Si la demande ne concerne aucun usager (compte utilisateur, formation…), choisissez ce motif.',
  chkUserEmailMissing:
    'Le courriel de l’utilisateur concerné manque : l’assistance nationale en a besoin pour lui répondre.',
  chkSummaryMissing: 'Le résumé est vide : il devient l’objet du ticket, écrivez-le en une ligne.',
  chkDescriptionMissing:
    'La description est vide : dites ce que l’utilisateur voulait faire et ce qui s’est passé.',
  chkDescriptionTooShort:
    'La description est trop courte pour comprendre la demande : dites ce que l’utilisateur voulait faire et ce qui s’est passé.',
  chkDescriptionShort:
    'La description est courte : précisez les tests déjà faits et le contexte, l’assistance nationale vous répondra sans redemander.',
  chkMotifMissing:
    'Aucun motif choisi : le formulaire d’assistance le demande, et il oriente le ticket.',
  chkStepsMissing:
    'Pour une anomalie, indiquez les étapes pour la reproduire (écran, onglet, bouton…).',
  chkExpectedMissing:
    'Pour une anomalie, dites le résultat attendu : sans lui, l’écart ne se voit pas.',
  chkObtainedMissing: 'Décrivez le résultat obtenu (message affiché, écran, donnée erronée).',
  chkScreenshotMissing:
    'Aucune capture d’écran : l’assistance nationale en demande dès que possible.',
  // Level guidance
  lvlAnomaliePossible:
    'Anomalie possible : vérifiez d’abord qu’aucun article de la base de connaissances ne l’explique (lien expiré, champ obligatoire…). Si le problème persiste, c’est un niveau 2 : escaladez avec les étapes, le résultat attendu et le résultat obtenu.',
  lvlAnomalie:
    'Anomalie probable : niveau 2. Escaladez à l’assistance nationale avec les étapes pour reproduire, le résultat attendu, le résultat obtenu et une capture d’écran.',
  lvlQuestion:
    'Question d’utilisation : niveau 1, traitée localement. Proposez d’abord l’article de la base de connaissances qui répond ; n’escaladez que si aucun article ne répond.',
  lvlIndetermine:
    'Rien n’indique une anomalie : commencez au niveau 1 avec la base de connaissances. Si le problème se reproduit (message d’erreur, action impossible), escaladez en niveau 2.',
  lvlChoisi:
    'Le motif choisi relève du niveau 2 : escaladez à l’assistance nationale avec un script complet.',
  // Duplicate guard: the verdict's sentence
  dupEntryTicket: 'le ticket n° {number} du {date}',
  dupEntryUnsent: 'une escalade du {date}',
  dupMoreOne: ' (et 1 autre)',
  dupMoreMany: ' (et {n} autres)',
  dupReasonNone: "Aucune escalade comparable dans l'historique.",
  dupReasonSameCase:
    "Ce problème a déjà été escaladé pour ce cas : {what}, encore ouvert, il y a moins de {days} jours. Ajoutez un complément au ticket existant plutôt que d'en ouvrir un second.",
  dupReasonSameCaseJustified:
    "Ce problème a déjà été escaladé pour ce cas : {what}, encore ouvert. Vous avez indiqué qu'il s'agit d'un autre problème.",
  dupReasonOtherCase:
    "Un problème semblable a été escaladé pour un autre cas : {what}{more}. Il s'agit peut-être d'un incident général : pensez à vous y associer.",
  dupReasonHousehold:
    'Le même problème a été escaladé pour le même ménage ou la même personne : {what}{more}.',
  dupReasonResolved:
    "Ce problème a déjà été escaladé pour ce cas et résolu : {what}{more}. Vérifiez la réponse avant d'escalader à nouveau.",
  dupReasonOld:
    'Ce problème a déjà été escaladé pour ce cas il y a plus de {days} jours : {what}{more}.',
  dupReasonOtherProblem:
    'Une autre escalade récente concerne ce cas : {what}{more}, pour un autre problème.',
  // Duplicate guard: why an entry matches
  dupWhySameDemande: 'même demande',
  dupWhySameMenage: 'même ménage',
  dupWhySamePersonne: 'même personne',
  dupWhySameSousMotif: 'même sous-motif',
  dupWhySameMotif: 'même motif',
  dupWhySameError: "même ligne d'erreur",
  dupWhyCopy: 'description presque identique',
  dupWhySimilar: 'description semblable',
  dupWhyOpenDay: 'ouvert, il y a {days} jour',
  dupWhyOpenDays: 'ouvert, il y a {days} jours',
  dupWhyResolvedDay: 'résolu, il y a {days} jour',
  dupWhyResolvedDays: 'résolu, il y a {days} jours',
  dupWhyIncidentNomenclature: 'incident connu : même thématique et motif',
  dupWhyIncidentSymptom: 'incident connu : « {symptom} »',
  // Known incidents of the national feed
  incOpenSinceTime:
    'L’assistance nationale traite déjà cet incident depuis {time}. Inutile de l’escalader à nouveau.',
  incOpenSinceDay:
    'L’assistance nationale traite déjà cet incident depuis le {day}. Inutile de l’escalader à nouveau.',
  incResolvedOn: 'Incident connu, résolu le {day}. Vérifiez de nouveau avant d’escalader.',
  incResolved: 'Incident connu, résolu. Vérifiez de nouveau avant d’escalader.',
  // Drafts, named by their context
  draftKeyDemande: 'Demande {id}',
  draftKeyMenage: 'Ménage {id}',
  draftKeyPersonne: 'Personne {id}',
  draftKeyNone: 'Sans contexte',
  // Text alternatives of the call charts
  chartNone: '{title} : aucune période choisie.',
  chartNoCalls: '{title} : aucun appel sur {span}.',
  chartSeries: '{title} : {total} sur {span} ; le plus : {top} ({label}).',
  chartRankingNone: '{title} : aucun appel renseigné.',
  chartRanking: '{title} : {list}.',
  chartRankItem: '{label}, {calls}',
  chartJoin: '{a} ; {b}',
  chartCallOne: '{n} appel',
  chartCallMany: '{n} appels',
  chartDayOne: '{n} jour',
  chartDayMany: '{n} jours',
  chartWeekOne: '{n} semaine',
  chartWeekMany: '{n} semaines',
} as const;
