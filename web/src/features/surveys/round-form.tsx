import type { ReactNode } from 'react';
import { ApiError } from '../../app/api-client.js';
import { useTranslation } from '../../i18n/use-translation.js';
import { ApiForm } from '../../ui/form/api-form.js';
import { displayDate, isoDate } from '../../ui/form/dates.js';
import type { FieldErrors, FieldMessage } from '../../ui/form/field-errors.js';
import { TextField } from '../../ui/form/text-field.js';
import { useApiForm } from '../../ui/form/use-api-form.js';
import type { RoundBody } from './api.js';

export type RoundField =
  | 'nameFi'
  | 'nameSv'
  | 'nameEn'
  | 'opensOn'
  | 'closesOn'
  | 'target'
  | 'reminderDays';

export type RoundValues = Record<RoundField, string>;

export function roundValues(r?: {
  name: { fi: string; sv: string | null; en: string | null };
  opensOn: string;
  closesOn: string;
  target: string;
  reminderDays: number | null;
}): RoundValues {
  return {
    nameFi: r?.name.fi ?? '',
    nameSv: r?.name.sv ?? '',
    nameEn: r?.name.en ?? '',
    opensOn: displayDate(r?.opensOn ?? null),
    closesOn: displayDate(r?.closesOn ?? null),
    target: r?.target ?? '',
    reminderDays: r?.reminderDays ? String(r.reminderDays) : '',
  };
}

const isIso = (value: string | null) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);

function checkRound(v: RoundValues): Partial<Record<RoundField, FieldMessage>> {
  const opens = isoDate(v.opensOn);
  const closes = isoDate(v.closesOn);
  const days = v.reminderDays.trim();
  return {
    nameFi: v.nameFi.trim() ? undefined : 'nameRequired',
    opensOn: isIso(opens) ? undefined : 'dateFormat',
    closesOn: !isIso(closes)
      ? 'dateFormat'
      : isIso(opens) && (closes ?? '') < (opens ?? '')
        ? 'dateOrder'
        : undefined,
    reminderDays:
      days === '' || (/^\d{1,2}$/.test(days) && Number(days) >= 1 && Number(days) <= 90)
        ? undefined
        : 'daysFormat',
  };
}

export function roundBody(v: RoundValues): RoundBody {
  const text = (s: string) => s.trim() || null;
  return {
    name: { fi: v.nameFi.trim(), sv: text(v.nameSv), en: text(v.nameEn) },
    opensOn: isoDate(v.opensOn) ?? '',
    closesOn: isoDate(v.closesOn) ?? '',
    target: v.target.trim(),
    reminderDays: v.reminderDays.trim() ? Number(v.reminderDays) : null,
  };
}

/** The server's field problems by this form's fields (`name.fi` → nameFi, `target.region`…). */
function serverProblems(error: unknown): FieldErrors<RoundField> | undefined {
  if (!(error instanceof ApiError) || error.code !== 'invalid_request') return undefined;
  const fields = error.details?.fields;
  if (!Array.isArray(fields)) return undefined;
  const out: FieldErrors<RoundField> = {};
  for (const f of fields as { path?: unknown }[]) {
    const path = String(f.path ?? '');
    const field: RoundField | undefined = path.startsWith('name.')
      ? (`name${path.slice(5, 6).toUpperCase()}${path.slice(6, 7)}` as RoundField)
      : path.startsWith('target')
        ? 'target'
        : (['opensOn', 'closesOn', 'reminderDays'] as const).find((k) => k === path);
    if (!field) continue;
    out[field] ??=
      field === 'closesOn' ? 'dateOrder' : field === 'reminderDays' ? 'daysFormat' : 'checkField';
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

interface RoundFormProps<R> {
  initial: RoundValues;
  /** Before the round opens its first day and target may change; after, they are shown only. */
  started: boolean;
  submitText: string;
  send: (values: RoundValues) => Promise<R>;
  onSaved: (result: R) => void;
  onError?: (error: unknown) => void;
  errorHelp?: ReactNode;
  actions?: ReactNode;
  /** Fields before the round's own (the survey version of a new round). */
  children?: ReactNode;
  /** A public round: no target, no reminders. */
  isPublic?: boolean;
}

/** A round's name, days, target and reminder interval: for a new round and for changing one. */
export function RoundForm<R>(props: RoundFormProps<R>) {
  const { t } = useTranslation();
  const form = useApiForm<RoundField, R>({
    fields: {
      nameFi: {
        id: 'round-name-fi',
        label: t('surveys.admin.nameFi'),
        initial: props.initial.nameFi,
      },
      nameSv: {
        id: 'round-name-sv',
        label: t('surveys.admin.nameSv'),
        initial: props.initial.nameSv,
      },
      nameEn: {
        id: 'round-name-en',
        label: t('surveys.admin.nameEn'),
        initial: props.initial.nameEn,
      },
      opensOn: {
        id: 'round-opens',
        label: t('surveys.admin.opensOn'),
        initial: props.initial.opensOn,
      },
      closesOn: {
        id: 'round-closes',
        label: t('surveys.admin.closesOn'),
        initial: props.initial.closesOn,
      },
      target: {
        id: 'round-target',
        label: t('surveys.admin.target'),
        initial: props.initial.target,
      },
      reminderDays: {
        id: 'round-reminders',
        label: t('surveys.admin.reminderDays'),
        initial: props.initial.reminderDays,
      },
    },
    check: checkRound,
    send: props.send,
    onSuccess: (result) => props.onSaved(result),
    fieldError: serverProblems,
    ...(props.onError ? { onError: props.onError } : {}),
  });
  return (
    <ApiForm
      form={form}
      submitText={props.submitText}
      errorHelp={props.errorHelp}
      actions={props.actions}
    >
      {props.children}
      <TextField {...form.field('nameFi')} />
      <TextField {...form.field('nameSv')} optional />
      <TextField {...form.field('nameEn')} optional />
      <TextField
        {...form.field('opensOn')}
        hintText={props.started ? t('surveys.admin.opensOnStarted') : t('surveys.admin.dateHint')}
        disabled={props.started}
      />
      <TextField {...form.field('closesOn')} hintText={t('surveys.admin.closesOnHint')} />
      {!props.isPublic && (
        <>
          <TextField
            {...form.field('target')}
            hintText={
              props.started ? t('surveys.admin.targetStarted') : t('surveys.admin.targetHint')
            }
            disabled={props.started}
            optional
          />
          <TextField
            {...form.field('reminderDays')}
            hintText={t('surveys.admin.reminderDaysHint')}
            optional
          />
        </>
      )}
    </ApiForm>
  );
}
