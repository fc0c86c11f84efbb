import { createGlobalStyle } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

const { colors, typography } = suomifiDesignTokens;

export const GlobalStyle = createGlobalStyle`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  body {
    margin: 0;
    ${typography.bodyText};
    color: ${colors.blackBase};
    background: ${colors.whiteBase};
  }

  /* Motion only on request: readers who ask the system for less motion get none, including the
     library's spinner animation, hence !important over its own rules. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
