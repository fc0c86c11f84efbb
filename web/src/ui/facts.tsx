import type { ReactNode } from 'react';
import { styled } from 'styled-components';
import { suomifiDesignTokens } from 'suomifi-ui-components';

const { spacing } = suomifiDesignTokens;

/** Facts of a record as terms and values, side by side on wide screens, stacked on narrow ones. */
export const FactList = styled.dl`
  display: grid;
  grid-template-columns: minmax(10rem, max-content) minmax(0, 1fr);
  gap: ${spacing.xs} ${spacing.l};
  margin: 0 0 ${spacing.m};

  & dt {
    font-weight: 600;
  }

  & dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  & dd ul {
    margin: 0;
    padding-left: ${spacing.m};
  }

  @media (max-width: 40rem) {
    grid-template-columns: 1fr;

    & dd {
      margin-bottom: ${spacing.s};
    }
  }
`;

/** A long text as a value, its paragraphs kept as written. */
export const FactText = styled.dd`
  white-space: pre-line;
  max-width: 70ch;
`;

export function Fact({
  term,
  children,
  lang,
}: {
  term: string;
  children: ReactNode;
  lang?: string;
}) {
  return (
    <>
      <dt>{term}</dt>
      <dd lang={lang}>{children}</dd>
    </>
  );
}

/** Only web addresses are links; anything else (javascript:, data:) stays text. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
