import type { Caller } from '../accounts/policy.js';

/**
 * Who may do what with the observatory's surveys. Coordinators and administrators read every
 * survey and version and make and edit versions (a version a round has used stays as it was).
 * Members and visitors see a survey only through their own invitation (rounds, later).
 */
export function canManageSurveys(caller: Caller | null): boolean {
  return caller !== null && (caller.role === 'coordinator' || caller.role === 'admin');
}
