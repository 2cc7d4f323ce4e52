// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract SplitsTest is Fixture {
    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
    }

    function test_SplitOf_DefaultsToCreatorAlone() public view {
        SplitRecipient[] memory split = market.splitOf(modelId);
        vm.assertEq(split.length, 1, "one recipient");
        vm.assertEq(split[0].account, creator, "creator");
        vm.assertEq(split[0].bps, 10_000, "everything");
    }

    function test_SetSplit_ReplacesAndEmitsTheFullSplit() public {
        address[] memory recipients = new address[](3);
        (recipients[0], recipients[1], recipients[2]) = (creator, contributor, stranger);
        uint16[] memory bps = new uint16[](3);
        (bps[0], bps[1], bps[2]) = (7_000, 2_000, 1_000);
        vm.expectEmit(address(market));
        emit ILicenseMarket.SplitUpdated(modelId, recipients, bps);
        _setSplit(modelId, _threeWaySplit());

        SplitRecipient[] memory split = market.splitOf(modelId);
        vm.assertEq(split.length, 3, "three recipients");
        vm.assertEq(split[1].account, contributor, "second recipient");
        vm.assertEq(split[2].bps, 1_000, "third share");

        SplitRecipient[] memory single = new SplitRecipient[](1);
        single[0] = SplitRecipient({account: contributor, bps: 10_000});
        _setSplit(modelId, single);
        vm.assertEq(market.splitOf(modelId).length, 1, "old entries gone");
    }

    function test_RevertWhen_SplitIsEmpty() public {
        _expectInvalid(new SplitRecipient[](0));
    }

    function test_RevertWhen_SplitHasTooManyRecipients() public {
        SplitRecipient[] memory split = new SplitRecipient[](17);
        for (uint256 i; i < 17; ++i) {
            split[i] = SplitRecipient({account: makeAddr(vm.toString(i)), bps: i == 0 ? 10_000 - 16 * 100 : 100});
        }
        _expectInvalid(split);
    }

    function test_RevertWhen_SplitHasZeroAccount() public {
        SplitRecipient[] memory split = _threeWaySplit();
        split[1].account = address(0);
        _expectInvalid(split);
    }

    function test_RevertWhen_SplitHasZeroShare() public {
        SplitRecipient[] memory split = new SplitRecipient[](2);
        split[0] = SplitRecipient({account: creator, bps: 10_000});
        split[1] = SplitRecipient({account: contributor, bps: 0});
        _expectInvalid(split);
    }

    function test_RevertWhen_SharesDoNotSumTo10000() public {
        SplitRecipient[] memory split = _threeWaySplit();
        split[2].bps = 999;
        _expectInvalid(split);
    }

    function test_RevertWhen_SetSplitByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        market.setSplit(modelId, _threeWaySplit());
    }

    function testFuzz_SplitCreditsEveryWeiWithDustToTheFirstRecipient(uint128 price, uint16 firstBps) public {
        price = uint128(bound(price, 1, 1e30));
        firstBps = uint16(bound(firstBps, 1, 9_998));
        SplitRecipient[] memory split = new SplitRecipient[](3);
        split[0] = SplitRecipient({account: creator, bps: firstBps});
        split[1] = SplitRecipient({account: contributor, bps: 1});
        split[2] = SplitRecipient({account: stranger, bps: 9_999 - firstBps});
        _setSplit(modelId, split);
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(usdc), price));
        usdc.mint(buyer, price);
        _purchase(buyer, offerId);

        uint256 fee = uint256(price) * FEE_BPS / 10_000;
        uint256 net = price - fee;
        uint256 second = net * 1 / 10_000;
        uint256 third = net * (9_999 - firstBps) / 10_000;
        vm.assertEq(market.withdrawable(contributor, address(usdc)), second, "second recipient rounds down");
        vm.assertEq(market.withdrawable(stranger, address(usdc)), third, "third recipient rounds down");
        vm.assertEq(market.withdrawable(creator, address(usdc)), net - second - third, "first takes the dust");
        vm.assertEq(market.withdrawable(treasury, address(usdc)), fee, "fee");
    }

    function _expectInvalid(SplitRecipient[] memory split) private {
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidSplit.selector);
        vm.prank(creator);
        market.setSplit(modelId, split);
    }
}
