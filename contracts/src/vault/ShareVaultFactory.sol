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
import {VaultTimelock} from "./VaultTimelock.sol";

/// @title ShareVaultFactory
/// @notice Fractionalises models into {ShareVault}s governed by {VaultGovernor}s through {VaultTimelock}s, all
/// EIP-1167 clones.
/// @dev Needs `VAULT_FACTORY_ROLE` on the market. Governance settings are set at deployment for every vault (each
/// vault's shareholders may change theirs later, within the governor's and timelock's bounds); the proposal threshold
/// is 1 % of each vault's supply.
contract ShareVaultFactory is IShareVaultFactory {
    /// @notice Percentage of the supply a routine proposal must gather (for or abstain) to pass.
    uint256 public constant QUORUM_PERCENT = 20;
    /// @notice Longest share name, in bytes.
    uint256 public constant MAX_NAME_BYTES = 64;
    /// @notice Longest share symbol, in bytes.
    uint256 public constant MAX_SYMBOL_BYTES = 16;

    IModelRegistry private immutable _registry;
    ILicenseMarket private immutable _market;
    address private immutable _vaultImplementation;
    address private immutable _governorImplementation;
    address private immutable _timelockImplementation;
    uint48 private immutable _votingDelay;
    uint32 private immutable _votingPeriod;
    uint256 private immutable _timelockDelay;

    mapping(uint256 modelId => address) private _vaults;

    /// @param registry_ Model registry.
    /// @param market_ License market.
    /// @param vaultImplementation {ShareVault} implementation to clone.
    /// @param governorImplementation {VaultGovernor} implementation to clone.
    /// @param timelockImplementation {VaultTimelock} implementation to clone.
    /// @param settings Voting delay, voting period and timelock delay of every new vault.
    constructor(
        IModelRegistry registry_,
        ILicenseMarket market_,
        address vaultImplementation,
        address governorImplementation,
        address timelockImplementation,
        GovernanceSettings memory settings
    ) {
        _registry = registry_;
        _market = market_;
        _vaultImplementation = vaultImplementation;
        _governorImplementation = governorImplementation;
        _timelockImplementation = timelockImplementation;
        _votingDelay = settings.votingDelay;
        _votingPeriod = settings.votingPeriod;
        _timelockDelay = settings.timelockDelay;
    }

    /// @inheritdoc IShareVaultFactory
    function fractionalize(uint256 modelId, ShareTerms calldata shares, SplitRecipient[] calldata split)
        external
        returns (address vault, address governor, address timelock)
    {
        if (!_registry.isAuthorized(modelId, msg.sender)) {
            revert ShareVaultFactoryUnauthorized(modelId, msg.sender);
        }
        if (shares.supply == 0) revert ShareVaultFactoryZeroSupply();
        _checkShareText(shares);
        address owner = _registry.ownerOf(modelId);

        vault = Clones.clone(_vaultImplementation);
        governor = Clones.clone(_governorImplementation);
        timelock = Clones.clone(_timelockImplementation);
        _vaults[modelId] = vault;

        _market.registerShareVault(vault);
        _registry.transferFrom(owner, vault, modelId);
        _initializeGovernance(vault, governor, timelock, shares);
        ShareVault(payable(vault)).initialize(shares, owner, modelId, governor, timelock, split);
        _emitFractionalized(modelId, [vault, governor, timelock], owner, shares);
    }

    /// @inheritdoc IShareVaultFactory
    function vaultOf(uint256 modelId) external view returns (address) {
        return _vaults[modelId];
    }

    /// @dev `created` is the vault, its governor and its timelock; apart from the caller's frame to keep its stack small.
    function _emitFractionalized(uint256 modelId, address[3] memory created, address owner, ShareTerms calldata shares)
        private
    {
        emit ModelFractionalized(
            modelId, created[0], created[1], created[2], owner, shares.name, shares.symbol, shares.supply
        );
    }

    function _checkShareText(ShareTerms calldata shares) private pure {
        uint256 nameLength = bytes(shares.name).length;
        uint256 symbolLength = bytes(shares.symbol).length;
        if (nameLength == 0 || nameLength > MAX_NAME_BYTES || symbolLength == 0 || symbolLength > MAX_SYMBOL_BYTES) {
            revert ShareVaultFactoryInvalidShareText(nameLength, symbolLength);
        }
    }

    /// @dev The timelock takes proposals and cancellations from the governor alone, runs them for anyone once their
    /// delay has passed, and has no admin but itself.
    function _initializeGovernance(address vault, address governor, address timelock, ShareTerms calldata shares)
        private
    {
        address[] memory proposers = new address[](1);
        proposers[0] = governor;
        address[] memory executors = new address[](1);
        VaultTimelock(payable(timelock)).initialize(_timelockDelay, proposers, executors, address(0));
        VaultGovernor(payable(governor))
            .initialize(
                IVotes(vault),
                VaultTimelock(payable(timelock)),
                string.concat(shares.name, " Governor"),
                _votingDelay,
                _votingPeriod,
                shares.supply / 100,
                QUORUM_PERCENT
            );
    }
}
