import type { FormField } from './form-mapping';
import type { FormView } from './form-view';
import { legacyFieldWrapper } from './hubspot-legacy';
import { newFieldWrapper } from './hubspot-new';

/**
 * The box a field sits in as the form draws it (HubSpot's field wrapper in either markup, else
 * the nearest block): the extension's notes on a field, such as suggested articles, go after it,
 * below the field's own label, control and error line.
 */
export function fieldBox(view: FormView, field: FormField): Element | null {
  const control = view.fields[field]?.element;
  if (!control) return null;
  return (
    control.closest(`${legacyFieldWrapper}, ${newFieldWrapper}`) ??
    control.closest('div') ??
    control
  );
}
