// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ICuration} from "../../src/interfaces/ICuration.sol";
import {Fixture} from "../utils/Fixture.sol";

contract CurationTest is Fixture {
    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        vm.prank(dao);
        mint.transfer(stranger, 1_000 ether);
        vm.prank(stranger);
        mint.approve(address(curation), type(uint256).max);
    }

    function test_StakeAndUnstake_TrackPositionsAndSignal() public {
        vm.expectEmit(address(curation));
        emit ICuration.Staked(modelId, stranger, 600 ether, 600 ether, 600 ether);
        vm.prank(stranger);
        curation.stake(modelId, 600 ether);
        vm.assertEq(mint.balanceOf(address(curation)), 600 ether, "tokens held");

        vm.expectEmit(address(curation));
        emit ICuration.Unstaked(modelId, stranger, 100 ether, 500 ether, 500 ether);
        vm.prank(stranger);
        curation.unstake(modelId, 100 ether);
        vm.assertEq(curation.stakeOf(modelId, stranger), 500 ether, "position");
        vm.assertEq(curation.signalOf(modelId), 500 ether, "signal");
        vm.assertEq(mint.balanceOf(stranger), 500 ether, "returned");
    }

    function test_RevertWhen_ZeroAmount() public {
        vm.expectRevert(ICuration.CurationZeroAmount.selector);
        vm.prank(stranger);
        curation.stake(modelId, 0);
        vm.expectRevert(ICuration.CurationZeroAmount.selector);
        vm.prank(stranger);
        curation.unstake(modelId, 0);
    }

    function test_RevertWhen_ModelDoesNotExistOrIsDelisted() public {
        vm.expectRevert(abi.encodeWithSelector(ICuration.CurationNonexistentModel.selector, 5));
        vm.prank(stranger);
        curation.stake(5, 1 ether);
        vm.prank(dao);
        registry.delist(modelId);
        vm.expectRevert(abi.encodeWithSelector(ICuration.CurationNonexistentModel.selector, modelId));
        vm.prank(stranger);
        curation.stake(modelId, 1 ether);
    }

    function test_RevertWhen_UnstakingMoreThanStaked() public {
        vm.prank(stranger);
        curation.stake(modelId, 10 ether);
        vm.expectRevert(
            abi.encodeWithSelector(ICuration.CurationInsufficientStake.selector, modelId, 10 ether, 11 ether)
        );
        vm.prank(stranger);
        curation.unstake(modelId, 11 ether);
    }

    function test_GivenModelDelisted_UnstakeStillWorks() public {
        vm.prank(stranger);
        curation.stake(modelId, 10 ether);
        vm.prank(dao);
        registry.delist(modelId);
        vm.prank(stranger);
        curation.unstake(modelId, 10 ether);
        vm.assertEq(mint.balanceOf(stranger), 1_000 ether, "all back");
    }
}
