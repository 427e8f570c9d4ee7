/**
 * HubSpot's newer forms are React components: values must reach React's state, not just the DOM,
 * and drop-downs are custom widgets whose options render only while open.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fillForm, type FillPlan } from '../../utils/sites/kb/fill';
import { detectForm } from '../../utils/sites/kb/form-view';

type Opt = { value: string; label: string };

const NOMENCLATURE: Record<string, Opt[]> = {
  '': [
    { value: 'gestion_des_demandes', label: 'Gestion des demandes' },
    { value: 'gestion_des_menages', label: 'Gestion des ménages' },
  ],
  gestion_des_demandes: [
    { value: 'erreur_enregistrement', label: "Erreur à l'enregistrement" },
    { value: 'statut_incorrect', label: 'Statut incorrect' },
  ],
  erreur_enregistrement: [{ value: 'erreur_technique', label: 'Message « Erreur technique »' }],
};

/** Options of a level, loaded a little after the parent is chosen (as a network call would). */
function useOptions(parent: string | null): Opt[] {
  const [options, setOptions] = useState<Opt[]>([]);
  useEffect(() => {
    setOptions([]);
    if (parent === null) return;
    const timer = setTimeout(() => setOptions(NOMENCLATURE[parent] ?? []), 40);
    return () => clearTimeout(timer);
  }, [parent]);
  return options;
}

