import { describe, expect, it } from 'vitest';
import { DomainError, toAsciiDigits } from '@frontdesk/shared-kernel';
import { foldForSearch, nameIndexWords, nameMatches, planPatientSearch } from './patient-search';

describe('name folding', () => {
  it('ignores case, Latin diacritics and Arabic harakat, tatweel and letter variants', () => {
    expect(foldForSearch('José MÜLLER')).toBe('jose muller');
    expect(foldForSearch('أحمد')).toBe(foldForSearch('احمد'));
    expect(foldForSearch('إيمان')).toBe('ايمان');
    expect(foldForSearch('آمنة')).toBe('امنه');
    expect(foldForSearch('مُحَمَّد')).toBe('محمد');
    expect(foldForSearch('مصطفى')).toBe('مصطفي');
    expect(foldForSearch('فاطمة')).toBe('فاطمه');
    expect(foldForSearch('أحـــمد')).toBe('احمد');
    expect(foldForSearch('ٱلله')).toBe('الله');
    expect(toAsciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۹')).toBe('0123456789 09');
  });

  it('indexes each word and Arabic words without the article', () => {
    expect(nameIndexWords('عبد الرحمن محمد')).toEqual(['عبد', 'الرحمن', 'رحمن', 'محمد']);
    expect(nameIndexWords('Mary-Jane  O\'Neil')).toEqual(['mary', 'jane', 'o', 'neil']);
    expect(nameMatches('فاطمة الزهراء', ['زهر'])).toBe(true);
    expect(nameMatches('فاطمة الزهراء', ['فاطمه', 'الز'])).toBe(true);
    expect(nameMatches('فاطمة الزهراء', ['فاطمه', 'علي'])).toBe(false);
  });
});

describe('search planning', () => {
  const refused = (query: string): DomainError => {
    try {
      planPatientSearch(query);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  };

  it('treats anything with a letter as a name search', () => {
    expect(planPatientSearch('  Hana ADEL ')).toEqual({ by: 'name', words: ['hana', 'adel'] });
    expect(planPatientSearch('أحمد')).toEqual({ by: 'name', words: ['احمد'] });
  });

  it('reads phone fragments: +/00 international, trunk-0 national, bare digits anywhere at the end', () => {
    expect(planPatientSearch('+20 10')).toMatchObject({ by: 'phone', plan: { international: ['2010'], national: [], suffix: [] } });
    expect(planPatientSearch('002010')).toMatchObject({ plan: { international: ['2010'], national: [], suffix: [] } });
    expect(planPatientSearch('010 12')).toMatchObject({ plan: { international: [], national: ['1012', '01012'], suffix: [] } });
    expect(planPatientSearch('٠١٠١٢')).toMatchObject({ plan: { national: ['1012', '01012'] } });
    expect(planPatientSearch('5678')).toMatchObject({ plan: { international: ['5678'], national: ['5678'], suffix: ['5678'] } });
  });

  it('refuses empty, too short and junk queries on field query', () => {
    for (const query of ['', '  ', 'a', '12', '+1', '12*34', '0'.repeat(18)]) {
      const error = refused(query);
      expect(error.code).toBe('SCHEDULING.INVALID_PATIENT_SEARCH');
      expect(error.details).toEqual({ field: 'query' });
    }
  });
});
