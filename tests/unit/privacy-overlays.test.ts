import { afterEach, describe, expect, it } from 'vitest';
import { placeMasks, removeMasks } from '../../entrypoints/sisiao-mask/overlays';

/**
 * The masks' layer must sit above whatever the page put in the top layer (a modal dialog, a
 * popover): where the browser cannot promote it, the capture is refused.
 */
describe('placeMasks and the top layer', () => {
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  const saved = proto.showPopover;
  afterEach(() => {
    proto.showPopover = saved;
    removeMasks();
    document.body.innerHTML = '';
  });

  it('refuses when the page has a top layer and the masks cannot go above it', () => {
    proto.showPopover = undefined;
    document.body.innerHTML = '<dialog open>Marie DUPONT</dialog><p id="p">x</p>';
    const dialog = document.querySelector('dialog') as Element;
    expect(() => placeMasks([document.getElementById('p') as Element], [dialog])).toThrow(
      /premier plan/,
    );
    expect(document.querySelectorAll('.ars-mask-layer')).toHaveLength(0);
  });

  it('places the masks when nothing is in the top layer', () => {
    proto.showPopover = undefined;
    document.body.innerHTML = '<p id="p">x</p>';
    expect(() => placeMasks([document.getElementById('p') as Element], [])).not.toThrow();
    expect(document.querySelectorAll('.ars-mask-layer')).toHaveLength(1);
  });
});
