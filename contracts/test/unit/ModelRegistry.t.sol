// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";

import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {OfferTerms} from "../../src/types/License.sol";
import {ModelParams, ModelStatus, ModelTerms, TextField} from "../../src/types/Model.sol";
import {Fixture} from "../utils/Fixture.sol";

contract ModelRegistryTest is Fixture {
    function test_Register_MintsToTheCreatorAndPublishesVersion1() public {
        ModelParams memory params = _modelParams("Llama-Mint");
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelRegistered(1, creator, 0, 0, "Llama-Mint", "LLM", params.tags, 1_000);
        vm.expectEmit(address(registry));
        emit IModelRegistry.VersionPublished(1, 1, params.uri, params.contentHash, "");
        vm.prank(creator);
        uint256 modelId = registry.register(params);

        ModelTerms memory terms = registry.termsOf(modelId);
        vm.assertEq(registry.ownerOf(modelId), creator, "owner");
        vm.assertEq(terms.creator, creator, "creator");
        vm.assertEq(terms.royaltyBps, 1_000, "royalty");
        vm.assertEq(uint8(terms.status), uint8(ModelStatus.Active), "active");
        vm.assertEq(registry.versionCount(modelId), 1, "version 1");
        vm.assertEq(registry.tokenURI(modelId), params.uri, "token URI");
        vm.assertEq(registry.modelCount(), 1, "count");
    }

    function test_RevertWhen_RoyaltyAboveMaximum() public {
        ModelParams memory params = _modelParams("Greedy");
        params.royaltyBps = 5_001;
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryRoyaltyTooHigh.selector, 5_001, 5_000));
        vm.prank(creator);
        registry.register(params);
    }

    function test_RegisterDerivative_RecordsLineage() public {
        uint256 base = _registerModel(creator);
        uint256 child = _registerDerivative(stranger, base, 500);
        ModelTerms memory terms = registry.termsOf(child);
        vm.assertEq(terms.parentId, base, "parent");
        vm.assertEq(terms.depth, 1, "depth");
    }

    function test_RevertWhen_DerivativeWithoutLicence() public {
        uint256 base = _registerModel(creator);
        _expectNotLicensed(stranger, base, 0);
    }

    function test_RevertWhen_DerivativeWithLicenceOfAnotherModel() public {
        uint256 base = _registerModel(creator);
        uint256 other = _registerModel(contributor);
        vm.deal(stranger, 1 ether);
        uint256 licenseId = _purchase(stranger, _createOffer(contributor, other, _derivativeTerms()));
        _expectNotLicensed(stranger, base, licenseId);
    }

    function test_RevertWhen_DerivativeWithLicenceThatForbidsIt() public {
        uint256 base = _registerModel(creator);
        vm.deal(stranger, 1 ether);
        uint256 licenseId = _purchase(stranger, _createOffer(creator, base, _commercialTerms(address(0), 1 ether)));
        _expectNotLicensed(stranger, base, licenseId);
    }

    function test_RevertWhen_DerivativeWithSomeoneElsesLicence() public {
        uint256 base = _registerModel(creator);
        uint256 licenseId = _purchase(buyer, _createOffer(creator, base, _derivativeTerms()));
        _expectNotLicensed(stranger, base, licenseId);
    }

    function test_RevertWhen_DerivativeWithExpiredLicence() public {
        uint256 base = _registerModel(creator);
        OfferTerms memory terms = _subscriptionTerms(address(0), 1 ether, 1 days);
        terms.derivativesAllowed = true;
        uint256 licenseId = _purchase(buyer, _createOffer(creator, base, terms));
        vm.warp(block.timestamp + 2 days);
        _expectNotLicensed(buyer, base, licenseId);
    }

    function test_RevertWhen_DerivativeWithRevokedLicence() public {
        uint256 base = _registerModel(creator);
        uint256 licenseId = _purchase(buyer, _createOffer(creator, base, _derivativeTerms()));
        vm.prank(address(disputes));
        market.revokeLicense(licenseId);
        _expectNotLicensed(buyer, base, licenseId);
    }

    function test_RevertWhen_LineageTooDeep() public {
        uint256 parent = _registerModel(creator);
        for (uint256 i; i < registry.MAX_DEPTH(); ++i) {
            parent = _registerDerivative(makeAddr(vm.toString(i)), parent, 0);
        }
        vm.assertEq(registry.termsOf(parent).depth, registry.MAX_DEPTH(), "deepest allowed");
        uint256 licenseId = _purchase(buyer, _createOffer(registry.ownerOf(parent), parent, _derivativeTerms()));
        ModelParams memory params = _modelParams("Too deep");
        params.parentId = parent;
        params.parentLicenseId = licenseId;
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryLineageTooDeep.selector, parent, registry.MAX_DEPTH())
        );
        vm.prank(buyer);
        registry.register(params);
    }

    function test_PublishVersion_NumbersVersionsAndMovesTheTokenUri() public {
        uint256 modelId = _registerModel(creator);
        vm.expectEmit(address(registry));
        emit IModelRegistry.VersionPublished(modelId, 2, "ipfs://v2", bytes32(uint256(2)), "faster");
        vm.prank(creator);
        vm.assertEq(registry.publishVersion(modelId, "ipfs://v2", bytes32(uint256(2)), "faster"), 2, "version 2");
        vm.prank(creator);
        registry.publishVersion(modelId, "ipfs://v3", bytes32(uint256(3)), "smaller");
        vm.assertEq(registry.versionCount(modelId), 3, "three versions");
        vm.assertEq(registry.tokenURI(modelId), "ipfs://v3", "latest card");
    }

    function test_PublishVersion_ByApprovedOperator() public {
        uint256 modelId = _registerModel(creator);
        vm.prank(creator);
        registry.approve(contributor, modelId);
        vm.prank(contributor);
        registry.publishVersion(modelId, "ipfs://v2", bytes32(0), "");
        vm.assertEq(registry.versionCount(modelId), 2, "operator published");
    }

    function test_RevertWhen_PublishVersionByStranger() public {
        uint256 modelId = _registerModel(creator);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        registry.publishVersion(modelId, "ipfs://v2", bytes32(0), "");
    }

    function test_RevertGiven_DelistedModel_PublishVersion() public {
        uint256 modelId = _registerModel(creator);
        vm.prank(dao);
        registry.delist(modelId);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryModelDelisted.selector, modelId));
        vm.prank(creator);
        registry.publishVersion(modelId, "ipfs://v2", bytes32(0), "");
    }

    function test_SetPaused_TogglesSales() public {
        uint256 modelId = _registerModel(creator);
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelStatusChanged(modelId, ModelStatus.Paused);
        vm.prank(creator);
        registry.setPaused(modelId, true);
        vm.assertEq(uint8(registry.termsOf(modelId).status), uint8(ModelStatus.Paused), "paused");
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidStatus.selector, modelId, ModelStatus.Paused)
        );
        vm.prank(creator);
        registry.setPaused(modelId, true);
        vm.prank(creator);
        registry.setPaused(modelId, false);
        vm.assertEq(uint8(registry.termsOf(modelId).status), uint8(ModelStatus.Active), "resumed");
    }

    function test_RevertGiven_DelistedModel_SetPaused() public {
        uint256 modelId = _registerModel(creator);
        vm.prank(dao);
        registry.delist(modelId);
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidStatus.selector, modelId, ModelStatus.Active)
        );
        vm.prank(creator);
        registry.setPaused(modelId, false);
    }

    function test_RevertWhen_SetPausedByStranger() public {
        uint256 modelId = _registerModel(creator);
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryUnauthorized.selector, modelId, stranger));
        vm.prank(stranger);
        registry.setPaused(modelId, true);
    }

    function test_Delist_IsFinal() public {
        uint256 modelId = _registerModel(creator);
        vm.expectEmit(address(registry));
        emit IModelRegistry.ModelStatusChanged(modelId, ModelStatus.Delisted);
        vm.prank(dao);
        registry.delist(modelId);
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidStatus.selector, modelId, ModelStatus.Delisted)
        );
        vm.prank(dao);
        registry.delist(modelId);
    }

    function test_RevertWhen_DelistByStranger() public {
        uint256 modelId = _registerModel(creator);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, creator, registry.DELISTER_ROLE()
            )
        );
        vm.prank(creator);
        registry.delist(modelId);
    }

    function test_RevertWhen_DelistNonexistentModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryNonexistentModel.selector, 9));
        vm.prank(dao);
        registry.delist(9);
    }

    function test_RevertWhen_LicenseMarketSetTwice() public {
        vm.expectRevert(IModelRegistry.ModelRegistryLicenseMarketAlreadySet.selector);
        vm.prank(dao);
        registry.setLicenseMarket(stranger);
    }

    function test_RevertWhen_SetLicenseMarketByStranger() public {
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, stranger, registry.DEFAULT_ADMIN_ROLE()
            )
        );
        vm.prank(stranger);
        registry.setLicenseMarket(stranger);
    }

    function test_RoyaltyInfo_PaysTheCreator() public {
        uint256 modelId = _registerModel(creator);
        vm.prank(creator);
        registry.transferFrom(creator, stranger, modelId);
        (address receiver, uint256 amount) = registry.royaltyInfo(modelId, 3 ether);
        vm.assertEq(receiver, creator, "creator keeps the royalty after a sale");
        vm.assertEq(amount, 0.3 ether, "10 %");
    }

    function test_SupportsInterfaces() public view {
        vm.assertTrue(registry.supportsInterface(type(IERC721).interfaceId), "ERC-721");
        vm.assertTrue(registry.supportsInterface(type(IERC2981).interfaceId), "ERC-2981");
        vm.assertTrue(registry.supportsInterface(type(IAccessControl).interfaceId), "AccessControl");
        vm.assertFalse(registry.supportsInterface(0xdeadbeef), "unknown");
    }

    function test_RevertWhen_TermsOfNonexistentModel() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryNonexistentModel.selector, 3));
        registry.termsOf(3);
    }

    function _expectNotLicensed(address registrant, uint256 parentId, uint256 licenseId) private {
        ModelParams memory params = _modelParams("Derivative");
        params.parentId = parentId;
        params.parentLicenseId = licenseId;
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryDerivativeNotLicensed.selector, parentId, licenseId)
        );
        vm.prank(registrant);
        registry.register(params);
    }

    // ---------------------------------------------------------------- bounded text

    function test_TextAtTheBoundsIsAccepted() public {
        ModelParams memory params = _modelParams(string(_filled(registry.MAX_NAME_BYTES())));
        params.category = string(_filled(registry.MAX_CATEGORY_BYTES()));
        params.uri = string(_filled(registry.MAX_URI_BYTES()));
        params.tags = new string[](registry.MAX_TAGS());
        for (uint256 i; i < params.tags.length; ++i) {
            params.tags[i] = string(_filled(registry.MAX_TAG_BYTES()));
        }
        vm.prank(creator);
        registry.register(params);
    }

    function test_RevertWhen_ANameIsLongerThanTheBound() public {
        uint256 length = registry.MAX_NAME_BYTES() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidText.selector, TextField.Name, length)
        );
        vm.prank(creator);
        registry.register(_modelParams(string(_filled(length))));
    }

    function test_RevertWhen_ANameIsEmpty() public {
        vm.expectRevert(abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidText.selector, TextField.Name, 0));
        vm.prank(creator);
        registry.register(_modelParams(""));
    }

    function test_RevertWhen_ACategoryATagOrAUriIsLongerThanItsBound() public {
        ModelParams memory params = _modelParams("Llama");
        params.category = string(_filled(registry.MAX_CATEGORY_BYTES() + 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                IModelRegistry.ModelRegistryInvalidText.selector, TextField.Category, registry.MAX_CATEGORY_BYTES() + 1
            )
        );
        vm.prank(creator);
        registry.register(params);

        params = _modelParams("Llama");
        params.tags[1] = string(_filled(registry.MAX_TAG_BYTES() + 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                IModelRegistry.ModelRegistryInvalidText.selector, TextField.Tag, registry.MAX_TAG_BYTES() + 1
            )
        );
        vm.prank(creator);
        registry.register(params);

        params = _modelParams("Llama");
        params.uri = string(_filled(registry.MAX_URI_BYTES() + 1));
        vm.expectRevert(
            abi.encodeWithSelector(
                IModelRegistry.ModelRegistryInvalidText.selector, TextField.Uri, registry.MAX_URI_BYTES() + 1
            )
        );
        vm.prank(creator);
        registry.register(params);
    }

    function test_RevertWhen_ThereAreTooManyTags() public {
        ModelParams memory params = _modelParams("Llama");
        params.tags = new string[](registry.MAX_TAGS() + 1);
        for (uint256 i; i < params.tags.length; ++i) {
            params.tags[i] = "tag";
        }
        vm.expectRevert(
            abi.encodeWithSelector(
                IModelRegistry.ModelRegistryTooManyTags.selector, registry.MAX_TAGS() + 1, registry.MAX_TAGS()
            )
        );
        vm.prank(creator);
        registry.register(params);
    }

    function test_RevertWhen_AChangelogIsLongerThanTheBound() public {
        uint256 modelId = _registerModel(creator);
        uint256 length = registry.MAX_CHANGELOG_BYTES() + 1;
        vm.expectRevert(
            abi.encodeWithSelector(IModelRegistry.ModelRegistryInvalidText.selector, TextField.Changelog, length)
        );
        vm.prank(creator);
        registry.publishVersion(modelId, "ipfs://v2", bytes32(uint256(2)), string(_filled(length)));
    }

    /// @dev `length` bytes of 'W', the widest Latin letter, with no space to break at.
    function _filled(uint256 length) private pure returns (bytes memory text) {
        text = new bytes(length);
        for (uint256 i; i < length; ++i) {
            text[i] = "W";
        }
    }
}
