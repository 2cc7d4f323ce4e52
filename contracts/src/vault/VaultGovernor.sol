// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";
import {Bytes} from "@openzeppelin/contracts/utils/Bytes.sol";
import {GovernorUpgradeable} from "@openzeppelin/contracts-upgradeable/governance/GovernorUpgradeable.sol";
import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";
import {
    GovernorCountingSimpleUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorCountingSimpleUpgradeable.sol";
import {
    GovernorSettingsUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorSettingsUpgradeable.sol";
import {
    GovernorTimelockControlUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorTimelockControlUpgradeable.sol";
import {
    GovernorVotesQuorumFractionUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesQuorumFractionUpgradeable.sol";
import {
    GovernorVotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/extensions/GovernorVotesUpgradeable.sol";

import {ILicenseMarket} from "../interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "../interfaces/IModelRegistry.sol";
import {IShareVault} from "../interfaces/IShareVault.sol";

/// @title VaultGovernor
/// @notice The shareholders of one model vote here (votes count as of the moment voting opens, one voting delay
/// after the proposal); a passed proposal is queued in the vault's timelock and runs once its delay has passed, so
/// holders who disagree can act first. Proposals call the vault's `execute`, which acts on the model as its owner.
/// @dev OpenZeppelin Governor with simple counting and timelock execution. Two bars:
/// - routine proposals (each call is the vault's `execute` of `publishVersion`, `setPaused` or `setOfferActive`)
///   pass with a quorum of `quorumNumerator` % of the supply voting for or abstaining, and more for than against;
/// - every other proposal moves money or power (a split, an offer's price, new offers, the governor's own settings,
///   the timelock's delay), and passes only with votes for from more than half of the whole supply and at least two
///   thirds of the votes for or against. Holders who do not vote cannot be outvoted by a minority on these.
/// Settings the shareholders may change are bounded from below (`MIN_*`). Deployed as an EIP-1167 clone by the
/// {ShareVaultFactory}.
contract VaultGovernor is
    GovernorUpgradeable,
    GovernorSettingsUpgradeable,
    GovernorCountingSimpleUpgradeable,
    GovernorVotesUpgradeable,
    GovernorVotesQuorumFractionUpgradeable,
    GovernorTimelockControlUpgradeable
{
    /// @notice Shortest voting delay, in seconds: votes are counted from a snapshot taken at least this long after
    /// the proposal.
    uint48 public constant MIN_VOTING_DELAY = 1 hours;
    /// @notice Shortest voting period, in seconds.
    uint32 public constant MIN_VOTING_PERIOD = 1 days;
    /// @notice Lowest quorum of routine proposals, in percent of the supply.
    uint256 public constant MIN_QUORUM_PERCENT = 10;

    mapping(uint256 proposalId => bool) private _needsSupermajority;

    /// @dev The voting delay would fall below `MIN_VOTING_DELAY`.
    error VaultGovernorVotingDelayTooShort(uint48 votingDelay, uint48 minimum);
    /// @dev The voting period would fall below `MIN_VOTING_PERIOD`.
    error VaultGovernorVotingPeriodTooShort(uint32 votingPeriod, uint32 minimum);
    /// @dev The quorum would fall below `MIN_QUORUM_PERCENT`.
    error VaultGovernorQuorumTooLow(uint256 quorumPercent, uint256 minimum);

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the governor up for `shares`, executing through `timelock`. Caller: the factory, right after
    /// cloning.
    /// @param shares The vault's share token.
    /// @param timelock The vault's timelock, which queues and executes what passes here.
    /// @param name_ Governor name (EIP-712 domain).
    /// @param votingDelay_ Seconds between proposal and voting start.
    /// @param votingPeriod_ Seconds voting lasts.
    /// @param proposalThreshold_ Votes needed to propose.
    /// @param quorumPercent Percentage of the supply that must vote for or abstain on a routine proposal.
    function initialize(
        IVotes shares,
        TimelockControllerUpgradeable timelock,
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
        __GovernorTimelockControl_init(timelock);
    }

    /// @notice Whether proposal `proposalId` moves money or power, and so needs votes for from more than half of
    /// the supply and two thirds of the votes cast for or against.
    function needsSupermajority(uint256 proposalId) external view returns (bool) {
        return _needsSupermajority[proposalId];
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

    /// @inheritdoc GovernorUpgradeable
    function state(uint256 proposalId)
        public
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    /// @inheritdoc GovernorUpgradeable
    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    /// @dev Records which bar the proposal must clear; a call to the vault's `execute` that does not decode makes
    /// the proposal revert.
    function _propose(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        string memory description,
        address proposer
    ) internal override returns (uint256 proposalId) {
        proposalId = super._propose(targets, values, calldatas, description, proposer);
        _needsSupermajority[proposalId] = !_isRoutine(targets, calldatas);
    }

    /// @dev Routine proposals: the quorum fraction of the supply votes for or abstains. Others: votes for exceed half
    /// of the supply at the snapshot.
    function _quorumReached(uint256 proposalId)
        internal
        view
        override(GovernorUpgradeable, GovernorCountingSimpleUpgradeable)
        returns (bool)
    {
        if (!_needsSupermajority[proposalId]) return super._quorumReached(proposalId);
        (, uint256 forVotes,) = proposalVotes(proposalId);
        return forVotes * 2 > token().getPastTotalSupply(proposalSnapshot(proposalId));
    }

    /// @dev Routine proposals: more for than against. Others: at least two thirds of the votes for or against are
    /// for.
    function _voteSucceeded(uint256 proposalId)
        internal
        view
        override(GovernorUpgradeable, GovernorCountingSimpleUpgradeable)
        returns (bool)
    {
        if (!_needsSupermajority[proposalId]) return super._voteSucceeded(proposalId);
        (uint256 againstVotes, uint256 forVotes,) = proposalVotes(proposalId);
        return forVotes != 0 && forVotes >= 2 * againstVotes;
    }

    function _setVotingDelay(uint48 newVotingDelay) internal override {
        if (newVotingDelay < MIN_VOTING_DELAY) {
            revert VaultGovernorVotingDelayTooShort(newVotingDelay, MIN_VOTING_DELAY);
        }
        super._setVotingDelay(newVotingDelay);
    }

    function _setVotingPeriod(uint32 newVotingPeriod) internal override {
        if (newVotingPeriod < MIN_VOTING_PERIOD) {
            revert VaultGovernorVotingPeriodTooShort(newVotingPeriod, MIN_VOTING_PERIOD);
        }
        super._setVotingPeriod(newVotingPeriod);
    }

    function _updateQuorumNumerator(uint256 newQuorumNumerator) internal override {
        if (newQuorumNumerator < MIN_QUORUM_PERCENT) {
            revert VaultGovernorQuorumTooLow(newQuorumNumerator, MIN_QUORUM_PERCENT);
        }
        super._updateQuorumNumerator(newQuorumNumerator);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(GovernorUpgradeable, GovernorTimelockControlUpgradeable) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor()
        internal
        view
        override(GovernorUpgradeable, GovernorTimelockControlUpgradeable)
        returns (address)
    {
        return super._executor();
    }

    /// @dev Whether every call is the vault's `execute` of an action that moves neither money nor power. The inner
    /// target is not checked: the vault allows each of these selectors on its own contract only.
    function _isRoutine(address[] memory targets, bytes[] memory calldatas) private view returns (bool) {
        address vault = address(token());
        for (uint256 i; i < targets.length; ++i) {
            bytes memory data = calldatas[i];
            if (targets[i] != vault || data.length < 4 || bytes4(data) != IShareVault.execute.selector) return false;
            (, bytes memory inner) = abi.decode(Bytes.slice(data, 4), (address, bytes));
            if (inner.length < 4) return false;
            bytes4 selector = bytes4(inner);
            if (
                selector != IModelRegistry.publishVersion.selector && selector != IModelRegistry.setPaused.selector
                    && selector != ILicenseMarket.setOfferActive.selector
            ) return false;
        }
        return true;
    }
}
