import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

/** Keeps header, content and footer to one readable width. */
export const Container = styled.div`
  max-width: 1100px;
  margin: 0 auto;
  padding: 0 ${suomifiDesignTokens.spacing.m};
`;
