import type { Lang } from './languages.js';

/**
 * Stable error codes of the API with their HTTP status and a message in each language.
 * Clients (and the web app) may show the message as is; the code stays the same forever.
 */
export const errorCatalog = {
  invalid_request: {
    status: 400,
    fi: 'Pyyntö on virheellinen. Tarkista merkityt kentät.',
    sv: 'Begäran är felaktig. Kontrollera de markerade fälten.',
    en: 'The request is not valid. Check the fields listed.',
  },
  not_found: {
    status: 404,
    fi: 'Osoitetta ei löytynyt.',
    sv: 'Adressen hittades inte.',
    en: 'Nothing was found at this address.',
  },
  method_not_allowed: {
    status: 405,
    fi: 'Tämä toiminto ei ole sallittu tässä osoitteessa.',
    sv: 'Den här metoden är inte tillåten för adressen.',
    en: 'This method is not allowed at this address.',
  },
  not_acceptable: {
    status: 406,
    fi: 'Pyydettyä muotoa ei voida tuottaa.',
    sv: 'Det begärda formatet kan inte levereras.',
    en: 'The requested format cannot be produced.',
  },
  payload_too_large: {
    status: 413,
    fi: 'Lähetetty sisältö on liian suuri.',
    sv: 'Det skickade innehållet är för stort.',
    en: 'The content sent is too large.',
  },
  unsupported_media_type: {
    status: 415,
    fi: 'Sisällön muotoa ei tueta. Tarkista, mitä muotoa tämä osoite odottaa (yleensä JSON).',
    sv: 'Innehållets format stöds inte. Kontrollera vilket format adressen väntar sig (oftast JSON).',
    en: 'The content type is not supported. Check which format this address expects (usually JSON).',
  },
  uri_too_long: {
    status: 414,
    fi: 'Osoite on liian pitkä.',
    sv: 'Adressen är för lång.',
    en: 'The address is too long.',
  },
  headers_too_large: {
    status: 431,
    fi: 'Pyynnön otsakkeet ovat liian suuret.',
    sv: 'Begärans huvuden är för stora.',
    en: 'The request headers are too large.',
  },
  request_timeout: {
    status: 408,
    fi: 'Pyyntö ei saapunut kokonaan ajoissa. Yritä uudelleen.',
    sv: 'Begäran kom inte fram i tid. Försök igen.',
    en: 'The request did not arrive in time. Try again.',
  },
  not_authenticated: {
    status: 401,
    fi: 'Kirjaudu sisään jatkaaksesi.',
    sv: 'Logga in för att fortsätta.',
    en: 'Please log in to continue.',
  },
  invalid_credentials: {
    status: 401,
    fi: 'Sähköpostiosoite tai salasana on väärin.',
    sv: 'E-postadressen eller lösenordet är fel.',
    en: 'The e-mail address or the password is wrong.',
  },
  email_not_verified: {
    status: 403,
    fi: 'Vahvista ensin sähköpostiosoitteesi sinulle lähetetyllä linkillä. Voit pyytää uuden linkin.',
    sv: 'Bekräfta först din e-postadress med länken vi skickade. Du kan be om en ny länk.',
    en: 'Confirm your e-mail address first with the link we sent you. You can ask for a new link.',
  },
  account_deactivated: {
    status: 403,
    fi: 'Tili on poistettu käytöstä. Ota yhteyttä palvelun ylläpitoon.',
    sv: 'Kontot har inaktiverats. Kontakta tjänstens administratörer.',
    en: 'This account has been deactivated. Please contact the administrators.',
  },
  forbidden: {
    status: 403,
    fi: 'Sinulla ei ole oikeutta tähän toimintoon.',
    sv: 'Du har inte behörighet till den här åtgärden.',
    en: 'You do not have permission to do this.',
  },
  csrf_failed: {
    status: 403,
    fi: 'Pyyntö hylättiin, koska sen alkuperää ei voitu varmistaa. Lataa sivu uudelleen ja yritä uudelleen.',
    sv: 'Begäran avvisades eftersom dess ursprung inte kunde bekräftas. Ladda om sidan och försök igen.',
    en: 'The request was refused because its origin could not be confirmed. Reload the page and try again.',
  },
  token_invalid: {
    status: 400,
    fi: 'Linkki on vanhentunut, jo käytetty tai virheellinen. Pyydä uusi linkki.',
    sv: 'Länken har gått ut, har redan använts eller är felaktig. Be om en ny länk.',
    en: 'The link has expired, has already been used or is not valid. Ask for a new link.',
  },
  version_conflict: {
    status: 409,
    fi: 'Joku muu muutti tietoja sillä välin. Lataa uusimmat tiedot ja tee muutoksesi uudelleen.',
    sv: 'Någon annan ändrade uppgifterna under tiden. Hämta de senaste uppgifterna och gör om din ändring.',
    en: 'Someone else changed this in the meantime. Load the latest version and make your change again.',
  },
  user_not_found: {
    status: 404,
    fi: 'Käyttäjää ei löytynyt.',
    sv: 'Användaren hittades inte.',
    en: 'The user was not found.',
  },
  setup_not_available: {
    status: 409,
    fi: 'Ylläpitäjä on jo luotu. Kirjaudu sisään tavalliseen tapaan.',
    sv: 'Administratören har redan skapats. Logga in som vanligt.',
    en: 'The administrator has already been created. Log in as usual.',
  },
  rate_limited: {
    status: 429,
    fi: 'Liian monta yritystä. Odota hetki ja yritä uudelleen.',
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Wait a moment and try again.',
  },
  business_id_invalid: {
    status: 400,
    fi: 'Y-tunnus ei ole kelvollinen. Tarkista numerot ja tarkistusmerkki (esimerkiksi 1234567-8).',
    sv: 'FO-numret är inte giltigt. Kontrollera siffrorna och kontrolltecknet (till exempel 1234567-8).',
    en: 'The business ID is not valid. Check the digits and the check digit (for example 1234567-8).',
  },
  organisation_not_found: {
    status: 404,
    fi: 'Organisaatiota ei löytynyt.',
    sv: 'Organisationen hittades inte.',
    en: 'The organisation was not found.',
  },
  organisation_merged: {
    status: 404,
    fi: 'Organisaatio on yhdistetty toiseen. Katso yhdistetty profiili.',
    sv: 'Organisationen har slagits samman med en annan. Se den sammanslagna profilen.',
    en: 'The organisation has been merged into another one. See the merged profile.',
  },
  business_id_taken: {
    status: 409,
    fi: 'Tällä Y-tunnuksella on jo organisaatio rekisterissä.',
    sv: 'Det finns redan en organisation med detta FO-nummer i registret.',
    en: 'An organisation with this business ID is already in the registry.',
  },
  similar_organisations: {
    status: 409,
    fi: 'Samassa kunnassa on jo samannimisiä organisaatioita. Tarkista ne; jos kyse on eri organisaatiosta, vahvista ja lähetä uudelleen.',
    sv: 'Det finns redan organisationer med liknande namn i samma kommun. Kontrollera dem; om det är en annan organisation, bekräfta och skicka igen.',
    en: 'Organisations with similar names already exist in the same municipality. Check them; if yours is a different one, confirm and send again.',
  },
  request_not_found: {
    status: 404,
    fi: 'Pyyntöä ei löytynyt tai se on jo käsitelty.',
    sv: 'Begäran hittades inte eller har redan behandlats.',
    en: 'The request was not found or has already been decided.',
  },
  request_pending: {
    status: 409,
    fi: 'Sinulla on jo käsittelyä odottava pyyntö tälle organisaatiolle.',
    sv: 'Du har redan en begäran om denna organisation som väntar på behandling.',
    en: 'You already have a request for this organisation waiting for a decision.',
  },
  already_member: {
    status: 409,
    fi: 'Edustat jo tätä organisaatiota.',
    sv: 'Du representerar redan denna organisation.',
    en: 'You already represent this organisation.',
  },
  invitation_other_address: {
    status: 403,
    fi: 'Kutsu lähetettiin toiseen sähköpostiosoitteeseen. Kirjaudu sisään sillä tilillä, jonka osoitteeseen kutsu tuli, tai pyydä kutsua omaan osoitteeseesi.',
    sv: 'Inbjudan skickades till en annan e-postadress. Logga in med kontot för den adress som fick inbjudan, eller be om en inbjudan till din egen adress.',
    en: 'The invitation was sent to another e-mail address. Log in with the account of the address that received it, or ask for an invitation to your own address.',
  },
  last_owner: {
    status: 409,
    fi: 'Organisaatiolla on oltava vähintään yksi omistaja.',
    sv: 'Organisationen måste ha minst en ägare.',
    en: 'The organisation must keep at least one owner.',
  },
  image_invalid: {
    status: 400,
    fi: 'Logon on oltava PNG-, JPEG- tai WebP-kuva.',
    sv: 'Logotypen måste vara en PNG-, JPEG- eller WebP-bild.',
    en: 'The logo must be a PNG, JPEG or WebP image.',
  },
  import_invalid: {
    status: 400,
    fi: 'Tiedostoa ei voitu tuoda. Katso virheluettelo; mitään ei tallennettu.',
    sv: 'Filen kunde inte importeras. Se fellistan; ingenting sparades.',
    en: 'The file could not be imported. See the list of errors; nothing was saved.',
  },
  import_not_found: {
    status: 404,
    fi: 'Tuontia ei löytynyt tai se on vanhentunut. Lataa tiedosto uudelleen.',
    sv: 'Importen hittades inte eller har gått ut. Ladda upp filen igen.',
    en: 'The import was not found or has expired. Upload the file again.',
  },
  region_not_found: {
    status: 404,
    fi: 'Maakuntaa ei löytynyt tällä koodilla.',
    sv: 'Inget landskap hittades med den koden.',
    en: 'No region was found with this code.',
  },
  postal_code_not_found: {
    status: 404,
    fi: 'Postinumeroa ei löytynyt.',
    sv: 'Postnumret hittades inte.',
    en: 'The postal code was not found.',
  },
  project_not_found: {
    status: 404,
    fi: 'Hanketta ei löytynyt.',
    sv: 'Projektet hittades inte.',
    en: 'The project was not found.',
  },
  duplicate_partner: {
    status: 409,
    fi: 'Sama organisaatio on hankkeessa kahdesti. Jätä se mukaan vain kerran yhdellä roolilla.',
    sv: 'Samma organisation finns två gånger i projektet. Ta med den bara en gång, med en roll.',
    en: 'The same organisation is in the project twice. Include it once, with one role.',
  },
  import_conflict: {
    status: 409,
    fi: 'Joku lisäsi rekisteriin saman Y-tunnuksen tai hankekoodin tarkistuksen jälkeen, joten mitään ei tuotu. Tarkista tiedosto uudelleen.',
    sv: 'Någon lade till samma FO-nummer eller projektkod i registret efter kontrollen, så ingenting importerades. Kontrollera filen igen.',
    en: 'Someone added the same business ID or project code to the registry after the check, so nothing was imported. Check the file again.',
  },
  eura_code_taken: {
    status: 409,
    fi: 'Tällä EURA-hankekoodilla on jo hanke rekisterissä.',
    sv: 'Det finns redan ett projekt med denna EURA-projektkod i registret.',
    en: 'A project with this EURA project code is already in the registry.',
  },
  date_range_invalid: {
    status: 400,
    fi: 'Päättymispäivä on ennen alkamispäivää. Tarkista päivämäärät.',
    sv: 'Slutdatumet är före startdatumet. Kontrollera datumen.',
    en: 'The end date is before the start date. Check the dates.',
  },
  project_region_required: {
    status: 400,
    fi: 'Valitse ainakin yksi maakunta tai merkitse hanke valtakunnalliseksi.',
    sv: 'Välj minst ett landskap eller markera projektet som riksomfattande.',
    en: 'Choose at least one region or mark the project as national.',
  },
  project_lead_required: {
    status: 400,
    fi: 'Hankkeella on oltava täsmälleen yksi päätoteuttaja.',
    sv: 'Projektet ska ha exakt en huvudgenomförare.',
    en: 'The project must have exactly one lead organisation.',
  },
  survey_not_found: {
    status: 404,
    fi: 'Kyselyä ei löytynyt. Tarkista osoite.',
    sv: 'Enkäten hittades inte. Kontrollera adressen.',
    en: 'The survey was not found. Check the address.',
  },
  survey_version_not_found: {
    status: 404,
    fi: 'Kyselyllä ei ole tätä versiota.',
    sv: 'Enkäten har ingen sådan version.',
    en: 'The survey has no such version.',
  },
  survey_version_frozen: {
    status: 409,
    fi: 'Tätä versiota on jo käytetty kyselykierroksella, joten sitä ei voi enää muuttaa. Tee siitä kopio ja muokkaa kopiota.',
    sv: 'Den här versionen har redan använts i en enkätomgång och kan inte längre ändras. Gör en kopia och redigera kopian.',
    en: 'A survey round has already used this version, so it can no longer be changed. Copy it and edit the copy.',
  },
  round_not_found: {
    status: 404,
    fi: 'Kyselykierrosta ei löytynyt. Tarkista osoite.',
    sv: 'Enkätomgången hittades inte. Kontrollera adressen.',
    en: 'The survey round was not found. Check the address.',
  },
  round_started: {
    status: 409,
    fi: 'Kierros on jo avautunut, joten sen kohdejoukkoa ja aloituspäivää ei voi enää muuttaa. Voit pidentää tai sulkea kierroksen.',
    sv: 'Omgången har redan öppnats, så dess målgrupp och första dag kan inte längre ändras. Du kan förlänga eller stänga omgången.',
    en: 'The round has already opened, so its target and first day can no longer change. You can extend or close it.',
  },
  invitation_not_found: {
    status: 404,
    fi: 'Linkki ei kelpaa. Tarkista, että kopioit sen kokonaan viestistä.',
    sv: 'Länken fungerar inte. Kontrollera att du kopierade hela länken ur meddelandet.',
    en: 'The link does not work. Check that you copied all of it from the message.',
  },
  round_closed: {
    status: 409,
    fi: 'Kyselyyn ei voi vastata nyt: vastausaika ei ole vielä alkanut tai se on päättynyt.',
    sv: 'Det går inte att svara på enkäten nu: svarstiden har inte börjat eller har redan gått ut.',
    en: 'The survey cannot be answered now: answering has not started yet or has ended.',
  },
  response_submitted: {
    status: 409,
    fi: 'Vastaukset on jo lähetetty. Koordinaattori voi avata ne uudelleen muokattaviksi.',
    sv: 'Svaren har redan skickats. En koordinator kan öppna dem igen för ändringar.',
    en: 'The answers have already been submitted. A coordinator can reopen them for changes.',
  },
  round_public: {
    status: 409,
    fi: 'Julkisella kierroksella ei ole kutsuja organisaatioille eikä muistutuksia: jaa kierroksen osoite tai lähetä se osoitelistalle.',
    sv: 'En offentlig omgång har inga inbjudningar till organisationer eller påminnelser: dela omgångens adress eller skicka den till en adresslista.',
    en: 'A public round has no invitations to organisations or reminders: share its address or send it to a list of addresses.',
  },
  round_not_public: {
    status: 409,
    fi: 'Osoitelistalle lähetetään vain julkisen kierroksen osoite. Organisaatioiden kierros kutsuu kohdejoukkonsa organisaatiot.',
    sv: 'Till en adresslista skickas bara adressen till en offentlig omgång. En omgång för organisationer bjuder in organisationerna i sin målgrupp.',
    en: 'Only a public round’s address is sent to a list of addresses. A round for organisations invites the organisations it targets.',
  },
  round_not_closed: {
    status: 409,
    fi: 'Kierroksen tilastot julkaistaan, kun vastaaminen on päättynyt.',
    sv: 'Omgångens statistik publiceras när svarstiden har gått ut.',
    en: 'A round’s statistics are published once answering has ended.',
  },
  breakdown_identifying: {
    status: 400,
    fi: 'Tilastoa ei jaotella tiedolla, joka yksilöi organisaation (nimi, Y-tunnus, kotikunta). Valitse maakunta, suuralue, toimiala, kokoluokka tai muoto.',
    sv: 'Statistik delas inte upp efter uppgifter som identifierar en organisation (namn, FO-nummer, hemkommun). Välj landskap, storområde, näringsgren, storleksklass eller form.',
    en: 'Statistics are not broken down by what identifies an organisation (name, business ID, municipality). Choose region, major region, industry, size class or form.',
  },
  indicator_not_tabulable: {
    status: 400,
    fi: 'Tästä tiedosta ei tehdä tilastoa (vapaa teksti, päivämäärä tai tunnus). Valitse luku, valinta tai kyllä/ei-tieto.',
    sv: 'Av den här uppgiften görs ingen statistik (fritext, datum eller kod). Välj ett tal, ett val eller en ja/nej-uppgift.',
    en: 'No statistics are made of this item (free text, a date or a code). Choose a number, a choice or a yes/no item.',
  },
  measure_not_applicable: {
    status: 400,
    fi: 'Tunnusluku ei sovi tälle tiedolle: valinnoista lasketaan määrät ja osuudet, luvuista summa, keskiarvo ja mediaani (euromääristä myös kvartiilit).',
    sv: 'Måttet passar inte uppgiften: för val räknas antal och andelar, för tal summa, medelvärde och median (för eurobelopp även kvartiler).',
    en: 'The measure does not fit this item: choices give counts and shares, numbers a sum, mean and median (amounts in euros also quartiles).',
  },
  response_not_found: {
    status: 404,
    fi: 'Organisaatiota ei ole kutsuttu tälle kierrokselle.',
    sv: 'Organisationen har inte bjudits in till den här omgången.',
    en: 'The organisation has not been invited to this round.',
  },
  reason_required: {
    status: 400,
    fi: 'Kerro, miksi avaat organisaation vastaukset. Syy tallentuu lokiin.',
    sv: 'Ange varför du öppnar organisationens svar. Orsaken sparas i loggen.',
    en: 'Say why you are opening the organisation’s answers. The reason is kept in the log.',
  },
  network_not_found: {
    status: 404,
    fi: 'Verkostoa ei löytynyt. Se on ehkä arkistoitu tai osoite on väärä.',
    sv: 'Nätverket hittades inte. Det kan ha arkiverats eller så är adressen fel.',
    en: 'The network was not found. It may have been archived, or the address is wrong.',
  },
  member_not_found: {
    status: 404,
    fi: 'Organisaatio ei ole tämän verkoston jäsen.',
    sv: 'Organisationen är inte medlem i detta nätverk.',
    en: 'The organisation is not a member of this network.',
  },
  duplicate_member: {
    status: 409,
    fi: 'Organisaatio on jo verkoston jäsen. Muuta sen roolia tai päivämääriä lisäämisen sijaan.',
    sv: 'Organisationen är redan medlem i nätverket. Ändra dess roll eller datum i stället.',
    en: 'The organisation is already a member of the network. Change its role or dates instead.',
  },
  relation_not_found: {
    status: 404,
    fi: 'Organisaatioiden välistä suhdetta ei löytynyt. Se on ehkä poistettu.',
    sv: 'Relationen mellan organisationerna hittades inte. Den kan ha tagits bort.',
    en: 'The relation between the organisations was not found. It may have been removed.',
  },
  relation_to_itself: {
    status: 400,
    fi: 'Organisaatiolla ei voi olla suhdetta itseensä. Valitse toinen organisaatio.',
    sv: 'En organisation kan inte ha en relation till sig själv. Välj en annan organisation.',
    en: 'An organisation cannot have a relation with itself. Choose another organisation.',
  },
  duplicate_relation: {
    status: 409,
    fi: 'Organisaatioiden välillä on jo tällainen suhde.',
    sv: 'Organisationerna har redan en sådan relation.',
    en: 'The organisations already have a relation of this kind.',
  },
  service_unavailable: {
    status: 503,
    fi: 'Palvelu ei ole juuri nyt käytettävissä. Yritä hetken päästä uudelleen.',
    sv: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.',
    en: 'The service is not available right now. Please try again in a moment.',
  },
  internal_error: {
    status: 500,
    fi: 'Palvelussa tapahtui virhe. Yritä uudelleen; jos virhe toistuu, kerro tukeen pyynnön tunnus.',
    sv: 'Ett fel inträffade i tjänsten. Försök igen; om felet upprepas, ge supporten begärans id.',
    en: 'Something went wrong on our side. Try again; if it happens again, give support the request id.',
  },
} as const satisfies Record<string, { status: number } & Record<Lang, string>>;

export type ErrorCode = keyof typeof errorCatalog;

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export function errorMessage(code: ErrorCode, lang: Lang): string {
  return errorCatalog[code][lang];
}
