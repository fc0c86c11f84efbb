import type { Lang } from '../../common/languages.js';

/** Messages of an import report, in the importer's language. `{value}` is the cell's content. */
export const importMessages = {
  required: {
    fi: 'Pakollinen tieto puuttuu.',
    sv: 'Obligatorisk uppgift saknas.',
    en: 'A required value is missing.',
  },
  business_id_invalid: {
    fi: 'Y-tunnus "{value}" ei ole kelvollinen. Y-tunnus on muotoa 1234567-8, ja sen viimeinen numero on tarkistusnumero.',
    sv: 'FO-numret "{value}" är inte giltigt. Ett FO-nummer har formen 1234567-8, och den sista siffran är en kontrollsiffra.',
    en: 'The business ID "{value}" is not valid. A business ID has the form 1234567-8, and its last digit is a check digit.',
  },
  duplicate_in_file: {
    fi: 'Sama Y-tunnus on tiedostossa jo rivillä {other}.',
    sv: 'Samma FO-nummer finns redan på rad {other} i filen.',
    en: 'The same business ID is already on row {other} of the file.',
  },
  unknown_municipality: {
    fi: 'Kuntaa "{value}" ei tunneta. Anna kunnan nimi suomeksi tai ruotsiksi tai kuntanumero, esimerkiksi Helsinki tai 091.',
    sv: 'Kommunen "{value}" är okänd. Ange kommunens namn på svenska eller finska eller kommunnumret, till exempel Helsingfors eller 091.',
    en: 'The municipality "{value}" is not known. Give its name in Finnish or Swedish or its number, for example Helsinki or 091.',
  },
  unknown_postal_code: {
    fi: 'Postinumeroa "{value}" ei tunneta. Postinumero on viisi numeroa, esimerkiksi 00100.',
    sv: 'Postnumret "{value}" är okänt. Ett postnummer har fem siffror, till exempel 00100.',
    en: 'The postal code "{value}" is not known. A postal code has five digits, for example 00100.',
  },
  unknown_legal_form: {
    fi: 'Yritysmuotoa "{value}" ei tunneta. Anna muoto nimenä (esimerkiksi Osuuskunta), lyhenteenä (esimerkiksi oy tai ry) tai Patentti- ja rekisterihallituksen koodina (esimerkiksi 14).',
    sv: 'Företagsformen "{value}" är okänd. Ange formen med namn (till exempel Andelslag), förkortning (till exempel oy eller ry) eller Patent- och registerstyrelsens kod (till exempel 14).',
    en: 'The legal form "{value}" is not known. Give it by name (for example Co-operative), abbreviation (for example oy or ry) or the Finnish Patent and Registration Office\'s code (for example 14).',
  },
  unknown_value: {
    fi: 'Arvoa "{value}" ei tunneta. Kelvollisia arvoja ovat: {valid}.',
    sv: 'Värdet "{value}" är okänt. Giltiga värden är: {valid}.',
    en: 'The value "{value}" is not known. Valid values are: {valid}.',
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
  invalid_website: {
    fi: 'Verkkosivujen osoite "{value}" ei kelpaa. Anna osoite muodossa https://www.esimerkki.fi.',
    sv: 'Webbadressen "{value}" duger inte. Ange adressen i formen https://www.exempel.fi.',
    en: 'The web address "{value}" is not valid. Give it in the form https://www.example.fi.',
  },
  invalid_email: {
    fi: 'Sähköpostiosoite "{value}" ei kelpaa. Anna osoite muodossa nimi@esimerkki.fi.',
    sv: 'E-postadressen "{value}" duger inte. Ange adressen i formen namn@exempel.fi.',
    en: 'The e-mail address "{value}" is not valid. Give it in the form name@example.fi.',
  },
  invalid_phone: {
    fi: 'Puhelinnumero "{value}" ei kelpaa. Numerossa saa olla numeroita, välilyöntejä, sulkeita ja yhdysmerkkejä sekä alussa +, esimerkiksi +358 40 123 4567.',
    sv: 'Telefonnumret "{value}" duger inte. Numret får ha siffror, mellanslag, parenteser och bindestreck samt + i början, till exempel +358 40 123 4567.',
    en: 'The phone number "{value}" is not valid. It may have digits, spaces, brackets and hyphens, and + at the start, for example +358 40 123 4567.',
  },
  invalid_year: {
    fi: 'Perustamisvuosi "{value}" ei kelpaa. Anna vuosi neljällä numerolla väliltä 1800–2100.',
    sv: 'Grundningsåret "{value}" duger inte. Ange året med fyra siffror mellan 1800 och 2100.',
    en: 'The year founded "{value}" is not valid. Give a four-digit year from 1800 to 2100.',
  },
  invalid_sdg: {
    fi: 'Kestävän kehityksen tavoitetta "{value}" ei ole. Tavoitteet ovat numeroita 1–17.',
    sv: 'Målet för hållbar utveckling "{value}" finns inte. Målen är numrerade 1–17.',
    en: 'There is no Sustainable Development Goal "{value}". The goals are numbered 1 to 17.',
  },
  invalid_industry_code: {
    fi: 'Toimialakoodi "{value}" ei kelpaa. Anna TOL 2008 -koodi, esimerkiksi 88991, tai pääluokan kirjain, esimerkiksi Q.',
    sv: 'Näringsgrenskoden "{value}" duger inte. Ange en kod enligt TOL 2008, till exempel 88991, eller huvudnäringens bokstav, till exempel Q.',
    en: 'The industry code "{value}" is not valid. Give a TOL 2008 code, for example 88991, or a section letter, for example Q.',
  },
  unknown_id: {
    fi: 'Kudos-tunnisteella "{value}" ei ole organisaatiota. Jos sarake on oma numerointinne, valitse sille ”Ei tuoda”.',
    sv: 'Det finns ingen organisation med Kudos-id "{value}". Om kolumnen är er egen numrering, välj ”Importeras inte” för den.',
    en: 'No organisation has the Kudos ID "{value}". If the column is your own numbering, choose "Not imported" for it.',
  },
  duplicate_id_in_file: {
    fi: 'Sama Kudos-tunniste on tiedostossa jo rivillä {other}.',
    sv: 'Samma Kudos-id finns redan på rad {other} i filen.',
    en: 'The same Kudos ID is already on row {other} of the file.',
  },
  business_id_taken: {
    fi: 'Y-tunnus "{value}" on jo toisella organisaatiolla: {other}.',
    sv: 'FO-numret "{value}" hör redan till en annan organisation: {other}.',
    en: 'The business ID "{value}" already belongs to another organisation: {other}.',
  },
  website_completed: {
    fi: 'Verkkosivujen osoitteen alkuun lisätään https://: {value} → {fixed}.',
    sv: 'https:// läggs till i början av webbadressen: {value} → {fixed}.',
    en: 'https:// is added to the start of the web address: {value} → {fixed}.',
  },
  too_long: {
    fi: 'Teksti on liian pitkä: siinä saa olla enintään {max} merkkiä.',
    sv: 'Texten är för lång: den får ha högst {max} tecken.',
    en: 'The text is too long: it may have at most {max} characters.',
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
  // Projects (EURA records).
  invalid_date: {
    fi: 'Päivämäärä "{value}" ei kelpaa. Anna päivä muodossa 31.12.2027 tai 2027-12-31.',
    sv: 'Datumet "{value}" duger inte. Ange dagen i formen 31.12.2027 eller 2027-12-31.',
    en: 'The date "{value}" is not valid. Give the day as 31.12.2027 or 2027-12-31.',
  },
  date_range_invalid: {
    fi: 'Päättymispäivä {value} on ennen alkamispäivää.',
    sv: 'Slutdagen {value} är före startdagen.',
    en: 'The end date {value} is before the start date.',
  },
  invalid_amount: {
    fi: 'Summa "{value}" ei kelpaa. Anna euromäärä numeroina, esimerkiksi 450 000 tai 450000,50; summa ei voi olla negatiivinen.',
    sv: 'Beloppet "{value}" duger inte. Ange euro med siffror, till exempel 450 000 eller 450000,50; beloppet kan inte vara negativt.',
    en: 'The amount "{value}" is not valid. Give euros in digits, for example 450 000 or 450000.50; it cannot be negative.',
  },
  unknown_region: {
    fi: 'Maakuntaa "{value}" ei tunneta. Anna maakunnan nimi tai numero (esimerkiksi Uusimaa tai 01) tai "Koko maa".',
    sv: 'Landskapet "{value}" är okänt. Ange landskapets namn eller nummer (till exempel Nyland eller 01) eller "Hela landet".',
    en: 'The region "{value}" is not known. Give its name or number (for example Uusimaa or 01) or "Nationwide".',
  },
  project_region_required: {
    fi: 'Hankkeella ei ole maakuntaa. Anna maakunnat tai "Koko maa".',
    sv: 'Projektet har inget landskap. Ange landskapen eller "Hela landet".',
    en: 'The project has no region. Give its regions or "Nationwide".',
  },
  partner_not_found: {
    fi: 'Rekisterissä ei ole julkaistua organisaatiota Y-tunnuksella {value}. Lisää se rekisteriin tai valitse, että puuttuvat ehdotetaan rekisteriin.',
    sv: 'Registret har ingen publicerad organisation med FO-numret {value}. Lägg till den i registret eller välj att de som saknas föreslås för registret.',
    en: 'The registry has no published organisation with the business ID {value}. Add it to the registry or choose to propose the missing ones.',
  },
  partner_proposed: {
    fi: 'Organisaatio Y-tunnuksella {value} ehdotetaan rekisteriin ({name}); se näkyy hankkeen kumppanina, kun koordinaattori hyväksyy sen.',
    sv: 'Organisationen med FO-numret {value} föreslås för registret ({name}); den syns som projektets partner när en koordinator har godkänt den.',
    en: "The organisation with the business ID {value} is proposed to the registry ({name}); it shows as the project's partner once a coordinator approves it.",
  },
  partner_name_missing: {
    fi: 'Y-tunnukselle {value} ei ole nimeä, joten sitä ei voi ehdottaa rekisteriin. Anna nimet samassa järjestyksessä kuin Y-tunnukset.',
    sv: 'FO-numret {value} har inget namn, så det kan inte föreslås för registret. Ange namnen i samma ordning som FO-numren.',
    en: 'The business ID {value} has no name, so it cannot be proposed to the registry. Give the names in the same order as the business IDs.',
  },
  duplicate_code_in_file: {
    fi: 'Sama hankekoodi on tiedostossa jo rivillä {other}.',
    sv: 'Samma projektkod finns redan på rad {other} i filen.',
    en: 'The same project code is already on row {other} of the file.',
  },
  status_from_dates: {
    fi: 'Hankkeen tilaksi päätellään päivämääristä: {value}.',
    sv: 'Projektets status härleds från datumen: {value}.',
    en: "The project's status is taken from its dates: {value}.",
  },
  project_not_allowed: {
    fi: 'Sinulla ei ole oikeutta lisätä tai muuttaa hankkeita näissä maakunnissa.',
    sv: 'Du har inte rätt att lägga till eller ändra projekt i de här landskapen.',
    en: 'You may not add or change projects in these regions.',
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
  encoding_undefined_byte: {
    fi: 'Tiedoston rivillä {line} on tavu {byte}, joka ei ole merkki merkistössä {encoding}. Tiedosto on ehkä tallennettu toisessa merkistössä; tallenna se UTF-8-muotoisena CSV-tiedostona tai XLSX-tiedostona.',
    sv: 'Rad {line} i filen har byten {byte}, som inte är ett tecken i teckenkodningen {encoding}. Filen är kanske sparad i en annan kodning; spara den som CSV i UTF-8 eller som XLSX.',
    en: 'Line {line} of the file has the byte {byte}, which is not a character in {encoding}. The file may have been saved in another encoding; save it as CSV in UTF-8 or as XLSX.',
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
  return importMessages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = params[k];
    // A parameter in three languages (the valid values of a column) is given in the message's.
    if (value !== null && typeof value === 'object')
      return String((value as Record<Lang, unknown>)[lang] ?? '');
    return String(value ?? '');
  });
}
