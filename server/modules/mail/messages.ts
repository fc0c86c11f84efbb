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
} as const satisfies Record<string, Record<Lang, { subject: string; body: string }>>;

export type MailMessageId = keyof typeof mailMessages;
