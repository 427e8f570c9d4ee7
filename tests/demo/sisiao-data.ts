// Clearly fake data for the mock SI SIAO. Names are « Usager Test »-like, IDs start with 91/92/77.

export const USER = {
  id: 501,
  nom: 'Test',
  prenom: 'Référente',
  email: 'referente.test@siao-demo.fr',
  currentRole: { code: 'OPERATEUR_INSERTION', libelle: 'Opérateur SIAO – volet insertion' },
  roles: [
    { code: 'OPERATEUR_INSERTION', libelle: 'Opérateur SIAO – volet insertion' },
    { code: 'ECOUTANT_115', libelle: 'Écoutant 115' },
  ],
};

const MENAGES: Record<string, { composition: string; demandeEnCours: string }> = {
  '9100018': { composition: 'Couple avec 2 enfants', demandeEnCours: '7700042' },
  '9100026': { composition: 'Personne isolée', demandeEnCours: '7700057' },
};

const PERSONNES: Record<
  string,
  Array<{ id: string; nom: string; prenom: string; dateNaissance: string; telephone: string }>
> = {
  '9100018': [
    {
      id: '9200031',
      nom: 'TEST',
      prenom: 'Usager',
      dateNaissance: '01/02/1985',
      telephone: '06 00 00 00 01',
    },
    {
      id: '9200032',
      nom: 'TEST',
      prenom: 'Usagère',
      dateNaissance: '03/04/1987',
      telephone: '06 00 00 00 02',
    },
  ],
  '9100026': [
    {
      id: '9200047',
      nom: 'EXEMPLE',
      prenom: 'Personne',
      dateNaissance: '05/06/1970',
      telephone: '06 00 00 00 03',
    },
  ],
};

export function fiche(
  id: string,
): { id: string; typefiche: 'Groupe'; composition: string; demandeEnCours: string } | null {
  const m = MENAGES[id];
  return m ? { id, typefiche: 'Groupe', ...m } : null;
}

export function membres(idGroupe: string) {
  return PERSONNES[idGroupe] ?? [];
}

export const demandes = [
  { id: '7700042', idGroupe: '9100018', statut: 'À compléter', date: '02/11/2026' },
  { id: '7700057', idGroupe: '9100026', statut: "En attente d'orientation", date: '15/10/2026' },
  { id: '7700063', idGroupe: '9100034', statut: 'Admise', date: '30/09/2026' },
  { id: '7700071', idGroupe: '9100042', statut: 'Annulée', date: '12/09/2026' },
];
