import { describe, expect, it } from 'vitest';
import { fieldBox } from '../../utils/sites/kb/field-box';
import { detectForm } from '../../utils/sites/kb/form-view';
import { parseFixture } from './form-fixtures';

describe('the box of a field on the support form', () => {
  it('is HubSpot’s field wrapper, in the older markup and in the newer one', () => {
    const legacy = detectForm(parseFixture('legacy.html'))!;
    expect(fieldBox(legacy, 'description')?.matches('.hs-form-field')).toBe(true);
    const fresh = detectForm(parseFixture('new.html'))!;
    expect(fieldBox(fresh, 'description')?.matches('.hsfc-TextareaField')).toBe(true);
  });

  it('is nothing for a field the form does not have', () => {
    const legacy = detectForm(parseFixture('legacy.html'))!;
    expect(
      fieldBox({ ...legacy, fields: { ...legacy.fields, description: null } }, 'description'),
    ).toBeNull();
  });
});
