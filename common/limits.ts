/** Limits shared by the server and the web app, in one place. */
export const limits = {
  /** Largest request body accepted by default, in bytes (1 MiB). Larger → 413. */
  bodyBytes: 1024 * 1024,
  /** Most postal codes in one batch lookup. */
  postalCodeBatch: 1000,
  /** Passwords: at least 12 characters (NIST SP 800-63B §3.1.1.2 allows no composition rules). */
  passwordMinLength: 12,
  /** Long enough for any passphrase, short enough that hashing cannot be abused. */
  passwordMaxLength: 256,
  emailMaxLength: 254,
  nameMaxLength: 120,
  tokenNameMaxLength: 80,
  pageSize: 50,
  /** Most data rows one organisation import takes. */
  importRows: 100_000,
  /** Largest import file, in bytes (64 MiB: 100 000 rows with long descriptions fit). */
  importBytes: 64 * 1024 * 1024,
  /**
   * E-mails per hour to one address that anyone could make Kudos send (sign-up, password reset,
   * e-mail change, invitations): a stranger cannot flood someone's inbox through Kudos.
   */
  mailsPerRecipientPerHour: 5,
  /** Invitations per hour from one organisation, and from one person. */
  invitationsPerOrganisationPerHour: 20,
  invitationsPerUserPerHour: 30,
  /** Personal API tokens one person may create per hour. */
  tokensPerUserPerHour: 20,
} as const;

/**
 * Header a browser request made with the session cookie must carry on every state-changing method
 * (with an Origin of our own): a cross-site form cannot set it. Bearer-token requests are exempt.
 */
export const csrfHeader = 'x-kudos-csrf';
