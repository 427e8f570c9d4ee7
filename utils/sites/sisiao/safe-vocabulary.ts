/**
 * Words the strict masking shows: the SI SIAO's own vocabulary (field labels, section headings,
 * statuses, dispositifs, actions, menus) and French grammar words. A text of the content area is
 * shown only where every word is one of these, an ID or a version; anything else — a name, a
 * town, a story — is covered. Names are never listed: a word that is also a common first name or
 * surname (Martin, Rose, Blanc, Petit…) stays out even if the application uses it.
 *
 * Written as plain text (one space between words, accents as the screen shows them) to keep the
 * content script small; folded (case, accents) when compiled. Part of the configuration file
 * (`masking.safeWords`), so the national team can add a word the application introduces.
 */
export const DEFAULT_SAFE_WORDS: string[] = [
  ...new Set(
    `
a à au aux avec avant après chez dans de des du d en entre et l la le les par pour sans sous sur
un une ou où ne pas plus moins n s c qu que qui quoi se sa son ses leur leurs ce cet cette ces
est sont été être a ont avoir fait faire peut doit être il elle ils elles on vous nous votre vos
notre nos mon ma mes ton ta y si non oui aucun aucune tout tous toute toutes autre autres même
lors depuis jusqu jusque vers via selon dont car mais donc ni soit également déjà encore
ici là bien mal très trop peu

siao si sisiao dihal dgcs drihl ddets deets ddcs dreets caf msa cpam ccas cias chrs chu hu cada
huda pra prahda lhss lam acj ime asile ase pmi pjj spip samu sdf dalo daho ssiad ehpad fjt rhvs
imf alt avdl asll fsl sofi ofii ofpra cnda mdph rsa aah ass api ari pch apl al als aeeh 115 api
id n° no num numéro identifiant identifiants réf référence références code codes

ménage ménages menage groupe groupes personne personnes usager usagers demande demandes
demandeur demandeurs demandeuse conjoint conjointe enfant enfants adulte adultes mineur mineurs
majeur majeurs famille familles foyer composition membre membres référent référente référents
prescripteur prescripteurs prescriptrice travailleur travailleurs travailleuse social sociale
sociaux sociales service services structure structures établissement établissements opérateur
opérateurs gestionnaire gestionnaires commission commissions instance instances partenaire
partenaires orienteur orientation orientations préconisation préconisations évaluation
évaluations diagnostic diagnostics synthèse synthèses entretien entretiens accompagnement
accompagnements suivi suivis parcours résidentiel résidentielle situation situations
hébergement hébergements hébergé hébergée hébergés logement logements logé logée insertion
urgence urgences veille sociale stabilisation intermédiaire adapté adaptée accès place places
offre offres dispositif dispositifs mesure mesures type types catégorie catégories nature
public publics capacité capacités disponibilité disponibilités vacante vacantes vacant libre
libres occupée occupées occupé chambre chambres lit lits nuitée nuitées hôtel hôtelière
pension maison relais résidence sociale foyer centre centres accueil accueils jour nuit
attribution attributions positionnement positionnements proposition propositions admission
admissions entrée entrées sortie sorties présence présences absence absences départ arrivée
renouvellement renouvellements prolongation prolongations décision décisions motif motifs
sous-motif thématique thématiques objet observation observations pièce pièces justificative
justificatives justificatif justificatifs document documents fichier fichiers
ressource ressources revenu revenus montant montants droit droits droits ouverts prestation
prestations emploi formation formations scolarité santé administrative administratif
administratifs administratives nationalité titre séjour régularité situation familiale
matrimoniale civilité sexe genre âge date dates naissance lieu nom noms prénom prénoms usage
marital naissance adresse adresses postale domiciliation code postal ville commune département
départements territoire territoire région pays téléphone tél portable fixe mail e-mail email
courriel électronique contact contacts commentaire commentaires note notes remarque remarques
information informations complémentaire complémentaires détail détails général générale
généralités historique historiques journal événement événements action actions tâche tâches
alerte alertes message messages notification notifications rappel rappels échéance échéances

statut statuts état états étape étapes à compléter complétée complété complète incomplète
incomplet brouillon transmise transmis transmission envoyée envoyé reçue reçu validée validé
validation valider en attente cours traitement traitée traité clôturée clôturé clôture annulée
annulé annulation refusée refusé refus acceptée accepté orientée orienté positionnée positionné
affectée affecté réorientée réactivée réactivé suspendue suspendu archivée archivé active actif
inactive inactif ouverte ouvert fermée fermé expirée expiré nouvelle nouveau nouveaux nouvelles
première premier dernière dernier précédente précédent suivante suivant prioritaire priorité
sans solution trouvée trouvé vérifiée vérifié obligatoire obligatoires facultatif requis
invalide valide erreur erreurs avertissement attention succès réussi échec impossible
introuvable indisponible autorisé interdit refusé enregistrée enregistré modifiée modifié
supprimée supprimé ajoutée ajouté créée créé mise jour mis à

accueil tableau bord recherche rechercher résultat résultats liste listes fiche fiches détail
onglet onglets menu menus navigation page pages retour suivant précédent fermer ouvrir afficher
masquer voir consulter modifier éditer enregistrer sauvegarder annuler supprimer ajouter créer
nouveau nouvelle valider transmettre envoyer joindre importer exporter export extraction
extractions imprimer télécharger générer actualiser rafraîchir réinitialiser filtrer filtre
filtres trier tri rechercher chercher sélectionner sélection choisir confirmer accepter refuser
orienter affecter positionner clôturer réactiver dupliquer archiver déconnexion connexion
connecter déconnecter compte profil profils paramètres préférences aide assistance support
contacter déclarer signaler gestion gérer administration statistiques indicateurs tableaux
agenda calendrier mes mon ma tous toutes plus moins détails fermer ok version versions sur
total totaux nombre page pages ligne lignes élément éléments affiché affichés
père mère parent parents frère frères sœur sœurs fils fille filles époux épouse tiers
attestation attestations certificat certificats avis imposition bulletin salaire quittance bail
passeport carte identité récépissé jugement couple isolé isolée seul seule monoparentale homme
femme hommes femmes manquant manquante manquants manquantes rapport projet consulté récent récemment rappel rendez vous équipe mobile maraude
visite visites permanence orientation rdv semaine mois année an jour
écoutant écoutante écoutants écoute contrôle contrôles fusion fusionner doublon doublons
dossier dossiers clic cliquer saisie saisir champ champs bouton boutons lien liens formulaire écran chargement
http https url pdf rgpd csv xlsx api web navigateur
origine employeur profession situation professionnelle scolarisé scolarisée
`
      .split(/\s+/)
      .filter(Boolean),
  ),
];
