import { describe, expect, it } from 'vitest';
import { passwordWeakness } from './password-policy.js';

describe('passwordWeakness (NIST SP 800-63B)', () => {
  it('refuses passwords from the shipped list of common and breached passwords, also with digits added', () => {
    for (const password of ['password12', 'iloveyou12', '1234567890', 'Passwort123', 'PASSWORD2026', '123hallo123'])
      expect(passwordWeakness(password), password).toBe('common');
  });

  it('refuses repeated and sequential characters', () => {
    for (const password of [
      'aaaaaaaaaa',
      'abababababab',
      'abcabcabcabc',
      'qwertzuiop',
      'abcdefghijk',
      '0987654321',
      'aaaa bbbb aa',
    ])
      expect(passwordWeakness(password), password).toBe('repetitive');
  });

  it('refuses the platform’s name and the person’s address or name with little added', () => {
    expect(passwordWeakness('VielfaltRuhr2026!')).toBe('context');
    expect(passwordWeakness('ruhr-vielfalt-1')).toBe('context');
    const person = ['aylin.yilmaz@beispiel.example', 'Aylin Yılmaz'];
    expect(passwordWeakness('AylinYilmaz1990', person)).toBe('context');
    expect(passwordWeakness('aylin.yilmaz@beispiel.example', person)).toBe('context');
    expect(passwordWeakness('Aylin Yılmaz 2026', person)).toBe('context');
  });

  it('sets no composition rules: long phrases of any characters pass, also with a context word inside', () => {
    for (const password of [
      'ein langes sicheres Passwort',
      'Vielfalt-Demo-2026',
      'kedi balkonda uyuyor',
      'قطتي تنام على الشرفة',
      'кошка спит на балконе',
      'Mój kot śpi na balkonie',
      'aylin liebt den Rhein-Herne-Kanal',
      'tulpen im februar 🌷🌷',
    ])
      expect(passwordWeakness(password, ['aylin@beispiel.example', 'Aylin']), password).toBeNull();
  });
});
