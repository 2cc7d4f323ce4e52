// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IRevenueSink
/// @notice What the license market calls on a registered share vault when it credits revenue to it, so the vault
/// knows who held shares when the revenue arrived.
interface IRevenueSink {
    /// @notice `amount` of `currency` was credited to this vault's market balance. Caller: the license market.
    function accrueRevenue(address currency, uint256 amount) external;
}
