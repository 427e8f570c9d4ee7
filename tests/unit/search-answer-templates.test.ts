import { describe, expect, it } from 'vitest';
import {
  AnswerTemplateListSchema,
  AnswerTemplateSchema,
  DEFAULT_ANSWER_TEMPLATES,
  renderAnswer,
} from '../../utils/core/search/answer-templates';

const article = {
  title: 'Annuler une demande et choisir le motif d’annulation',
  url: 'https://kb.example.org/support/annuler-une-demande#procedure',
};
const full = DEFAULT_ANSWER_TEMPLATES.find((t) => t.id === 'article')!;

describe('answer templates', () => {
  it('renders the title, the link, the section and the names', () => {
    const text = renderAnswer(full, {
      ...article,
      section: 'Procédure',
      userFirstName: 'Camille',
      signature: 'Le référent SI SIAO du 93',
    });
    expect(text).toBe(
      'Bonjour Camille,\n\n' +
        "La marche à suivre est décrite dans l'article « Annuler une demande et choisir le motif d’annulation » de la base de connaissances :\n" +
        'https://kb.example.org/support/annuler-une-demande#procedure\n' +
        'Voir en particulier la partie « Procédure ».\n\n' +
        "N'hésitez pas à revenir vers moi si la difficulté persiste.\n\n" +
        'Le référent SI SIAO du 93',
    );
  });

  it('drops what is unknown: the name, the optional section line, the signature', () => {
    const text = renderAnswer(full, article);
    expect(text.startsWith('Bonjour,\n')).toBe(true);
    expect(text).not.toContain('partie');
    expect(text).not.toContain('{{');
    expect(text.endsWith('persiste.')).toBe(true);
  });

  it('validates templates as data: known placeholders only', () => {
    expect(AnswerTemplateListSchema.safeParse(DEFAULT_ANSWER_TEMPLATES).success).toBe(true);
    const bad = { id: 'x', label: 'X', body: 'Bonjour {{nom}}, {{lien}}' };
    expect(AnswerTemplateSchema.safeParse(bad).success).toBe(false);
    expect(AnswerTemplateSchema.safeParse({ ...bad, body: 'Bonjour, {{lien}}' }).success).toBe(
      true,
    );
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderAnswer(full, { title: 'X', url: 'javascript:alert(1)' })).toThrow();
  });
});
