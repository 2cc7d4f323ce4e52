// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {LicenseTier, Offer, OfferTerms} from "../../../src/types/License.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract OffersTest is Fixture {
    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
    }

    function test_CreateOffer_StoresTermsAndEmits() public {
        OfferTerms memory terms = _subscriptionTerms(address(usdc), 50 * uint128(USDC), 30 days);
        vm.expectEmit(address(market));
        emit ILicenseMarket.OfferCreated(
            1, modelId, LicenseTier.Subscription, address(usdc), 50 * USDC, 0, 30 days, 0, false, false
        );
        uint256 offerId = _createOffer(creator, modelId, terms);

        Offer memory offer = market.offerOf(offerId);
        vm.assertEq(offerId, 1, "first offer id");
        vm.assertEq(offer.modelId, modelId, "model");
        vm.assertEq(offer.currency, address(usdc), "currency");
        vm.assertEq(offer.price, 50 * USDC, "price");
        vm.assertEq(offer.duration, 30 days, "duration");
        vm.assertTrue(offer.active, "active");
        vm.assertEq(offer.sold, 0, "sold");
    }

    function test_CreateOffer_ByApprovedOperator() public {
        vm.prank(creator);
        registry.setApprovalForAll(contributor, true);
        uint256 offerId = _createOffer(contributor, modelId, _commercialTerms(address(0), 1 ether));
        vm.assertEq(market.offerOf(offerId).modelId, modelId, "operator created the offer");
    }

    function test_RevertWhen_CreateOfferByStranger() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        market.createOffer(modelId, _commercialTerms(address(0), 1 ether));
    }

    function test_RevertWhen_CurrencyNotAllowed() public {
        address token = makeAddr("unlisted");
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketCurrencyNotAllowed.selector, token));
        vm.prank(creator);
        market.createOffer(modelId, _commercialTerms(token, 1 ether));
    }

    function test_RevertWhen_SubscriptionWithoutDuration() public {
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidTerms.selector);
        vm.prank(creator);
        market.createOffer(modelId, _subscriptionTerms(address(0), 1 ether, 0));
    }

    function test_RevertWhen_MeteredWithoutUnitPrice() public {
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidTerms.selector);
        vm.prank(creator);
        market.createOffer(modelId, _meteredTerms(address(0), 1 ether, 0));
    }

    function test_RevertWhen_FreeNonMeteredOffer() public {
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidTerms.selector);
        vm.prank(creator);
        market.createOffer(modelId, _commercialTerms(address(0), 0));
    }

    function test_WhenMeteredOfferIsFree_PurchaseNeedsNoPayment() public {
        uint256 offerId = _createOffer(creator, modelId, _meteredTerms(address(0), 0, 1 gwei));
        uint256 price = _priceOf(offerId);
        vm.prank(buyer);
        uint256 licenseId = market.purchase(offerId, buyer, price);
        (,, uint256 payments) = market.counts();
        vm.assertEq(market.ownerOf(licenseId), buyer, "licence minted");
        vm.assertEq(payments, 0, "no payment for a free licence");
    }

    function test_UpdateOffer_SetsPricesAndCap() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(usdc), 100 * uint128(USDC)));
        vm.expectEmit(address(market));
        emit ILicenseMarket.OfferUpdated(offerId, 900 * USDC, 0, 10);
        vm.prank(creator);
        market.updateOffer(offerId, 900 * uint128(USDC), 0, 10);
        Offer memory offer = market.offerOf(offerId);
        vm.assertEq(offer.price, 900 * USDC, "price");
        vm.assertEq(offer.maxSupply, 10, "cap");
        vm.assertEq(offer.currency, address(usdc), "currency unchanged");
        vm.assertEq(offer.modelId, modelId, "model unchanged");
    }

    function test_UpdateOffer_KeepsWhatDefinesTheLicence() public {
        OfferTerms memory terms = _subscriptionTerms(address(usdc), 50 * uint128(USDC), 30 days);
        terms.transferable = true;
        terms.derivativesAllowed = true;
        uint256 offerId = _createOffer(creator, modelId, terms);
        vm.prank(creator);
        market.updateOffer(offerId, 70 * uint128(USDC), 0, 0);
        Offer memory offer = market.offerOf(offerId);
        vm.assertEq(uint8(offer.tier), uint8(LicenseTier.Subscription), "tier");
        vm.assertEq(offer.currency, address(usdc), "currency");
        vm.assertEq(offer.duration, 30 days, "duration");
        vm.assertTrue(offer.transferable, "transferable");
        vm.assertTrue(offer.derivativesAllowed, "derivatives");
    }

    function test_RevertWhen_UpdateOfferCapBelowSold() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        _purchase(buyer, offerId);
        _purchase(buyer, offerId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketSupplyBelowSold.selector, offerId, 1, 2));
        vm.prank(creator);
        market.updateOffer(offerId, 1 ether, 0, 1);
        vm.prank(creator);
        market.updateOffer(offerId, 1 ether, 0, 2);
        vm.assertEq(market.offerOf(offerId).maxSupply, 2, "a cap at what was sold");
    }

    function test_RevertWhen_UpdateOfferToInvalidPrices() public {
        uint256 commercial = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        uint256 metered = _createOffer(creator, modelId, _meteredTerms(address(0), 0, 1 gwei));
        vm.startPrank(creator);
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidTerms.selector);
        market.updateOffer(commercial, 0, 0, 0);
        vm.expectRevert(ILicenseMarket.LicenseMarketInvalidTerms.selector);
        market.updateOffer(metered, 1 ether, 0, 0);
        vm.stopPrank();
    }

    function test_RevertWhen_UpdateNonexistentOffer() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonexistentOffer.selector, 7));
        vm.prank(creator);
        market.updateOffer(7, 1 ether, 0, 0);
    }

    function test_RevertWhen_UpdateOfferByStranger() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        market.updateOffer(offerId, 2 ether, 0, 0);
    }

    function test_SetOfferActive_TogglesAndEmits() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        vm.expectEmit(address(market));
        emit ILicenseMarket.OfferStatusChanged(offerId, false);
        vm.prank(creator);
        market.setOfferActive(offerId, false);
        vm.assertFalse(market.offerOf(offerId).active, "deactivated");
        vm.prank(creator);
        market.setOfferActive(offerId, true);
        vm.assertTrue(market.offerOf(offerId).active, "reactivated");
    }

    function test_RevertWhen_SetOfferActiveByStranger() public {
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        market.setOfferActive(offerId, false);
    }
}
