import type { Lang } from '../../../common/languages.js';

/** Messages of an import report, in the importer's language. `{value}` is the cell's content. */
export const importMessages = {
  required: {
    fi: 'Pakollinen tieto puuttuu.',
    sv: 'Obligatorisk uppgift saknas.',
    en: 'A required value is missing.',
  },
  business_id_invalid: {
    fi: 'Y-tunnus "{value}" ei ole kelvollinen.',
    sv: 'FO-numret "{value}" är inte giltigt.',
    en: 'The business ID "{value}" is not valid.',
  },
  duplicate_in_file: {
    fi: 'Sama Y-tunnus on tiedostossa jo rivillä {other}.',
    sv: 'Samma FO-nummer finns redan på rad {other} i filen.',
    en: 'The same business ID is already on row {other} of the file.',
  },
  unknown_municipality: {
    fi: 'Kuntaa "{value}" ei tunneta.',
    sv: 'Kommunen "{value}" är okänd.',
    en: 'The municipality "{value}" is not known.',
  },
  unknown_postal_code: {
    fi: 'Postinumeroa "{value}" ei tunneta.',
    sv: 'Postnumret "{value}" är okänt.',
    en: 'The postal code "{value}" is not known.',
  },
  unknown_legal_form: {
    fi: 'Yritysmuotoa "{value}" ei tunneta.',
    sv: 'Företagsformen "{value}" är okänd.',
    en: 'The legal form "{value}" is not known.',
  },
  unknown_value: {
    fi: 'Arvoa "{value}" ei tunneta.',
    sv: 'Värdet "{value}" är okänt.',
    en: 'The value "{value}" is not known.',
  },
  unknown_tol_code: {
    fi: 'Toimialakoodia "{value}" ei tunneta (TOL 2008).',
    sv: 'Näringsgrenskoden "{value}" är okänd (TOL 2008).',
    en: 'The industry code "{value}" is not known (TOL 2008).',
  },
  invalid_value: {
    fi: 'Arvo "{value}" ei kelpaa tähän sarakkeeseen.',
    sv: 'Värdet "{value}" passar inte i den här kolumnen.',
    en: 'The value "{value}" is not valid in this column.',
  },
  too_long: {
    fi: 'Teksti on liian pitkä.',
    sv: 'Texten är för lång.',
    en: 'The text is too long.',
  },
  not_allowed: {
    fi: 'Sinulla ei ole oikeutta lisätä tai muuttaa organisaatioita tällä alueella.',
    sv: 'Du har inte rätt att lägga till eller ändra organisationer i det här området.',
    en: 'You may not add or change organisations in this region.',
  },
  similar_name: {
    fi: 'Samassa kunnassa on jo samankaltainen nimi: {value}.',
    sv: 'Det finns redan ett liknande namn i samma kommun: {value}.',
    en: 'A similar name already exists in the same municipality: {value}.',
  },
  same_name_in_file: {
    fi: 'Sama nimi samassa kunnassa on tiedostossa jo rivillä {other}.',
    sv: 'Samma namn i samma kommun finns redan på rad {other} i filen.',
    en: 'The same name in the same municipality is already on row {other} of the file.',
  },
  // File-level problems.
  empty: {
    fi: 'Tiedostossa ei ole otsikkoriviä ja tietorivejä.',
    sv: 'Filen har ingen rubrikrad och inga datarader.',
    en: 'The file has no header row and data rows.',
  },
  encoding_invalid: {
    fi: 'Tiedoston merkistöä ei tunnistettu. Tallenna se UTF-8- tai Windows-1252-muotoisena CSV-tiedostona tai XLSX-tiedostona.',
    sv: 'Filens teckenkodning kändes inte igen. Spara den som CSV i UTF-8 eller Windows-1252, eller som XLSX.',
    en: 'The character encoding of the file was not recognised. Save it as CSV in UTF-8 or Windows-1252, or as XLSX.',
  },
  csv_invalid: {
    fi: 'CSV-tiedosto on rikki rivin {line} kohdalla (esimerkiksi sulkematon lainausmerkki).',
    sv: 'CSV-filen är trasig vid rad {line} (till exempel ett citattecken som inte stängs).',
    en: 'The CSV file is broken at line {line} (for example an unclosed quotation mark).',
  },
  xlsx_invalid: {
    fi: 'XLSX-tiedostoa ei voitu lukea.',
    sv: 'XLSX-filen kunde inte läsas.',
    en: 'The XLSX file could not be read.',
  },
  too_many_rows: {
    fi: 'Tiedostossa on yli {limit} riviä. Jaa se osiin.',
    sv: 'Filen har över {limit} rader. Dela upp den.',
    en: 'The file has more than {limit} rows. Split it into parts.',
  },
  missing_columns: {
    fi: 'Pakollista saraketta ei ole valittu: {value}.',
    sv: 'En obligatorisk kolumn har inte valts: {value}.',
    en: 'A required column has not been chosen: {value}.',
  },
  unknown_column: {
    fi: 'Sarakevalinta viittaa sarakkeeseen, jota tiedostossa ei ole: {value}.',
    sv: 'Kolumnvalet hänvisar till en kolumn som inte finns i filen: {value}.',
    en: 'The column mapping refers to a column the file does not have: {value}.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type ImportMessageCode = keyof typeof importMessages;

export function importMessage(
  code: ImportMessageCode,
  lang: Lang,
  params: Record<string, unknown> = {},
): string {
  return importMessages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ''),
  );
}
