import type { EditTool } from '../../utils/core/image/drag-edit';
import { t, type MessageKey } from '../../utils/i18n';

export const TOOLS: Array<{ tool: EditTool; label: MessageKey; hint: MessageKey }> = [
  { tool: 'mask', label: 'editorToolMask', hint: 'editorHintMask' },
  { tool: 'box', label: 'editorToolBox', hint: 'editorHintBox' },
  { tool: 'arrow', label: 'editorToolArrow', hint: 'editorHintArrow' },
  { tool: 'crop', label: 'editorToolCrop', hint: 'editorHintCrop' },
];

export interface EditorToolbarProps {
  tool: EditTool;
  onTool: (tool: EditTool) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** The editor's tools (one pressed at a time), then undo and redo. */
export function EditorToolbar({
  tool,
  onTool,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: EditorToolbarProps) {
  return (
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
          onClick={() => onTool(x.tool)}
          style={tool === x.tool ? { background: 'var(--ars-blue-light)' } : undefined}
        >
          {t(x.label)}
        </button>
      ))}
      <button type="button" className="ars-secondary" disabled={!canUndo} onClick={onUndo}>
        {t('editorUndo')}
      </button>
      <button type="button" className="ars-secondary" disabled={!canRedo} onClick={onRedo}>
        {t('editorRedo')}
      </button>
    </div>
  );
}
