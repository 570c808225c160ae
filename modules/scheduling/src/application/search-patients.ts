import type { Actor, ClinicId } from '@frontdesk/shared-kernel';
import type { PatientSummary } from '../domain/patient';
import { foldForSearch, nameMatches, planPatientSearch } from '../domain/patient-search';
import type { PatientDeps } from './patient-deps';
import { DEFAULT_SEARCH_RESULTS, parsePatientInput, SearchPatientsInputSchema, type SearchPatientsInput } from './patient-inputs';

/** A multi-word name search filters at most this many records found by its longest word. */
const NAME_CANDIDATES = 500;

/**
 * Search inside one clinic (there is no search across clinics anywhere): by
 * name (every typed word starts a word of the name; case, diacritics and
 * Arabic letter variants ignored) or by phone (international prefix, national
 * prefix with the trunk 0, or the last digits). Results are summaries, never
 * clinical data, sorted by name then phone.
 */
export class SearchPatients {
  constructor(private readonly deps: Pick<PatientDeps, 'directory' | 'visibility'>) {}

  /** With an actor, only the patients they may see (a doctor: their own patients). */
  async execute(clinicId: ClinicId, raw: SearchPatientsInput, actor?: Actor): Promise<{ by: 'name' | 'phone'; results: PatientSummary[] }> {
    const found = await this.find(clinicId, raw);
    const visibility = this.deps.visibility;
    if (!actor || !visibility) return found;
    const visible = await Promise.all(found.results.map((p) => visibility.mayViewPatient(clinicId, actor, p.phone)));
    return { by: found.by, results: found.results.filter((_, i) => visible[i]) };
  }

  private async find(clinicId: ClinicId, raw: SearchPatientsInput): Promise<{ by: 'name' | 'phone'; results: PatientSummary[] }> {
    const input = parsePatientInput(SearchPatientsInputSchema, raw, 'SCHEDULING.INVALID_PATIENT_SEARCH');
    const limit = input.limit ?? DEFAULT_SEARCH_RESULTS;
    const plan = planPatientSearch(input.query);
    if (plan.by === 'phone') {
      const results = await this.deps.directory.findByPhone(clinicId, plan.plan, limit);
      return { by: 'phone', results: results.sort((a, b) => a.phone.localeCompare(b.phone)).slice(0, limit) };
    }
    // The longest word is the most selective index range; the others filter what it finds.
    const [first] = [...plan.words].sort((a, b) => b.length - a.length);
    const candidates = await this.deps.directory.findByNameWord(clinicId, first!, plan.words.length === 1 ? limit : NAME_CANDIDATES);
    const results = candidates.filter((p) => nameMatches(p.name, plan.words));
    results.sort((a, b) => foldForSearch(a.name).localeCompare(foldForSearch(b.name)) || a.phone.localeCompare(b.phone));
    return { by: 'name', results: results.slice(0, limit) };
  }
}
