import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';

/** A list entry as the demo form's script reads it. */
export interface DemoEntry {
  code: string;
  libelle: string;
  motifs?: DemoEntry[];
  sousMotifs?: DemoEntry[];
}

/**
 * The demo support form offers the nomenclature the extension ships, in the shape its script reads
 * (as the real form's options come from HubSpot ticket properties).
 */
export function demoNomenclature(): { thematiques: DemoEntry[] } {
  return {
    thematiques: DEFAULT_NOMENCLATURE.thematiques.map((t) => ({
      code: t.code,
      libelle: t.libelle,
      motifs: t.motifs.map((m) => ({
        code: m.code,
        libelle: m.libelle,
        sousMotifs: m.sousMotifs.map((s) => ({ code: s.code, libelle: s.libelle })),
      })),
    })),
  };
}

const e = (code: string, libelle: string, children?: DemoEntry[]): DemoEntry =>
  children ? { code, libelle, motifs: children } : { code, libelle };
const m = (code: string, libelle: string, sousMotifs: DemoEntry[] = []): DemoEntry => ({
  code,
  libelle,
  sousMotifs,
});

/**
 * `?variant=national`: a form organised as the national team now publishes it. Its thématiques
 * are the knowledge base's tree, its codes are HubSpot property values (underscores, dots,
 * digits), its wordings differ from the extension's in small ways (singular, « d'une », « & »,
 * « du SI SIAO »), and it has entries the extension does not know (« Autre demande »). The form's
 * real lists are not public: this is a stand-in, not a copy.
 */
export const NATIONAL_FORM: { thematiques: DemoEntry[] } = {
  thematiques: [
    e('gestion_des_demandes', 'Gestion des demandes', [
      m('GDD.01', 'Gestion de la demande', [
        e('GDD.01.1', 'Annulation d’une demande'),
        e('GDD.01.2', 'Demande « à compléter »'),
        e('GDD.01.3', 'Suivi d’une demande'),
        e('GDD.01.4', 'Mise à jour de la demande'),
        e('GDD.01.5', 'Ajout ou retrait d’une personne'),
      ]),
      m('GDD.02', 'Demande relevant du métier'),
      m('GDD.03', 'Anomalie ou message d’erreur', [
        e('GDD.03.1', 'Erreur à l’enregistrement'),
        e('GDD.03.2', 'Affichage incorrect'),
      ]),
    ]),
    e('gestion_des_menages', 'Gestion des ménages', [
      m('GDM.01', 'Gestion du ménage', [
        e('GDM.01.1', 'Fusion de personnes'),
        e('GDM.01.2', 'Composition du ménage'),
        e('GDM.01.3', 'Identité d’une personne'),
        e('GDM.01.4', 'Pièces justificatives'),
        e('GDM.01.5', 'Création d’un ménage'),
      ]),
      m('GDM.02', 'Anomalie ou message d’erreur', [
        e('GDM.02.1', 'Erreur à l’enregistrement'),
        e('GDM.02.2', 'Données incorrectes'),
      ]),
    ]),
    e('gestion_de_l_offre', 'Gestion de l’offre', [
      m('GDO.01', 'Module offre', [
        e('GDO.01.1', 'Places vacantes'),
        e('GDO.01.2', 'Structures et dispositifs'),
      ]),
    ]),
    e('acces_authentification', 'Accès & authentification', [
      m('ACC.01', 'Compte utilisateur', [
        e('ACC.01.1', 'Mot de passe'),
        e('ACC.01.2', 'Création ou désactivation de compte'),
        e('ACC.01.3', 'Profil et habilitations'),
      ]),
    ]),
    e('extraction_donnees', 'Extraction et données', [
      m('EXT.01', 'Extractions'),
      m('EXT.02', 'Tableaux de bord'),
    ]),
    e('rgpd', 'RGPD', [m('RGPD.01', 'Droits des personnes'), m('RGPD.02', 'Conservation')]),
    e('formation_continue', 'Formation continue du SI SIAO', [
      m('FOR.01', 'Formation liée à l’outil', [
        e('FOR.01.1', 'Prise en main'),
        e('FOR.01.2', 'Sessions de formation'),
      ]),
    ]),
    e('referent_si_siao', 'Référent SI SIAO', [m('REF.01', 'Outils du référent')]),
    e('autre_demande', 'Autre demande', [m('AUT.01', 'Autre')]),
  ],
};

/**
 * `?variant=nomatch`: a form whose thématiques match nothing the extension knows, at any level
 * (another organisation of the same subjects); the levels below use familiar wordings.
 */
export const NO_MATCH_FORM: { thematiques: DemoEntry[] } = {
  thematiques: [
    e('HEB', 'Hébergement : demandes et orientations', [
      m('HEB-1', 'Gestion de la demande', [e('HEB-1-a', 'Annulation des demandes')]),
    ]),
    e('MEN', 'Ménages et personnes accompagnées', [
      m('MEN-1', 'Gestion du ménage', [
        e('MEN-1-a', 'Fusion des personnes'),
        e('MEN-1-b', 'Composition familiale'),
      ]),
      m('MEN-2', 'Identité'),
    ]),
    e('PLA', 'Places, structures et dispositifs', [m('PLA-1', 'Places vacantes')]),
    e('CPT', 'Comptes, mots de passe et habilitations', [m('CPT-1', 'Mot de passe')]),
    e('STA', 'Statistiques et exports', [m('STA-1', 'Exports')]),
    e('AUT', 'Autre sujet', [m('AUT-1', 'Autre')]),
  ],
};

/** Variants whose lists are their own (the others offer the shipped nomenclature). */
const OWN_LISTS: Record<string, { thematiques: DemoEntry[] }> = {
  national: NATIONAL_FORM,
  nomatch: NO_MATCH_FORM,
};

/** What /api/nomenclature.json serves for a variant: national and nomatch give their
 * thématiques only, their dependent lists being fetched after each choice. */
export function demoNomenclatureFor(variant: string | null): { thematiques: DemoEntry[] } {
  const own = variant ? OWN_LISTS[variant] : undefined;
  if (!own) return demoNomenclature();
  return { thematiques: own.thematiques.map(({ code, libelle }) => ({ code, libelle })) };
}

/** The children of one entry of a variant's lists (motifs of a thématique, sous-motifs of a
 * motif), as the page's script fetches them after a choice; empty when unknown. */
export function demoChildren(variant: string | null, parent: string): DemoEntry[] {
  const own = variant ? OWN_LISTS[variant] : undefined;
  if (!own) return [];
  for (const t of own.thematiques) {
    if (t.code === parent) return (t.motifs ?? []).map(({ code, libelle }) => ({ code, libelle }));
    for (const mo of t.motifs ?? []) if (mo.code === parent) return mo.sousMotifs ?? [];
  }
  return [];
}
