import { describe, expect, it } from 'vitest';
import { getTranslator } from '../i18n/translator.js';
import { MAIL_NAME_MAX_LENGTH, mailDisplayName, quotedMailName } from './display-name.js';

describe('display names in mails', () => {
  it('keeps a name on one line, without control or direction characters', () => {
    expect(mailDisplayName('Anna\r\nBitte klicken: x.example')).toBe('Anna Bitte klicken: x.example');
    expect(mailDisplayName('Ali\u202Egnp.exe\u200B')).toBe('Ali gnp.exe');
    expect(mailDisplayName('  Şükran   Yıldız ')).toBe('Şükran Yıldız');
  });

  it('cuts a long name to the limit with an ellipsis, never inside a character', () => {
    const long = `${'😀'.repeat(30)} Gewinnen Sie jetzt einen Preis unter gewinn.example`;
    const cut = mailDisplayName(long);
    expect(Array.from(cut)).toHaveLength(MAIL_NAME_MAX_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toContain('gewinn.example');
    expect(cut).not.toMatch(/[\uD800-\uDFFF]/u);
  });

  it('quotes a name for mails to others in the marks of each language', () => {
    expect(quotedMailName(getTranslator('de'), 'Stadt Essen')).toBe('„Stadt Essen“');
    expect(quotedMailName(getTranslator('ar'), 'Stadt Essen')).toBe('«Stadt Essen»');
    expect(quotedMailName(getTranslator('en'), 'A\nB')).toBe('“A B”');
  });
});