/** Shaped like HubSpot's `hsfc-DropdownInput`: hidden input, read-only combobox, list when open. */
function Dropdown(props: {
  id: string;
  name: string;
  label: string;
  options: Opt[];
  value: string;
  onChange: (v: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const chosen = props.options.find((o) => o.value === props.value);
  return (
    <div className="hsfc-DropdownField">
      <label className="hsfc-FieldLabel" htmlFor={props.id}>
        <span>{props.label}</span>
      </label>
      <div className="hsfc-DropdownInput">
        <input type="hidden" aria-hidden="true" name={props.name} value={props.value} />
        <input
          id={props.id}
          className="hsfc-TextInput hsfc-TextInput--button"
          role="combobox"
          aria-haspopup="listbox"
          aria-expanded={open}
          readOnly
          placeholder="Veuillez sélectionner"
          value={chosen?.label ?? ''}
          onClick={() => setOpen(!open)}
        />
        {open && (
          <div className="hsfc-DropdownOptions">
            <ul className="hsfc-DropdownOptions__List" role="listbox">
              {props.options.map((o) => (
                <li
                  key={o.value}
                  role="option"
                  aria-selected={o.value === props.value}
                  className="hsfc-DropdownOptions__List__ListItem"
                  onClick={() => {
                    props.onChange(o.value);
                    setOpen(false);
                  }}
                >
                  {o.label}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

const state: Record<string, string> = {};

/** A controlled radio list, as a theme renders a short enumeration. */
function RadioList(props: {
  name: string;
  legend: string;
  options: Opt[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <fieldset className="hsfc-RadioFieldGroup">
      <legend className="hsfc-FieldLabel">{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className="hsfc-RadioFieldGroup__Option">
          <input
            type="radio"
            name={props.name}
            value={o.value}
            checked={props.value === o.value}
            onChange={() => props.onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function TicketForm({ onSubmit, radios = false }: { onSubmit: () => void; radios?: boolean }) {
  const [email, setEmail] = useState('');
  const [subject, setSubject] = useState('');
  const [content, setContent] = useState('');
  const [thematique, setThematique] = useState('');
  const [motif, setMotif] = useState('');
  const [sousMotif, setSousMotif] = useState('');
  Object.assign(state, { email, subject, content, thematique, motif, sousMotif });
  const thematiques = useOptions('');
  const motifs = useOptions(thematique || null);
  const sousMotifs = useOptions(motif || null);
  return (
    <form className="hsfc-Form" noValidate onSubmit={(e) => (e.preventDefault(), onSubmit())}>
      <label className="hsfc-FieldLabel" htmlFor="e">
        Adresse e-mail
      </label>
      <input
        id="e"
        className="hsfc-TextInput"
        type="email"
        name="0-1/email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label className="hsfc-FieldLabel" htmlFor="s">
        Objet
      </label>
      <input
        id="s"
        className="hsfc-TextInput"
        name="0-5/subject"
        value={subject}
        onChange={(e) => setSubject(e.target.value)}
      />
      <label className="hsfc-FieldLabel" htmlFor="c">
        Description
      </label>
      <textarea
        id="c"
        className="hsfc-TextareaInput"
        name="0-5/content"
        value={content}
        onChange={(e) => setContent(e.target.value)}
      />
      {radios ? (
        <RadioList
          name="0-5/thematique"
          legend="Thématique"
          options={NOMENCLATURE['']!}
          value={thematique}
          onChange={(v) => (setThematique(v), setMotif(''), setSousMotif(''))}
        />
      ) : (
        <Dropdown
          id="t"
          name="0-5/thematique"
          label="Thématique"
          options={thematiques}
          value={thematique}
          onChange={(v) => (setThematique(v), setMotif(''), setSousMotif(''))}
        />
      )}
      <Dropdown
        id="m"
        name="0-5/motif"
        label="Motif"
        options={motifs}
        value={motif}
        onChange={(v) => (setMotif(v), setSousMotif(''))}
      />
      <Dropdown
        id="sm"
        name="0-5/sous_motif"
        label="Sous-motif"
        options={sousMotifs}
        value={sousMotif}
        onChange={setSousMotif}
      />
      <button type="submit">Envoyer</button>
    </form>
  );
}

const PLAN: FillPlan = {
  email: 'referent.test@exemple-siao.fr',
  subject: 'Erreur à l’enregistrement – ménage 9100018',
  description: 'Ménage 9100018 : HTTP 500 en enregistrant une pièce justificative.',
  thematique: { code: 'DEM', libelle: 'Gestion des demandes' },
  motif: { code: 'ENR', libelle: 'Erreur à l’enregistrement' },
  sousMotif: { code: 'TECH', libelle: 'Message « Erreur technique »' },
};

let root: Root | null = null;

async function mount(onSubmit = vi.fn(), radios = false): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root!.render(<TicketForm onSubmit={onSubmit} radios={radios} />));
  await new Promise((r) => setTimeout(r, 60)); // first options load
}

afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
});

describe('filling a React-controlled form', () => {
  it('updates React state, not only the DOM', async () => {
    await mount();
    const report = await fillForm(detectForm(document)!, { ...PLAN, thematique: undefined });
    expect(report.filled).toEqual(['email', 'subject', 'description']);
    await new Promise((r) => setTimeout(r, 0));
    expect(state).toMatchObject({
      email: PLAN.email,
      subject: PLAN.subject,
      content: PLAN.description,
    });
  });

  it('a plain `el.value =` would not have reached React (why the native setter is used)', async () => {
    await mount();
    const input = document.querySelector<HTMLInputElement>('input[name="0-5/subject"]')!;
    input.value = 'direct';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(state.subject).toBe('');
  });

  it('opens the custom drop-downs and picks dependent options as they load', async () => {
    const submitted = vi.fn();
    await mount(submitted);
    const report = await fillForm(detectForm(document)!, PLAN, { timeoutMs: 2000 });
    expect(report).toEqual({
      filled: ['email', 'subject', 'description', 'thematique', 'motif', 'sousMotif'],
      skipped: [],
      conflicts: [],
    });
    expect(state).toMatchObject({
      thematique: 'gestion_des_demandes',
      motif: 'erreur_enregistrement',
      sousMotif: 'erreur_technique',
    });
    expect(document.querySelector('.hsfc-DropdownOptions')).toBeNull(); // left closed
    expect(submitted).not.toHaveBeenCalled();
  });

  it('checks a React-controlled radio list so that React knows, then the motifs it unlocks', async () => {
    const submitted = vi.fn();
    await mount(submitted, true);
    const report = await fillForm(detectForm(document)!, PLAN, { timeoutMs: 2000 });
    expect(report.filled).toEqual([
      'email',
      'subject',
      'description',
      'thematique',
      'motif',
      'sousMotif',
    ]);
    expect(state).toMatchObject({
      thematique: 'gestion_des_demandes',
      motif: 'erreur_enregistrement',
      sousMotif: 'erreur_technique',
    });
    expect(
      document.querySelector<HTMLInputElement>('input[value="gestion_des_demandes"]')!.checked,
    ).toBe(true);
    expect(submitted).not.toHaveBeenCalled();
  });
});
