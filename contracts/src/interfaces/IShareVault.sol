// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRevenueSink} from "./IRevenueSink.sol";

/// @title IShareVault
/// @notice Fractional ownership of one model: the vault holds the model NFT and issues ERC-20 shares with votes.
/// @dev Revenue credited to the vault is claimable pro rata by whoever held shares when it arrived, across transfers,
/// with cumulative revenue-per-share accounting (no loop over holders). Per-share amounts round down and the
/// remainder is carried into the next arrival, so the sum holders can claim never exceeds what reached the vault; at
/// most one wei per holder and claim stays in the vault. Shareholders act on the model through the vault's governor:
/// what it passes waits out the timelock's delay, and the timelock alone may call {execute}. A holder of 100 % of the
/// shares may redeem the model NFT.
interface IShareVault is IRevenueSink {
    /// @notice Revenue reached the vault. `revenuePerShare` is the new cumulative amount per share, scaled by 1e36.
    event RevenueAccrued(address indexed currency, uint256 amount, uint256 revenuePerShare);

    /// @notice `holder` claimed `amount` of `currency`.
    event RevenueClaimed(address indexed holder, address indexed currency, uint256 amount);

    /// @notice `account` redeemed the model NFT with 100 % of the shares; later revenue accrues to it alone.
    event Redeemed(address indexed account);

    /// @dev Caller is not the license market.
    error ShareVaultOnlyMarket(address caller);
    /// @dev Caller is not the vault's timelock, which executes what the governor passed.
    error ShareVaultOnlyGovernance(address caller);
    /// @dev The governor may only publish versions, pause sales, manage offers and set the split.
    error ShareVaultForbiddenCall(address target, bytes4 selector);
    /// @dev There is nothing to claim.
    error ShareVaultNothingToClaim(address holder, address currency);
    /// @dev Redeeming needs 100 % of the shares.
    error ShareVaultIncompleteShares(uint256 balance, uint256 totalSupply);
    /// @dev The vault was redeemed; its shares are gone.
    error ShareVaultRedeemed();
    /// @dev Shares cannot be sent to the vault, its governor or its timelock.
    error ShareVaultInvalidRecipient(address to);
    /// @dev ETH may only come from the license market.
    error ShareVaultUnexpectedEther(address sender);

    /// @notice Sends the caller what it can claim in `currency`.
    /// @dev Emits {RevenueClaimed}.
    function claim(address currency) external returns (uint256 amount);

    /// @notice Calls the model registry or the license market as the model's owner. Caller: the vault's timelock.
    /// @dev Allowed: the registry's `publishVersion` and `setPaused`; the market's `createOffer`, `updateOffer`,
    /// `setOfferActive` and `setSplit`. Moving the model NFT is not: only a 100 % holder takes it, by {redeem}.
    function execute(address target, bytes calldata data) external returns (bytes memory result);

    /// @notice Burns 100 % of the shares held by the caller and sends it the model NFT.
    /// @dev Emits {Redeemed}.
    function redeem() external;

    /// @notice What `holder` can claim in `currency` now.
    function claimable(address holder, address currency) external view returns (uint256);

    /// @notice Cumulative revenue per share of `currency`, scaled by 1e36.
    function revenuePerShare(address currency) external view returns (uint256);

    /// @notice Total of `currency` that has reached the vault.
    function totalRevenue(address currency) external view returns (uint256);

    /// @notice The model the vault holds.
    function modelId() external view returns (uint256);

    /// @notice The governor where shareholders propose and vote.
    function governor() external view returns (address);

    /// @notice The timelock that executes what the governor passed, after its delay.
    function timelock() external view returns (address);

    /// @notice Who redeemed the model, or the zero address.
    function redeemedBy() external view returns (address);
}
