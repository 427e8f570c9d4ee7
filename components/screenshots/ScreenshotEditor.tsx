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
  applyEdit,
  canRedo,
  canUndo,
  emptyHistory,
  maskCount,
  pushEdit,
  redo,
  render,
  undo,
  type EditHistory,
  type EditOp,
} from '../../utils/core/image/edit-history';
import { cloneImage, type RgbaImage } from '../../utils/core/image/rgba';
import { t, type MessageKey } from '../../utils/i18n';

type Tool = 'mask' | 'box' | 'arrow' | 'crop';
type Point = { x: number; y: number };

const TOOLS: Array<{ tool: Tool; label: MessageKey; hint: MessageKey }> = [
  { tool: 'mask', label: 'editorToolMask', hint: 'editorHintMask' },
  { tool: 'box', label: 'editorToolBox', hint: 'editorHintBox' },
  { tool: 'arrow', label: 'editorToolArrow', hint: 'editorHintArrow' },
  { tool: 'crop', label: 'editorToolCrop', hint: 'editorHintCrop' },
];

export interface ScreenshotEditorProps {
  /** The screenshot as decoded pixels (utils/ext/image-codec.ts `decodeToRgba`). */
  image: RgbaImage;
  name: string;
  /** The edited image: masked pixels are overwritten in it, not covered by a layer. */
  onSave: (edited: RgbaImage, info: { masksAdded: number }) => void;
  onCancel: () => void;
}

/** The edit a drag from `a` to `b` makes with `tool`, or null when it is too small to mean one. */
export function opFromDrag(tool: Tool, a: Point, b: Point): EditOp | null {
  if (Math.hypot(b.x - a.x, b.y - a.y) < 3) return null;
  if (tool === 'arrow') return { kind: 'arrow', from: a, to: b };
  const rect = { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
  return { kind: tool, rect };
}

/**
 * A small editor: mask, box, arrow, crop by dragging on the picture; undo/redo by buttons or
 * Ctrl+Z / Ctrl+Y. Pixels are computed by utils/core/image, the canvas only shows them.
 */
export function ScreenshotEditor({ image, name, onSave, onCancel }: ScreenshotEditorProps) {
  const [tool, setTool] = useState<Tool>('mask');
  const [history, setHistory] = useState<EditHistory>(emptyHistory);
  const [drag, setDrag] = useState<{ from: Point; to: Point } | null>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);

  const base = useMemo(() => render(image, history), [image, history]);
  const preview = useMemo(() => {
    const op = drag && opFromDrag(tool, drag.from, drag.to);
    // A crop is previewed as a box: cutting while dragging would move the picture under the pointer.
    if (!op) return base;
    const shown: EditOp = op.kind === 'crop' ? { kind: 'box', rect: op.rect } : op;
    return applyEdit(cloneImage(base), shown);
  }, [base, drag, tool]);

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
    (e: PointerEvent<HTMLCanvasElement>): Point => {
      const box = e.currentTarget.getBoundingClientRect();
      const sx = box.width ? base.width / box.width : 1;
      const sy = box.height ? base.height / box.height : 1;
      return {
        x: Math.round((e.clientX - box.left) * sx),
        y: Math.round((e.clientY - box.top) * sy),
      };
    },
    [base.width, base.height],
  );

  const finishDrag = () => {
    const op = drag && opFromDrag(tool, drag.from, drag.to);
    if (op) setHistory((h) => pushEdit(h, op));
    setDrag(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) setHistory(undo);
    else if (key === 'y' || (key === 'z' && e.shiftKey)) setHistory(redo);
    else return;
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
      <div
        role="toolbar"
        aria-label={t('editorTools')}
        style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}
      >
        {TOOLS.map((x) => (
          <button
            key={x.tool}
            type="button"
            className="ars-secondary"
            aria-pressed={tool === x.tool}
            title={t(x.hint)}
            data-tool={x.tool}
            onClick={() => setTool(x.tool)}
            style={tool === x.tool ? { background: 'var(--ars-blue-light)' } : undefined}
          >
            {t(x.label)}
          </button>
        ))}
        <button
          type="button"
          className="ars-secondary"
          disabled={!canUndo(history)}
          onClick={() => setHistory(undo)}
        >
          {t('editorUndo')}
        </button>
        <button
          type="button"
          className="ars-secondary"
          disabled={!canRedo(history)}
          onClick={() => setHistory(redo)}
        >
          {t('editorRedo')}
        </button>
      </div>
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
