import type { Lang } from '../../../common/languages.js';
import { type ImportField, importFields } from '../../../common/schemas/organisation-import.js';
import type { organisationStatuses } from '../../../common/schemas/organisations.js';

/*
 * The columns of the exports for people (XLSX and the CSV for Excel): headings in the reader's
 * language, the same words the import's column choices use. The import recognises every heading
 * in all three languages, so such a file goes back in through the suggested mapping.
 */

type Texts = Record<Lang, string>;

/** Headings of the columns that the import can read back, by import field. */
export const fieldHeadings: Record<ImportField, Texts> = {
  id: { fi: 'Kudos-tunniste', sv: 'Kudos-id', en: 'Kudos ID' },
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  nameSv: { fi: 'Nimi ruotsiksi', sv: 'Namn på svenska', en: 'Name in Swedish' },
  nameEn: { fi: 'Nimi englanniksi', sv: 'Namn på engelska', en: 'Name in English' },
  businessId: { fi: 'Y-tunnus', sv: 'FO-nummer', en: 'Business ID' },
  legalForm: {
    fi: 'Yritys- tai yhteisömuoto',
    sv: 'Företags- eller sammanslutningsform',
    en: 'Legal form',
  },
  actorTypes: { fi: 'Toimijatyypit', sv: 'Typer av aktör', en: 'Types of actor' },
  municipality: { fi: 'Kotikunta', sv: 'Hemkommun', en: 'Home municipality' },
  postalCode: { fi: 'Postinumero', sv: 'Postnummer', en: 'Postal code' },
  streetAddress: { fi: 'Katuosoite', sv: 'Gatuadress', en: 'Street address' },
  website: { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' },
  email: { fi: 'Sähköpostiosoite', sv: 'E-postadress', en: 'E-mail address' },
  phone: { fi: 'Puhelinnumero', sv: 'Telefonnummer', en: 'Phone number' },
  descriptionFi: {
    fi: 'Kuvaus suomeksi',
    sv: 'Beskrivning på finska',
    en: 'Description in Finnish',
  },
  descriptionSv: {
    fi: 'Kuvaus ruotsiksi',
    sv: 'Beskrivning på svenska',
    en: 'Description in Swedish',
  },
  descriptionEn: {
    fi: 'Kuvaus englanniksi',
    sv: 'Beskrivning på engelska',
    en: 'Description in English',
  },
  industryCode: {
    fi: 'Toimialakoodi (TOL 2008)',
    sv: 'Näringsgrenskod (TOL 2008)',
    en: 'Industry code (TOL 2008)',
  },
  icnpSection: {
    fi: 'Yleishyödyllisen toiminnan ala (ICNP/TSO)',
    sv: 'Område för allmännyttig verksamhet (ICNP/TSO)',
    en: 'Field of non-profit activity (ICNP/TSO)',
  },
  themes: { fi: 'Teemat', sv: 'Teman', en: 'Themes' },
  sdgGoals: {
    fi: 'Kestävän kehityksen tavoitteet',
    sv: 'Mål för hållbar utveckling',
    en: 'Sustainable Development Goals',
  },
  targetGroups: { fi: 'Kohderyhmät', sv: 'Målgrupper', en: 'Target groups' },
  foundedYear: { fi: 'Perustamisvuosi', sv: 'Grundningsår', en: 'Year founded' },
  status: { fi: 'Toiminnan tila', sv: 'Verksamhetens status', en: 'Operating status' },
};

/** Columns for the reader only: the import never suggests them for a field. */
export const readOnlyHeadings = {
  page: { fi: 'Kudos-sivu', sv: 'Kudos-sida', en: 'Kudos page' },
  region: { fi: 'Maakunta', sv: 'Landskap', en: 'Region' },
  recognitions: { fi: 'Tunnustukset', sv: 'Erkännanden', en: 'Recognitions' },
  confirmedAt: { fi: 'Tiedot vahvistettu', sv: 'Uppgifterna bekräftade', en: 'Details confirmed' },
  updatedAt: { fi: 'Päivitetty', sv: 'Uppdaterad', en: 'Updated' },
} satisfies Record<string, Texts>;

/** Names of the operating statuses, as the organisation pages show them. */
export const statusLabels: Record<(typeof organisationStatuses)[number], Texts> = {
  active: { fi: 'Toiminnassa', sv: 'Verksam', en: 'Operating' },
  inactive: { fi: 'Toiminta keskeytetty', sv: 'Verksamheten avbruten', en: 'Operations suspended' },
  closed: { fi: 'Toiminta lopetettu', sv: 'Verksamheten nedlagd', en: 'Closed down' },
};

/** The people's export: its columns in order, each an import field or a column for reading. */
export const peopleColumns = [
  'name',
  'nameSv',
  'nameEn',
  'businessId',
  'legalForm',
  'actorTypes',
  'municipality',
  'region',
  'postalCode',
  'streetAddress',
  'website',
  'email',
  'phone',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'industryCode',
  'icnpSection',
  'themes',
  'sdgGoals',
  'targetGroups',
  'foundedYear',
  'status',
  'recognitions',
  'confirmedAt',
  'updatedAt',
  'page',
  'id',
] as const satisfies readonly (ImportField | keyof typeof readOnlyHeadings)[];
export type PeopleColumn = (typeof peopleColumns)[number];

export function peopleHeading(column: PeopleColumn, lang: Lang): string {
  return (importFields as readonly string[]).includes(column)
    ? fieldHeadings[column as ImportField][lang]
    : readOnlyHeadings[column as keyof typeof readOnlyHeadings][lang];
}

/** The words of the exports' file names: `kudos-organisaatiot-2026-12-02.csv`. */
export const fileWords = {
  machine: 'organisations',
  people: { fi: 'organisaatiot', sv: 'organisationer', en: 'organisations' } satisfies Texts,
};
