import { DataSourceContext } from '@graphprotocol/graph-ts';

import { ModelFractionalized } from '../../../generated/ShareVaultFactory/ShareVaultFactory';
import { ShareVault } from '../../../generated/schema';
import { ShareVault as ShareVaultTemplate, VaultGovernor as VaultGovernorTemplate } from '../../../generated/templates';
import { loadModel } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { getOrCreateHolding, setHoldingBalance } from '../../entities/vault';

export function handleModelFractionalized(event: ModelFractionalized): void {
  const model = loadModel(event.params.modelId);
  const vault = new ShareVault(event.params.vault);
  vault.model = model.id;
  vault.governor = event.params.governor;
  vault.timelock = event.params.timelock;
  vault.name = event.params.name;
  vault.symbol = event.params.symbol;
  vault.totalSupply = event.params.supply;
  vault.holderCount = 0;
  vault.currencies = [];
  vault.createdAt = event.block.timestamp;
  vault.createdAtBlock = event.block.number;
  // The vault minted every share to the former owner while it was set up; the mint's Transfer is not counted again.
  setHoldingBalance(vault, getOrCreateHolding(vault, event.params.owner), event.params.supply);
  vault.save();

  model.vault = vault.id;
  model.save();
  const protocol = getOrCreateProtocol();
  protocol.vaultCount += 1;
  protocol.save();

  ShareVaultTemplate.create(event.params.vault);
  const context = new DataSourceContext();
  context.setBytes('vault', event.params.vault);
  context.setString('model', model.id);
  VaultGovernorTemplate.createWithContext(event.params.governor, context);
}
