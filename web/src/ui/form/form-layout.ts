import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

/** One column of fields, at a width that keeps labels and hints easy to read. */
export const FormColumn = styled.form`
  max-width: 36rem;
  margin-bottom: ${suomifiDesignTokens.spacing.xl};
`;

/** Buttons and links below a form, side by side while they fit. */
export const FormActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${suomifiDesignTokens.spacing.m};
  margin-top: ${suomifiDesignTokens.spacing.s};
`;
