import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScreenshotEditor } from '../../components/screenshots/ScreenshotEditor';
import { maskedLabel, ScreenshotTray } from '../../components/screenshots/ScreenshotTray';
import { createImage, MASK_RGBA, pixelAt, type RgbaImage } from '../../utils/core/image/rgba';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function pointer(el: Element, type: string, x: number, y: number) {
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, clientX: x, clientY: y, pointerId: 1 }));
}

function button(label: string): HTMLButtonElement {
  const found = Array.from(host.querySelectorAll('button')).find((b) =>
    b.textContent?.startsWith(label),
  );
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('ScreenshotEditor', () => {
  it('saves an image whose masked pixels are overwritten; Ctrl+Z takes the mask back', () => {
    const image = createImage(40, 30, [250, 250, 250, 255]);
    const saved: RgbaImage[] = [];
    act(() =>
      root.render(
        <ScreenshotEditor
          image={image}
          name="capture-1.png"
          onSave={(img) => saved.push(img)}
          onCancel={() => {}}
        />,
      ),
    );
    // happy-dom lays nothing out: a 0×0 box maps client pixels 1:1 to image pixels.
    const canvas = host.querySelector('canvas')!;
    act(() => pointer(canvas, 'pointerdown', 5, 5));
    act(() => pointer(canvas, 'pointermove', 20, 15));
    act(() => pointer(canvas, 'pointerup', 20, 15));
    act(() => button('Enregistrer').click());
    expect(pixelAt(saved[0]!, 10, 10)).toEqual([...MASK_RGBA]);
    expect(pixelAt(saved[0]!, 30, 25)).toEqual([250, 250, 250, 255]);
    expect(pixelAt(image, 10, 10)).toEqual([250, 250, 250, 255]);

    const section = host.querySelector('section')!;
    act(() =>
      section.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }),
      ),
    );
    act(() => button('Enregistrer').click());
    expect(pixelAt(saved[1]!, 10, 10)).toEqual([250, 250, 250, 255]);
    act(() =>
      section.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }),
      ),
    );
    act(() => button('Enregistrer').click());
    expect(pixelAt(saved[2]!, 10, 10)).toEqual([...MASK_RGBA]);
  });

  it('has labelled tool buttons that say which one is on', () => {
    act(() =>
      root.render(
        <ScreenshotEditor
          image={createImage(4, 4)}
          name="c.png"
          onSave={() => {}}
          onCancel={() => {}}
        />,
      ),
    );
    expect(button('Masquer').getAttribute('aria-pressed')).toBe('true');
    act(() => button('Rogner').click());
    expect(button('Rogner').getAttribute('aria-pressed')).toBe('true');
    expect(button('Masquer').getAttribute('aria-pressed')).toBe('false');
    expect(button('Annuler').disabled).toBe(true);
  });
});

describe('ScreenshotTray', () => {
  it('shows the masked count, the error, and removes a thumbnail by id', () => {
    const onRemove = vi.fn();
    const noop = () => {};
    act(() =>
      root.render(
        <ScreenshotTray
          items={[
            {
              id: 'a',
              name: 'capture-fiche-menage-1.png',
              thumbUrl: 'blob:x',
              width: 10,
              height: 10,
              masked: 6,
            },
          ]}
          lastMasked={6}
          busy={null}
          error="Cliquez une fois sur le bouton de l'extension"
          onCaptureVisible={noop}
          onCaptureFullPage={noop}
          onRemove={onRemove}
        />,
      ),
    );
    expect(host.querySelector('[data-testid=masked-count]')?.textContent).toBe('6 zones masquées');
    expect(host.querySelector('[role=alert]')?.textContent).toContain('Cliquez une fois');
    act(() =>
      host
        .querySelector<HTMLButtonElement>('[aria-label="Retirer capture-fiche-menage-1.png"]')!
        .click(),
    );
    expect(onRemove).toHaveBeenCalledWith('a');
    expect(maskedLabel(1)).toBe('1 zone masquée');
    expect(maskedLabel(0)).toBe('Aucune zone masquée');
  });
});
