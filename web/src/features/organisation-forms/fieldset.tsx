import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';

const { spacing, colors } = suomifiDesignTokens;

const Box = styled.fieldset`
  margin: 0 0 ${spacing.xl};
  padding: ${spacing.m} 0 0;
  border: 0;
  border-top: 1px solid ${colors.depthLight1};
  min-width: 0;

  & > legend {
    padding: 0;
    float: left;
    width: 100%;
    margin-bottom: ${spacing.s};
  }

  & > legend + * {
    clear: left;
  }
`;

interface FieldsetProps {
  /** The group's name: its legend, and an h2 so that the form can be skimmed by headings. */
  legend: string;
  intro?: string;
  children: ReactNode;
}

/** A group of the organisation form's fields under a legend. */
export function Fieldset({ legend, intro, children }: FieldsetProps) {
  return (
    <Box>
      <legend>
        <Heading variant="h2">{legend}</Heading>
      </legend>
      {intro && <Paragraph mb="m">{intro}</Paragraph>}
      {children}
    </Box>
  );
}
