// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {DisputeStatus, DisputeSubject, IDisputeResolver} from "../../src/interfaces/IDisputeResolver.sol";
import {ModelStatus} from "../../src/types/Model.sol";
import {Fixture} from "../utils/Fixture.sol";

contract DisputeResolverTest is Fixture {
    uint256 internal modelId;
    uint256 internal licenseId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        licenseId = _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        vm.deal(stranger, 1 ether);
    }

    function _raise(DisputeSubject subject, uint256 subjectId) private returns (uint256) {
        vm.prank(stranger);
        return disputes.raise{value: DISPUTE_BOND}(subject, subjectId, "ipfs://evidence");
    }

    function test_Raise_HoldsTheBondAndEmits() public {
        vm.expectEmit(address(disputes));
        emit IDisputeResolver.DisputeRaised(1, DisputeSubject.Model, modelId, stranger, DISPUTE_BOND, "ipfs://evidence");
        uint256 disputeId = _raise(DisputeSubject.Model, modelId);
        vm.assertEq(disputeId, 1, "id");
        vm.assertEq(address(disputes).balance, DISPUTE_BOND, "bond held");
        vm.assertEq(uint8(disputes.disputeOf(disputeId).status), uint8(DisputeStatus.Open), "open");
    }

    function test_RevertWhen_BondIsWrong() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverIncorrectBond.selector, DISPUTE_BOND, 1));
        vm.prank(stranger);
        disputes.raise{value: 1}(DisputeSubject.Model, modelId, "");
    }

    function test_RevertWhen_SubjectDoesNotExist() public {
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeResolver.DisputeResolverUnknownSubject.selector, DisputeSubject.Model, 9)
        );
        vm.prank(stranger);
        disputes.raise{value: DISPUTE_BOND}(DisputeSubject.Model, 9, "");
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeResolver.DisputeResolverUnknownSubject.selector, DisputeSubject.License, 9)
        );
        vm.prank(stranger);
        disputes.raise{value: DISPUTE_BOND}(DisputeSubject.License, 9, "");
    }

    function test_WhenUpheldAgainstAModel_ModelIsDelistedAndTheBondReturned() public {
        uint256 disputeId = _raise(DisputeSubject.Model, modelId);
        vm.expectEmit(address(disputes));
        emit IDisputeResolver.DisputeResolved(disputeId, true, stranger, "ipfs://ruling");
        vm.prank(dao);
        disputes.resolve(disputeId, true, "ipfs://ruling");
        vm.assertEq(uint8(registry.termsOf(modelId).status), uint8(ModelStatus.Delisted), "delisted");
        vm.assertEq(disputes.withdrawable(stranger), DISPUTE_BOND, "bond credited to the claimant");
        vm.prank(stranger);
        disputes.withdraw();
        vm.assertEq(stranger.balance, 1 ether, "bond back");
    }

    function test_WhenUpheldAgainstALicence_LicenceIsRevoked() public {
        uint256 disputeId = _raise(DisputeSubject.License, licenseId);
        vm.prank(dao);
        disputes.resolve(disputeId, true, "");
        vm.assertTrue(market.licenseOf(licenseId).revoked, "revoked");
        vm.assertFalse(market.isValid(licenseId), "no longer valid");
    }

    function test_WhenRejected_TheBondGoesToTheTreasury() public {
        uint256 disputeId = _raise(DisputeSubject.License, licenseId);
        vm.prank(dao);
        disputes.resolve(disputeId, false, "");
        vm.assertEq(uint8(disputes.disputeOf(disputeId).status), uint8(DisputeStatus.Rejected), "rejected");
        vm.assertEq(disputes.withdrawable(treasury), DISPUTE_BOND, "treasury credited");
        vm.assertEq(disputes.withdrawable(stranger), 0, "claimant gets nothing");
        vm.assertTrue(market.isValid(licenseId), "licence untouched");
    }

    function test_WhenUpheldTwiceAgainstTheSameModel_TheSecondStillReturnsItsBond() public {
        uint256 first = _raise(DisputeSubject.Model, modelId);
        uint256 second = _raise(DisputeSubject.Model, modelId);
        vm.startPrank(dao);
        disputes.resolve(first, true, "");
        disputes.resolve(second, true, "");
        vm.stopPrank();
        vm.assertEq(disputes.withdrawable(stranger), 2 * DISPUTE_BOND, "both bonds returned");
    }

    function test_RevertWhen_ResolvingTwice() public {
        uint256 disputeId = _raise(DisputeSubject.Model, modelId);
        vm.startPrank(dao);
        disputes.resolve(disputeId, false, "");
        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverNotOpen.selector, disputeId));
        disputes.resolve(disputeId, true, "");
        vm.stopPrank();
    }

    function test_RevertWhen_ResolveByStranger() public {
        uint256 disputeId = _raise(DisputeSubject.Model, modelId);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, disputes.RESOLVER_ROLE()
            )
        );
        vm.prank(stranger);
        disputes.resolve(disputeId, true, "");
    }

    function test_SetBond() public {
        vm.expectEmit(address(disputes));
        emit IDisputeResolver.DisputeBondUpdated(1 ether);
        vm.prank(dao);
        disputes.setBond(1 ether);
        vm.assertEq(disputes.bond(), 1 ether, "bond");
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, disputes.RESOLVER_ROLE()
            )
        );
        vm.prank(stranger);
        disputes.setBond(0);
    }

    function test_RevertWhen_NothingToWithdraw() public {
        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverNothingToWithdraw.selector, stranger));
        vm.prank(stranger);
        disputes.withdraw();
    }

    // ---------------------------------------------------------------- a DAO that never rules

    function test_WhenTheDaoNeverRules_TheDisputeLapsesAndTheClaimantGetsItsBondBack() public {
        uint256 disputeId = _raise(DisputeSubject.License, licenseId);
        uint256 deadline = block.timestamp + disputes.RESOLUTION_PERIOD();
        vm.warp(deadline - 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IDisputeResolver.DisputeResolverResolutionPeriodRunning.selector, disputeId, deadline
            )
        );
        disputes.lapse(disputeId);

        vm.warp(deadline);
        vm.expectEmit(address(disputes));
        emit IDisputeResolver.DisputeLapsed(disputeId, stranger, DISPUTE_BOND);
        vm.prank(buyer);
        disputes.lapse(disputeId);
        vm.assertEq(uint8(disputes.disputeOf(disputeId).status), uint8(DisputeStatus.Lapsed), "lapsed");
        vm.assertEq(disputes.withdrawable(stranger), DISPUTE_BOND, "bond back to the claimant, whoever lapses it");
        vm.assertFalse(market.licenseOf(licenseId).revoked, "a lapse rules nothing: the licence stands");

        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverNotOpen.selector, disputeId));
        vm.prank(dao);
        disputes.resolve(disputeId, true, "");
    }

    function test_RevertWhen_TheDaoRulesAfterTheResolutionPeriod() public {
        uint256 disputeId = _raise(DisputeSubject.Model, modelId);
        uint256 deadline = block.timestamp + disputes.RESOLUTION_PERIOD();
        vm.warp(deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IDisputeResolver.DisputeResolverResolutionPeriodOver.selector, disputeId, deadline)
        );
        vm.prank(dao);
        disputes.resolve(disputeId, false, "");
    }

    function test_RevertWhen_TheBondIsSetBelowTheFloor() public {
        uint256 floor = disputes.MIN_BOND();
        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverBondTooLow.selector, 0, floor));
        vm.prank(dao);
        disputes.setBond(0);
        vm.prank(dao);
        disputes.setBond(floor);
        vm.assertEq(disputes.bond(), floor, "the floor itself is allowed");
    }

    function test_RevertWhen_EvidenceIsLongerThanTheBound() public {
        uint256 max = disputes.MAX_URI_BYTES();
        string memory evidence = string(new bytes(max + 1));
        vm.expectRevert(abi.encodeWithSelector(IDisputeResolver.DisputeResolverURITooLong.selector, max + 1, max));
        vm.prank(stranger);
        disputes.raise{value: DISPUTE_BOND}(DisputeSubject.Model, modelId, evidence);
    }
}
