// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {FalseReturningToken} from "../../mocks/FalseReturningToken.sol";
import {FeeOnTransferToken} from "../../mocks/FeeOnTransferToken.sol";
import {ReentrantRecipient} from "../../mocks/ReentrantRecipient.sol";
import {Fixture} from "../../utils/Fixture.sol";

/// @notice Hostile receivers and tokens: each is rejected, and no balance is lost or duplicated.
contract SecurityTest is Fixture {
    uint256 internal modelId;
    uint256 internal ethOffer;
    ReentrantRecipient internal attacker;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        attacker = new ReentrantRecipient(market);
        SplitRecipient[] memory split = new SplitRecipient[](2);
        split[0] = SplitRecipient({account: creator, bps: 5_000});
        split[1] = SplitRecipient({account: address(attacker), bps: 5_000});
        _setSplit(modelId, split);
        ethOffer = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        _purchase(buyer, ethOffer);
        vm.deal(address(attacker), 1 ether);
    }

    function test_WhenReceiverReentersWithdraw_ReentryIsRejectedAndPaidOnce() public {
        uint256 owed = market.withdrawable(address(attacker), address(0));
        attacker.arm(ReentrantRecipient.Attack.Withdraw, 0, false);
        attacker.withdraw();
        vm.assertFalse(attacker.reentered(), "re-entry rejected");
        vm.assertEq(attacker.received(), owed, "paid exactly once");
        vm.assertEq(market.withdrawable(address(attacker), address(0)), 0, "balance cleared");
        vm.assertEq(address(market).balance, _owedToOthers(), "market still covers everyone else");
    }

    function test_WhenReceiverPropagatesTheRejection_WithdrawRevertsAndKeepsTheBalance() public {
        uint256 owed = market.withdrawable(address(attacker), address(0));
        attacker.arm(ReentrantRecipient.Attack.Withdraw, 0, true);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.withdraw();
        vm.assertEq(market.withdrawable(address(attacker), address(0)), owed, "balance kept");
    }

    function test_WhenReceiverReentersPurchase_ReentryIsRejected() public {
        attacker.arm(ReentrantRecipient.Attack.Purchase, ethOffer, true);
        vm.expectRevert(ReentrancyGuardTransient.ReentrancyGuardReentrantCall.selector);
        attacker.withdraw();
        (, uint256 licenses,) = market.counts();
        vm.assertEq(licenses, 1, "no licence bought from inside the withdrawal");
    }

    function test_RevertWhen_TokenReturnsFalse_PaymentIsRejected() public {
        FalseReturningToken token = new FalseReturningToken();
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), true);
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(token), 100));
        token.mint(buyer, 100);
        uint256 price = _priceOf(offerId);
        vm.expectRevert(abi.encodeWithSelector(SafeERC20.SafeERC20FailedOperation.selector, address(token)));
        vm.prank(buyer);
        market.purchase(offerId, buyer, price);
    }

    function test_RevertWhen_TokenTakesAFeeOnTransfer_PaymentIsRejected() public {
        FeeOnTransferToken token = new FeeOnTransferToken();
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), true);
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(token), 10_000));
        token.mint(buyer, 10_000);
        vm.prank(buyer);
        token.approve(address(market), 10_000);
        uint256 price = _priceOf(offerId);
        vm.expectRevert(
            abi.encodeWithSelector(
                ILicenseMarket.LicenseMarketTransferAmountMismatch.selector, address(token), 10_000, 9_900
            )
        );
        vm.prank(buyer);
        market.purchase(offerId, buyer, price);
    }

    function test_RevertWhen_EthRecipientRejectsPayment_WithdrawFailsAndKeepsTheBalance() public {
        address rejecting = address(new FalseReturningToken());
        SplitRecipient[] memory split = new SplitRecipient[](1);
        split[0] = SplitRecipient({account: rejecting, bps: 10_000});
        _setSplit(modelId, split);
        _purchase(buyer, ethOffer);
        uint256 owed = market.withdrawable(rejecting, address(0));
        vm.expectRevert(Errors.FailedCall.selector);
        vm.prank(rejecting);
        market.withdraw(address(0));
        vm.assertEq(market.withdrawable(rejecting, address(0)), owed, "balance kept for a later withdrawal");
    }

    function _owedToOthers() private view returns (uint256) {
        return market.withdrawable(creator, address(0)) + market.withdrawable(treasury, address(0));
    }
}
