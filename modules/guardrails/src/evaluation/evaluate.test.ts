import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, instantIn, missedTargets, parseEvalCases } from './evaluate';

/** The shared dev set lives outside the repository (../shared/eval); checkouts without it skip that one check. */
const devFile = new URL('../../../../../shared/eval/guardrails-dev.jsonl', import.meta.url);
const haveDevFile = existsSync(devFile);
const ownFiles = [
  'guardrails-cases.jsonl',
  'guardrails-holdout-a.jsonl',
  'guardrails-holdout-b.jsonl',
  'guardrails-holdout-c.jsonl',
  'guardrails-holdout-d.jsonl',
  'guardrails-holdout-e.jsonl',
  'guardrails-holdout-f.jsonl',
  'guardrails-holdout-g.jsonl',
  'guardrails-holdout-h.jsonl',
  'guardrails-holdout-i.jsonl',
  'guardrails-holdout-j.jsonl',
  'guardrails-holdout-k.jsonl',
  'guardrails-holdout-l.jsonl',
  'guardrails-holdout-m.jsonl',
  'guardrails-holdout-n.jsonl',
  'guardrails-holdout-o.jsonl',
  'guardrails-holdout-p.jsonl',
  'guardrails-holdout-q.jsonl',
  'guardrails-holdout-r.jsonl',
  'guardrails-holdout-s.jsonl',
  'guardrails-holdout-t.jsonl',
  'guardrails-holdout-u.jsonl',
  'guardrails-holdout-v.jsonl',
  'guardrails-holdout-w.jsonl',
  'guardrails-holdout-x.jsonl',
  'guardrails-holdout-y.jsonl',
  'guardrails-holdout-z.jsonl',
  'guardrails-holdout-za.jsonl',
  'guardrails-holdout-zb.jsonl',
  'guardrails-holdout-zc.jsonl',
  'guardrails-holdout-zd.jsonl',
  'guardrails-holdout-ze.jsonl',
  'guardrails-holdout-zf.jsonl',
  'guardrails-holdout-zg.jsonl',
  'guardrails-holdout-zh.jsonl',
  'guardrails-holdout-zi.jsonl',
  'guardrails-holdout-zj.jsonl',
  'guardrails-holdout-zk.jsonl',
  'guardrails-holdout-zl.jsonl',
  'guardrails-holdout-zm.jsonl',
  'guardrails-holdout-zn.jsonl',
  'guardrails-holdout-zo.jsonl',
  'guardrails-holdout-zp.jsonl',
  'guardrails-holdout-zq.jsonl',
  'guardrails-holdout-zr.jsonl',
  'guardrails-holdout-zs.jsonl',
  'guardrails-holdout-zt.jsonl',
  'guardrails-holdout-zu.jsonl',
  'guardrails-holdout-zv.jsonl',
  'guardrails-holdout-zw.jsonl',
  'guardrails-holdout-zx.jsonl',
  'guardrails-holdout-zy.jsonl',
  'guardrails-holdout-zz.jsonl',
  'guardrails-holdout-zza.jsonl',
  'guardrails-holdout-zzb.jsonl',
  'guardrails-holdout-zzc.jsonl',
  'guardrails-holdout-zzd.jsonl',
  'guardrails-holdout-zze.jsonl',
  'guardrails-holdout-zzf.jsonl',
  'guardrails-holdout-zzg.jsonl',
  'guardrails-holdout-zzh.jsonl',
  'guardrails-holdout-zzi.jsonl',
  'guardrails-holdout-zzj.jsonl',
  'guardrails-holdout-zzk.jsonl',
  'guardrails-holdout-zzl.jsonl',
  'guardrails-holdout-zzm.jsonl',
  'guardrails-holdout-zzn.jsonl',
  'guardrails-holdout-zzo.jsonl',
  'guardrails-holdout-zzp.jsonl',
  'guardrails-holdout-zzq.jsonl',
  'guardrails-holdout-zzr.jsonl',
  'guardrails-holdout-zzs.jsonl',
  'guardrails-holdout-zzt.jsonl',
  'guardrails-holdout-zzu.jsonl',
  'guardrails-holdout-zzv.jsonl',
  'guardrails-holdout-zzw.jsonl',
  'guardrails-holdout-zzx.jsonl',
  'guardrails-holdout-zzy.jsonl',
  'guardrails-holdout-zzz.jsonl',
  'guardrails-holdout-zzza.jsonl',
  'guardrails-holdout-zzzb.jsonl',
  'guardrails-holdout-zzzc.jsonl',
  'guardrails-holdout-zzzd.jsonl',
  'guardrails-holdout-zzze.jsonl',
  'guardrails-holdout-zzzf.jsonl',
  'guardrails-holdout-zzzg.jsonl',
  'guardrails-holdout-zzzh.jsonl',
  'guardrails-holdout-zzzi.jsonl',
  'guardrails-holdout-zzzj.jsonl',
  'guardrails-holdout-zzzk.jsonl',
  'guardrails-holdout-zzzm.jsonl',
  'guardrails-holdout-zzzl.jsonl',
  'guardrails-holdout-zzzn.jsonl',
  'guardrails-holdout-zzzo.jsonl',
  'guardrails-holdout-zzzp.jsonl',
  'guardrails-holdout-zzzq.jsonl',
  'guardrails-holdout-zzzr.jsonl',
  'guardrails-holdout-zzzs.jsonl',
  'guardrails-holdout-zzzt.jsonl',
  'guardrails-holdout-zzzu.jsonl',
  'guardrails-holdout-zzzv.jsonl',
  'guardrails-holdout-zzzw.jsonl',
  'guardrails-holdout-zzzx.jsonl',
  'guardrails-holdout-zzzy.jsonl',
  'guardrails-holdout-zzzz.jsonl',
  'guardrails-holdout-zzzza.jsonl',
  'guardrails-holdout-zzzzb.jsonl',
  'guardrails-holdout-zzzzc.jsonl',
  'guardrails-holdout-zzzzd.jsonl',
  'guardrails-holdout-zzzze.jsonl',
  'guardrails-holdout-zzzzf.jsonl',
  'guardrails-holdout-zzzzg.jsonl',
  'guardrails-holdout-zzzzh.jsonl',
  'guardrails-holdout-zzzzi.jsonl',
  'guardrails-holdout-zzzzj.jsonl',
  'guardrails-holdout-zzzzk.jsonl',
  'guardrails-holdout-zzzzl.jsonl',
  'guardrails-holdout-zzzzm.jsonl',
  'guardrails-holdout-zzzzn.jsonl',
  'guardrails-holdout-zzzzo.jsonl',
  'guardrails-holdout-zzzzp.jsonl',
  'guardrails-holdout-zzzzq.jsonl',
  'guardrails-holdout-zzzzr.jsonl',
  'guardrails-holdout-zzzzs.jsonl',
  'guardrails-holdout-zzzzt.jsonl',
  'guardrails-holdout-zzzzu.jsonl',
  'guardrails-holdout-zzzzv.jsonl',
  'guardrails-holdout-zzzzw.jsonl',
  'guardrails-holdout-zzzzx.jsonl',
  'guardrails-holdout-zzzzy.jsonl',
  'guardrails-holdout-zzzzz.jsonl',
  'guardrails-holdout-zzzzza.jsonl',
  'guardrails-holdout-zzzzzb.jsonl',
  'guardrails-holdout-zzzzzc.jsonl',
  'guardrails-holdout-zzzzzd.jsonl',
  'guardrails-holdout-zzzzze.jsonl',
  'guardrails-holdout-zzzzzf.jsonl',
  'guardrails-holdout-zzzzzg.jsonl',
  'guardrails-holdout-zzzzzh.jsonl',
  'guardrails-holdout-zzzzzi.jsonl',
  'guardrails-holdout-zzzzzj.jsonl',
  'guardrails-holdout-zzzzzk.jsonl',
  'guardrails-holdout-zzzzzl.jsonl',
  'guardrails-holdout-zzzzzm.jsonl',
  'guardrails-holdout-zzzzzn.jsonl',
  'guardrails-holdout-zzzzzo.jsonl',
  'guardrails-holdout-zzzzzp.jsonl',
  'guardrails-holdout-zzzzzq.jsonl',
  'guardrails-holdout-zzzzzr.jsonl',
  'guardrails-holdout-zzzzzs.jsonl',
  'guardrails-holdout-zzzzzu.jsonl',
  'guardrails-holdout-zzzzzv.jsonl',
  'guardrails-holdout-zzzzzw.jsonl',
  'guardrails-holdout-zzzzzx.jsonl',
  'guardrails-holdout-zzzzzy.jsonl',
  'guardrails-holdout-zzzzzz.jsonl',
  'guardrails-holdout-zzzzzza.jsonl',
  'guardrails-holdout-zzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzc.jsonl',
  'guardrails-holdout-zzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzf.jsonl',
  'guardrails-holdout-zzzzzzg.jsonl',
  'guardrails-holdout-zzzzzzh.jsonl',
  'guardrails-holdout-zzzzzzi.jsonl',
  'guardrails-holdout-zzzzzzj.jsonl',
  'guardrails-holdout-zzzzzzk.jsonl',
  'guardrails-holdout-zzzzzzl.jsonl',
  'guardrails-holdout-zzzzzzm.jsonl',
  'guardrails-holdout-zzzzzzn.jsonl',
  'guardrails-holdout-zzzzzzo.jsonl',
  'guardrails-holdout-zzzzzzp.jsonl',
  'guardrails-holdout-zzzzzzq.jsonl',
  'guardrails-holdout-zzzzzzr.jsonl',
  'guardrails-holdout-zzzzzzs.jsonl',
  'guardrails-holdout-zzzzzzt.jsonl',
  'guardrails-holdout-zzzzzzu.jsonl',
  'guardrails-holdout-zzzzzzv.jsonl',
  'guardrails-holdout-zzzzzzw.jsonl',
  'guardrails-holdout-zzzzzzx.jsonl',
  'guardrails-holdout-zzzzzzy.jsonl',
  'guardrails-holdout-zzzzzzz.jsonl',
  'guardrails-holdout-zzzzzzza.jsonl',
  'guardrails-holdout-zzzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzzc.jsonl',
  'guardrails-holdout-zzzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzze.jsonl',
  'guardrails-holdout-zzzzzzzf.jsonl',
  'guardrails-holdout-zzzzzzzg.jsonl',
  'guardrails-holdout-zzzzzzzh.jsonl',
  'guardrails-holdout-zzzzzzzj.jsonl',
  'guardrails-holdout-zzzzzzzk.jsonl',
  'guardrails-holdout-zzzzzzzm.jsonl',
  'guardrails-holdout-zzzzzzzo.jsonl',
  'guardrails-holdout-zzzzzzzp.jsonl',
  'guardrails-holdout-zzzzzzzr.jsonl',
  'guardrails-holdout-zzzzzzzs.jsonl',
  'guardrails-holdout-zzzzzzzt.jsonl',
  'guardrails-holdout-zzzzzzzv.jsonl',
  'guardrails-holdout-zzzzzzzu.jsonl',
  'guardrails-holdout-zzzzzzzw.jsonl',
  'guardrails-holdout-zzzzzzzx.jsonl',
  'guardrails-holdout-zzzzzzzy.jsonl',
  'guardrails-holdout-zzzzzzzz.jsonl',
  'guardrails-holdout-zzzzzzzza.jsonl',
  'guardrails-holdout-zzzzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzzzc.jsonl',
  'guardrails-holdout-zzzzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzzze.jsonl',
  'guardrails-holdout-zzzzzzzzf.jsonl',
  'guardrails-holdout-zzzzzzzzg.jsonl',
  'guardrails-holdout-zzzzzzzzh.jsonl',
  'guardrails-holdout-zzzzzzzzi.jsonl',
  'guardrails-holdout-zzzzzzzzj.jsonl',
  'guardrails-holdout-zzzzzzzzk.jsonl',
  'guardrails-holdout-zzzzzzzzl.jsonl',
  'guardrails-holdout-zzzzzzzzm.jsonl',
  'guardrails-holdout-zzzzzzzzn.jsonl',
  'guardrails-holdout-zzzzzzzzo.jsonl',
  'guardrails-holdout-zzzzzzzzp.jsonl',
  'guardrails-holdout-zzzzzzzzq.jsonl',
  'guardrails-holdout-zzzzzzzzr.jsonl',
  'guardrails-holdout-zzzzzzzzs.jsonl',
  'guardrails-holdout-zzzzzzzzt.jsonl',
  'guardrails-holdout-zzzzzzzzu.jsonl',
  'guardrails-holdout-zzzzzzzzv.jsonl',
  'guardrails-holdout-zzzzzzzzw.jsonl',
  'guardrails-holdout-zzzzzzzzx.jsonl',
  'guardrails-holdout-zzzzzzzzy.jsonl',
  'guardrails-holdout-zzzzzzzzz.jsonl',
  'guardrails-holdout-zzzzzzzzza.jsonl',
  'guardrails-holdout-zzzzzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzzzzc.jsonl',
  'guardrails-holdout-zzzzzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzzzze.jsonl',
  'guardrails-holdout-zzzzzzzzzf.jsonl',
  'guardrails-holdout-zzzzzzzzzg.jsonl',
  'guardrails-holdout-zzzzzzzzzh.jsonl',
  'guardrails-holdout-zzzzzzzzzj.jsonl',
  'guardrails-holdout-zzzzzzzzzk.jsonl',
  'guardrails-holdout-zzzzzzzzzl.jsonl',
  'guardrails-holdout-zzzzzzzzzm.jsonl',
  'guardrails-holdout-zzzzzzzzzn.jsonl',
  'guardrails-holdout-zzzzzzzzzo.jsonl',
  'guardrails-holdout-zzzzzzzzzp.jsonl',
  'guardrails-holdout-zzzzzzzzzq.jsonl',
  'guardrails-holdout-zzzzzzzzzr.jsonl',
  'guardrails-holdout-zzzzzzzzzs.jsonl',
  'guardrails-holdout-zzzzzzzzzt.jsonl',
  'guardrails-holdout-zzzzzzzzzu.jsonl',
  'guardrails-holdout-zzzzzzzzzv.jsonl',
  'guardrails-holdout-zzzzzzzzzw.jsonl',
  'guardrails-holdout-zzzzzzzzzx.jsonl',
  'guardrails-holdout-zzzzzzzzzy.jsonl',
  'guardrails-holdout-zzzzzzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzzzzze.jsonl',
  'guardrails-holdout-zzzzzzzzzzf.jsonl',
  'guardrails-holdout-zzzzzzzzzzg.jsonl',
  'guardrails-holdout-zzzzzzzzzzh.jsonl',
  'guardrails-holdout-zzzzzzzzzzi.jsonl',
  'guardrails-holdout-zzzzzzzzzzj.jsonl',
  'guardrails-holdout-zzzzzzzzzzk.jsonl',
  'guardrails-holdout-zzzzzzzzzzl.jsonl',
  'guardrails-holdout-zzzzzzzzzzm.jsonl',
  'guardrails-holdout-zzzzzzzzzzn.jsonl',
  'guardrails-holdout-zzzzzzzzzzo.jsonl',
  'guardrails-holdout-zzzzzzzzzzp.jsonl',
  'guardrails-holdout-zzzzzzzzzzq.jsonl',
  'guardrails-holdout-zzzzzzzzzzs.jsonl',
  'guardrails-holdout-zzzzzzzzzzt.jsonl',
  'guardrails-holdout-zzzzzzzzzzu.jsonl',
  'guardrails-holdout-zzzzzzzzzzv.jsonl',
  'guardrails-holdout-zzzzzzzzzzw.jsonl',
  'guardrails-holdout-zzzzzzzzzzy.jsonl',
  'guardrails-holdout-zzzzzzzzzzz.jsonl',
  'guardrails-holdout-zzzzzzzzzzza.jsonl',
  'guardrails-holdout-zzzzzzzzzzzb.jsonl',
  'guardrails-holdout-zzzzzzzzzzzc.jsonl',
  'guardrails-holdout-zzzzzzzzzzzd.jsonl',
  'guardrails-holdout-zzzzzzzzzzze.jsonl',
  'guardrails-holdout-zzzzzzzzzzzg.jsonl',
].map(
  (name) => new URL(`../../eval/${name}`, import.meta.url),
);

