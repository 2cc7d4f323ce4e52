import { Link } from 'react-router';

import { shortAddress } from '../format/address';
import { safeHref } from './safeHref';
import { ChainText } from './ChainText';

export function AddressLink({ address, to = 'creators' }: { address: string; to?: 'creators' | 'portfolio' }) {
  return (
    <Link
      to={`/${to}/${address}`}
      title={address}
      className="font-mono text-xs text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300"
    >
      {shortAddress(address)}
    </Link>
  );
}

/** A model's on-chain name is untrusted: rendered as isolated text, truncated, never as markup. */
export function ModelLink({ id, name }: { id: string; name: string }) {
  return (
    <Link
      to={`/models/${id}`}
      className="inline-block max-w-[24ch] truncate align-bottom text-indigo-700 hover:underline dark:text-indigo-300"
      title={name}
    >
      <bdi>{name}</bdi>
    </Link>
  );
}

/** Untrusted URI: a link only for https: and ipfs:, otherwise plain text; one line, in full in its title. */
export function SafeUri({ uri }: { uri: string }) {
  const href = safeHref(uri);
  const text = <ChainText text={uri} />;
  if (!href) return <span data-testid="unlinked-uri">{text}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow" className="text-indigo-700 hover:underline dark:text-indigo-300">
      {text}
    </a>
  );
}

export function TxLink({ hash, block }: { hash: string; block?: string }) {
  return (
    <span className="font-mono text-xs" title={hash}>
      {shortAddress(hash)}
      {block !== undefined && <span className="text-slate-500 dark:text-slate-400"> #{block}</span>}
    </span>
  );
}
