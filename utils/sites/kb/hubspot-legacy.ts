/**
 * Adapter for HubSpot's legacy forms (the `hs-form` embed, v2/v3 renderer): every selector for
 * that markup lives here, each with the saved pages it must match (`[count, fixture]`), checked by
 * tests/unit/form-selectors.test.ts against tests/fixtures/kb/forms/.
 *
 * Markup, as the embed script renders it: `form.hs-form` > `div.hs-form-field.hs_<name>` >
 * `label` + `div.input` > `input|textarea|select.hs-input[name]`, errors in `ul.hs-error-msgs`,
 * and `div.hs-submit input[type=submit]`. The embed may write it into an `iframe.hs-form-iframe`
 * (same origin: about:blank written by the script), which form-view.ts looks into.
 */
import { nativeControls, type Control } from './form-controls';

/** A legacy form. `hs-form` is on every legacy embed, whatever the theme adds. */
export const legacyForm = 'form.hs-form';
export const legacyForm_ = [
  [1, 'legacy.html'],
  [1, 'renamed.html'],
  [0, 'legacy-iframe.html'],
  [0, 'new.html'],
  [0, 'no-form.html'],
] as const;

/** A field wrapper; its first label is the field's visible label. */
export const legacyFieldWrapper = '.hs-form-field';
export const legacyFieldWrapper_ = [[7, 'legacy.html']] as const;

/** The submit control, which the extension never clicks (kept for describing the form). */
export const legacySubmit =
  '.hs-submit input[type="submit"], .hs-submit button, .hs-button[type="submit"]';
export const legacySubmit_ = [[1, 'legacy.html']] as const;

/** The embed's own iframe, when the form is rendered inside one. */
export const legacyIframe = 'iframe.hs-form-iframe';
export const legacyIframe_ = [
  [1, 'legacy-iframe.html'],
  [0, 'legacy.html'],
] as const;

/** The thank-you message that replaces the form after a successful submission. */
export const legacySubmittedMessage = '.submitted-message';
export const legacySubmittedMessage_ = [
  [1, 'legacy-submitted.html'],
  [0, 'legacy.html'],
] as const;

/** Validation messages under a field. */
export const legacyErrorMessages = 'ul.hs-error-msgs';

/** Legacy forms under a document or element. */
export function findLegacyForms(scope: ParentNode): HTMLFormElement[] {
  return Array.from(scope.querySelectorAll<HTMLFormElement>(legacyForm));
}

/** The controls of a legacy form, labelled from their field wrapper. */
export function legacyControls(form: HTMLElement): Control[] {
  return nativeControls(form, legacyFieldWrapper);
}

/** The form's submit control, or null. */
export function legacySubmitButton(form: HTMLElement): HTMLElement | null {
  return form.querySelector<HTMLElement>(legacySubmit);
}
