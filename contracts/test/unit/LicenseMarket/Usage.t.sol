// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {OfferTerms, PaymentKind} from "../../../src/types/License.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract UsageTest is Fixture {
    uint256 internal modelId;
    uint256 internal licenseId;
    uint128 internal constant UNIT_PRICE = 2_000;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        licenseId = _purchase(
            buyer, _createOffer(creator, modelId, _meteredTerms(address(usdc), 10 * uint128(USDC), UNIT_PRICE))
        );
    }

    function test_PayForUsage_ChargesUnitsTimesUnitPrice() public {
        uint256 before = usdc.balanceOf(buyer);
        vm.expectEmit(address(market));
        emit ILicenseMarket.UsagePaid(licenseId, buyer, 500, 500, 2);
        vm.expectEmit(address(market));
        uint256[] memory creditedModelIds = new uint256[](1);
        address[] memory recipients = new address[](1);
        uint256[] memory amounts = new uint256[](1);
        uint16[] memory bps = new uint16[](1);
        (creditedModelIds[0], recipients[0], amounts[0], bps[0]) = (modelId, creator, 975_000, 10_000);
        uint256 unitPrice = _unitPriceOf(licenseId);
        emit ILicenseMarket.PaymentSettled(
            2,
            modelId,
            licenseId,
            PaymentKind.Usage,
            buyer,
            address(usdc),
            1_000_000,
            25_000,
            0,
            treasury,
            creditedModelIds,
            recipients,
            amounts,
            bps
        );
        vm.prank(buyer);
        market.payForUsage(licenseId, 500, unitPrice);
        vm.assertEq(before - usdc.balanceOf(buyer), 500 * UNIT_PRICE, "paid units x unit price");

        unitPrice = _unitPriceOf(licenseId);
        vm.prank(buyer);
        market.payForUsage(licenseId, 250, unitPrice);
        vm.assertEq(market.licenseOf(licenseId).usageUnits, 750, "units accumulate");
    }

    function test_RevertWhen_CallerIsNotTheHolder() public {
        uint256 unitPrice = _unitPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNotHolder.selector, licenseId, stranger));
        vm.prank(stranger);
        market.payForUsage(licenseId, 1, unitPrice);
    }

    function test_RevertWhen_ZeroUnits() public {
        uint256 unitPrice = _unitPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNotMetered.selector, licenseId));
        vm.prank(buyer);
        market.payForUsage(licenseId, 0, unitPrice);
    }

    function test_RevertGiven_OfferNotMetered() public {
        uint256 commercial = _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        uint256 unitPrice = _unitPriceOf(commercial);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNotMetered.selector, commercial));
        vm.prank(buyer);
        market.payForUsage(commercial, 1, unitPrice);
    }

    function test_RevertGiven_LicenceExpired() public {
        OfferTerms memory terms = _meteredTerms(address(usdc), 1, UNIT_PRICE);
        terms.duration = 1 days;
        uint256 timed = _purchase(buyer, _createOffer(creator, modelId, terms));
        vm.warp(block.timestamp + 1 days);
        uint256 unitPrice = _unitPriceOf(timed);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketLicenseNotValid.selector, timed));
        vm.prank(buyer);
        market.payForUsage(timed, 1, unitPrice);
    }

    function test_RevertGiven_LicenceRevoked() public {
        vm.prank(address(disputes));
        market.revokeLicense(licenseId);
        uint256 unitPrice = _unitPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketLicenseNotValid.selector, licenseId));
        vm.prank(buyer);
        market.payForUsage(licenseId, 1, unitPrice);
    }

    function test_RevertGiven_ModelDelisted() public {
        vm.prank(dao);
        registry.delist(modelId);
        uint256 unitPrice = _unitPriceOf(licenseId);
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketModelNotSelling.selector, modelId));
        vm.prank(buyer);
        market.payForUsage(licenseId, 1, unitPrice);
    }

    function test_RevertWhen_LicenceDoesNotExist() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonexistentLicense.selector, 77));
        vm.prank(buyer);
        market.payForUsage(77, 1, 0);
    }

    function testFuzz_UsageChargesExactly(uint64 units, uint128 unitPrice) public {
        units = uint64(bound(units, 1, 1e12));
        unitPrice = uint128(bound(unitPrice, 1, 1e12));
        uint256 id = _purchase(buyer, _createOffer(creator, modelId, _meteredTerms(address(usdc), 1, unitPrice)));
        uint256 amount = uint256(units) * unitPrice;
        usdc.mint(buyer, amount);
        uint256 marketBefore = usdc.balanceOf(address(market));
        uint256 quoted = _unitPriceOf(id);
        vm.prank(buyer);
        market.payForUsage(id, units, quoted);
        vm.assertEq(usdc.balanceOf(address(market)) - marketBefore, amount, "market received units x price");
        vm.assertEq(
            market.withdrawable(creator, address(usdc)) + market.withdrawable(treasury, address(usdc)),
            usdc.balanceOf(address(market)),
            "every wei credited"
        );
    }
}
