// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {MockStablecoin} from "../../../src/mocks/MockStablecoin.sol";
import {RawMetadataToken} from "../../mocks/RawMetadataToken.sol";
import {Fixture} from "../../utils/Fixture.sol";

contract AdminTest is Fixture {
    function _expectUnauthorized(address account, bytes32 role) private {
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, account, role));
    }

    function test_SetProtocolFee() public {
        vm.expectEmit(address(market));
        emit ILicenseMarket.ProtocolFeeUpdated(500);
        vm.prank(dao);
        market.setProtocolFee(500);
        vm.assertEq(market.protocolFeeBps(), 500, "fee");
    }

    function test_RevertWhen_FeeAboveMaximum() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketFeeTooHigh.selector, 1_001));
        vm.prank(dao);
        market.setProtocolFee(1_001);
    }

    function test_RevertWhen_SetProtocolFeeByStranger() public {
        _expectUnauthorized(stranger, market.PARAMETERS_ROLE());
        vm.prank(stranger);
        market.setProtocolFee(0);
    }

    function test_SetTreasury() public {
        vm.expectEmit(address(market));
        emit ILicenseMarket.TreasuryUpdated(stranger);
        vm.prank(dao);
        market.setTreasury(stranger);
        vm.assertEq(market.treasury(), stranger, "treasury");
    }

    function test_RevertWhen_TreasuryIsZero() public {
        vm.expectRevert(ILicenseMarket.LicenseMarketZeroAddress.selector);
        vm.prank(dao);
        market.setTreasury(address(0));
    }

    function test_RevertWhen_SetTreasuryByStranger() public {
        _expectUnauthorized(stranger, market.PARAMETERS_ROLE());
        vm.prank(stranger);
        market.setTreasury(stranger);
    }

    function test_SetCurrencyAllowed_EmitsMetadataForIndexers() public {
        MockStablecoin token = new MockStablecoin();
        vm.expectEmit(address(market));
        emit ILicenseMarket.CurrencyAllowed(address(token), true, "mUSDC", 6);
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), true);
        vm.assertTrue(market.isCurrencyAllowed(address(token)), "allowed");
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), false);
        vm.assertFalse(market.isCurrencyAllowed(address(token)), "disallowed");
        vm.assertTrue(market.isCurrencyAllowed(address(0)), "ETH is always allowed");
    }

    function test_RevertWhen_AllowListIsFull() public {
        for (uint256 i = 1; i < market.MAX_CURRENCIES(); ++i) {
            address token = address(new MockStablecoin());
            vm.prank(dao);
            market.setCurrencyAllowed(token, true);
        }
        address extra = address(new MockStablecoin());
        vm.expectRevert(ILicenseMarket.LicenseMarketTooManyCurrencies.selector);
        vm.prank(dao);
        market.setCurrencyAllowed(extra, true);
    }

    function test_RevertWhen_AllowingEthExplicitly() public {
        vm.expectRevert(ILicenseMarket.LicenseMarketZeroAddress.selector);
        vm.prank(dao);
        market.setCurrencyAllowed(address(0), true);
    }

    function test_RevertWhen_SetCurrencyAllowedByStranger() public {
        _expectUnauthorized(stranger, market.PARAMETERS_ROLE());
        vm.prank(stranger);
        market.setCurrencyAllowed(address(usdc), false);
    }

    function test_RevertWhen_RegisterShareVaultByStranger() public {
        _expectUnauthorized(stranger, market.VAULT_FACTORY_ROLE());
        vm.prank(stranger);
        market.registerShareVault(stranger);
    }

    function test_RevokeLicense() public {
        uint256 modelId = _registerModel(creator);
        uint256 licenseId = _purchase(buyer, _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether)));
        vm.expectEmit(address(market));
        emit ILicenseMarket.LicenseRevoked(licenseId);
        vm.prank(address(disputes));
        market.revokeLicense(licenseId);
        vm.assertFalse(market.isValid(licenseId), "revoked licence is not valid");
        vm.assertTrue(market.licenseOf(licenseId).revoked, "stored");

        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketLicenseNotValid.selector, licenseId));
        vm.prank(address(disputes));
        market.revokeLicense(licenseId);
    }

    function test_RevertWhen_RevokeByStranger() public {
        _expectUnauthorized(stranger, market.REVOKER_ROLE());
        vm.prank(stranger);
        market.revokeLicense(1);
    }

    function test_RevertWhen_RevokeNonexistentLicence() public {
        vm.expectRevert(abi.encodeWithSelector(ILicenseMarket.LicenseMarketNonexistentLicense.selector, 5));
        vm.prank(address(disputes));
        market.revokeLicense(5);
    }

    function test_DeployerKeepsNoRole() public view {
        vm.assertFalse(market.hasRole(market.DEFAULT_ADMIN_ROLE(), address(this)), "market admin renounced");
        vm.assertFalse(market.hasRole(market.PARAMETERS_ROLE(), address(this)), "parameters renounced");
        vm.assertFalse(registry.hasRole(registry.DEFAULT_ADMIN_ROLE(), address(this)), "registry admin renounced");
        vm.assertTrue(market.hasRole(market.PARAMETERS_ROLE(), dao), "DAO sets parameters");
    }

    // ---------------------------------------------------------------- tokens that answer oddly

    function test_ATokenWithABytes32SymbolIsAllowedAndRemoved() public {
        RawMetadataToken token = new RawMetadataToken();
        token.setAnswers(abi.encode(bytes32("MKR")), abi.encode(uint256(18)), false);
        vm.expectEmit(address(market));
        emit ILicenseMarket.CurrencyAllowed(address(token), true, "MKR", 18);
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), true);
        vm.expectEmit(address(market));
        emit ILicenseMarket.CurrencyAllowed(address(token), false, "MKR", 18);
        vm.prank(dao);
        market.setCurrencyAllowed(address(token), false);
        vm.assertFalse(market.isCurrencyAllowed(address(token)), "removed");
    }

    function test_ATokenWhoseMetadataRevertsOrIsMalformedIsStillAllowed() public {
        RawMetadataToken reverting = new RawMetadataToken();
        reverting.setAnswers("", "", true);
        vm.expectEmit(address(market));
        emit ILicenseMarket.CurrencyAllowed(address(reverting), true, "", 0);
        vm.prank(dao);
        market.setCurrencyAllowed(address(reverting), true);

        RawMetadataToken malformed = new RawMetadataToken();
        // A string answer claiming 1,000 bytes in a 96-byte reply, and decimals beyond a uint8.
        malformed.setAnswers(abi.encode(uint256(32), uint256(1_000), bytes32("XYZ")), abi.encode(uint256(300)), false);
        vm.expectEmit(address(market));
        emit ILicenseMarket.CurrencyAllowed(address(malformed), true, "", 0);
        vm.prank(dao);
        market.setCurrencyAllowed(address(malformed), true);
    }
}
