/**
 * Texts of the extension on the knowledge base (banners, the duplicate guard, suggested articles,
 * the fill report), French first. Their own catalogue: the knowledge-base script carries these
 * only, not the side panel's.
 */
export const kbFr = {
  close: 'Fermer',
  closeLabel: 'Fermer ce message',
  // Fill
  filled: 'Formulaire pré-rempli par l’assistant : vérifiez puis envoyez.',
  laterFilled: 'Étape suivante pré-remplie par l’assistant : vérifiez puis envoyez.',
  laterStep:
    'Les champs introuvables seront remplis s’ils apparaissent à l’étape suivante du formulaire.',
  notFilled: 'Non rempli – {field} : {reason}',
  keptAsIs: 'Laissé tel quel – {field} : vous aviez déjà saisi une autre valeur.',
  closestChoices:
    'Choix les plus proches offerts par le formulaire : un clic choisit et remplit la suite.',
  choiceLabel: '{field} : {option}',
  choiceApplied: 'Choix appliqué : vérifiez puis envoyez.',
  // Why a field was not filled
  skip_notFound: 'Champ introuvable dans le formulaire',
  skip_noAttachmentField: 'Aucun champ de pièces jointes dans le formulaire',
  skip_dependsOn: 'Dépend de « {parent} », non choisi',
  skip_locked: 'Champ non modifiable dans le formulaire',
  skip_nothingMoreSpecific: "Rien de plus précis dans l'escalade : à choisir vous-même",
  skip_notInEscalation: "Non renseigné dans l'escalade",
  skip_nothingToType: 'Rien à saisir pour ce champ',
  skip_refused: 'Le formulaire a refusé ou modifié la valeur',
  skip_fileType: "« {name} » n'est pas d'un type accepté par le formulaire",
  skip_oneFileOne: "Le formulaire n'accepte qu'un fichier : 1 capture non jointe",
  skip_oneFileMany: "Le formulaire n'accepte qu'un fichier : {left} captures non jointes",
  skip_filesRefused: "Le formulaire n'a pas accepté les fichiers",
  skip_choicesLate: 'Les choix de « {parent} » ne se sont pas chargés à temps',
  skip_noChoice: 'Aucun choix ne correspond à « {wanted} » ({code})',
  skip_notKept: "Le formulaire n'a pas retenu le choix",
  // The form's fields, as the report names them
  field_email: 'Adresse e-mail',
  field_subject: 'Objet',
  field_description: 'Description',
  field_thematique: 'Thématique',
  field_motif: 'Motif',
  field_sousMotif: 'Sous-motif',
  field_attachments: 'Pièces jointes',
  // Screenshots
  shotsMissing: '{n} capture(s) introuvable(s) : supprimée(s) entre-temps ?',
  shotsFailed:
    'Les captures n’ont pas pu être jointes ({error}) : téléchargez-les et joignez-les à la main.',
  // When the form is not there, or nothing was prepared
  notRecognised: 'Le formulaire de support n’a pas été reconnu.',
  formNotFound:
    "Le formulaire de support n'est pas apparu après {seconds} s : la page a peut-être changé ou la connexion est lente. Vous pouvez copier le texte de l'escalade et télécharger les captures pour le remplir vous-même.",
  copyText: 'Copier le texte de l’escalade',
  copied: 'Texte de l’escalade copié : collez-le dans le champ Description.',
  downloadShots: 'Télécharger les captures',
  draftOffer:
    'Un brouillon d’escalade (modifié le {date}) est ouvert dans le panneau de l’assistant. Remplir le formulaire avec ?',
  fillWithDraft: 'Remplir avec ce brouillon',
  pendingOffer:
    'Une escalade préparée dans le panneau de l’assistant attend. Remplir le formulaire avec ?',
  fillPending: 'Remplir le formulaire',
  // Sent
  sentNumbered:
    'Escalade envoyée (ticket n° {number}) : elle est notée dans votre historique et son brouillon est clos.',
  sent: 'Escalade envoyée : elle est notée dans votre historique et son brouillon est clos.',
  // The duplicate guard
  guardTitle: 'Ce problème semble déjà escaladé : le bouton d’envoi est masqué.',
  guardText:
    'L’escalade existante (ticket, date, objet) est indiquée dans le panneau de l’assistant : ajoutez-y un complément plutôt qu’un nouveau ticket.',
  guardOther: 'C’est un autre problème',
  guardLabel: 'En une ligne, en quoi ce problème est-il différent ? ',
  guardConfirm: 'Confirmer',
  justified: 'Justification enregistrée : vous pouvez envoyer le formulaire.',
  // Suggested articles
  suggestionsLabel: 'Articles suggérés',
  suggestionsTitle: 'Ces articles répondent peut-être à votre demande',
} as const;

export type KbKey = keyof typeof kbFr;
