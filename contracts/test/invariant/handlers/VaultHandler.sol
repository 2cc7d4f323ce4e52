// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "../../../src/interfaces/IModelRegistry.sol";
import {LicenseMarket} from "../../../src/LicenseMarket.sol";
import {ModelRegistry} from "../../../src/ModelRegistry.sol";
import {ShareTerms} from "../../../src/types/Shares.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {ShareVault} from "../../../src/vault/ShareVault.sol";
import {ShareVaultFactory} from "../../../src/vault/ShareVaultFactory.sol";
import {VaultGovernor} from "../../../src/vault/VaultGovernor.sol";
import {Vm} from "../../utils/Vm.sol";
import {MarketStore} from "../stores/MarketStore.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Share vaults: fractionalising, share transfers (to actors, and to the vault, its governor and its timelock,
/// which must refuse), claims, redemption, and shareholder governance: routine proposals (a new version) and
/// money-moving ones (a split sending all revenue to the proposer), voted on by whoever holds delegated shares.
contract VaultHandler is BaseHandler {
    /// @dev A proposal made in the run, with what is needed to queue and execute it.
    struct Proposal {
        VaultGovernor governor;
        uint256 id;
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        bytes32 descriptionHash;
        bool movesMoney;
    }

    uint256 private constant MAX_PROPOSALS = 40;

    ModelRegistry private immutable registry;
    LicenseMarket private immutable market;
    ShareVaultFactory private immutable factory;

    Proposal[] private _proposals;

    constructor(ModelRegistry registry_, LicenseMarket market_, ShareVaultFactory factory_, MarketStore store_)
        BaseHandler(store_)
    {
        (registry, market, factory) = (registry_, market_, factory_);
    }

    function fractionalize(uint256 modelSeed, uint256 supplySeed) external {
        if (store.modelCount() == 0) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        if (store.vaultOfModel(modelId) != address(0)) return;
        address owner = registry.ownerOf(modelId);
        SplitRecipient[] memory split = new SplitRecipient[](2);
        split[0] = SplitRecipient({account: owner, bps: 5_000});
        split[1] = SplitRecipient({account: address(0), bps: 5_000});
        ShareTerms memory shares = ShareTerms({name: "Shares", symbol: "SHR", supply: bound(supplySeed, 100, 1e30)});
        vm.startPrank(owner);
        registry.approve(address(factory), modelId);
        (address vault, address governor, address timelock) = factory.fractionalize(modelId, shares, split);
        // The owner votes with its shares, as an owner who intends to govern does.
        ShareVault(payable(vault)).delegate(owner);
        vm.stopPrank();
        store.addVault(vault, governor, timelock, modelId);
    }

    /// @notice A holder sends shares to an actor (who may delegate to itself), or, one time in five, tries to send
    /// them to the vault, its governor or its timelock.
    function transferShares(uint256 vaultSeed, uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        if (store.vaultCount() == 0) return;
        MarketStore.VaultRecord memory record = store.vaultAt(vaultSeed % store.vaultCount());
        ShareVault vault = ShareVault(payable(record.vault));
        address from = _holder(vault, fromSeed);
        if (from == address(0)) return;
        amount = bound(amount, 0, vault.balanceOf(from));
        if (toSeed % 5 == 0) {
            address[3] memory forbidden = [record.vault, record.governor, record.timelock];
            vm.prank(from);
            (bool ok,) = address(vault).call(abi.encodeCall(vault.transfer, (forbidden[toSeed % 3], amount)));
            if (ok) store.recordStrandedShares();
            return;
        }
        address to = _actor(toSeed);
        vm.prank(from);
        vault.transfer(to, amount);
        store.recordSettlements(address(vault), 2);
        if (toSeed % 2 == 0 && vault.delegates(to) != to) {
            vm.prank(to);
            vault.delegate(to);
        }
    }

    function claim(uint256 vaultSeed, uint256 holderSeed, uint256 currencySeed) external {
        if (store.vaultCount() == 0) return;
        ShareVault vault = ShareVault(payable(store.vaultAt(vaultSeed % store.vaultCount()).vault));
        address holder = _actor(holderSeed);
        address currency = _currency(currencySeed);
        if (vault.claimable(holder, currency) == 0) return;
        vm.recordLogs();
        vm.prank(holder);
        uint256 amount = vault.claim(currency);
        store.recordClaim(address(vault), holder, currency, amount);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(market) && logs[i].topics[0] == ILicenseMarket.Withdrawn.selector) {
                store.recordWithdrawn(currency, abi.decode(logs[i].data, (uint256)));
            }
        }
    }

    /// @notice One time in four: every holder sends its shares to one actor, who redeems the model.
    function redeem(uint256 vaultSeed, uint256 redeemerSeed) external {
        if (store.vaultCount() == 0 || redeemerSeed % 4 != 0) return;
        ShareVault vault = ShareVault(payable(store.vaultAt(vaultSeed % store.vaultCount()).vault));
        if (vault.redeemedBy() != address(0)) return;
        address redeemer = _actor(redeemerSeed / 4);
        for (uint256 i; i < ACTORS; ++i) {
            address holder = store.actor(i);
            uint256 balance = vault.balanceOf(holder);
            if (holder == redeemer || balance == 0) continue;
            vm.prank(holder);
            vault.transfer(redeemer, balance);
            store.recordSettlements(address(vault), 2);
        }
        vm.prank(redeemer);
        vault.redeem();
        store.recordSettlements(address(vault), 1);
        for (uint256 c; c < store.currencyCount(); ++c) {
            address currency = store.currencies(c);
            store.recordRedemption(
                address(vault), redeemer, currency, vault.totalRevenue(currency), vault.claimable(redeemer, currency)
            );
        }
    }

    // ---------------------------------------------------------------- governance

    /// @notice A holder with enough votes proposes either a new version (routine) or a split sending all the
    /// model's revenue to itself (money-moving).
    function propose(uint256 vaultSeed, uint256 proposerSeed, bool movesMoney) external {
        if (store.vaultCount() == 0 || _proposals.length >= MAX_PROPOSALS) return;
        MarketStore.VaultRecord memory record = store.vaultAt(vaultSeed % store.vaultCount());
        ShareVault vault = ShareVault(payable(record.vault));
        VaultGovernor governor = VaultGovernor(payable(record.governor));
        if (vault.redeemedBy() != address(0)) return;
        address proposer = _proposer(governor, proposerSeed);
        if (proposer == address(0)) return;

        Proposal storage p = _proposals.push();
        (p.governor, p.movesMoney) = (governor, movesMoney);
        p.targets.push(address(vault));
        p.values.push(0);
        (address target, bytes memory action) = _action(record.modelId, proposer, movesMoney);
        p.calldatas.push(abi.encodeCall(vault.execute, (target, action)));
        string memory description = string.concat("proposal ", vm.toString(_proposals.length));
        p.descriptionHash = keccak256(bytes(description));
        vm.prank(proposer);
        p.id = governor.propose(p.targets, p.values, p.calldatas, description);
    }

    /// @notice A holder who has not voted yet votes against, for (twice as likely) or abstains.
    function vote(uint256 proposalSeed, uint256 voterSeed, uint8 supportSeed) external {
        if (_proposals.length == 0) return;
        Proposal storage p = _proposals[proposalSeed % _proposals.length];
        if (p.governor.state(p.id) != IGovernor.ProposalState.Active) return;
        address voter = _voter(p, voterSeed);
        if (voter == address(0)) return;
        vm.prank(voter);
        p.governor.castVote(p.id, [0, 1, 1, 2][supportSeed % 4]);
    }

    /// @notice Takes a live proposal one step further: time passes until its vote opens, until its vote closes, or
    /// until its timelock delay ends; a proposal that passed is queued, and one whose delay is over is executed.
    /// Records whether a money-moving proposal ran without the votes it needs.
    function advanceProposal(uint256 proposalSeed) external {
        (bool found, uint256 index) = _liveProposal(proposalSeed);
        if (!found) return;
        Proposal storage p = _proposals[index];
        IGovernor.ProposalState state = p.governor.state(p.id);
        if (state == IGovernor.ProposalState.Pending) {
            vm.warp(p.governor.proposalSnapshot(p.id) + 1);
        } else if (state == IGovernor.ProposalState.Active) {
            vm.warp(p.governor.proposalDeadline(p.id) + 1);
        } else if (state == IGovernor.ProposalState.Succeeded) {
            p.governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash);
        } else if (p.governor.proposalEta(p.id) > _now()) {
            vm.warp(p.governor.proposalEta(p.id));
        } else {
            // The model may have been redeemed meanwhile, in which case the vault's call fails and nothing runs.
            (bool ok,) = address(p.governor)
                .call(abi.encodeCall(IGovernor.execute, (p.targets, p.values, p.calldatas, p.descriptionHash)));
            if (ok) store.recordExecution(p.movesMoney && !_hadMajority(p));
        }
    }

    // ---------------------------------------------------------------- internals

    function _action(uint256 modelId, address proposer, bool movesMoney)
        private
        view
        returns (address target, bytes memory data)
    {
        if (!movesMoney) {
            return (
                address(registry),
                abi.encodeCall(IModelRegistry.publishVersion, (modelId, "ipfs://next", bytes32(0), "voted"))
            );
        }
        SplitRecipient[] memory split = new SplitRecipient[](1);
        split[0] = SplitRecipient({account: proposer, bps: 10_000});
        return (address(market), abi.encodeCall(ILicenseMarket.setSplit, (modelId, split)));
    }

    /// @dev Votes for from more than half the supply at the snapshot, and at least two thirds of for and against.
    function _hadMajority(Proposal storage p) private view returns (bool) {
        (uint256 againstVotes, uint256 forVotes,) = p.governor.proposalVotes(p.id);
        uint256 supply = p.governor.token().getPastTotalSupply(p.governor.proposalSnapshot(p.id));
        return forVotes * 2 > supply && forVotes >= 2 * againstVotes;
    }

    /// @dev The first proposal from `seed` on that is pending, active, succeeded or queued.
    function _liveProposal(uint256 seed) private view returns (bool found, uint256 index) {
        for (uint256 i; i < _proposals.length; ++i) {
            index = (seed % _proposals.length + i) % _proposals.length;
            IGovernor.ProposalState state = _proposals[index].governor.state(_proposals[index].id);
            if (
                state == IGovernor.ProposalState.Pending || state == IGovernor.ProposalState.Active
                    || state == IGovernor.ProposalState.Succeeded || state == IGovernor.ProposalState.Queued
            ) return (true, index);
        }
        return (false, 0);
    }

    /// @dev An actor with the votes `governor` needs to propose, as of a second ago (votes are checkpointed by
    /// timestamp and read in the past), starting the search at `seed`, or the zero address.
    function _proposer(VaultGovernor governor, uint256 seed) private view returns (address) {
        uint256 threshold = governor.proposalThreshold();
        for (uint256 i; i < ACTORS; ++i) {
            address candidate = _actor(seed % ACTORS + i);
            if (threshold != 0 && governor.getVotes(candidate, _now() - 1) >= threshold) return candidate;
        }
        return address(0);
    }

    /// @dev An actor with votes on `p` who has not voted yet, starting the search at `seed`, or the zero address.
    function _voter(Proposal storage p, uint256 seed) private view returns (address) {
        uint256 snapshot = p.governor.proposalSnapshot(p.id);
        for (uint256 i; i < ACTORS; ++i) {
            address candidate = _actor(seed % ACTORS + i);
            if (!p.governor.hasVoted(p.id, candidate) && p.governor.getVotes(candidate, snapshot) != 0) {
                return candidate;
            }
        }
        return address(0);
    }

    /// @dev An actor holding shares of `vault`, starting the search at `seed`, or the zero address.
    function _holder(ShareVault vault, uint256 seed) private view returns (address) {
        for (uint256 i; i < ACTORS; ++i) {
            address candidate = _actor(seed % ACTORS + i);
            if (vault.balanceOf(candidate) != 0) return candidate;
        }
        return address(0);
    }
}
