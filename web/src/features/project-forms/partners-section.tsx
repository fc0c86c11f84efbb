import { styled } from 'styled-components';
import { Button, Heading, Paragraph, suomifiDesignTokens } from 'suomifi-ui-components';
import { partnerRoles } from '../../../../common/project-fields.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { SelectField } from '../../ui/form/select-field.js';
import { useFieldMessage } from '../../ui/form/use-field-message.js';
import { OrganisationSearch } from '../organisations/organisation-search.js';
import type { PartnerValue, ProjectProblems } from './form-values.js';
import { projectFieldId } from './form-values.js';

const { spacing, colors } = suomifiDesignTokens;

const Rows = styled.ul`
  margin: 0 0 ${spacing.m};
  padding: 0;
  list-style: none;

  & > li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(10rem, 14rem) auto;
    align-items: end;
    gap: ${spacing.m};
    padding: ${spacing.s} 0;
    border-bottom: 1px solid ${colors.depthLight1};
  }

  @media (max-width: 40rem) {
    & > li {
      grid-template-columns: 1fr;
    }
  }
`;

const Name = styled.p`
  margin: 0 0 ${spacing.l};
  font-weight: 600;
`;

const Problem = styled.p`
  margin: 0 0 ${spacing.s};
  color: ${colors.alertBase};
  font-weight: 600;
`;

const Found = styled.ul`
  margin: 0 0 ${spacing.l};
  padding: 0;
  list-style: none;

  & > li {
    margin-bottom: ${spacing.xs};
  }
`;

interface PartnersSectionProps {
  partners: PartnerValue[];
  onChange: (partners: PartnerValue[]) => void;
  problems: ProjectProblems;
}

/**
 * The organisations of a project with their roles, one lead among them. New ones are found by a
 * search of the registry (published organisations) and added with a button.
 */
export function PartnersSection({ partners, onChange, problems }: PartnersSectionProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const inList = new Set(partners.map((p) => p.organisationId));
  const setRole = (i: number, role: PartnerValue['role']) =>
    onChange(partners.map((p, k) => (k === i ? { ...p, role } : p)));
  const problem = problems.partners;

  return (
    <>
      <Heading variant="h2" mb="s" id={projectFieldId('partners')} tabIndex={-1}>
        {t('projectForm.partners.heading')}
      </Heading>
      <Paragraph mb="m">{t('projectForm.partners.hint')}</Paragraph>
      {problem && <Problem>{message(problem)}</Problem>}
      {partners.length === 0 ? (
        <Paragraph mb="m">{t('projectForm.partners.none')}</Paragraph>
      ) : (
        <Rows>
          {partners.map((p, i) => {
            const rowProblem = problems[`partners.${i}`];
            return (
              <li key={p.organisationId}>
                <div>
                  <Name>{p.name}</Name>
                  {rowProblem && <Problem>{message(rowProblem)}</Problem>}
                </div>
                <SelectField
                  id={projectFieldId(`partners.${i}`)}
                  label={t('projectForm.partners.roleOf', { name: p.name })}
                  value={p.role}
                  onChange={(role) => {
                    const known = partnerRoles.find((r) => r === role);
                    if (known) setRole(i, known);
                  }}
                  options={partnerRoles.map((r) => ({ value: r, label: t(`projects.roles.${r}`) }))}
                />
                <Button
                  variant="secondary"
                  onClick={() => onChange(partners.filter((_, k) => k !== i))}
                  style={{ marginBottom: spacing.l }}
                >
                  {t('projectForm.partners.remove', { name: p.name })}
                </Button>
              </li>
            );
          })}
        </Rows>
      )}
      <OrganisationSearch
        id="project-partner-search"
        label={t('projectForm.partners.searchLabel')}
        hint={t('projectForm.partners.searchHint')}
        searchText={t('projectForm.partners.search')}
        foundText={(count, q) => t('projectForm.partners.found', { count, q })}
      >
        {(found) => (
          <Found>
            {found.map((o) => (
              <li key={o.id}>
                <Button
                  variant="secondaryNoBorder"
                  disabled={inList.has(o.id)}
                  onClick={() =>
                    onChange([
                      ...partners,
                      {
                        organisationId: o.id,
                        name: o.name,
                        role: partners.some((p) => p.role === 'lead') ? 'partner' : 'lead',
                      },
                    ])
                  }
                >
                  {inList.has(o.id)
                    ? t('projectForm.partners.added', { name: o.name })
                    : t('projectForm.partners.add', { name: o.name })}
                </Button>
              </li>
            ))}
          </Found>
        )}
      </OrganisationSearch>
    </>
  );
}
