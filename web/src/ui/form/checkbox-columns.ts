import { styled } from 'styled-components';
import { CheckboxGroup, suomifiDesignTokens } from 'suomifi-ui-components';

/** A group of checkboxes in columns: long lists read better so than in one tall column. */
export const CheckboxColumns = styled(CheckboxGroup)`
  & .fi-checkbox-group_container {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    column-gap: ${suomifiDesignTokens.spacing.m};
  }
`;
