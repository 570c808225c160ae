import { describe, expect, it } from 'vitest';
import { normaliseReplyWord } from './reply-words';

describe('normaliseReplyWord', () => {
  it('folds Arabic letter forms, diacritics, tatweel and edge punctuation', () => {
    expect(normaliseReplyWord('  «إلـــغَاء»؟ ')).toBe('الغاء');
    expect(normaliseReplyWord('ألغى')).toBe('الغي');
    expect(normaliseReplyWord('\u200Fتوقف!')).toBe('توقف');
  });

  it('reads Arabic-Indic and Persian digits as ASCII', () => {
    expect(normaliseReplyWord('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normaliseReplyWord('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('lower-cases and keeps one space between words, emoji off the edges', () => {
    expect(normaliseReplyWord('Yes   Please')).toBe('yes please');
    expect(normaliseReplyWord('🛑 STOP ALL 🙏')).toBe('stop all');
  });
});
