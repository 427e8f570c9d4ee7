import { describe, expect, it } from 'vitest';
import { emptyContext, type Breadcrumb, type TechSignal } from '../../utils/core/context';
import { stepsOf, withCaptured, type Recording } from '../../utils/core/escalation/captured';
import { emptyDraft } from '../../utils/core/escalation/model';

const context = { ...emptyContext(), pageKind: 'fiche-menage' as const, menageId: '9100018' };
const visit: Breadcrumb = { at: 1000, kind: 'visit', label: 'la fiche ménage ID 9100018' };
const click: Breadcrumb = { at: 2000, kind: 'click', label: 'Enregistrer' };
const http500: TechSignal = { at: 2100, kind: 'http', status: 500, method: 'PUT', path: '/api/x' };
const scriptError: TechSignal = { at: 2200, kind: 'script', message: 'x is undefined' };

const rec = (breadcrumbs: Breadcrumb[], signals: TechSignal[] = []): Recording => ({
  context,
  breadcrumbs,
  signals,
});

describe('what the SI SIAO tab recorded, into the draft', () => {
  it('follows the recording until the referent edits the steps', () => {
    const first = rec([visit]);
    const auto = stepsOf(first);
    const draft = withCaptured(emptyDraft('menage:9100018', 0), first, []);
    const followed = withCaptured(
      { ...draft, steps: auto.map((text, i) => ({ id: `s${i + 1}`, text })) },
      rec([visit, click]),
      auto,
    );
    expect(followed.steps.map((s) => s.text)).toEqual([
      'Aller dans la fiche ménage ID 9100018',
      'Cliquer sur « Enregistrer »',
    ]);
    const edited = { ...followed, steps: [{ id: 's1', text: 'Mon étape' }] };
    expect(withCaptured(edited, rec([visit, click]), auto).steps).toEqual(edited.steps);
  });

  it('adds each new failure once, a script error unticked for the referent to judge', () => {
    const draft = withCaptured(emptyDraft('k', 0), rec([visit], [http500, scriptError]), []);
    expect(draft.technicalLines.map((l) => [l.text.split(' à ')[0], l.included])).toEqual([
      ['Erreur technique : HTTP 500 sur PUT /api/x', true],
      ['Erreur de script dans la page : x is undefined', false],
    ]);
    const again = withCaptured(draft, rec([visit], [http500, scriptError]), []);
    expect(again.technicalLines).toHaveLength(2);
  });
});
