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
    fi: 'Sisällön muotoa ei tueta. Lähetä JSON-muodossa.',
    sv: 'Innehållets format stöds inte. Skicka JSON.',
    en: 'The content type is not supported. Send JSON.',
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
