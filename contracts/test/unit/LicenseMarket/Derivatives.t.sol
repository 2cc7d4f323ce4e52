// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {PaymentKind} from "../../../src/types/License.sol";
import {ModelParams} from "../../../src/types/Model.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract DerivativesTest is Fixture {
    address internal fineTuner;
    address internal distiller;
    uint256 internal base;

    function setUp() public override {
        super.setUp();
        fineTuner = makeAddr("fineTuner");
        distiller = makeAddr("distiller");
        base = _registerModel(creator);
        _setSplit(base, _threeWaySplit());
    }

    function test_DerivativePayment_RoutesTheParentCutToTheParentsSplit() public {
        uint256 child = _registerDerivative(fineTuner, base, 1_000);
        uint256 offerId = _createOffer(fineTuner, child, _commercialTerms(address(usdc), 1_000 * uint128(USDC)));
        uint256 creatorBefore = market.withdrawable(creator, address(usdc));

        // gross 1,000 USDC: fee 25, net 975, parent cut 10 % of net (the base model's royalty 1,000 bps) = 97.5
        vm.expectEmit(address(market));
        // The child has no split (its creator takes all), then the base model's split, first recipient last.
        uint256[] memory creditedModelIds = new uint256[](4);
        address[] memory recipients = new address[](4);
        uint256[] memory amounts = new uint256[](4);
        uint16[] memory bps = new uint16[](4);
        (creditedModelIds[0], recipients[0], amounts[0], bps[0]) = (child, fineTuner, 877_500_000, 10_000);
        (creditedModelIds[1], recipients[1], amounts[1], bps[1]) = (base, contributor, 19_500_000, 2_000);
        (creditedModelIds[2], recipients[2], amounts[2], bps[2]) = (base, stranger, 9_750_000, 1_000);
        (creditedModelIds[3], recipients[3], amounts[3], bps[3]) = (base, creator, 68_250_000, 7_000);
        emit ILicenseMarket.PaymentSettled(
            2,
            child,
            2,
            PaymentKind.Purchase,
            buyer,
            address(usdc),
            1_000 * USDC,
            25 * USDC,
            97_500_000,
            treasury,
            creditedModelIds,
            recipients,
            amounts,
            bps
        );
        _purchase(buyer, offerId);

        vm.assertEq(market.withdrawable(fineTuner, address(usdc)), 877_500_000, "derivative keeps net - parent cut");
        vm.assertEq(market.withdrawable(creator, address(usdc)) - creatorBefore, 68_250_000, "70 % of the cut");
        vm.assertEq(market.withdrawable(contributor, address(usdc)), 19_500_000, "20 % of the cut");
        vm.assertEq(market.withdrawable(stranger, address(usdc)), 9_750_000, "10 % of the cut");
    }

    function test_TwoLevelLineage_EachAncestorKeepsItsShareMinusItsParentsRoyalty() public {
        uint256 child = _registerDerivative(fineTuner, base, 2_000);
        uint256 grandchild = _registerDerivative(distiller, child, 500);
        uint256 offerId = _createOffer(distiller, grandchild, _commercialTerms(address(usdc), 10_000 * uint128(USDC)));
        uint256[4] memory before = _balances();
        _purchase(buyer, offerId);
        uint256[4] memory afterwards = _balances();

        // gross 10,000: fee 250; net 9,750; the child's royalty 20 % = 1,950 goes up; of it the base's 10 % = 195.
        vm.assertEq(afterwards[0] - before[0], 7_800 * USDC, "grandchild: net - 1,950");
        vm.assertEq(afterwards[1] - before[1], 1_755 * USDC, "child: 1,950 - 195");
        uint256 baseCredits =
            (afterwards[2] - before[2]) + (afterwards[3] - before[3]) + market.withdrawable(stranger, address(usdc));
        vm.assertEq(baseCredits, 195 * USDC, "base: 195 by its split");
        vm.assertEq(market.withdrawable(treasury, address(usdc)), 250 * USDC, "fee");
    }

    function test_GivenParentRoyaltyIsZero_NothingGoesUp() public {
        uint256 zeroRoyaltyBase = _registerModelWithRoyalty(creator, 0);
        uint256 child = _registerDerivative(fineTuner, zeroRoyaltyBase, 1_000);
        uint256 offerId = _createOffer(fineTuner, child, _commercialTerms(address(usdc), 100 * uint128(USDC)));
        uint256 creatorBefore = market.withdrawable(creator, address(usdc));
        _purchase(buyer, offerId);
        vm.assertEq(market.withdrawable(fineTuner, address(usdc)), 97_500_000, "all of net");
        vm.assertEq(market.withdrawable(creator, address(usdc)), creatorBefore, "parent credited nothing");
    }

    function testFuzz_LineagePaymentsBalanceToTheWei(uint128 price, uint16 childRoyalty, uint16 baseRoyalty, uint16 fee)
        public
    {
        price = uint128(bound(price, 1, 1e30));
        fee = uint16(bound(fee, 0, market.MAX_FEE_BPS()));
        uint256 root = _registerModelWithRoyalty(contributor, uint16(bound(baseRoyalty, 0, 5_000)));
        SplitRecipient[] memory split = new SplitRecipient[](2);
        split[0] = SplitRecipient({account: contributor, bps: 3_333});
        split[1] = SplitRecipient({account: stranger, bps: 6_667});
        _setSplit(root, split);
        uint256 child = _registerDerivative(fineTuner, root, uint16(bound(childRoyalty, 0, 5_000)));
        uint256 grandchild = _registerDerivative(distiller, child, 0);
        vm.prank(dao);
        market.setProtocolFee(fee);
        uint256 offerId = _createOffer(distiller, grandchild, _commercialTerms(address(usdc), price));
        usdc.mint(buyer, price);
        uint256 ethBefore = address(market).balance;

        vm.recordLogs();
        _purchase(buyer, offerId);
        uint256 paid = _sumCredits() + market.withdrawable(treasury, address(usdc));
        vm.assertEq(paid, price, "fee + every credit == gross");
        vm.assertEq(usdc.balanceOf(address(market)), price, "market holds the gross");
        vm.assertEq(address(market).balance, ethBefore, "no ETH moved");
    }

    function _sumCredits() private view returns (uint256 total) {
        address[4] memory accounts = [fineTuner, distiller, contributor, stranger];
        for (uint256 i; i < accounts.length; ++i) {
            total += market.withdrawable(accounts[i], address(usdc));
        }
    }

    function _balances() private view returns (uint256[4] memory b) {
        b[0] = market.withdrawable(distiller, address(usdc));
        b[1] = market.withdrawable(fineTuner, address(usdc));
        b[2] = market.withdrawable(creator, address(usdc));
        b[3] = market.withdrawable(contributor, address(usdc));
    }

    function _registerModelWithRoyalty(address owner, uint16 royaltyBps) private returns (uint256) {
        vm.prank(owner);
        return registry.register(_withRoyalty(royaltyBps));
    }

    function _withRoyalty(uint16 royaltyBps) private pure returns (ModelParams memory params) {
        params = _modelParams("Base");
        params.royaltyBps = royaltyBps;
    }
}
