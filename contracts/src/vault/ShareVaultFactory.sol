// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

import {ILicenseMarket} from "../interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "../interfaces/IModelRegistry.sol";
import {IShareVaultFactory} from "../interfaces/IShareVaultFactory.sol";
import {ShareTerms} from "../types/Shares.sol";
import {SplitRecipient} from "../types/Split.sol";
import {ShareVault} from "./ShareVault.sol";
import {VaultGovernor} from "./VaultGovernor.sol";

/// @title ShareVaultFactory
/// @notice Fractionalises models into {ShareVault}s governed by {VaultGovernor}s, both EIP-1167 clones.
/// @dev Needs `VAULT_FACTORY_ROLE` on the market. Governance settings are fixed at deployment for every vault; the
/// proposal threshold is 1 % of each vault's supply.
contract ShareVaultFactory is IShareVaultFactory {
    /// @notice Percentage of the supply a proposal must gather (for or abstain) to pass.
    uint256 public constant QUORUM_PERCENT = 20;

    IModelRegistry private immutable _registry;
    ILicenseMarket private immutable _market;
    address private immutable _vaultImplementation;
    address private immutable _governorImplementation;
    uint48 private immutable _votingDelay;
    uint32 private immutable _votingPeriod;

    mapping(uint256 modelId => address) private _vaults;

    /// @param registry_ Model registry.
    /// @param market_ License market.
    /// @param vaultImplementation {ShareVault} implementation to clone.
    /// @param governorImplementation {VaultGovernor} implementation to clone.
    /// @param votingDelay_ Seconds between a proposal and its vote.
    /// @param votingPeriod_ Seconds a vote lasts.
    constructor(
        IModelRegistry registry_,
        ILicenseMarket market_,
        address vaultImplementation,
        address governorImplementation,
        uint48 votingDelay_,
        uint32 votingPeriod_
    ) {
        _registry = registry_;
        _market = market_;
        _vaultImplementation = vaultImplementation;
        _governorImplementation = governorImplementation;
        _votingDelay = votingDelay_;
        _votingPeriod = votingPeriod_;
    }

    /// @inheritdoc IShareVaultFactory
    function fractionalize(uint256 modelId, ShareTerms calldata shares, SplitRecipient[] calldata split)
        external
        returns (address vault, address governor)
    {
        if (!_registry.isAuthorized(modelId, msg.sender)) {
            revert ShareVaultFactoryUnauthorized(modelId, msg.sender);
        }
        if (shares.supply == 0) revert ShareVaultFactoryZeroSupply();
        address owner = _registry.ownerOf(modelId);

        vault = Clones.clone(_vaultImplementation);
        governor = Clones.clone(_governorImplementation);
        _vaults[modelId] = vault;

        _market.registerShareVault(vault);
        _registry.transferFrom(owner, vault, modelId);
        VaultGovernor(payable(governor))
            .initialize(
                IVotes(vault),
                string.concat(shares.name, " Governor"),
                _votingDelay,
                _votingPeriod,
                shares.supply / 100,
                QUORUM_PERCENT
            );
        ShareVault(payable(vault)).initialize(shares, owner, modelId, governor, split);
        emit ModelFractionalized(modelId, vault, governor, owner, shares.name, shares.symbol, shares.supply);
    }

    /// @inheritdoc IShareVaultFactory
    function vaultOf(uint256 modelId) external view returns (address) {
        return _vaults[modelId];
    }
}
