// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract RenewalTest is Fixture {
    uint256 internal modelId;
    uint256 internal offerId;
    uint256 internal licenseId;
    uint256 internal purchasedAt;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        offerId = _createOffer(creator, modelId, _subscriptionTerms(address(usdc), 50 * uint128(USDC), 30 days));
        purchasedAt = block.timestamp;
        licenseId = _purchase(buyer, offerId);
    }

    function test_WhenRenewedBeforeExpiry_ExtendsFromTheExpiry() public {
        vm.warp(purchasedAt + 10 days);
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.expectEmit(address(market));
        emit ILicenseMarket.LicenseRenewed(licenseId, buyer, uint40(purchasedAt + 60 days), 2);
        vm.prank(buyer);
        uint40 expiresAt = market.renew(licenseId, renewalPrice);
        vm.assertEq(expiresAt, purchasedAt + 60 days, "30 days after the old expiry");
        vm.assertEq(market.licenseOf(licenseId).expiresAt, expiresAt, "stored");
    }

    function test_WhenRenewedAfterExpiry_ExtendsFromNow() public {
        vm.warp(purchasedAt + 45 days);
        vm.assertFalse(market.isValid(licenseId), "lapsed");
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.prank(buyer);
        uint40 expiresAt = market.renew(licenseId, renewalPrice);
        vm.assertEq(expiresAt, purchasedAt + 75 days, "30 days from now");
        vm.assertTrue(market.isValid(licenseId), "valid again");
    }

    function test_AnyoneMayPayARenewal() public {
        usdc.mint(stranger, 50 * USDC);
        vm.startPrank(stranger);
        usdc.approve(address(market), 50 * USDC);
        market.renew(licenseId, _renewalPriceOf(licenseId));
        vm.stopPrank();
        vm.assertEq(usdc.balanceOf(stranger), 0, "stranger paid");
        vm.assertEq(market.ownerOf(licenseId), buyer, "holder unchanged");
    }

    function test_GivenModelPaused_RenewalsContinue() public {
        vm.prank(creator);
        registry.setPaused(modelId, true);
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.prank(buyer);
        market.renew(licenseId, renewalPrice);
        vm.assertEq(market.licenseOf(licenseId).expiresAt, purchasedAt + 60 days, "renewed while paused");
    }

    function test_RevertGiven_ModelDelisted() public {
        vm.prank(dao);
        registry.delist(modelId);
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketModelNotSelling.selector, modelId));
        vm.prank(buyer);
        market.renew(licenseId, renewalPrice);
    }

    function test_RevertGiven_PerpetualLicence() public {
        uint256 perpetual = _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        uint256 renewalPrice = _renewalPriceOf(perpetual);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNotRenewable.selector, perpetual));
        vm.prank(buyer);
        market.renew(perpetual, renewalPrice);
    }

    function test_RevertGiven_RevokedLicence() public {
        vm.prank(address(disputes));
        market.revokeLicense(licenseId);
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketLicenseNotValid.selector, licenseId));
        vm.prank(buyer);
        market.renew(licenseId, renewalPrice);
    }

    function test_RevertGiven_OfferDeactivated() public {
        vm.prank(creator);
        market.setOfferActive(offerId, false);
        uint256 renewalPrice = _renewalPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketOfferInactive.selector, offerId));
        vm.prank(buyer);
        market.renew(licenseId, renewalPrice);
    }

    function test_RevertWhen_LicenceDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonexistentLicense.selector, 42));
        vm.prank(buyer);
        market.renew(42, 0);
    }

    function testFuzz_RenewalExpiryMath(uint64 duration, uint32 elapsed) public {
        duration = uint64(bound(duration, 1, 3650 days));
        elapsed = uint32(bound(elapsed, 0, 3 * 365 days));
        uint256 subscription =
            _createOffer(creator, modelId, _subscriptionTerms(address(usdc), 50 * uint128(USDC), duration));
        uint256 start = block.timestamp;
        uint256 id = _purchase(buyer, subscription);
        vm.warp(start + elapsed);
        uint256 renewalPrice = _renewalPriceOf(id);
        vm.prank(buyer);
        uint40 expiresAt = market.renew(id, renewalPrice);
        uint256 base = start + duration > start + elapsed ? start + duration : start + elapsed;
        vm.assertEq(expiresAt, base + duration, "max(now, expiry) + duration");
        vm.assertTrue(market.isValid(id), "valid after renewal");
    }
}
