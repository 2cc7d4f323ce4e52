// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DisputeResolver} from "../../../src/DisputeResolver.sol";
import {DisputeStatus, DisputeSubject} from "../../../src/interfaces/IDisputeResolver.sol";
import {LicenseMarket} from "../../../src/LicenseMarket.sol";
import {MarketStore} from "../stores/MarketStore.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Disputes: actors raise them against models and licences with the bond; the DAO resolves some within the
/// resolution period, the rest lapse; everyone credited withdraws.
contract DisputeHandler is BaseHandler {
    DisputeResolver private immutable disputes;
    LicenseMarket private immutable market;
    address private immutable dao;

    constructor(DisputeResolver disputes_, LicenseMarket market_, MarketStore store_, address dao_)
        BaseHandler(store_)
    {
        (disputes, market, dao) = (disputes_, market_, dao_);
    }

    function raise(uint256 subjectSeed, uint256 claimantSeed, bool againstModel) external {
        uint256 count = againstModel ? store.modelCount() : store.licenseCount();
        if (count == 0) return;
        uint256 subjectId = againstModel ? store.models(subjectSeed % count) : store.licenses(subjectSeed % count);
        address claimant = _actor(claimantSeed);
        uint256 bond = disputes.bond();
        vm.deal(claimant, claimant.balance + bond);
        vm.prank(claimant);
        disputes.raise{value: bond}(
            againstModel ? DisputeSubject.Model : DisputeSubject.License, subjectId, "ipfs://evidence"
        );
    }

    /// @notice The DAO upholds or rejects an open dispute still within its resolution period.
    function resolve(uint256 disputeSeed, bool upheld) external {
        uint256 disputeId = _dispute(disputeSeed);
        if (disputeId == 0) return;
        DisputeResolver.Dispute memory dispute = disputes.disputeOf(disputeId);
        if (_now() >= dispute.raisedAt + disputes.RESOLUTION_PERIOD()) return;
        store.addAccount(market.treasury());
        vm.prank(dao);
        disputes.resolve(disputeId, upheld, "ipfs://ruling");
    }

    function lapse(uint256 disputeSeed) external {
        uint256 disputeId = _dispute(disputeSeed);
        if (disputeId == 0) return;
        if (_now() < disputes.disputeOf(disputeId).raisedAt + disputes.RESOLUTION_PERIOD()) return;
        disputes.lapse(disputeId);
    }

    function setBond(uint96 bondSeed) external {
        uint256 bond = bound(bondSeed, disputes.MIN_BOND(), 1 ether);
        vm.prank(dao);
        disputes.setBond(bond);
    }

    function withdraw(uint256 accountSeed) external {
        address account = store.accounts(accountSeed % store.accountCount());
        if (disputes.withdrawable(account) == 0 || account.code.length != 0) return;
        vm.prank(account);
        disputes.withdraw();
    }

    /// @dev An open dispute from `seed`, or 0.
    function _dispute(uint256 seed) private view returns (uint256) {
        uint256 count = disputes.disputeCount();
        if (count == 0) return 0;
        uint256 disputeId = 1 + seed % count;
        return disputes.disputeOf(disputeId).status == DisputeStatus.Open ? disputeId : 0;
    }
}
