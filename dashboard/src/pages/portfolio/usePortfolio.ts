import { useQuery } from '@apollo/client/react';

import { PortfolioDocument, VaultYieldDocument } from './portfolio.generated';

export function usePortfolio(address: string) {
  const portfolio = useQuery(PortfolioDocument, { variables: { account: address }, pollInterval: 15_000 });
  const vaults = portfolio.data?.account?.holdings.map((h) => h.vault.id) ?? [];
  const yieldHistory = useQuery(VaultYieldDocument, { variables: { vaults }, skip: vaults.length === 0 });
  return { portfolio, yieldHistory };
}
