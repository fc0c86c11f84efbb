import type { BrowserContext } from 'playwright-core';
import { expect, inject } from 'vitest';
import { csrfHeader } from '../common/limits.js';

/**
 * Logs the browser context in through the API (fast; the login form has its own journey test).
 * The session cookie lands in the context, so every page opened from it is signed in.
 */
export async function logIn(context: BrowserContext, email: string, password: string) {
  const baseUrl = inject('baseUrl');
  const res = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    headers: { [csrfHeader]: '1', origin: baseUrl },
    data: { email, password },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Logs in as the coordinator that the e2e setup creates. */
export function logInAsCoordinator(context: BrowserContext) {
  const { email, password } = inject('coordinator');
  return logIn(context, email, password);
}

/** Calls the API as the context's signed-in user (e.g. to create test data quickly). */
export async function api(
  context: BrowserContext,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  data?: unknown,
) {
  const baseUrl = inject('baseUrl');
  const res = await context.request.fetch(`${baseUrl}${path}`, {
    method,
    headers: { [csrfHeader]: '1', origin: baseUrl },
    ...(data === undefined ? {} : { data }),
  });
  return { status: res.status(), body: await res.json().catch(() => undefined) };
}
