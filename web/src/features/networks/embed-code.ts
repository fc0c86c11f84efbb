import escapeHtml from 'escape-html';

/** The height another site gives the frame; the page inside scrolls when it needs more. */
const frameHeight = 800;

/**
 * The address of an embed page on this site, with whatever its path and query hold encoded as an
 * address needs (the URL parser percent-encodes quotes, angle brackets and spaces).
 */
export function embedAddress(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/**
 * The HTML another site pastes to show an embed page: an <iframe> with a title for screen readers.
 * Both attributes are escaped, so that nothing in a search (`"`, `&`, `<`) can end them.
 */
export function iframeCode(address: string, title: string): string {
  return `<iframe src="${escapeHtml(address)}" title="${escapeHtml(title)}" width="100%" height="${frameHeight}" style="border: 0" loading="lazy"></iframe>`;
}
