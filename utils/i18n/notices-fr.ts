/**
 * What went wrong in the panel and what to do about it (captures, the call log, the detection
 * report), French first. Spread into the panel's catalogue (fr.ts).
 */
export const noticesFr = {
  capNoGrant:
    "Cliquez une fois sur le bouton de l'extension dans la barre d'outils, sur l'onglet du SI SIAO, pour autoriser la capture.",
  capNotSisiao:
    "Cet onglet n'est pas une page du SI SIAO prise en charge par l'extension (ou il a été rechargé depuis) : affichez la page du SI SIAO, rechargez-la si besoin, puis réessayez.",
  capTabHidden:
    "L'onglet du SI SIAO doit rester affiché au premier plan pendant la capture : revenez sur cet onglet puis réessayez.",
  capFailed: 'La capture a échoué : {detail}.',
  capFailedUnknown: 'La capture a échoué : erreur inconnue.',
  capCancelled: 'Capture annulée.',
  capUnpainted:
    "Un masque ne s'est pas affiché sur la capture : l'image a été détruite et la capture refusée. Réessayez ; si cela se reproduit, utilisez l'éditeur pour masquer à la main après une capture en mode ciblé.",
  capRefused_pageTooLarge:
    'La page est trop grande pour être masquée avec certitude (plus de {max} éléments) : capture refusée.',
  capRefused_tooManyFields:
    "La page compte plus de {max} champs personnels : capture refusée. Réduisez l'affichage (filtre, pagination) puis réessayez.",
  capRefused_tooManyMasks:
    "La page compte plus de {max} zones à masquer : capture refusée. Réduisez l'affichage (filtre, pagination) puis réessayez.",
  capRefused_tooSlow:
    'Le masquage de la page a pris trop de temps pour être sûr : capture refusée. Réessayez sur un écran plus court.',
  capRefused_noRules: 'Règles de masquage indisponibles : capture refusée.',
  capRefused_modalOnTop:
    "Une fenêtre de l'application est affichée au premier plan et les masques ne peuvent pas la couvrir : fermez-la puis réessayez la capture.",
  capScrollNotRestored: "La position de défilement de la page n'a pas pu être rétablie.",
  capMasksLeft: 'Les masques sont peut-être restés sur la page : rechargez-la pour les retirer.',
  capPurged: 'Espace libéré : {n} ancienne(s) capture(s) supprimée(s).',
  capTruncated: 'Page très longue : la capture a été coupée.',
  callLogUnreadable: 'Journal des appels illisible : {error}',
  callGone: 'Cet appel n’est plus dans le journal (supprimé depuis une autre fenêtre ?).',
  callNotSaved: 'Appel non enregistré : {error}',
  callNotRemoved: 'Appel non supprimé : {error}',
  callNotePersonal:
    'La note semble contenir {what} : pas de données personnelles dans le journal des appels, notez plutôt l’ID ménage ou demande.',
  callNoteName: 'un nom de personne',
  callNoteBirthdate: 'une date de naissance',
  callNotePhone: 'un numéro de téléphone',
  callNoteEmail: 'une adresse e-mail',
  callNoteNir: 'un numéro de sécurité sociale',
  draftsUnreadable:
    'Les brouillons enregistrés étaient illisibles ({error}) : ils ont été mis de côté.',
  draftsRejected: '{n} brouillon(s) illisible(s) mis de côté.',
  draftStorageFull:
    'Le stockage du navigateur est plein : le brouillon n’a pas pu être enregistré. Supprimez d’anciens brouillons ou captures, puis réessayez. Votre texte reste affiché.',
  draftNotSaved: 'Le brouillon n’a pas pu être enregistré ({error}). Votre texte reste affiché.',
  fileNotJson: "Ce fichier n'est pas un fichier JSON lisible.",
  fileNotHistory: "Ce fichier n'est pas un export d'historique d'escalades.",
  fileNewer:
    "Ce fichier vient d'une version plus récente de l'extension (format {version}) : mettez l'extension à jour.",
  fileDamaged: 'Le fichier est endommagé ({where} : {issue}).',
  fileRoot: 'racine',
  fileUnexpected: 'format inattendu',
  learnedTooBig: 'Les associations apprises du fichier dépassent {kb} Ko : fichier refusé.',
  learnedInvalid:
    'Les associations apprises du fichier sont invalides ({where} : {issue}) : fichier refusé.',
  learnedCrowded:
    "Le fichier associe {n} recherches à l'article « {slug} » ({max} au plus) : fichier refusé.",
  learnedFuture: 'Le fichier contient des associations datées du futur : fichier refusé.',
  callLogSetAside: 'Journal des appels illisible, mis de côté : {error}',
  callsUnreadableOne: '1 appel illisible mis de côté',
  callsUnreadableMany: '{n} appels illisibles mis de côté',
  reportNoAnswer:
    'Le rapport n’a pas pu être fait : la page du SI SIAO ne répond pas. Rechargez-la puis réessayez.',
  reportNoRules:
    'Le rapport n’a pas pu être fait : les règles de détection ne sont pas disponibles.',
} as const;
