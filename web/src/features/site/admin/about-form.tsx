import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  type AboutInput,
  type AboutPage,
  aboutDataSchema,
  aboutPageSchema,
  programmeRoles,
} from '../../../../../common/schemas/site.js';
import { useLang } from '../../../i18n/use-lang.js';
import { useTranslation } from '../../../i18n/use-translation.js';
import { EditableList } from '../../../ui/form/editable-list.js';
import { aboutKey, siteApi } from '../api.js';
import { Field, FormPart, fieldId, TriFields, useTriLabel } from './fields.js';
import { emptyTri, type Tri, toTri } from './form-state.js';
import { SitePageForm, useSitePageForm } from './site-page-form.js';

const form = 'about';
const langs = ['fi', 'sv', 'en'] as const;
const parts = ['intro', 'organisations', 'contact', 'regionalContacts'] as const;

type Role = (typeof programmeRoles)[number];

interface Values {
  intro: Tri;
  organisations: { name: Tri; role: Role; url: string }[];
  contact: { email: string; phone: string; address: string };
  regionalContacts: { area: Tri; name: string; email: string; phone: string }[];
}

function toValues(a: AboutPage): Values {
  return {
    intro: toTri(a.intro),
    organisations: a.organisations.map((o) => ({
      name: toTri(o.name),
      role: o.role,
      url: o.url ?? '',
    })),
    contact: {
      email: a.contact.email ?? '',
      phone: a.contact.phone ?? '',
      address: a.contact.address ?? '',
    },
    regionalContacts: a.regionalContacts.map((c) => ({
      area: toTri(c.area),
      name: c.name,
      email: c.email ?? '',
      phone: c.phone ?? '',
    })),
  };
}

const toInput = (v: Values): AboutInput => v;

