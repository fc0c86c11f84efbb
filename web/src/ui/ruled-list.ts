import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

const { spacing, colors } = suomifiDesignTokens;

/** A list without bullets whose items are set apart by a thin rule (projects, relations). */
export const RuledList = styled.ul`
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;

  & > li {
    padding: ${spacing.s} 0;
    border-bottom: 1px solid ${colors.depthLight1};
  }
`;
