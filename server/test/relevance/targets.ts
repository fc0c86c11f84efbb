import type { z } from 'zod';
import type { createOrganisationBodySchema } from '../../../common/schemas/organisations.js';

/** The body `POST /api/v1/organisations` accepts. */
export type OrgInput = z.input<typeof createOrganisationBodySchema>;
