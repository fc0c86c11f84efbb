import { Navigate } from 'react-router';
import { negotiateLang } from '../../../common/languages.js';
import { pagePath } from '../../../common/routes.js';

/** `/` has no language: send the reader to the front page in the language the browser prefers. */
export function RootRedirect() {
  // navigator.languages is in preference order, so as an Accept-Language list the first supported one wins.
  const preferred =
    navigator.languages.length > 0 ? navigator.languages.join(',') : navigator.language;
  return <Navigate to={pagePath('home', negotiateLang(preferred))} replace />;
}
