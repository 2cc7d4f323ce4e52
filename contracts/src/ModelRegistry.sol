// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {ILicenseMarket} from "./interfaces/ILicenseMarket.sol";
import {ModelParams, ModelStatus, ModelTerms, TextField} from "./types/Model.sol";

/// @title ModelRegistry
/// @notice AI models as ERC-721 tokens with ERC-2981 royalties, versions, lineage and sale status.
/// @dev A model's `royaltyBps` is both its ERC-2981 royalty (paid to its creator on NFT resales) and the share of
/// every derivative's net revenue that the license market routes to it. It is fixed at registration, so a
/// derivative's terms cannot change after it was licensed.
contract ModelRegistry is IModelRegistry, ERC721, IERC2981, AccessControl {
    /// @notice Role allowed to delist models: the DAO's timelock and its dispute resolver.
    bytes32 public constant DELISTER_ROLE = keccak256("DELISTER_ROLE");

    /// @notice Highest royalty a model may claim from its derivatives, in basis points.
    uint16 public constant MAX_ROYALTY_BPS = 5_000;

    /// @notice Most ancestors a model may have; bounds the lineage walk of every payment.
    uint8 public constant MAX_DEPTH = 8;

    /// @notice Longest model name, in bytes.
    uint256 public constant MAX_NAME_BYTES = 64;
    /// @notice Longest category, in bytes.
    uint256 public constant MAX_CATEGORY_BYTES = 32;
    /// @notice Most tags a model may have.
    uint256 public constant MAX_TAGS = 8;
    /// @notice Longest tag, in bytes.
    uint256 public constant MAX_TAG_BYTES = 32;
    /// @notice Longest model-card URI, in bytes.
    uint256 public constant MAX_URI_BYTES = 256;
    /// @notice Longest version changelog, in bytes.
    uint256 public constant MAX_CHANGELOG_BYTES = 1_024;

    uint16 private constant _BPS = 10_000;

    ILicenseMarket private _market;
    uint256 private _modelCount;
    mapping(uint256 modelId => ModelTerms) private _terms;
    mapping(uint256 modelId => uint32) private _versionCount;
    mapping(uint256 modelId => string) private _uris;

    /// @param admin Receives `DEFAULT_ADMIN_ROLE` (the DAO's timelock once deployed).
    constructor(address admin) ERC721("ModelMint Model", "MODEL") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @dev Reverts unless `msg.sender` may operate `modelId`.
    modifier onlyModelOperator(uint256 modelId) {
        if (!isAuthorized(modelId, msg.sender)) revert ModelRegistryUnauthorized(modelId, msg.sender);
        _;
    }

    /// @inheritdoc IModelRegistry
    function register(ModelParams calldata params) external returns (uint256 modelId) {
        _checkModelText(params);
        if (params.royaltyBps > MAX_ROYALTY_BPS) {
            revert ModelRegistryRoyaltyTooHigh(params.royaltyBps, MAX_ROYALTY_BPS);
        }
        uint8 depth;
        if (params.parentId != 0) {
            ModelTerms memory parent = termsOf(params.parentId);
            if (parent.depth >= MAX_DEPTH) revert ModelRegistryLineageTooDeep(params.parentId, MAX_DEPTH);
            if (
                address(_market) == address(0)
                    || !_market.allowsDerivative(params.parentLicenseId, params.parentId, msg.sender)
            ) revert ModelRegistryDerivativeNotLicensed(params.parentId, params.parentLicenseId);
            depth = parent.depth + 1;
        }

        modelId = ++_modelCount;
        _terms[modelId] = ModelTerms({
            creator: msg.sender,
            parentId: uint64(params.parentId),
            royaltyBps: params.royaltyBps,
            depth: depth,
            status: ModelStatus.Active
        });
        _versionCount[modelId] = 1;
        _uris[modelId] = params.uri;
        _mint(msg.sender, modelId);

        emit ModelRegistered(
            modelId,
            msg.sender,
            params.parentId,
            params.parentId == 0 ? 0 : params.parentLicenseId,
            params.name,
            params.category,
            params.tags,
            params.royaltyBps
        );
        emit VersionPublished(modelId, 1, params.uri, params.contentHash, "");
    }

    /// @inheritdoc IModelRegistry
    function publishVersion(uint256 modelId, string calldata uri, bytes32 contentHash, string calldata changelog)
        external
        onlyModelOperator(modelId)
        returns (uint32 version)
    {
        if (_terms[modelId].status == ModelStatus.Delisted) revert ModelRegistryModelDelisted(modelId);
        _checkText(TextField.Uri, uri, 1, MAX_URI_BYTES);
        _checkText(TextField.Changelog, changelog, 0, MAX_CHANGELOG_BYTES);
        version = ++_versionCount[modelId];
        _uris[modelId] = uri;
        emit VersionPublished(modelId, version, uri, contentHash, changelog);
    }

    /// @inheritdoc IModelRegistry
    function setPaused(uint256 modelId, bool paused) external onlyModelOperator(modelId) {
        ModelStatus current = _terms[modelId].status;
        ModelStatus next = paused ? ModelStatus.Paused : ModelStatus.Active;
        if (current == ModelStatus.Delisted || current == next) revert ModelRegistryInvalidStatus(modelId, next);
        _terms[modelId].status = next;
        emit ModelStatusChanged(modelId, next);
    }

    /// @inheritdoc IModelRegistry
    function delist(uint256 modelId) external onlyRole(DELISTER_ROLE) {
        ModelStatus current = termsOf(modelId).status;
        if (current == ModelStatus.Delisted) revert ModelRegistryInvalidStatus(modelId, ModelStatus.Delisted);
        _terms[modelId].status = ModelStatus.Delisted;
        emit ModelStatusChanged(modelId, ModelStatus.Delisted);
    }

    /// @inheritdoc IModelRegistry
    function setLicenseMarket(address market) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(_market) != address(0) || market == address(0)) revert ModelRegistryLicenseMarketAlreadySet();
        _market = ILicenseMarket(market);
        emit LicenseMarketSet(market);
    }

    /// @inheritdoc IModelRegistry
    function termsOf(uint256 modelId) public view returns (ModelTerms memory terms) {
        terms = _terms[modelId];
        if (terms.creator == address(0)) revert ModelRegistryNonexistentModel(modelId);
    }

    /// @inheritdoc IModelRegistry
    function isAuthorized(uint256 modelId, address account) public view returns (bool) {
        return _isAuthorized(_requireOwned(modelId), account, modelId);
    }

    /// @inheritdoc IModelRegistry
    function versionCount(uint256 modelId) external view returns (uint32) {
        return _versionCount[modelId];
    }

    /// @inheritdoc IModelRegistry
    function modelCount() external view returns (uint256) {
        return _modelCount;
    }

    /// @notice The license market consulted for derivative rights.
    function licenseMarket() external view returns (address) {
        return address(_market);
    }

    /// @notice The model card of the latest version.
    /// @inheritdoc ERC721
    function tokenURI(uint256 modelId) public view override(ERC721, IERC721Metadata) returns (string memory) {
        _requireOwned(modelId);
        return _uris[modelId];
    }

    /// @inheritdoc IERC2981
    function royaltyInfo(uint256 modelId, uint256 salePrice) external view returns (address receiver, uint256 amount) {
        ModelTerms memory terms = termsOf(modelId);
        return (terms.creator, salePrice * terms.royaltyBps / _BPS);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165, AccessControl) returns (bool) {
        return interfaceId == type(IERC2981).interfaceId || super.supportsInterface(interfaceId);
    }

    function _checkModelText(ModelParams calldata params) private pure {
        _checkText(TextField.Name, params.name, 1, MAX_NAME_BYTES);
        _checkText(TextField.Category, params.category, 0, MAX_CATEGORY_BYTES);
        _checkText(TextField.Uri, params.uri, 1, MAX_URI_BYTES);
        uint256 tagCount = params.tags.length;
        if (tagCount > MAX_TAGS) revert ModelRegistryTooManyTags(tagCount, MAX_TAGS);
        for (uint256 i; i < tagCount; ++i) {
            _checkText(TextField.Tag, params.tags[i], 1, MAX_TAG_BYTES);
        }
    }

    function _checkText(TextField field, string calldata text, uint256 minBytes, uint256 maxBytes) private pure {
        uint256 length = bytes(text).length;
        if (length < minBytes || length > maxBytes) revert ModelRegistryInvalidText(field, length);
    }
}
