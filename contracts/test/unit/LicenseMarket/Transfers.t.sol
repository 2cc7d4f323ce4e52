// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract TransfersTest is Fixture {
    uint256 internal modelId;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
    }

    function test_TransferableLicenceChangesHands() public {
        uint256 licenseId = _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        vm.prank(buyer);
        market.transferFrom(buyer, stranger, licenseId);
        vm.assertEq(market.ownerOf(licenseId), stranger, "new holder");
        vm.assertTrue(market.isValid(licenseId), "still valid");
    }

    function test_RevertWhen_TransferringASoulboundLicence() public {
        uint256 licenseId =
            _purchase(buyer, _createOffer(creator, modelId, _subscriptionTerms(address(0), 1 ether, 30 days)));
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonTransferable.selector, licenseId));
        vm.prank(buyer);
        market.transferFrom(buyer, stranger, licenseId);
    }

    function test_IsValid_OverTime() public {
        uint256 start = block.timestamp;
        uint256 licenseId =
            _purchase(buyer, _createOffer(creator, modelId, _subscriptionTerms(address(0), 1 ether, 7 days)));
        vm.assertTrue(market.isValid(licenseId), "valid at purchase");
        vm.warp(start + 7 days - 1);
        vm.assertTrue(market.isValid(licenseId), "valid the second before expiry");
        vm.warp(start + 7 days);
        vm.assertFalse(market.isValid(licenseId), "lapsed at expiry");
        vm.assertFalse(market.isValid(999), "unknown licence is not valid");
    }

    function test_AllowsDerivative_OnlyForTheHolderOfALiveLicenceThatAllowsIt() public {
        uint256 allowing = _createOffer(creator, modelId, _derivativeTerms());
        uint256 notAllowing = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        uint256 good = _purchase(buyer, allowing);
        uint256 plain = _purchase(buyer, notAllowing);
        uint256 otherModel = _registerModel(stranger);

        vm.assertTrue(market.allowsDerivative(good, modelId, buyer), "holder of a derivative licence");
        vm.assertFalse(market.allowsDerivative(good, modelId, stranger), "not the holder");
        vm.assertFalse(market.allowsDerivative(good, otherModel, buyer), "licence of another model");
        vm.assertFalse(market.allowsDerivative(plain, modelId, buyer), "offer does not allow derivatives");
        vm.assertFalse(market.allowsDerivative(12345, modelId, buyer), "no such licence");
        vm.prank(address(disputes));
        market.revokeLicense(good);
        vm.assertFalse(market.allowsDerivative(good, modelId, buyer), "revoked licence");
    }
}
