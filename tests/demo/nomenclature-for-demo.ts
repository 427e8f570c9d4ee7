// Placeholder until the default nomenclature lands; replaced by the shipped data.
export function demoNomenclature() {
  return {
    thematiques: [
      {
        code: 'assistance-technique',
        libelle: 'Assistance technique',
        motifs: [{ code: 'anomalie', libelle: 'Anomalie / message d\'erreur', sousMotifs: [{ code: 'erreur-enregistrement', libelle: 'Erreur à l\'enregistrement' }] }],
      },
    ],
  };
}
