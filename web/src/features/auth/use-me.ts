import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { pagePath } from '../../../../common/routes.js';
import type { Me } from '../../../../common/schemas/accounts.js';
import { ApiError } from '../../app/api-client.js';
import { useLang } from '../../i18n/use-lang.js';
import { authApi, meKey, meQuery } from './api.js';

/** The logged-in person: data is null when nobody is logged in. */
export function useMe() {
  const lang = useLang();
  return useQuery(meQuery(lang));
}

/**
 * Puts a new session's person in place. Everything else cached may belong to whoever was logged in
 * before (a session can end without logging out), so it goes.
 */
export function startSession(queryClient: QueryClient, me: Me) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, me);
  void queryClient.invalidateQueries({ queryKey: meKey });
}

/**
 * Forgets the person and everything fetched on their behalf. Setting `me` to null, rather than
 * removing it, updates the header at once without asking the server again.
 */
export function endSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
  queryClient.setQueryData(meKey, null);
}

/** Logs out and goes to the front page. */
export function useLogout() {
  const lang = useLang();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await authApi.logout(lang);
      } catch (error) {
        // A session that already ended (expired, or ended on another device) is logged out anyway.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: async () => {
      // Leave the page first, so a page that needs a login does not flash its login prompt.
      await navigate(pagePath('home', lang));
      endSession(queryClient);
    },
  });
}