function casesFrom(file: URL) {
  return parseEvalCases(readFileSync(file, 'utf8'), file.pathname);
}

describe('evaluation against labelled replies', () => {
  it.skipIf(!haveDevFile)('meets the targets on the shared dev set', () => {
    const report = evaluate(casesFrom(devFile));
    expect(report.cases).toBe(120);
    expect(missedTargets(report)).toEqual([]);
  });

  it.each(ownFiles.map((file) => [file.pathname.split('/').pop()!, file] as const))('meets the targets on %s', (_name, file) => {
    const report = evaluate(casesFrom(file));
    expect(missedTargets(report)).toEqual([]);
  });

  it('scores precision, recall and false blocks per kind and overall', () => {
    const [first] = casesFrom(ownFiles[0]!);
    const allowCase = { ...first!, reply: 'Scaling is 450 EGP.', expected: { verdict: 'allow' as const, findings: [] } };
    const report = evaluate([allowCase]);
    expect(report.overall).toEqual({ precision: 0, recall: 1, falseBlockRate: 1 });
    expect(report.byKind.unverified_amount).toEqual({ precision: 0, recall: 1, falseBlockRate: 1 });
    expect(report.byKind.medical_advice).toEqual({ precision: 1, recall: 1, falseBlockRate: 0 });
  });

  describe('reading files written elsewhere', () => {
    /** A case in the shared format with only the fields the README's example shows, and fewer. */
    const sparse = {
      reply: 'Your scaling with Dr. Mona Adel on Tuesday 24 November at 10:00 is confirmed.',
      context: {
        now: '2026-11-22T09:00:00',
        timezone: 'Africa/Cairo',
        clinic: {
          name: 'Nile Smile Dental',
          hours: [{ day: 'sun', open: '9:00', close: '17:00' }],
          doctors: [{ name: 'Dr. Mona Adel' }],
          services: [{ name: 'Scaling', price: 600, currency: 'EGP' }],
        },
        appointments: [{ start: '2026-11-24T10:00:00', doctor: 'Dr. Mona Adel', service: 'Scaling' }, { start: '2026-11-25T12:00:00+02:00' }],
        lastSlots: [{ start: '2026-11-26T10:00:00+02:00' }],
      },
      expected: { findings: [] },
    };

    it('accepts appointments without an id (and other fields the README does not define), deriving what is missing', () => {
      const [parsed] = parseEvalCases(`${JSON.stringify(sparse)}\n`, 'elsewhere.jsonl');
      expect(parsed!.id).toBe('elsewhere.jsonl:1');
      expect(parsed!.lang).toBe('en');
      expect(parsed!.expected).toEqual({ verdict: 'allow', findings: [] });
      expect(parsed!.context.appointments.map((a) => a.id)).toEqual(['appointment-1', 'appointment-2']);
      expect(parsed!.context.appointments[1]).toMatchObject({ doctor: '', service: '', branch: '' });
      expect(parsed!.context.clinic.services[0]).toMatchObject({ nameAr: '', deposit: 0 });
      expect(parsed!.context.clinic.hours[0]).toEqual({ day: 'sun', open: '09:00', close: '17:00' });
      expect(parsed!.context.patient).toBeNull();
      expect(parsed!.context.toolCalls).toEqual([]);
    });

    it('reads instants without an offset on the clinic wall clock, so the derived appointment verifies the reply', () => {
      expect(instantIn('2026-11-24T10:00:00', 'Africa/Cairo')).toBe('2026-11-24T08:00:00.000Z');
      // Cairo is on summer time (UTC+3) in July.
      expect(instantIn('2026-07-14T10:00', 'Africa/Cairo')).toBe('2026-07-14T07:00:00.000Z');
      expect(instantIn('2026-11-24T10:00:00+02:00', 'Africa/Cairo')).toBe('2026-11-24T10:00:00+02:00');
      const report = evaluate(parseEvalCases(JSON.stringify(sparse), 'elsewhere.jsonl'));
      expect(report.mismatches).toEqual([]);
      expect(report.overall.falseBlockRate).toBe(0);
    });

    it('names the file and line of a case it cannot read', () => {
      const broken = { ...sparse, context: { ...sparse.context, appointments: [{ doctor: 'Dr. Mona Adel' }] } };
      expect(() => parseEvalCases(`\n${JSON.stringify(broken)}`, 'broken.jsonl')).toThrow(/^broken\.jsonl:2: /);
      expect(() => parseEvalCases('{not json', 'broken.jsonl')).toThrow(/^broken\.jsonl:1: /);
    });
  });
});
