import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';

const { colors, spacing } = suomifiDesignTokens;

export interface Area {
  id: string;
  title: ReactNode;
  text: string;
}

const Grid = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: ${spacing.m};
  margin: 0 0 ${spacing.xxl};
  padding: 0;
  list-style: none;
`;

// Built areas get the highlight colour; planned ones stay grey. The difference is also in the
// section headings and in the link, never in colour alone.
const Card = styled.li<{ $built: boolean }>`
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-top: 4px solid ${(p) => (p.$built ? colors.highlightBase : colors.depthDark2)};
  background: ${(p) => (p.$built ? colors.highlightLight4 : colors.depthLight3)};

  /* A link that is a card's heading keeps the heading's size. */
  & h3 .fi-link {
    font: inherit;
  }
`;

/** Areas of Kudos as cards, each with its h3. */
export function AreaList({ areas, built }: { areas: readonly Area[]; built: boolean }) {
  return (
    <Grid>
      {areas.map((area) => (
        <Card key={area.id} $built={built}>
          <Heading variant="h3" mb="xs">
            {area.title}
          </Heading>
          <Paragraph>{area.text}</Paragraph>
        </Card>
      ))}
    </Grid>
  );
}
