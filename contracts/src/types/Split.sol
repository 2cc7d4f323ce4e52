// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice One recipient of a model's revenue split.
/// @param account Who is credited.
/// @param bps Share of the model's revenue, in basis points; a split's shares sum to 10,000.
struct SplitRecipient {
    address account;
    uint16 bps;
}
