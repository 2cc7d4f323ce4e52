// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ShareTerms} from "../types/Shares.sol";
import {SplitRecipient} from "../types/Split.sol";

/// @title IShareVaultFactory
/// @notice Fractionalises models: locks the model NFT in a new share vault (an ERC-20 with votes, an EIP-1167 clone)
/// with its own governor, mints all shares to the former owner, and sets the model's new split.
interface IShareVaultFactory {
    /// @notice Model `modelId` was locked in `vault`, governed by `governor`; `supply` shares went to `owner`.
    event ModelFractionalized(
        uint256 indexed modelId,
        address indexed vault,
        address indexed governor,
        address owner,
        string name,
        string symbol,
        uint256 supply
    );

    /// @dev The caller may not operate the model.
    error ShareVaultFactoryUnauthorized(uint256 modelId, address account);
    /// @dev A vault needs a non-zero supply.
    error ShareVaultFactoryZeroSupply();

    /// @notice Locks model `modelId` in a new vault. Caller: the model's owner, who must have approved this factory
    /// for the NFT. In `split`, the zero address stands for the new vault.
    /// @dev Emits {ModelFractionalized}.
    function fractionalize(uint256 modelId, ShareTerms calldata shares, SplitRecipient[] calldata split)
        external
        returns (address vault, address governor);

    /// @notice The vault holding model `modelId`, or the zero address.
    function vaultOf(uint256 modelId) external view returns (address);
}
