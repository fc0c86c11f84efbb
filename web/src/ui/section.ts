import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

/** A part of a page under its own h2, set apart from the next by whitespace. */
export const Section = styled.section`
  margin-bottom: ${suomifiDesignTokens.spacing.xxl};
`;
