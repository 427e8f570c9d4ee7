import { DEFAULT_NOMENCLATURE } from '../../utils/core/nomenclature/default';

/**
 * The demo support form offers the nomenclature the extension ships, in the shape its script reads
 * (as the real form's options come from HubSpot ticket properties).
 */
export function demoNomenclature() {
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
