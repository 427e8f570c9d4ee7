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

type Tool = 'mask' | 'box' | 'arrow' | 'crop';
type Point = { x: number; y: number };

const TOOLS: Array<{ tool: Tool; label: string; hint: string }> = [
  { tool: 'mask', label: 'Masquer', hint: 'Rectangle opaque : les pixels dessous sont effacés' },
  { tool: 'box', label: 'Encadrer', hint: 'Cadre rouge autour du problème' },
  { tool: 'arrow', label: 'Flèche', hint: 'Flèche rouge vers le problème' },
  { tool: 'crop', label: 'Rogner', hint: 'Ne garder que la zone choisie' },
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

  return (
    <section className="ars-card ars-editor" aria-label={`Modifier ${name}`} onKeyDown={onKeyDown}>
      <div role="toolbar" aria-label="Outils" style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {TOOLS.map((t) => (
          <button
            key={t.tool}
            type="button"
            className="ars-secondary"
            aria-pressed={tool === t.tool}
            title={t.hint}
            data-tool={t.tool}
            onClick={() => setTool(t.tool)}
            style={tool === t.tool ? { background: 'var(--ars-blue-light)' } : undefined}
          >
            {t.label}
          </button>
        ))}
        <button
          type="button"
          className="ars-secondary"
          disabled={!canUndo(history)}
          onClick={() => setHistory(undo)}
        >
          Annuler (Ctrl+Z)
        </button>
        <button
          type="button"
          className="ars-secondary"
          disabled={!canRedo(history)}
          onClick={() => setHistory(redo)}
        >
          Rétablir (Ctrl+Y)
        </button>
      </div>
      <p className="ars-how" id="ars-editor-help">
        Faites glisser sur l'image pour : {TOOLS.find((t) => t.tool === tool)?.hint.toLowerCase()}.{' '}
        {maskCount(history) > 0 && `${maskCount(history)} masque(s) ajouté(s).`}
      </p>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={`${name} en cours de modification`}
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
          Enregistrer
        </button>{' '}
        <button type="button" className="ars-secondary" onClick={onCancel}>
          Fermer sans enregistrer
        </button>
      </p>
    </section>
  );
}
