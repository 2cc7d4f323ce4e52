import { describe, expect, it } from 'vitest';

import { safeHref } from './safeHref';

describe('safeHref', () => {
  it('links https and ipfs URIs', () => {
    expect(safeHref('https://example.org/card.json')).toBe('https://example.org/card.json');
    expect(safeHref('ipfs://bafkreiabc')).toBe('https://ipfs.io/ipfs/bafkreiabc');
    expect(safeHref('ipfs://ipfs/QmXyz/card.json')).toBe('https://ipfs.io/ipfs/QmXyz/card.json');
  });

  it('refuses every other scheme and malformed input', () => {
    for (const uri of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'http://example.org',
      '/relative',
      'ipfs://"><script>',
      '',
    ]) {
      expect(safeHref(uri)).toBeNull();
    }
  });
});
