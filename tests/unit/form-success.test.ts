import { afterEach, describe, expect, it } from 'vitest';
import {
  detectSubmission,
  extractTicketNumber,
  parseHsFormCallback,
  ticketFromUrl,
  waitForSubmission,
} from '../../utils/sites/kb/form-success';
import { mountFixture, parseFixture } from './form-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('extractTicketNumber', () => {
  it.each([
    ['Merci ! Ticket n° 12345 créé.', '12345'],
    ['Votre ticket nº12345', '12345'],
    ['Ticket no. 4321', '4321'],
    ['Ticket numéro 777', '777'],
    ['Votre numéro de ticket : T-2025-0042', 'T-2025-0042'],
    ['numéro de suivi : 99812', '99812'],
    ['Demande #5561 enregistrée', '5561'],
  ])('reads « %s »', (text, number) => {
    expect(extractTicketNumber(text)).toBe(number);
  });

  it('ignores texts without a number', () => {
    expect(extractTicketNumber('Ticket notifié, numéro de téléphone non communiqué')).toBeNull();
    expect(extractTicketNumber('Merci de décrire votre demande')).toBeNull();
  });
});

describe('ticketFromUrl', () => {
  it('reads a ticket page address, not the form itself', () => {
    expect(ticketFromUrl('http://localhost:4320/support/kb-tickets/12345')).toBe('12345');
    expect(ticketFromUrl('/support/kb-tickets/12345?x=1')).toBe('12345');
    expect(ticketFromUrl('/support/kb-tickets/new')).toBeNull();
    expect(ticketFromUrl('/support/kb-tickets')).toBeNull();
  });
});

describe('detectSubmission', () => {
  it("reads HubSpot's thank-you message and its ticket link", () => {
    const result = detectSubmission(parseFixture('legacy-submitted.html'));
    expect(result).toMatchObject({ submitted: true, ticketNumber: '48213' });
    expect(result.url).toMatch(/\/support\/kb-tickets\/48213$/);
    expect(result.message).toMatch(/^Merci ! Votre demande a bien été envoyée\./);
  });

  it('sees no submission while the form is there', () => {
    expect(detectSubmission(parseFixture('legacy.html')).submitted).toBe(false);
    expect(detectSubmission(parseFixture('no-form.html')).submitted).toBe(false);
  });

  it("reads the new forms' post-submit block", () => {
    document.body.innerHTML =
      '<div class="hsfc-PostSubmit"><p>Merci, votre numéro de ticket : 700123</p></div>';
    expect(detectSubmission(document)).toMatchObject({
      submitted: true,
      ticketNumber: '700123',
      url: null,
    });
  });

  it('reads thank-you wording once the form is gone', () => {
    document.body.innerHTML =
      '<main><h1>Merci</h1><p>Votre demande a bien été envoyée (ticket n° 31337).</p></main>';
    expect(detectSubmission(document)).toMatchObject({ submitted: true, ticketNumber: '31337' });
  });

  it('does not take the intro text of the form for a thank-you', async () => {
    await mountFixture('legacy.html');
    document
      .querySelector('main')!
      .insertAdjacentHTML('beforeend', '<p>Merci de préciser le ticket n° 12 lié.</p>');
    expect(detectSubmission(document).submitted).toBe(false);
  });

  it('waits for the form to be replaced by the message', async () => {
    await mountFixture('legacy.html');
    setTimeout(() => {
      document.querySelector('.hbspt-form')!.innerHTML =
        '<div class="submitted-message">Merci ! Ticket n° 555 — <a href="/support/kb-tickets/555">voir</a></div>';
    }, 30);
    const result = await waitForSubmission(document, { timeoutMs: 1000 });
    expect(result).toMatchObject({ submitted: true, ticketNumber: '555' });
  });
});

describe('parseHsFormCallback', () => {
  it('reads legacy embed messages and ignores others', () => {
    expect(
      parseHsFormCallback({
        type: 'hsFormCallback',
        eventName: 'onFormSubmitted',
        id: 'x',
        data: {},
      }),
    ).toMatchObject({
      eventName: 'onFormSubmitted',
    });
    expect(parseHsFormCallback({ type: 'other' })).toBeNull();
    expect(parseHsFormCallback('hsFormCallback')).toBeNull();
  });
});
