import type { Lang } from '../../../common/languages.js';

/** The e-mails Kudos sends, in the recipient's language. `{link}` and `{name}` are filled in. */
export const mailMessages = {
  verifyEmail: {
    fi: {
      subject: 'Vahvista sähköpostiosoitteesi – Kudos',
      body: 'Hei {name},\n\nvahvista sähköpostiosoitteesi Kudos-palveluun avaamalla tämä linkki 24 tunnin kuluessa:\n\n{link}\n\nJos et luonut tiliä, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: 'Bekräfta din e-postadress – Kudos',
      body: 'Hej {name},\n\nbekräfta din e-postadress för Kudos genom att öppna den här länken inom 24 timmar:\n\n{link}\n\nOm du inte skapade något konto kan du bortse från meddelandet.',
    },
    en: {
      subject: 'Confirm your e-mail address – Kudos',
      body: 'Hello {name},\n\nplease confirm your e-mail address for Kudos by opening this link within 24 hours:\n\n{link}\n\nIf you did not create an account, you can ignore this message.',
    },
  },
  resetPassword: {
    fi: {
      subject: 'Salasanan vaihto – Kudos',
      body: 'Hei {name},\n\nvoit valita uuden salasanan tästä linkistä tunnin ajan:\n\n{link}\n\nJos et pyytänyt salasanan vaihtoa, voit jättää tämän viestin huomiotta; salasanasi pysyy ennallaan.',
    },
    sv: {
      subject: 'Byte av lösenord – Kudos',
      body: 'Hej {name},\n\ndu kan välja ett nytt lösenord via den här länken under en timme:\n\n{link}\n\nOm du inte bad om att byta lösenord kan du bortse från meddelandet; ditt lösenord förblir oförändrat.',
    },
    en: {
      subject: 'Resetting your password – Kudos',
      body: 'Hello {name},\n\nyou can choose a new password with this link for one hour:\n\n{link}\n\nIf you did not ask for this, you can ignore this message; your password stays as it is.',
    },
  },
  alreadyRegistered: {
    fi: {
      subject: 'Sinulla on jo Kudos-tili',
      body: 'Hei {name},\n\njoku yritti luoda Kudos-tilin tällä sähköpostiosoitteella, mutta sinulla on jo tili. Jos unohdit salasanasi, voit valita uuden tästä linkistä tunnin ajan:\n\n{link}\n\nJos et itse yrittänyt rekisteröityä, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: 'Du har redan ett konto i Kudos',
      body: 'Hej {name},\n\nnågon försökte skapa ett Kudos-konto med den här e-postadressen, men du har redan ett konto. Om du har glömt ditt lösenord kan du välja ett nytt via den här länken under en timme:\n\n{link}\n\nOm det inte var du kan du bortse från meddelandet.',
    },
    en: {
      subject: 'You already have a Kudos account',
      body: 'Hello {name},\n\nsomeone tried to create a Kudos account with this e-mail address, but you already have one. If you forgot your password, you can choose a new one with this link for one hour:\n\n{link}\n\nIf this was not you, you can ignore this message.',
    },
  },
  confirmNewEmail: {
    fi: {
      subject: 'Vahvista uusi sähköpostiosoitteesi – Kudos',
      body: 'Hei {name},\n\nvahvista, että haluat käyttää tätä osoitetta Kudos-tililläsi, avaamalla tämä linkki 24 tunnin kuluessa:\n\n{link}\n\nJos et pyytänyt muutosta, voit jättää tämän viestin huomiotta.',
    },
    sv: {
      subject: 'Bekräfta din nya e-postadress – Kudos',
      body: 'Hej {name},\n\nbekräfta att du vill använda den här adressen för ditt Kudos-konto genom att öppna länken inom 24 timmar:\n\n{link}\n\nOm du inte bad om ändringen kan du bortse från meddelandet.',
    },
    en: {
      subject: 'Confirm your new e-mail address – Kudos',
      body: 'Hello {name},\n\nplease confirm that you want to use this address for your Kudos account by opening this link within 24 hours:\n\n{link}\n\nIf you did not ask for this change, you can ignore this message.',
    },
  },
  emailChanged: {
    fi: {
      subject: 'Kudos-tilisi sähköpostiosoite vaihdettiin',
      body: 'Hei {name},\n\ntilisi sähköpostiosoitteeksi vaihdettiin {link}. Jos et tehnyt muutosta itse, ota heti yhteyttä palvelun ylläpitoon.',
    },
    sv: {
      subject: 'E-postadressen för ditt Kudos-konto har ändrats',
      body: 'Hej {name},\n\nditt kontos e-postadress ändrades till {link}. Om det inte var du, kontakta genast tjänstens administratörer.',
    },
    en: {
      subject: 'The e-mail address of your Kudos account was changed',
      body: "Hello {name},\n\nyour account's e-mail address was changed to {link}. If you did not do this, contact the administrators at once.",
    },
  },
  proposalApproved: {
    fi: {
      subject: 'Ehdottamasi organisaatio on julkaistu – Kudos',
      body: 'Hei {name},\n\nehdottamasi organisaatio {organisation} on hyväksytty ja julkaistu Kudoksessa. Voit muokata sen tietoja ja kutsua muita edustajia:\n\n{link}',
    },
    sv: {
      subject: 'Organisationen du föreslog har publicerats – Kudos',
      body: 'Hej {name},\n\norganisationen {organisation} som du föreslog har godkänts och publicerats i Kudos. Du kan redigera dess uppgifter och bjuda in andra representanter:\n\n{link}',
    },
    en: {
      subject: 'The organisation you proposed is published – Kudos',
      body: 'Hello {name},\n\nthe organisation {organisation} that you proposed has been approved and published in Kudos. You can edit its details and invite other representatives:\n\n{link}',
    },
  },
  proposalRejected: {
    fi: {
      subject: 'Ehdottamaasi organisaatiota ei julkaistu – Kudos',
      body: 'Hei {name},\n\nehdottamaasi organisaatiota {organisation} ei julkaistu. Perustelu:\n\n{reason}\n\nVoit katsoa ehdotuksesi täältä:\n\n{link}',
    },
    sv: {
      subject: 'Organisationen du föreslog publicerades inte – Kudos',
      body: 'Hej {name},\n\norganisationen {organisation} som du föreslog publicerades inte. Motivering:\n\n{reason}\n\nDu kan se ditt förslag här:\n\n{link}',
    },
    en: {
      subject: 'The organisation you proposed was not published – Kudos',
      body: 'Hello {name},\n\nthe organisation {organisation} that you proposed was not published. The reason:\n\n{reason}\n\nYou can see your proposal here:\n\n{link}',
    },
  },
  projectApproved: {
    fi: {
      subject: 'Ehdottamasi hanke on julkaistu – Kudos',
      body: 'Hei {name},\n\nehdottamasi hanke {project} on hyväksytty ja julkaistu Kudoksessa. Hankkeen vetäjäorganisaation edustajat voivat muokata sen tietoja:\n\n{link}',
    },
    sv: {
      subject: 'Projektet du föreslog har publicerats – Kudos',
      body: 'Hej {name},\n\nprojektet {project} som du föreslog har godkänts och publicerats i Kudos. Representanterna för den ledande organisationen kan redigera dess uppgifter:\n\n{link}',
    },
    en: {
      subject: 'The project you proposed is published – Kudos',
      body: 'Hello {name},\n\nthe project {project} that you proposed has been approved and published in Kudos. The representatives of its lead organisation can edit its details:\n\n{link}',
    },
  },
  projectRejected: {
    fi: {
      subject: 'Ehdottamaasi hanketta ei julkaistu – Kudos',
      body: 'Hei {name},\n\nehdottamaasi hanketta {project} ei julkaistu. Perustelu:\n\n{reason}\n\nVoit katsoa ehdotuksesi täältä:\n\n{link}',
    },
    sv: {
      subject: 'Projektet du föreslog publicerades inte – Kudos',
      body: 'Hej {name},\n\nprojektet {project} som du föreslog publicerades inte. Motivering:\n\n{reason}\n\nDu kan se ditt förslag här:\n\n{link}',
    },
    en: {
      subject: 'The project you proposed was not published – Kudos',
      body: 'Hello {name},\n\nthe project {project} that you proposed was not published. The reason:\n\n{reason}\n\nYou can see your proposal here:\n\n{link}',
    },
  },
  projectEnded: {
    fi: {
      subject: 'Onko hanke {project} päättynyt? – Kudos',
      body: 'Hei {name},\n\nhankkeen {project} päättymispäivä on mennyt, mutta se on Kudoksessa yhä merkitty käynnissä olevaksi. Jos hanke on päättynyt, merkitse sen tila päättyneeksi; jos se jatkuu, päivitä päättymispäivä:\n\n{link}',
    },
    sv: {
      subject: 'Har projektet {project} avslutats? – Kudos',
      body: 'Hej {name},\n\nslutdatumet för projektet {project} har passerats, men i Kudos är det fortfarande markerat som pågående. Om projektet har avslutats, ändra dess läge till avslutat; om det fortsätter, uppdatera slutdatumet:\n\n{link}',
    },
    en: {
      subject: 'Has the project {project} ended? – Kudos',
      body: 'Hello {name},\n\nthe end date of the project {project} has passed, but Kudos still shows it as running. If it has ended, mark it as ended; if it goes on, update its end date:\n\n{link}',
    },
  },
  representApproved: {
    fi: {
      subject: 'Edustat nyt organisaatiota {organisation} – Kudos',
      body: 'Hei {name},\n\npyyntösi edustaa organisaatiota {organisation} on hyväksytty. Voit nyt muokata sen tietoja:\n\n{link}',
    },
    sv: {
      subject: 'Du representerar nu {organisation} – Kudos',
      body: 'Hej {name},\n\ndin begäran att representera {organisation} har godkänts. Du kan nu redigera dess uppgifter:\n\n{link}',
    },
    en: {
      subject: 'You now represent {organisation} – Kudos',
      body: 'Hello {name},\n\nyour request to represent {organisation} has been approved. You can now edit its details:\n\n{link}',
    },
  },
  representRejected: {
    fi: {
      subject: 'Edustuspyyntöäsi ei hyväksytty – Kudos',
      body: 'Hei {name},\n\npyyntöäsi edustaa organisaatiota {organisation} ei hyväksytty. Perustelu:\n\n{reason}\n\n{link}',
    },
    sv: {
      subject: 'Din begäran att representera godkändes inte – Kudos',
      body: 'Hej {name},\n\ndin begäran att representera {organisation} godkändes inte. Motivering:\n\n{reason}\n\n{link}',
    },
    en: {
      subject: 'Your request to represent was not approved – Kudos',
      body: 'Hello {name},\n\nyour request to represent {organisation} was not approved. The reason:\n\n{reason}\n\n{link}',
    },
  },
  organisationInvitation: {
    fi: {
      subject: 'Kutsu edustamaan organisaatiota {organisation} – Kudos',
      body: 'Hei,\n\n{name} kutsui sinut edustamaan organisaatiota {organisation} Kudoksessa. Hyväksy kutsu 14 päivän kuluessa kirjautumalla ja avaamalla tämä linkki:\n\n{link}\n\nJos et odottanut kutsua, voit jättää viestin huomiotta.',
    },
    sv: {
      subject: 'Inbjudan att representera {organisation} – Kudos',
      body: 'Hej,\n\n{name} bjöd in dig att representera {organisation} i Kudos. Godkänn inbjudan inom 14 dagar genom att logga in och öppna den här länken:\n\n{link}\n\nOm du inte väntade dig inbjudan kan du bortse från meddelandet.',
    },
    en: {
      subject: 'Invitation to represent {organisation} – Kudos',
      body: 'Hello,\n\n{name} invited you to represent {organisation} in Kudos. Accept within 14 days by logging in and opening this link:\n\n{link}\n\nIf you did not expect this, you can ignore this message.',
    },
  },
  freshnessReminder: {
    fi: {
      subject: 'Ovatko organisaation {organisation} tiedot ajan tasalla? – Kudos',
      body: 'Hei {name},\n\norganisaation {organisation} tiedot vahvistettiin viimeksi yli vuosi sitten. Jos ne pitävät yhä paikkansa, vahvista ne yhdellä napsautuksella (linkki on voimassa 30 päivää):\n\n{link}\n\nJos jotain on muuttunut, päivitä tiedot Kudoksessa.',
    },
    sv: {
      subject: 'Stämmer uppgifterna om {organisation}? – Kudos',
      body: 'Hej {name},\n\nuppgifterna om {organisation} bekräftades senast för över ett år sedan. Om de fortfarande stämmer kan du bekräfta dem med ett klick (länken gäller i 30 dagar):\n\n{link}\n\nOm något har ändrats, uppdatera uppgifterna i Kudos.',
    },
    en: {
      subject: 'Are the details of {organisation} up to date? – Kudos',
      body: 'Hello {name},\n\nthe details of {organisation} were last confirmed over a year ago. If they are still correct, confirm them with one click (the link works for 30 days):\n\n{link}\n\nIf something has changed, please update the details in Kudos.',
    },
  },
  surveyInvitation: {
    fi: {
      subject: '{round}: kysely organisaatiolle {organisation} – Kudos',
      body: 'Hei,\n\nkutsumme organisaation {organisation} vastaamaan kyselyyn {round}. Vastauksista tehdään tilastoja, joista yksittäistä organisaatiota ei voi tunnistaa. Vastaaminen vie noin {minutes} minuuttia; vastaukset tallentuvat sitä mukaa, joten voit jatkaa myöhemmin samasta linkistä. Vastausaikaa on {closes} asti.\n\n{link}\n\nLinkki on organisaatiosi oma: älä jaa sitä organisaation ulkopuolelle. Jos viesti tuli väärälle henkilölle, voit jättää sen huomiotta.',
    },
    sv: {
      subject: '{round}: enkät till {organisation} – Kudos',
      body: 'Hej,\n\nvi bjuder in {organisation} att svara på enkäten {round}. Svaren används för statistik där ingen enskild organisation kan identifieras. Det tar cirka {minutes} minuter att svara; svaren sparas medan du svarar, så du kan fortsätta senare via samma länk. Du kan svara till och med {closes}.\n\n{link}\n\nLänken är din organisations egen: dela den inte utanför organisationen. Om meddelandet kom till fel person kan du bortse från det.',
    },
    en: {
      subject: '{round}: a survey for {organisation} – Kudos',
      body: 'Hello,\n\nwe invite {organisation} to answer the survey {round}. The answers are used for statistics in which no single organisation can be identified. Answering takes about {minutes} minutes; your answers are saved as you go, so you can continue later from the same link. You can answer until {closes}.\n\n{link}\n\nThe link belongs to your organisation: do not share it outside it. If this message reached the wrong person, you can ignore it.',
    },
  },
  surveyReminder: {
    fi: {
      subject: 'Muistutus: {round}, kysely organisaatiolle {organisation} – Kudos',
      body: 'Hei,\n\norganisaation {organisation} vastaus kyselyyn {round} puuttuu vielä. Vastausaikaa on {closes} asti; vastaaminen vie noin {minutes} minuuttia, ja jo tallennetut vastaukset ovat tallessa. Jatka tästä linkistä (myös aiempi linkki toimii):\n\n{link}\n\nVastauksista tehdään tilastoja, joista yksittäistä organisaatiota ei voi tunnistaa. Jos organisaationne on jo vastannut, voit jättää viestin huomiotta.',
    },
    sv: {
      subject: 'Påminnelse: {round}, enkät till {organisation} – Kudos',
      body: 'Hej,\n\nsvaret från {organisation} på enkäten {round} saknas ännu. Du kan svara till och med {closes}; det tar cirka {minutes} minuter, och svar som redan sparats finns kvar. Fortsätt via den här länken (också den tidigare länken fungerar):\n\n{link}\n\nSvaren används för statistik där ingen enskild organisation kan identifieras. Om er organisation redan har svarat kan du bortse från meddelandet.',
    },
    en: {
      subject: 'Reminder: {round}, a survey for {organisation} – Kudos',
      body: 'Hello,\n\nthe answer of {organisation} to the survey {round} is still missing. You can answer until {closes}; it takes about {minutes} minutes, and answers already saved are kept. Continue from this link (the earlier link works too):\n\n{link}\n\nThe answers are used for statistics in which no single organisation can be identified. If your organisation has already answered, you can ignore this message.',
    },
  },
  surveyPublicInvitation: {
    fi: {
      subject: 'Kysely: {round} – Kudos',
      body: 'Hei,\n\nkutsumme sinut vastaamaan kyselyyn {round}. Vastaaminen vie noin {minutes} minuuttia, ja vastata voi {closes} asti.\n\n{link}\n\nVastaukset ovat nimettömiä: osoitettasi ei liitetä niihin. Sait viestin, koska kyselyn järjestäjä lähetti sen tähän osoitteeseen; jos viesti tuli väärälle henkilölle, voit jättää sen huomiotta.',
    },
    sv: {
      subject: 'Enkät: {round} – Kudos',
      body: 'Hej,\n\nvi bjuder in dig att svara på enkäten {round}. Det tar cirka {minutes} minuter att svara, och du kan svara till och med {closes}.\n\n{link}\n\nSvaren är anonyma: din adress kopplas inte till dem. Du fick meddelandet eftersom enkätens arrangör skickade det till den här adressen; om det kom till fel person kan du bortse från det.',
    },
    en: {
      subject: 'Survey: {round} – Kudos',
      body: 'Hello,\n\nwe invite you to answer the survey {round}. It takes about {minutes} minutes, and you can answer until {closes}.\n\n{link}\n\nThe answers are anonymous: your address is not linked to them. You received this because the survey’s organiser sent it to this address; if it reached the wrong person, you can ignore it.',
    },
  },
} as const satisfies Record<string, Record<Lang, { subject: string; body: string }>>;

export type MailMessageId = keyof typeof mailMessages;
