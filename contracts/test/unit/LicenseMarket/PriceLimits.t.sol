// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {Fixture} from "../../utils/Fixture.sol";

/// @notice A seller who reprices between a payer's quote and its payment: the payer, who approved the market for
/// everything it holds as wallets often do, pays at most the price it stated, or nothing.
contract PriceLimitsTest is Fixture {
    uint128 internal constant PRICE = 100 * uint128(USDC);
    uint64 internal constant MONTH = 30 days;

    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        usdc.mint(buyer, 1_000_000 * USDC);
        vm.prank(buyer);
        usdc.approve(address(market), type(uint256).max);
    }

    function _reprice(uint256 offerId, uint128 price, uint128 unitPrice) private {
        vm.prank(creator);
        market.updateOffer(offerId, price, unitPrice, 0);
    }

    function test_RevertWhen_TheSellerRaisesThePriceBeforeThePurchaseLands() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(usdc), PRICE));
        uint256 quoted = _priceOf(offerId);
        _reprice(offerId, PRICE * 100, 0);
        uint256 balance = usdc.balanceOf(buyer);
        vm.expectRevert(
            abi.encodeWithSelector(ILicenseMarket.LicenseMarketPriceAboveLimit.selector, PRICE * 100, quoted)
        );
        vm.prank(buyer);
        market.purchase(offerId, buyer, quoted);
        vm.assertEq(usdc.balanceOf(buyer), balance, "nothing taken");
    }

    function test_WhenTheSellerLowersThePrice_TheBuyerPaysTheLowerPrice() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(usdc), PRICE));
        uint256 quoted = _priceOf(offerId);
        _reprice(offerId, PRICE / 2, 0);
        uint256 balance = usdc.balanceOf(buyer);
        vm.prank(buyer);
        market.purchase(offerId, buyer, quoted);
        vm.assertEq(balance - usdc.balanceOf(buyer), PRICE / 2, "the price due, not the limit");
    }

    function test_RevertWhen_TheSellerRaisesTheRenewalPrice() public {
        uint256 offerId = _createOffer(creator, modelId, _subscriptionTerms(address(usdc), PRICE, MONTH));
        uint256 licenseId = _purchase(buyer, offerId);
        uint256 quoted = _renewalPriceOf(licenseId);
        _reprice(offerId, PRICE * 100, 0);
        vm.expectRevert(
            abi.encodeWithSelector(ILicenseMarket.LicenseMarketPriceAboveLimit.selector, PRICE * 100, quoted)
        );
        vm.prank(buyer);
        market.renew(licenseId, quoted);
    }

    function test_RevertWhen_TheSellerRaisesTheUnitPriceBeforeUsageIsPaid() public {
        uint256 offerId = _createOffer(creator, modelId, _meteredTerms(address(usdc), PRICE, 1_000));
        uint256 licenseId = _purchase(buyer, offerId);
        uint256 quoted = _unitPriceOf(licenseId);
        _reprice(offerId, PRICE, 100_000);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketPriceAboveLimit.selector, 100_000, quoted));
        vm.prank(buyer);
        market.payForUsage(licenseId, 1_000, quoted);
    }

    function test_ARepricedSubscriptionStillRenewsForTheTermItWasSoldWith() public {
        uint256 offerId = _createOffer(creator, modelId, _subscriptionTerms(address(usdc), PRICE, MONTH));
        uint256 licenseId = _purchase(buyer, offerId);
        uint256 expiry = market.licenseOf(licenseId).expiresAt;
        _reprice(offerId, PRICE * 2, 0);
        uint256 quoted = _renewalPriceOf(licenseId);
        vm.prank(buyer);
        uint256 renewed = market.renew(licenseId, quoted);
        vm.assertEq(renewed, expiry + MONTH, "a month more, as sold: an update changes prices and the cap only");
        vm.assertEq(market.offerOf(offerId).duration, MONTH, "the offer's term is unchanged");
    }
}
