import { describe, expect, it } from 'vitest';
import { embedAddress, iframeCode } from './embed-code.js';

describe('the code that embeds a page in another site', () => {
  it('frames the embed page by its full address, with a title', () => {
    const address = embedAddress(
      '/fi/upotus/organisaatiot?theme=culture&region=01',
      'https://kudos.fi',
    );
    expect(address).toBe('https://kudos.fi/fi/upotus/organisaatiot?theme=culture&region=01');
    expect(iframeCode(address, 'Organisaatiot – Kudos')).toBe(
      '<iframe src="https://kudos.fi/fi/upotus/organisaatiot?theme=culture&amp;region=01" title="Organisaatiot – Kudos" width="100%" height="800" style="border: 0" loading="lazy"></iframe>',
    );
  });

  it('keeps a hostile search inside its attributes', () => {
    const address = embedAddress(
      '/fi/upotus/organisaatiot?q="><script>alert(1)</script>',
      'https://kudos.fi',
    );
    expect(address).not.toMatch(/["<>]/);
    const code = iframeCode(address, 'Verkosto "><img src=x onerror=alert(1)>');
    expect(code).not.toContain('<script');
    expect(code).not.toContain('<img');
    expect(code).toContain('title="Verkosto &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    // One element and nothing after it: the attributes were not ended early.
    expect(code.match(/</g)).toHaveLength(2);
  });
});