/** Who runs the programme and how to reach it, as an administrator keeps it. */
export function AboutForm({ about }: { about: AboutPage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tri = useTriLabel();

  const partLabel = (part: (typeof parts)[number]) =>
    ({
      intro: t('sitePages.about.introHeading'),
      organisations: t('sitePages.about.organisationsHeading'),
      contact: t('sitePages.about.contactHeading'),
      regionalContacts: t('sitePages.about.regionalHeading'),
    })[part];

  const f = useSitePageForm({
    page: about,
    toValues,
    dataSchema: aboutDataSchema,
    toInput,
    pageSchema: aboutPageSchema,
    queryKey: aboutKey,
    parts,
    partLabel,
    update: (input, version) => siteApi.updateAbout(lang, { ...input, version }),
  });
  const { values, problems, edit } = f;

  const triLabels = (path: string, label: string): [string, string][] =>
    langs.map((l) => [`${path}.${l}`, tri(label, l)]);
  const labels: [string, string][] = [
    ...triLabels('intro', t('sitePages.about.intro')),
    ...values.organisations.flatMap((_, i): [string, string][] => [
      ...triLabels(`organisations.${i}.name`, t('sitePages.about.organisationName', { n: i + 1 })),
      [`organisations.${i}.url`, t('sitePages.about.organisationUrl', { n: i + 1 })],
    ]),
    ['contact.email', t('sitePages.about.email')],
    ['contact.phone', t('sitePages.about.phone')],
    ['contact.address', t('sitePages.about.address')],
    ...values.regionalContacts.flatMap((_, i): [string, string][] => [
      ...triLabels(`regionalContacts.${i}.area`, t('sitePages.about.area', { n: i + 1 })),
      [`regionalContacts.${i}.name`, t('sitePages.about.contactName', { n: i + 1 })],
      [`regionalContacts.${i}.email`, t('sitePages.about.contactEmail', { n: i + 1 })],
      [`regionalContacts.${i}.phone`, t('sitePages.about.contactPhone', { n: i + 1 })],
    ]),
  ];

  return (
    <SitePageForm id={form} form={f} labels={labels} submitText={t('sitePages.about.submit')}>
      <FormPart heading={t('sitePages.about.introHeading')}>
        <TriFields
          form={form}
          path="intro"
          label={t('sitePages.about.intro')}
          value={values.intro}
          onChange={edit}
          problems={problems}
          multiline
        />
      </FormPart>

      <FormPart
        heading={t('sitePages.about.organisationsHeading')}
        intro={t('sitePages.about.organisationsIntro')}
      >
        <EditableList
          items={values.organisations}
          onChange={(items) => edit('organisations', items)}
          legend={(n) => t('sitePages.about.organisation', { n })}
          removeText={(n) => t('sitePages.about.removeOrganisation', { n })}
          addText={t('sitePages.about.addOrganisation')}
          addId="about-add-organisation"
          newItem={() => ({ name: emptyTri(), role: 'partner' as const, url: '' })}
          firstFieldId={(i) => fieldId(form, `organisations.${i}.name.fi`)}
        >
          {(o, i) => (
            <>
              <TriFields
                form={form}
                path={`organisations.${i}.name`}
                label={t('sitePages.about.organisationName', { n: i + 1 })}
                value={o.name}
                onChange={edit}
                problems={problems}
              />
              <RadioButtonGroup
                name={`about-organisations-${i}-role`}
                labelText={t('sitePages.about.role', { n: i + 1 })}
                value={o.role}
                onChange={(value) => {
                  const role = programmeRoles.find((r) => r === value);
                  if (role) edit(`organisations.${i}.role`, role);
                }}
                mb="l"
              >
                {programmeRoles.map((role) => (
                  <RadioButton key={role} value={role}>
                    {t(`sitePages.about.roles.${role}`)}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
              <Field
                form={form}
                path={`organisations.${i}.url`}
                label={t('sitePages.about.organisationUrl', { n: i + 1 })}
                type="url"
                optional
                value={o.url}
                onChange={edit}
                problem={problems[`organisations.${i}.url`]}
              />
            </>
          )}
        </EditableList>
      </FormPart>

      <FormPart heading={t('sitePages.about.contactHeading')}>
        <Field
          form={form}
          path="contact.email"
          label={t('sitePages.about.email')}
          type="email"
          optional
          value={values.contact.email}
          onChange={edit}
          problem={problems['contact.email']}
        />
        <Field
          form={form}
          path="contact.phone"
          label={t('sitePages.about.phone')}
          type="tel"
          optional
          value={values.contact.phone}
          onChange={edit}
          problem={problems['contact.phone']}
        />
        <Field
          form={form}
          path="contact.address"
          label={t('sitePages.about.address')}
          optional
          multiline
          value={values.contact.address}
          onChange={edit}
          problem={problems['contact.address']}
        />
      </FormPart>

      <FormPart
        heading={t('sitePages.about.regionalHeading')}
        intro={t('sitePages.about.regionalIntro')}
      >
        <EditableList
          items={values.regionalContacts}
          onChange={(items) => edit('regionalContacts', items)}
          legend={(n) => t('sitePages.about.regionalContact', { n })}
          removeText={(n) => t('sitePages.about.removeRegionalContact', { n })}
          addText={t('sitePages.about.addRegionalContact')}
          addId="about-add-regional-contact"
          newItem={() => ({ area: emptyTri(), name: '', email: '', phone: '' })}
          firstFieldId={(i) => fieldId(form, `regionalContacts.${i}.area.fi`)}
        >
          {(c, i) => {
            const n = { n: i + 1 };
            return (
              <>
                <TriFields
                  form={form}
                  path={`regionalContacts.${i}.area`}
                  label={t('sitePages.about.area', n)}
                  value={c.area}
                  onChange={edit}
                  problems={problems}
                />
                <Field
                  form={form}
                  path={`regionalContacts.${i}.name`}
                  label={t('sitePages.about.contactName', n)}
                  value={c.name}
                  onChange={edit}
                  problem={problems[`regionalContacts.${i}.name`]}
                />
                <Field
                  form={form}
                  path={`regionalContacts.${i}.email`}
                  label={t('sitePages.about.contactEmail', n)}
                  type="email"
                  optional
                  value={c.email}
                  onChange={edit}
                  problem={problems[`regionalContacts.${i}.email`]}
                />
                <Field
                  form={form}
                  path={`regionalContacts.${i}.phone`}
                  label={t('sitePages.about.contactPhone', n)}
                  type="tel"
                  optional
                  value={c.phone}
                  onChange={edit}
                  problem={problems[`regionalContacts.${i}.phone`]}
                />
              </>
            );
          }}
        </EditableList>
      </FormPart>
    </SitePageForm>
  );
}
