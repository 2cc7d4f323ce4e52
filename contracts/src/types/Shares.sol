// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice The share token a model is fractionalised into.
/// @param name ERC-20 name.
/// @param symbol ERC-20 symbol.
/// @param supply Shares minted, all to the model's owner (18 decimals).
struct ShareTerms {
    string name;
    string symbol;
    uint256 supply;
}
