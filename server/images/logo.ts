/**
 * Logos of the registry's records (organisations, projects): the image types taken, the check of
 * a file by its own bytes, and how one is served (only as that type, never active content).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { organisationLimits } from '../../common/organisation-fields.js';
import { AppError } from '../errors.js';

/** Most bytes a logo may have (the same for every record). */
export const logoBytesLimit = organisationLimits.logoBytes;

export const logoContentTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * The image type from the file's own signature, whatever the client declared: PNG, JPEG and WebP
 * only. SVG is refused because it can carry script.
 */
export function sniffImage(bytes: Buffer): (typeof logoContentTypes)[number] | undefined {
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'image/webp';
  }
  return undefined;
}

/** The image's type by its bytes and its hash; 400 image_invalid for anything else. */
export function checkedImage(bytes: Buffer) {
  const contentType = sniffImage(bytes);
  if (!contentType) throw new AppError('image_invalid');
  return { contentType, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Lets the plugin's routes take logos as their raw body; other types are 415. */
export function acceptLogos(app: FastifyInstance): void {
  app.addContentTypeParser(
    [...logoContentTypes],
    { parseAs: 'buffer', bodyLimit: logoBytesLimit },
    (_req, body, done) => done(null, body),
  );
}

/** The uploaded image of a request (415 when it came as something else). */
export function imageBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new AppError('unsupported_media_type');
  return body;
}

/** Serves a stored logo only as the type its bytes were checked to be, never sniffed or run. */
export function sendLogo(
  reply: FastifyReply,
  logo: { contentType: string; sha256: string; bytes: Buffer },
) {
  return reply
    .type(logo.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('content-disposition', 'inline; filename="logo"')
    .header('cache-control', 'public, max-age=86400')
    .header('etag', `"${logo.sha256.slice(0, 32)}"`)
    .send(logo.bytes);
}
