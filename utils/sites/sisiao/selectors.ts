/**
 * The SI SIAO adapter's selectors, each with saved pages it must match (`[count, fixture]`, paths
 * under tests/fixtures/), checked by tests/unit/sisiao-selectors.test.ts. The SI SIAO is read by
 * structure — landmarks, roles, form controls — never by class names (its layouts change; its
 * semantics less so): these are the structural hooks detection, masking and breadcrumbs share.
 * Label words and API paths are rules, in default-rules.ts; the page-world API hooks in api-pick.ts.
 */

/** The page footer: application chrome, never the case's data. */
export const footer = 'footer,[role="contentinfo"]';
export const footer_ = [
  [1, 'sisiao/fiche-menage-dl.html'],
  [0, 'sisiao/header-8-0.html'],
  [2, 'sisiao-private/fusion-bulma-dialog.html'],
] as const;

/** Footers a layout names without the landmark. */
export const footerLike = '[class*="footer"],[id*="footer"]';
export const footerLike_ = [
  [1, 'sisiao/fiche-personne.html'],
  [0, 'sisiao-fresh/modale-doublons.html'],
  [2, 'sisiao-private/liste-demandes-vuetify.html'],
] as const;

/** A mail link: in the banner, the connected referent. */
export const mailtoLink = 'a[href^="mailto:"],a[href^="MAILTO:"]';
export const mailtoLink_ = [
  [1, 'sisiao/profil-115.html'],
  [0, 'sisiao/usager-email-in-fiche.html'],
] as const;

/** A modal in front of the page: what the person sees is in it. */
export const openModal = '[aria-modal="true"],dialog[open]';
export const openModal_ = [
  [1, 'sisiao-fresh/modale-doublons.html'],
  [0, 'sisiao/fiche-menage-dl.html'],
] as const;

/** A dialog, open or not. */
export const dialog = '[role$="dialog"],dialog';
export const dialog_ = [
  [1, 'sisiao-private/orientation-tailwind-dialog.html'],
  [0, 'sisiao/liste-demandes.html'],
] as const;

/** The content area, as opposed to the banner and the chrome around it (strict masking). */
export const contentZone = 'main,[role="main"],article,section,dialog,[role="dialog"],form,aside';
export const contentZone_ = [
  [1, 'sisiao/fiche-personne.html'],
  [5, 'sisiao-private/orientation-tailwind-dialog.html'],
  [0, 'sisiao-private/parcours-jqueryui.html'],
] as const;

/** What is not the banner, for reading the connected referent (asides may sit in the banner). */
export const outsideBanner = 'main,[role="main"],article,section,dialog,form';
export const outsideBanner_ = [
  [1, 'sisiao/fiche-personne.html'],
  [4, 'sisiao-private/orientation-tailwind-dialog.html'],
  [0, 'sisiao-private/parcours-jqueryui.html'],
] as const;

/** One entry of a list or a table: a result, a history line. */
export const rowLike = 'tr,li,[role="row"],[role="listitem"],[role="option"]';
export const rowLike_ = [
  [15, 'sisiao/liste-demandes.html'],
  [0, 'sisiao/fiche-personne.html'],
  [4, 'sisiao-fresh/liste-mat-table-div.html'],
] as const;

/** A table, native or ARIA. */
export const tableLike = 'table,[role="table"],[role="grid"]';
export const tableLike_ = [
  [2, 'sisiao/fiche-menage-historique.html'],
  [1, 'sisiao-private/grille-personnes-aggrid-popover.html'],
  [0, 'sisiao/fiche-personne.html'],
] as const;

/** The header cell of an ARIA grid (div tables: Material, ag-Grid, Ext JS). */
export const columnHeader = '[role="columnheader"]';
export const columnHeader_ = [
  [6, 'sisiao-fresh/liste-mat-table-div.html'],
  [7, 'sisiao-private/grille-personnes-aggrid-popover.html'],
  [0, 'sisiao/liste-demandes.html'],
] as const;

/** A tab or a panel the person has not opened. */
export const collapsed = '[aria-selected="false"],[aria-expanded="false"]';
export const collapsed_ = [
  [2, 'sisiao-fresh/onglets-aria-personne.html'],
  [0, 'sisiao/fiche-menage-dl.html'],
] as const;

/**
 * Panels closed by a framework's class, which a saved page or a DOM without layout shows as well:
 * Bootstrap's inactive `.tab-pane` and folded `.collapse` (3: `.in`, 4/5: `.show`; a navbar's
 * collapse is open on wide screens by a media query, without a class), Angular Material's inactive
 * tab bodies, AngularJS's `ng-hide`.
 */
export const closedByClass = [
  '.tab-content > .tab-pane:not(.active)',
  '.collapse:not(.show):not(.in):not(.navbar-collapse)',
  '.mat-tab-body:not(.mat-tab-body-active)',
  '.mat-mdc-tab-body:not(.mat-mdc-tab-body-active)',
  '.ng-hide',
].join(',');
export const closedByClass_ = [
  [1, 'sisiao-private/menage-angular-material.html'],
  [0, 'sisiao/fiche-menage-dl.html'],
] as const;

/** A row of tabs: a click there names the tab, not a value. */
export const tablist = '[role="tablist"]';
export const tablist_ = [
  [1, 'sisiao/fiche-menage-dl.html'],
  [0, 'sisiao/fiche-personne.html'],
] as const;

/** Form controls: what the person types or chooses. */
export const formControl = 'input,select,textarea';
export const formControl_ = [
  [7, 'sisiao/fiche-menage-readonly-input.html'],
  [0, 'sisiao/usager-email-in-fiche.html'],
] as const;

/** What a click may name in the steps: buttons, links, tabs, menu entries. */
export const clickable =
  'button,a[href],[role="button"],[role="link"],[role="tab"],[role="menuitem"],[role="menuitemradio"],input[type="button"],input[type="submit"],input[type="reset"],summary';
export const clickable_ = [
  [9, 'sisiao/fiche-menage-dl.html'],
  [15, 'sisiao-private/fiche-personne-bootstrap.html'],
  [0, 'sisiao-fresh/bandeau-menage-demande.html'],
] as const;

/** Where the person types: a click there is never recorded. */
export const typed = 'input,textarea,select,option,[contenteditable=""],[contenteditable="true"]';
export const typed_ = [
  [10, 'sisiao/fiche-menage-readonly-input.html'],
  [0, 'sisiao-private/demande-dsfr.html'],
] as const;

/**
 * An error message the application shows (alert, toast, snack bar of the usual frameworks): its
 * text becomes « Le message … s'affiche » in the steps.
 */
export const errorMessage =
  '[role="alert"],[aria-live="assertive"],.toast-error,.alert-danger,.alert-error,.error-message,.notification-error,.mat-snack-bar-container,.snackbar-error';
export const errorMessage_ = [
  [1, 'sisiao/fiche-demande-a-completer.html'],
  [2, 'sisiao-private/ajout-personne-primeng.html'],
  [0, 'sisiao/fiche-menage-dl.html'],
] as const;
