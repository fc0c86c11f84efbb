import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

const { spacing } = suomifiDesignTokens;

/** Running text of a statement page, at a readable width, with lists and sections spaced out. */
export const Prose = styled.div`
  max-width: 70ch;

  & ul {
    margin: 0 0 ${spacing.l};
    padding-left: 1.25rem;
  }

  & li {
    margin-bottom: ${spacing.xs};
  }

  & h2 {
    margin-top: ${spacing.xl};
  }

  & address {
    font-style: normal;
    margin-bottom: ${spacing.l};
    line-height: 1.6;
  }
`;
