import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api-client.js';
import { bodyOf, checkNetwork, emptyNetworkValues, serverProblems } from './form-values.js';

describe('the network form', () => {
  it('asks for the Finnish name and the kind, and checks the formats', () => {
    const values = { ...emptyNetworkValues(), website: 'www', contactEmail: 'ei osoite' };
    expect(checkNetwork(values)).toEqual({
      'name.fi': 'titleRequired',
      kind: 'kindRequired',
      website: 'websiteFormat',
      'contact.email': 'emailFormat',
    });
  });

  it('sends empty texts as none, and no contact when none is given', () => {
    const values = { ...emptyNetworkValues(), nameFi: ' Verkosto ', kind: 'regional' as const };
    expect(bodyOf(values)).toEqual({
      name: { fi: 'Verkosto', sv: null, en: null },
      description: { fi: null, sv: null, en: null },
      kind: 'regional',
      regions: [],
      website: null,
      contact: null,
    });
    expect(bodyOf({ ...values, contactEmail: 'a@b.fi' }).contact).toEqual({
      name: null,
      email: 'a@b.fi',
      public: false,
    });
  });

  it('shows the API’s field problems beside their fields', () => {
    const error = new ApiError(400, 'invalid_request', 'message', {
      fields: [
        { path: 'regions.0', code: 'unknown_region', message: '99' },
        { path: 'contact.email', code: 'invalid_format', message: 'x' },
      ],
    });
    expect(serverProblems(error)).toEqual({
      regions: 'checkField',
      'contact.email': 'emailFormat',
    });
    expect(serverProblems(new ApiError(409, 'version_conflict', 'message'))).toBeUndefined();
  });
});
