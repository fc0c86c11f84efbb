import { useId } from 'react';
import { styled } from 'styled-components';
import { Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { tenthsDone } from '../app/progress-stream.js';

const { colors, spacing } = suomifiDesignTokens;

const Bar = styled.progress`
  display: block;
  width: 100%;
  max-width: 36rem;
  height: 1.5rem;
  margin: ${spacing.xs} 0 ${spacing.m};
  accent-color: ${colors.highlightBase};
`;

const Label = styled.label`
  font-weight: 600;
`;

/**
 * How far long work has come (an import, a recomputation): a labelled bar, and a live region
 * that speaks at most once a tenth (`announce` gives its words for a percentage), not on every
 * progress line that arrives.
 */
export function ProgressBar({
  label,
  processed,
  total,
  announce,
}: {
  label: string;
  processed: number;
  total: number;
  announce: (percent: number) => string;
}) {
  const id = useId();
  const tenths = tenthsDone(processed, total);
  return (
    <>
      <Label htmlFor={id}>{label}</Label>
      <Bar id={id} max={Math.max(total, 1)} value={processed} />
      <div role="status">{tenths > 0 && <Paragraph>{announce(tenths * 10)}</Paragraph>}</div>
    </>
  );
}
