import { describe, expect, it } from 'vitest';
import { normalize } from '../../utils/core/search/normalize';
import { THESAURUS } from '../../utils/core/search/thesaurus';

/** The domain thesaurus: everyday phrasings meet the SI SIAO's words, common words stay put. */
describe('domain thesaurus', () => {
  const has = (text: string, meant: string): void =>
    expect(normalize(text), `${text} → ${meant}`).toEqual(expect.arrayContaining(normalize(meant)));

  it('maps everyday phrasings onto the vocabulary of the articles', () => {
    has('elle dort dans sa voiture', 'habitat précaire');
    has('hébergée chez des amis', 'tiers');
    has("n'a plus besoin de la demande", 'annuler');
    has('la famille part vivre à Lyon', 'transférer');
    has('2 fiches pour le même monsieur', 'doublon fiche');
    has('couper son accès au logiciel', 'désactiver compte');
    has('la page tourne en boucle', 'bloqué');
    has('les écrans ont changé', 'version nouveauté');
    has('place libre au CHRS', 'place vacante');
    has('maison relais', 'pension de famille');
  });

  it('leaves the words that articles use in another sense alone', () => {
    // « libre » alone is a free-text comment, « début » a start date, « tenter » a verb.
    expect(normalize('commentaire libre')).toContain('libr');
    expect(normalize('date de début')).not.toEqual(
      expect.arrayContaining(normalize('nouvel utilisateur')),
    );
    expect(normalize('il tente de se connecter')).not.toEqual(
      expect.arrayContaining(normalize('habitat précaire')),
    );
    // « logement » is never a login, « passe » never a password, a position never an orientation.
    expect(normalize('logement')).not.toContain('connexion');
    expect(normalize('rien ne se passe')).not.toContain('mot_de_pass');
    expect(normalize('changer la position du document')).not.toContain('orient');
  });

  it('keeps a phrase that repeats a meaningful word additive', () => {
    // The concept is added; the words the articles also index are kept.
    expect(normalize('changer de département')).toEqual(
      expect.arrayContaining(normalize('transférer département')),
    );
  });

  it('holds single words only where they are unambiguous', () => {
    for (const entry of THESAURUS)
      for (const form of entry.forms)
        expect(form.split(' ').length > 1 || form.length >= 3, form).toBe(true);
  });

  it('maps the phrasings of notifications, activation, places, no-shows, rights and reports', () => {
    has('je reçois trop de mails du SI SIAO', 'notification courriel');
    has('comment me désabonner des alertes', 'notification courriel');
    has("je n'ai jamais eu le mail de bienvenue", 'courriel activation');
    has('le lien est périmé', 'lien activation expiré');
    has('un studio se libère lundi', 'place vacante');
    has("l'appartement se libère en juin", 'place vacante logement');
    has("la famille n'est jamais venue", 'ménage non présenté');
    has('il ne s’est pas présenté', 'ménage non présenté');
    has('qui peut voir son dossier', 'droits consultation voir');
    has('qui est le référent du département', 'référent département');
    has('un ticket chacun ?', 'escalader');
    has('la liste de toutes les demandes', 'extraction liste demande');
    has('ça bug depuis la dernière mise à jour', 'version nouveauté');
  });

  it('never rewrites what every article writes', () => {
    // « référent SI SIAO » is on every page; « Mis à jour le » heads every article; a « lien »
    // alone is any link; « pas venu » needs both words.
    expect(normalize('votre référent SI SIAO')).toEqual(normalize('votre référent SIAO SI'));
    expect(normalize('votre référent SI SIAO')).not.toContain('departement');
    expect(normalize('Mis à jour le 05/08/2025')).not.toEqual(
      expect.arrayContaining(normalize('version nouveauté')),
    );
    expect(normalize('cliquez sur le lien')).not.toContain('activ');
    expect(normalize('il est venu hier')).not.toContain('present');
    // A field, a list and an e-mail that never arrived are not what the phrases mean.
    expect(normalize('date de dernière mise à jour')).not.toContain('version');
    expect(normalize('la liste des demandes du service')).not.toContain('extraction');
    expect(normalize("le courriel n'est jamais arrivé")).not.toContain('present');
    expect(normalize('les personnes à appeler')).not.toContain('referent');
  });
  it('maps the phrasings of the second round of concepts', () => {
    has('ils ont trouvé un appartement tout seuls', 'solution trouvée logement');
    has("j'ai annulé sa demande par erreur", 'réactiver annuler');
    has('est-ce que c’est rattrapable', 'réactiver');
    has('mon collègue part à la retraite en mars', 'départ collègue');
    has('qui va récupérer ses dossiers', 'changer travailleur social dossiers');
    has('le couple va s’installer en Bretagne', 'transférer installer');
    has('son titre de séjour a été renouvelé', 'remplacer pièce périmée');
    has('la carte renouvelée est arrivée', 'remplacer pièce périmée');
    has('notre foyer déménage en mars', 'fiche structure modifier adresse');
    has('on ouvre un nouveau site', 'créer structure');
    has('le site ne répond pas', 'interruption');
    has('plusieurs collègues ont le même souci', 'escalader');
    has('premier jour au CCAS', 'nouvel utilisateur');
    has('je suis nouveau dans le service', 'nouvel utilisateur');
    has('la famille attend une réponse', 'avancement');
    has("je n'ai pas les droits sur cet écran", 'non autorisé profil actif');
    has('le référent du 93', 'référent département');
    has('les référents 2A', 'référent département');
    has('comment on la termine ?', 'clôturer demande');
  });

  it('leaves the second round’s words alone in their other senses', () => {
    // « retrait » (a profile removed) is not a retirement; leaving one's desk is not leaving.
    expect(normalize('le retrait du profil')).not.toContain('collegu');
    expect(normalize('avant de quitter votre poste')).not.toContain('collegu');
    // A household's « foyer » that moves is a transfer, not a structure's new address.
    expect(normalize('le foyer déménage')).not.toContain('structur');
    // A new service, a draft finished, an answer awaited from the référent, several structures.
    expect(normalize('ouvre un nouveau service')).not.toEqual(
      expect.arrayContaining(normalize('nouvel utilisateur')),
    );
    expect(normalize('le temps de la terminer')).not.toContain('clotur');
    expect(normalize('attend la réponse du référent')).not.toContain('avancement');
    expect(normalize('pas de réponse sous 15 jours')).not.toContain('avancement');
    expect(normalize('une ou plusieurs structures')).not.toContain('escalad');
    // A bare number, or « référent SI SIAO » followed by other words, names no département.
    expect(normalize('niveau 93')).not.toContain('referent');
    expect(normalize('votre référent SI SIAO vous répond')).not.toContain('departement');
    expect(normalize('trouver une place')).not.toContain('solution');
  });
});
