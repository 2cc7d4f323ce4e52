// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Fixture} from "../utils/Fixture.sol";

contract SmokeTest is Fixture {
    function test_PurchaseSplitsEth() public {
        uint256 modelId = _registerModel(creator);
        _setSplit(modelId, _threeWaySplit());
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        _purchase(buyer, offerId);
        vm.assertEq(market.withdrawable(treasury, address(0)), 0.025 ether, "fee");
        vm.assertEq(market.withdrawable(creator, address(0)), 0.6825 ether, "creator");
        vm.assertEq(market.withdrawable(contributor, address(0)), 0.195 ether, "contributor");
        vm.assertEq(market.withdrawable(stranger, address(0)), 0.0975 ether, "stranger");
    }
}
