// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ShareTerms} from "../types/Shares.sol";
import {SplitRecipient} from "../types/Split.sol";

/// @title IShareVaultFactory
/// @notice Fractionalises models: locks the model NFT in a new share vault (an ERC-20 with votes, an EIP-1167 clone)
/// with its own governor and timelock, mints all shares to the former owner, and sets the model's new split.
interface IShareVaultFactory {
    /// @notice Governance settings of every new vault.
    /// @param votingDelay Seconds between a proposal and its vote (at least {VaultGovernor-MIN_VOTING_DELAY}).
    /// @param votingPeriod Seconds a vote lasts (at least {VaultGovernor-MIN_VOTING_PERIOD}).
    /// @param timelockDelay Seconds between a passed proposal and its execution (at least {VaultTimelock-MIN_DELAY}).
    struct GovernanceSettings {
        uint48 votingDelay;
        uint32 votingPeriod;
        uint256 timelockDelay;
    }

    /// @notice Model `modelId` was locked in `vault`, governed by `governor` executing through `timelock`; `supply`
    /// shares went to `owner`.
    event ModelFractionalized(
        uint256 indexed modelId,
        address indexed vault,
        address indexed governor,
        address timelock,
        address owner,
        string name,
        string symbol,
        uint256 supply
    );

    /// @dev The caller may not operate the model.
    error ShareVaultFactoryUnauthorized(uint256 modelId, address account);
    /// @dev A vault needs a non-zero supply.
    error ShareVaultFactoryZeroSupply();
    /// @dev The share name must have 1 to `MAX_NAME_BYTES` bytes and the symbol 1 to `MAX_SYMBOL_BYTES`.
    error ShareVaultFactoryInvalidShareText(uint256 nameLength, uint256 symbolLength);

    /// @notice Locks model `modelId` in a new vault. Caller: the model's owner, who must have approved this factory
    /// for the NFT. In `split`, the zero address stands for the new vault.
    /// @dev Emits {ModelFractionalized}.
    function fractionalize(uint256 modelId, ShareTerms calldata shares, SplitRecipient[] calldata split)
        external
        returns (address vault, address governor, address timelock);

    /// @notice The vault holding model `modelId`, or the zero address.
    function vaultOf(uint256 modelId) external view returns (address);
}
