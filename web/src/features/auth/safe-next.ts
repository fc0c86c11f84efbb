/**
 * The page to go to after logging in, from `?next=`: only a path of this site, so that a crafted
 * login link cannot send the reader elsewhere (an open redirect). Anything else → undefined.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  // Control characters and backslashes could be read as another host by some browsers.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  if (/[\u0000-\u001f\\]/.test(next)) return undefined;
  try {
    const base = 'https://kudos.invalid';
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : undefined;
  } catch {
    return undefined;
  }
}
