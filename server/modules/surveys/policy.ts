import { AppError } from '../../errors.js';
import { type Caller, sitePermissions } from '../accounts/policy.js';

/**
 * Who may do what with the observatory's surveys. Coordinators and administrators read every
 * survey and version and make and edit versions (a version a round has used stays as it was).
 * Members and visitors see a survey only through their own invitation (rounds, later).
 */
export function canManageSurveys(caller: Caller | null): boolean {
  return caller !== null && sitePermissions(caller.role).manageSurveys;
}

/** The caller, when they may manage surveys: 401 without a session, 403 for anyone else. */
export function requireSurveyManager(caller: Caller | null): asserts caller is Caller {
  if (!caller) throw new AppError('not_authenticated');
  if (!canManageSurveys(caller)) throw new AppError('forbidden');
}
