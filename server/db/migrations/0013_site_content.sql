CREATE TABLE "site_content" (
	"key" varchar(40) PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "site_content" ADD CONSTRAINT "site_content_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Defaults of the accessibility statement. Administrators edit them (PUT /api/v1/site/accessibility).
-- The supervisory authority, as verified on 2 December 2026:
--   * Since 1 January 2025 the supervision of digital accessibility belongs to the Finnish Transport
--     and Communications Agency Traficom, moved there from the Regional State Administrative Agency
--     for Southern Finland: government proposal HE 71/2024 (finlex.fi/fi/hallituksen-esitykset/2024/71;
--     eduskunta.fi RP 71/2024), Traficom's notice "Esteettömyys- ja saavutettavuusvalvonnan
--     keskittämistä valmistellaan Traficomille" (traficom.fi). It did NOT go to the Lupa- ja
--     valvontavirasto that took over the other tasks of the regional agencies on 1 January 2026.
--   * Names, unit, addresses and switchboard as public-sector statements give them in 2025-2026,
--     e.g. the City of Helsinki's Outdoor Exercise Map statement updated 10 June 2026
--     (github.com/City-of-Helsinki/outdoors-sports-map,
--     src/domain/app/accessibilityStatement/AccessibilityStatement{Fi,Sv,En}.tsx).
--   Not verified from the authority's own site in this environment: the unit's exact English name
--   (statements write both "Digital Accessibility Supervision Unit" and "Digital Accessibility
--   Supervision") and the enacting statute's number. Check them at saavutettavuusvaatimukset.fi.
-- The feedback address has no default: the administrator must set it (the page says so until then).
INSERT INTO "site_content" ("key", "data") VALUES ('accessibility', $json${
  "feedbackEmail": null,
  "compliance": "partial",
  "preparedOn": "2026-12-02",
  "reviewedOn": "2026-12-02",
  "shortcomings": [
    {
      "fi": "Organisaatioiden itse lataamien logojen tekstivastine on yleinen (”Organisaation X logo”). Jos logossa on tekstiä, sitä ei ole kirjoitettu tekstivastineeseen. (WCAG 1.1.1)",
      "sv": "Logotyper som organisationerna själva laddat upp har en allmän textmotsvarighet (”Organisationen X:s logotyp”). Text i logotypen återges inte. (WCAG 1.1.1)",
      "en": "Logos uploaded by organisations have a generic text alternative (“Logo of organisation X”). Text inside a logo is not repeated in it. (WCAG 1.1.1)"
    },
    {
      "fi": "Organisaatioiden omat kuvaukset voivat olla vain yhdellä kielellä, eivätkä ne aina ole selkeää yleiskieltä. Toisella kielellä näytetty teksti on merkitty oikealla kielikoodilla.",
      "sv": "Organisationernas egna beskrivningar kan finnas på endast ett språk och är inte alltid skrivna på klarspråk. Text som visas på ett annat språk är märkt med rätt språkkod.",
      "en": "Descriptions written by organisations may exist in one language only and are not always in plain language. Text shown in another language is marked with the right language code."
    },
    {
      "fi": "Rajapinnan dokumentaatio (/api/docs) on ulkopuolisen ohjelmiston (Swagger UI) tuottama, eikä sitä ole vielä tarkistettu samoin kuin palvelun muita sivuja.",
      "sv": "API-dokumentationen (/api/docs) skapas av ett externt program (Swagger UI) och har ännu inte granskats på samma sätt som tjänstens övriga sidor.",
      "en": "The API documentation (/api/docs) is produced by third-party software (Swagger UI) and has not yet been checked like the other pages of the service."
    },
    {
      "fi": "Palvelua ei ole vielä testattu ruudunlukuohjelmilla eikä sen käyttäjien kanssa.",
      "sv": "Tjänsten har ännu inte testats med skärmläsare eller tillsammans med användare.",
      "en": "The service has not yet been tested with screen readers or with its users."
    }
  ],
  "authority": {
    "name": {
      "fi": "Liikenne- ja viestintävirasto Traficom",
      "sv": "Transport- och kommunikationsverket Traficom",
      "en": "Finnish Transport and Communications Agency Traficom"
    },
    "unit": {
      "fi": "Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö",
      "sv": "Enheten för tillsyn över digital tillgänglighet",
      "en": "Digital Accessibility Supervision Unit"
    },
    "url": {
      "fi": "https://www.saavutettavuusvaatimukset.fi/",
      "sv": "https://www.tillganglighetskrav.fi/",
      "en": "https://www.webaccessibility.fi/"
    },
    "email": "saavutettavuus@traficom.fi",
    "phone": "029 534 5000"
  }
}$json$::jsonb);
--> statement-breakpoint
-- Defaults of the about page: demo data from public sources (shared/reference/programme.md), to be
-- replaced by the programme's own texts. Regional contacts are left for the programme to enter.
INSERT INTO "site_content" ("key", "data") VALUES ('about', $json${
  "intro": {
    "fi": "Kudos on yhteiskunnallisen yrittäjyyden ja yhteisötalouden kansallisen koordinaatio-ohjelman verkkopalvelu. Ohjelmaa toteuttaa 11 organisaation verkosto, ja se on Euroopan sosiaalirahasto plus -hanke (ESR+, 2023–2027).",
    "sv": "Kudos är webbtjänsten för det nationella samordningsprogrammet för socialt företagande och social ekonomi. Programmet genomförs av ett nätverk av 11 organisationer och är ett projekt inom Europeiska socialfonden plus (ESF+, 2023–2027).",
    "en": "Kudos is the online service of Finland's national coordination programme for social entrepreneurship and the social economy. A network of 11 organisations runs the programme, a European Social Fund Plus project (ESF+, 2023–2027)."
  },
  "organisations": [
    { "name": { "fi": "Silta-Valmennusyhdistys ry", "sv": null, "en": null }, "role": "coordinator", "url": null },
    { "name": { "fi": "Terveyden ja hyvinvoinnin laitos THL", "sv": "Institutet för hälsa och välfärd THL", "en": "Finnish Institute for Health and Welfare THL" }, "role": "partner", "url": null },
    { "name": { "fi": "LUT-yliopisto", "sv": null, "en": "LUT University" }, "role": "partner", "url": null },
    { "name": { "fi": "Diakonia-ammattikorkeakoulu Diak", "sv": null, "en": "Diaconia University of Applied Sciences Diak" }, "role": "partner", "url": null },
    { "name": { "fi": "Live-säätiö", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "Kuntoutussäätiö", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "Vates-säätiö", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "Pellervo", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "Pääkaupunkiseudun Kierrätyskeskus", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "Valo-Valmennusyhdistys", "sv": null, "en": null }, "role": "partner", "url": null },
    { "name": { "fi": "ARVO ry", "sv": null, "en": null }, "role": "partner", "url": null }
  ],
  "contact": { "email": null, "phone": null, "address": null },
  "regionalContacts": []
}$json$::jsonb);
