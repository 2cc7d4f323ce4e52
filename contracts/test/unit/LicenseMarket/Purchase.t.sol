// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {License, OfferTerms, PaymentKind} from "../../../src/types/License.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract PurchaseTest is Fixture {
    uint256 internal modelId;
    uint256 internal ethOffer;
    uint256 internal usdcOffer;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        _setSplit(modelId, _threeWaySplit());
        ethOffer = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        usdcOffer = _createOffer(creator, modelId, _subscriptionTerms(address(usdc), 50 * uint128(USDC), 30 days));
    }

    function test_PurchaseInEth_MintsTheLicenceAndEmitsEveryPartOfThePayment() public {
        vm.expectEmit(address(market));
        emit ILicenseMarket.LicensePurchased(1, ethOffer, modelId, buyer, buyer, 0, 1);
        vm.expectEmit(address(market));
        // 2.5 % fee; the split's remainder (the rounding dust) goes to its first recipient, credited last.
        uint256[] memory creditedModelIds = new uint256[](3);
        address[] memory recipients = new address[](3);
        uint256[] memory amounts = new uint256[](3);
        uint16[] memory bps = new uint16[](3);
        (creditedModelIds[0], recipients[0], amounts[0], bps[0]) = (modelId, contributor, 0.195 ether, 2_000);
        (creditedModelIds[1], recipients[1], amounts[1], bps[1]) = (modelId, stranger, 0.0975 ether, 1_000);
        (creditedModelIds[2], recipients[2], amounts[2], bps[2]) = (modelId, creator, 0.6825 ether, 7_000);
        emit ILicenseMarket.PaymentSettled(
            1,
            modelId,
            1,
            PaymentKind.Purchase,
            buyer,
            address(0),
            1 ether,
            0.025 ether,
            0,
            treasury,
            creditedModelIds,
            recipients,
            amounts,
            bps
        );
        uint256 licenseId = _purchase(buyer, ethOffer);

        vm.assertEq(market.ownerOf(licenseId), buyer, "holder");
        vm.assertTrue(market.isValid(licenseId), "perpetual licence is valid");
        vm.assertEq(market.offerOf(ethOffer).sold, 1, "sold");
        vm.assertEq(address(market).balance, 1 ether, "market holds the payment");
    }

    function test_PurchaseInErc20_PullsExactlyThePrice() public {
        uint256 before = usdc.balanceOf(buyer);
        uint256 licenseId = _purchase(buyer, usdcOffer);
        vm.assertEq(before - usdc.balanceOf(buyer), 50 * USDC, "buyer paid the price");
        vm.assertEq(usdc.balanceOf(address(market)), 50 * USDC, "market received it");
        License memory license = market.licenseOf(licenseId);
        vm.assertEq(license.expiresAt, block.timestamp + 30 days, "expiry");
        vm.assertEq(license.offerId, usdcOffer, "offer");
    }

    function test_PurchaseForAnotherHolder() public {
        uint256 price = _priceOf(ethOffer);
        vm.prank(buyer);
        uint256 licenseId = market.purchase{value: 1 ether}(ethOffer, stranger, price);
        vm.assertEq(market.ownerOf(licenseId), stranger, "gift recipient holds it");
    }

    function test_RevertWhen_OfferDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonexistentOffer.selector, 99));
        vm.prank(buyer);
        market.purchase(99, buyer, 0);
    }

    function test_RevertWhen_OfferIsInactive() public {
        vm.prank(creator);
        market.setOfferActive(ethOffer, false);
        uint256 price = _priceOf(ethOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketOfferInactive.selector, ethOffer));
        vm.prank(buyer);
        market.purchase{value: 1 ether}(ethOffer, buyer, price);
    }

    function test_RevertWhen_SoldOut() public {
        OfferTerms memory terms = _commercialTerms(address(0), 1 ether);
        terms.maxSupply = 1;
        uint256 capped = _createOffer(creator, modelId, terms);
        _purchase(buyer, capped);
        uint256 price = _priceOf(capped);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketSoldOut.selector, capped));
        vm.prank(buyer);
        market.purchase{value: 1 ether}(capped, buyer, price);
    }

    function test_RevertGiven_ModelPaused() public {
        vm.prank(creator);
        registry.setPaused(modelId, true);
        uint256 price = _priceOf(ethOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketModelNotSelling.selector, modelId));
        vm.prank(buyer);
        market.purchase{value: 1 ether}(ethOffer, buyer, price);
    }

    function test_RevertGiven_ModelDelisted() public {
        vm.prank(dao);
        registry.delist(modelId);
        uint256 price = _priceOf(ethOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketModelNotSelling.selector, modelId));
        vm.prank(buyer);
        market.purchase{value: 1 ether}(ethOffer, buyer, price);
    }

    function test_RevertGiven_CurrencyDisallowedAfterListing() public {
        vm.prank(dao);
        market.setCurrencyAllowed(address(usdc), false);
        uint256 price = _priceOf(usdcOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketCurrencyNotAllowed.selector, address(usdc)));
        vm.prank(buyer);
        market.purchase(usdcOffer, buyer, price);
    }

    function test_RevertWhen_EthValueIsWrong() public {
        uint256 price = _priceOf(ethOffer);
        vm.expectRevert(
            abi.encodeWithSelector(ILicenseMarket.LicenseMarketIncorrectPayment.selector, 1 ether, 0.5 ether)
        );
        vm.prank(buyer);
        market.purchase{value: 0.5 ether}(ethOffer, buyer, price);
        price = _priceOf(ethOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketIncorrectPayment.selector, 1 ether, 2 ether));
        vm.prank(buyer);
        market.purchase{value: 2 ether}(ethOffer, buyer, price);
    }

    function test_RevertWhen_EthSentWithErc20Offer() public {
        uint256 price = _priceOf(usdcOffer);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketIncorrectPayment.selector, 0, 1));
        vm.prank(buyer);
        market.purchase{value: 1}(usdcOffer, buyer, price);
    }

    function testFuzz_PurchaseSplitsEveryWei(uint128 price, uint16 feeBps) public {
        price = uint128(bound(price, 1, 1e32));
        feeBps = uint16(bound(feeBps, 0, market.MAX_FEE_BPS()));
        vm.prank(dao);
        market.setProtocolFee(feeBps);
        uint256 offerId = _createOffer(creator, modelId, _commercialTerms(address(usdc), price));
        usdc.mint(buyer, price);
        _purchase(buyer, offerId);
        uint256 credited = market.withdrawable(creator, address(usdc)) + market.withdrawable(contributor, address(usdc))
            + market.withdrawable(stranger, address(usdc));
        vm.assertEq(market.withdrawable(treasury, address(usdc)), uint256(price) * feeBps / 10_000, "fee");
        vm.assertEq(credited + market.withdrawable(treasury, address(usdc)), price, "gross == fee + credits");
    }
}
