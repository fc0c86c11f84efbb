import {
  fundingProgrammes,
  programmeGoals,
  projectStatuses,
} from '../../../../common/project-fields.js';
import { regionCodePattern } from '../../../../common/region-code.js';

/** The project list's filters as the URL holds them ("" = no filter). */
export interface ProjectListFilters {
  q: string;
  status: string;
  fundingProgramme: string;
  goal: string;
  region: string;
  page: number;
}

const oneOf = (value: string | null, allowed: readonly (string | number)[]) =>
  value !== null && allowed.map(String).includes(value) ? value : '';

/** Reads the filters from the address; anything that is not a valid value is left out. */
export function projectFiltersFrom(params: URLSearchParams): ProjectListFilters {
  const page = Number(params.get('page'));
  const region = params.get('region') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    status: oneOf(params.get('status'), projectStatuses),
    fundingProgramme: oneOf(params.get('fundingProgramme'), fundingProgrammes),
    goal: oneOf(params.get('goal'), programmeGoals),
    region: regionCodePattern.test(region) ? region : '',
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
