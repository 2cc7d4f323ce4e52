/**
 * URIs read from the chain are untrusted. Only https: and ipfs: become links (ipfs: through a public gateway);
 * anything else (javascript:, data:, http:, relative paths) is shown as text only.
 */
const IPFS_GATEWAY = 'https://ipfs.io/ipfs/';

export function safeHref(uri: string): string | null {
  const trimmed = uri.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:') return parsed.href;
  if (parsed.protocol === 'ipfs:') {
    const path = trimmed.slice('ipfs://'.length).replace(/^ipfs\//, '');
    return /^[A-Za-z0-9]+(\/[\w.\-/]*)?$/.test(path) ? `${IPFS_GATEWAY}${path}` : null;
  }
  return null;
}
