import { afterEach, describe, expect, it } from 'vitest';
import { postsElsewhere } from '../../utils/sites/kb/form-view';

/** Issue 18: a submit button's `formaction` sends the form where it says; it is checked too. */
describe('postsElsewhere and formaction', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const form = () => document.querySelector('form') as HTMLElement;

  it('accepts a form posting to its page or to HubSpot', () => {
    document.body.innerHTML =
      '<form action="https://forms.hsforms.com/submissions/v3/x"><button>Envoyer</button></form>';
    expect(postsElsewhere(form())).toBe(false);
  });

  it('takes a form without action as posting to its own page', () => {
    document.body.innerHTML = '<form><button>Envoyer</button></form>';
    expect(postsElsewhere(form())).toBe(false);
  });

  it('refuses a form whose submit button posts elsewhere with formaction', () => {
    document.body.innerHTML =
      '<form><button formaction="https://collecte.example.net/x">Envoyer</button></form>';
    expect(postsElsewhere(form())).toBe(true);
  });

  it('refuses a button outside the form tied to it by form="id"', () => {
    document.body.innerHTML =
      '<form id="f"></form><button form="f" formaction="https://collecte.example.net/">Envoyer</button>';
    expect(postsElsewhere(form())).toBe(true);
  });
});
