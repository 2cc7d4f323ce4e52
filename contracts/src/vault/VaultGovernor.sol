// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {GovernorUpgradeable} from "@openzeppelin/contracts-upgradeable/governance/GovernorUpgradeable.sol";
import {
    GovernorCountingSimpleUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorCountingSimpleUpgradeable.sol";
import {
    GovernorSettingsUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorSettingsUpgradeable.sol";
import {
    GovernorVotesQuorumFractionUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesQuorumFractionUpgradeable.sol";
import {
    GovernorVotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesUpgradeable.sol";

/// @title VaultGovernor
/// @notice The shareholders of one model vote here (votes count as of the moment voting opens, one voting delay
/// after the proposal) and, once a proposal passes,
/// execute it directly: proposals call the vault's `execute`, which acts on the model as its owner.
/// @dev OpenZeppelin Governor with simple counting, a quorum as a fraction of the share supply, and settings the
/// factory fixes at creation. Deployed as an EIP-1167 clone by the {ShareVaultFactory}.
contract VaultGovernor is
    GovernorUpgradeable,
    GovernorSettingsUpgradeable,
    GovernorCountingSimpleUpgradeable,
    GovernorVotesUpgradeable,
    GovernorVotesQuorumFractionUpgradeable
{
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the governor up for `shares`. Caller: the factory, right after cloning.
    /// @param shares The vault's share token.
    /// @param name_ Governor name (EIP-712 domain).
    /// @param votingDelay_ Seconds between proposal and voting start.
    /// @param votingPeriod_ Seconds voting lasts.
    /// @param proposalThreshold_ Votes needed to propose.
    /// @param quorumPercent Percentage of the supply that must vote for or abstain.
    function initialize(
        IVotes shares,
        string calldata name_,
        uint48 votingDelay_,
        uint32 votingPeriod_,
        uint256 proposalThreshold_,
        uint256 quorumPercent
    ) external initializer {
        __Governor_init(name_);
        __GovernorSettings_init(votingDelay_, votingPeriod_, proposalThreshold_);
        __GovernorCountingSimple_init();
        __GovernorVotes_init(shares);
        __GovernorVotesQuorumFraction_init(quorumPercent);
    }

    /// @inheritdoc GovernorUpgradeable
    function proposalThreshold()
        public
        view
        override(GovernorUpgradeable, GovernorSettingsUpgradeable)
        returns (uint256)
    {
        return super.proposalThreshold();
    }
}
