import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import {
  type AboutInput,
  type AboutPage,
  aboutDataSchema,
  aboutPageSchema,
  programmeRoles,
} from '../../../../../common/schemas/site.js';
import { useLang } from '../../../i18n/use-lang.js';
import { FormActions } from '../../../ui/form/form-layout.js';
import { SubmitButton } from '../../../ui/form/submit-button.js';
import { aboutKey, siteApi } from '../api.js';
import {
  Field,
  FormPart,
  fieldId,
  Group,
  Summary,
  TriFields,
  useFocusAfterRender,
  useTriLabel,
} from './fields.js';
import { emptyTri, serverProblems, type Tri, toTri, useSiteForm } from './form-state.js';
import { changedParts, conflictCurrent, SaveAlert } from './save-alert.js';

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
  const queryClient = useQueryClient();
  const tri = useTriLabel();
  const focusLater = useFocusAfterRender();
  const f = useSiteForm(() => toValues(about), aboutDataSchema, toInput);
  // The saved version the edits build on: what "changed meanwhile" is measured against.
  const [base, setBase] = useState(about);
  const [changed, setChanged] = useState<string[]>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const { values, set, problems } = f;

  const partLabel = (part: (typeof parts)[number]) =>
    ({
      intro: t('sitePages.about.introHeading'),
      organisations: t('sitePages.about.organisationsHeading'),
      contact: t('sitePages.about.contactHeading'),
      regionalContacts: t('sitePages.about.regionalHeading'),
    })[part];

  const save = useMutation({
    mutationFn: (input: AboutInput) =>
      siteApi.updateAbout(lang, { ...input, version: base.version }),
    onSuccess: (updated) => {
      queryClient.setQueryData(aboutKey, updated);
      setBase(updated);
      f.setValues(toValues(updated));
      setSaved(true);
    },
    onError: (error) => {
      const fields = serverProblems(error);
      const latest = conflictCurrent(error, aboutPageSchema);
      if (latest) {
        setChanged(changedParts(parts, base, latest).map(partLabel));
        setBase(latest);
        void queryClient.invalidateQueries({ queryKey: aboutKey });
      }
      setFailure(fields ? null : error);
      f.show(fields ?? {});
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    setFailure(null);
    const input = f.check();
    if (input) save.mutate(input);
  };

  const edit = (path: string, value: unknown) => {
    setSaved(false);
    set(path, value);
  };

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
    <form noValidate onSubmit={submit}>
      <Summary
        form={form}
        problems={problems}
        labels={labels}
        attempt={f.attempt}
        alert={failure ? <SaveAlert error={failure} changed={changed} /> : undefined}
      />
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
        {values.organisations.map((o, i) => {
          const legend = t('sitePages.about.organisation', { n: i + 1 });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an entry is its place in the list
            <Group key={i} legend={legend}>
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
              <Button
                variant="secondary"
                mb="m"
                onClick={() => {
                  edit(
                    'organisations',
                    values.organisations.filter((_, j) => j !== i),
                  );
                  focusLater('about-add-organisation');
                }}
              >
                {t('sitePages.about.removeOrganisation', { n: i + 1 })}
              </Button>
            </Group>
          );
        })}
        <Button
          variant="secondary"
          mb="xl"
          id="about-add-organisation"
          onClick={() => {
            edit('organisations', [
              ...values.organisations,
              { name: emptyTri(), role: 'partner', url: '' },
            ]);
            focusLater(fieldId(form, `organisations.${values.organisations.length}.name.fi`));
          }}
        >
          {t('sitePages.about.addOrganisation')}
        </Button>
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
        {values.regionalContacts.map((c, i) => {
          const n = { n: i + 1 };
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an entry is its place in the list
            <Group key={i} legend={t('sitePages.about.regionalContact', n)}>
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
              <Button
                variant="secondary"
                mb="m"
                onClick={() => {
                  edit(
                    'regionalContacts',
                    values.regionalContacts.filter((_, j) => j !== i),
                  );
                  focusLater('about-add-regional-contact');
                }}
              >
                {t('sitePages.about.removeRegionalContact', n)}
              </Button>
            </Group>
          );
        })}
        <Button
          variant="secondary"
          mb="xl"
          id="about-add-regional-contact"
          onClick={() => {
            edit('regionalContacts', [
              ...values.regionalContacts,
              { area: emptyTri(), name: '', email: '', phone: '' },
            ]);
            focusLater(fieldId(form, `regionalContacts.${values.regionalContacts.length}.area.fi`));
          }}
        >
          {t('sitePages.about.addRegionalContact')}
        </Button>
      </FormPart>

      <FormActions>
        <SubmitButton busy={save.isPending}>{t('sitePages.about.submit')}</SubmitButton>
        <div role="status">{saved && <Paragraph>{t('sitePages.saved')}</Paragraph>}</div>
      </FormActions>
    </form>
  );
}
