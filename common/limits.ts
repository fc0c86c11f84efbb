/** Limits shared by the server and the web app, in one place. */
export const limits = {
  /** Largest request body accepted by default, in bytes (1 MiB). Larger → 413. */
  bodyBytes: 1024 * 1024,
  /** Most postal codes in one batch lookup. */
  postalCodeBatch: 1000,
} as const;
