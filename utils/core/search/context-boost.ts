import type { PageKind } from '../context';
import { fold } from '../text/french';

/** Knowledge-base categories that an SI SIAO page kind makes likely, as data. */
export const PAGE_KIND_CATEGORIES: Readonly<Record<PageKind, readonly string[]>> = {
  'fiche-demande': ['gestion-des-demandes'],
  'fiche-menage': ['gestion-des-menages'],
  'fiche-personne': ['gestion-des-menages'],
  offre: ['gestion-de-l-offre'],
  liste: [],
  accueil: [],
  autre: [],
};

/** Categories raised by an escalation motif, matched on words of its (folded) label. */
export const MOTIF_CATEGORIES: readonly {
  words: readonly string[];
  categories: readonly string[];
}[] = [
  {
    words: ['gestion de la demande', 'gestion des demandes'],
    categories: ['gestion-des-demandes'],
  },
  { words: ['gestion du menage', 'gestion des menages'], categories: ['gestion-des-menages'] },
  {
    words: ['compte utilisateur', 'connexion', 'authentification'],
    categories: ['acces-et-authentification'],
  },
  { words: ['module offre', "gestion de l'offre"], categories: ['gestion-de-l-offre'] },
  { words: ['formation'], categories: ['formation-continue', 'nouvel-utilisateur'] },
  { words: ['extraction', 'tableau de bord', 'indicateur'], categories: ['extraction-et-donnees'] },
  { words: ['rgpd', 'donnees personnelles'], categories: ['rgpd'] },
];

/** What the referent is looking at: the SI SIAO page kind and the motif chosen in the script. */
export type SearchContext = { pageKind?: PageKind | null; motif?: string | null };

/**
 * The `boost` option for KbIndex.search from the context: the page kind and the chosen motif
 * raise the articles of the matching categories (a fiche demande + « annuler » → the demand
 * articles first). Empty when the context says nothing.
 */
export function boostForContext(ctx: SearchContext): { categories: string[] } {
  const out = new Set<string>(ctx.pageKind ? PAGE_KIND_CATEGORIES[ctx.pageKind] : []);
  const motif = fold(ctx.motif ?? '');
  for (const entry of MOTIF_CATEGORIES) {
    if (motif && entry.words.some((w) => motif.includes(w)))
      entry.categories.forEach((c) => out.add(c));
  }
  return { categories: [...out] };
}
