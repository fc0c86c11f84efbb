import type { TFunction } from 'i18next';
import { styled } from 'styled-components';
import { Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import type { OrganisationDetail } from '../../../../common/schemas/organisations.js';
import { useTranslation } from '../../i18n/use-translation.js';
import type { DefinitionKey } from './labels.js';

const { colors, spacing, typography } = suomifiDesignTokens;

const Definitions = styled.ul`
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr));
  gap: ${spacing.m};
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;
`;

// The answer is said in words; the border only repeats it (colour is never the only signal).
const Definition = styled.li<{ $answer: 'yes' | 'no' | 'unknown' }>`
  padding: ${spacing.m};
  border: 1px solid ${colors.depthLight1};
  border-left: 6px solid
    ${({ $answer }) =>
      $answer === 'yes'
        ? colors.successBase
        : $answer === 'no'
          ? colors.depthDark1
          : colors.depthLight1};

  & ul {
    margin: ${spacing.xs} 0 0;
    padding-left: ${spacing.m};
  }
`;

const Answer = styled.p`
  margin: 0 0 ${spacing.xs};
  font-weight: 600;
`;

const Version = styled.p`
  ${typography.bodyTextSmall};
  margin: 0;
`;

const order: readonly DefinitionKey[] = [
  'euOperational',
  'esem',
  'wef',
  'finnishMark',
  'workIntegration',
];

type Tri = boolean | null;
const answerOf = (value: Tri) => (value === true ? 'yes' : value === false ? 'no' : 'unknown');

function definitionAnswer(t: TFunction, value: Tri): string {
  if (value === true) return t('organisation.definitions.meets');
  if (value === false) return t('organisation.definitions.doesNotMeet');
  return t('organisation.definitions.notKnown');
}

function criterionAnswer(t: TFunction, value: Tri): string {
  if (value === true) return t('organisation.definitions.criterionMet');
  if (value === false) return t('organisation.definitions.criterionNotMet');
  return t('organisation.definitions.criterionNotKnown');
}

const criterionKeys = {
  entrepreneurial: 'organisation.criteria.entrepreneurial',
  social_aim: 'organisation.criteria.socialAim',
  limited_profit_distribution: 'organisation.criteria.limitedProfitDistribution',
  autonomy: 'organisation.criteria.autonomy',
  participatory_governance: 'organisation.criteria.participatoryGovernance',
  impact_first: 'organisation.criteria.impactFirst',
  most_profit_to_aim: 'organisation.criteria.mostProfitToAim',
  openness: 'organisation.criteria.openness',
  disadvantaged_share: 'organisation.criteria.disadvantagedShare',
  purpose: 'organisation.criteria.purpose',
  some_trading_income: 'organisation.criteria.someTradingIncome',
  most_surplus_reinvested: 'organisation.criteria.mostSurplusReinvested',
} as const;

function criterionName(t: TFunction, id: string): string {
  const key = criterionKeys[id as keyof typeof criterionKeys];
  // A criterion added by a newer classification than this app knows is shown by its id.
  return key ? t(key) : id;
}

/**
 * Which definitions of a social enterprise the organisation meets, derived from what it has told
 * about itself, with the criteria behind each answer. Unknown is its own answer, never "no".
 */
export function DefinitionsSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation();
  const { classification } = organisation;
  const known = order.filter((key) => classification[key].meets !== null);
  const unknown = order.filter((key) => classification[key].meets === null);
  const names = (keys: readonly DefinitionKey[]) =>
    keys.map((key) => t(`organisation.definitions.${key}.name`)).join(', ');
  return (
    <>
      <Heading variant="h2" mb="s">
        {t('organisation.definitions.heading')}
      </Heading>
      {known.length === 0 ? (
        // Nothing can be judged yet: one sentence, not four boxes that all say "not known".
        <Paragraph mb="m">{t('organisation.definitions.noneKnown')}</Paragraph>
      ) : (
        <>
          <Paragraph mb="m">{t('organisation.definitions.intro')}</Paragraph>
          <Definitions>
            {known.map((key) => {
              const result = classification[key];
              return (
                <Definition key={key} $answer={answerOf(result.meets)}>
                  <Heading variant="h3" mb="xs">
                    {t(`organisation.definitions.${key}.name`)}
                  </Heading>
                  <Answer>{definitionAnswer(t, result.meets)}</Answer>
                  <ul>
                    {result.criteria.map((criterion) => (
                      <li key={criterion.id}>
                        {t('organisation.definitions.criterion', {
                          criterion: criterionName(t, criterion.id),
                          answer: criterionAnswer(t, criterion.met),
                        })}
                      </li>
                    ))}
                  </ul>
                </Definition>
              );
            })}
          </Definitions>
          {unknown.length > 0 && (
            <Paragraph mb="m">
              {t('organisation.definitions.unknownList', { names: names(unknown) })}
            </Paragraph>
          )}
        </>
      )}
      {classification.icsemModel && (
        <Paragraph mb="m">
          {t('organisation.definitions.icsem', {
            model: t(`organisation.definitions.icsemModels.${classification.icsemModel}`),
          })}
        </Paragraph>
      )}
      <Version>
        {t('organisation.definitions.version', { version: classification.version })}
      </Version>
    </>
  );
}
