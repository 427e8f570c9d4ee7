import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import {
  dragPreview,
  historyShortcut,
  imagePoint,
  opFromDrag,
  type EditTool,
  type Point,
} from '../../utils/core/image/drag-edit';
import {
  canRedo,
  canUndo,
  emptyHistory,
  maskCount,
  pushEdit,
  redo,
  render,
  undo,
  type EditHistory,
} from '../../utils/core/image/edit-history';
import type { RgbaImage } from '../../utils/core/image/rgba';
import { t } from '../../utils/i18n';
import { EditorToolbar, TOOLS } from './EditorToolbar';

export interface ScreenshotEditorProps {
  /** The screenshot as decoded pixels (utils/ext/image-codec.ts `decodeToRgba`). */
  image: RgbaImage;
  name: string;
  /** The edited image: masked pixels are overwritten in it, not covered by a layer. */
  onSave: (edited: RgbaImage, info: { masksAdded: number }) => void;
  onCancel: () => void;
}

/**
 * A small editor: mask, box, arrow, crop by dragging on the picture; undo/redo by buttons or
 * Ctrl+Z / Ctrl+Y. Pixels are computed by utils/core/image, the canvas only shows them.
 */
export function ScreenshotEditor({ image, name, onSave, onCancel }: ScreenshotEditorProps) {
  const [tool, setTool] = useState<EditTool>('mask');
  const [history, setHistory] = useState<EditHistory>(emptyHistory);
  const [drag, setDrag] = useState<{ from: Point; to: Point } | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const base = useMemo(() => render(image, history), [image, history]);
  const preview = useMemo(() => dragPreview(base, tool, drag), [base, drag, tool]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    canvas.width = preview.width;
    canvas.height = preview.height;
    ctx.putImageData(
      new ImageData(new Uint8ClampedArray(preview.data), preview.width, preview.height),
      0,
      0,
    );
  }, [preview]);

  const toImage = useCallback(
    (e: PointerEvent<HTMLCanvasElement>): Point =>
      imagePoint({ x: e.clientX, y: e.clientY }, e.currentTarget.getBoundingClientRect(), {
        width: base.width,
        height: base.height,
      }),
    [base.width, base.height],
  );

  const finishDrag = () => {
    const op = drag && opFromDrag(tool, drag.from, drag.to);
    if (op) setHistory((h) => pushEdit(h, op));
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const asked = historyShortcut(e);
    if (!asked) return;
    setHistory(asked === 'undo' ? undo : redo);
    e.preventDefault();
  };

  const hint = TOOLS.find((x) => x.tool === tool)?.hint;
  const masks = maskCount(history);
  return (
    <section
      className="ars-card ars-editor"
      aria-label={t('editorTitle', { name })}
      onKeyDown={onKeyDown}
    >
      <EditorToolbar
        tool={tool}
        onTool={setTool}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        onUndo={() => setHistory(undo)}
        onRedo={() => setHistory(redo)}
      />
      <p className="ars-how" id="ars-editor-help">
        {hint && t('editorHelp', { hint: t(hint).toLowerCase() })}{' '}
        {masks > 0 && (masks === 1 ? t('editorMasksOne') : t('editorMasksMany', { n: masks }))}
      </p>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={t('editorCanvas', { name })}
        aria-describedby="ars-editor-help"
        width={preview.width}
        height={preview.height}
        style={{
          maxWidth: '100%',
          cursor: 'crosshair',
          touchAction: 'none',
          border: '1px solid #ddd',
        }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture?.(e.pointerId);
          const p = toImage(e);
          setDrag({ from: p, to: p });
        }}
        onPointerMove={(e) => {
          if (!drag) return;
          const to = toImage(e);
          setDrag((d) => (d ? { ...d, to } : d));
        }}
        onPointerUp={finishDrag}
        onPointerCancel={() => setDrag(null)}
      />
      <p>
        <button
          type="button"
          className="ars-primary"
          onClick={() => onSave(render(image, history), { masksAdded: maskCount(history) })}
        >
          {t('editorSave')}
        </button>{' '}
        <button type="button" className="ars-secondary" onClick={onCancel}>
          {t('editorCancel')}
        </button>
      </p>
    </section>
  );
}
