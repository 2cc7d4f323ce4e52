// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract WithdrawTest is Fixture {
    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(usdc), 100 * uint128(USDC))));
    }

    function test_WithdrawEth_SendsTheWholeBalance() public {
        uint256 owed = market.withdrawable(creator, address(0));
        vm.expectEmit(address(market));
        emit ILicenseMarket.Withdrawn(creator, address(0), owed);
        vm.prank(creator);
        uint256 amount = market.withdraw(address(0));
        vm.assertEq(amount, 0.975 ether, "creator's share");
        vm.assertEq(creator.balance, owed, "paid out");
        vm.assertEq(market.withdrawable(creator, address(0)), 0, "balance cleared");
        vm.assertEq(address(market).balance, market.withdrawable(treasury, address(0)), "only the fee remains");
    }

    function test_WithdrawErc20() public {
        vm.prank(treasury);
        market.withdraw(address(usdc));
        vm.assertEq(usdc.balanceOf(treasury), 2_500_000, "2.5 % of 100 USDC");
    }

    function test_RevertWhen_NothingToWithdraw() public {
        vm.expectRevert(
            abi.encodeWithSelector(ILicenseMarket.LicenseMarketNothingToWithdraw.selector, stranger, address(0))
        );
        vm.prank(stranger);
        market.withdraw(address(0));
    }

    function test_RevertWhen_WithdrawingTwice() public {
        vm.startPrank(creator);
        market.withdraw(address(usdc));
        vm.expectRevert(
            abi.encodeWithSelector(ILicenseMarket.LicenseMarketNothingToWithdraw.selector, creator, address(usdc))
        );
        market.withdraw(address(usdc));
        vm.stopPrank();
    }
}
