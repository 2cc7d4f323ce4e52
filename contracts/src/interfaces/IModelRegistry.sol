// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721Metadata} from "@openzeppelin/contracts/token/ERC721/extensions/IERC721Metadata.sol";

import {ModelParams, ModelStatus, ModelTerms, TextField} from "../types/Model.sol";

/// @title IModelRegistry
/// @notice AI models as ERC-721 tokens (with ERC-2981 royalties): identity, versions, lineage and sale status.
/// The model's owner (or an approved operator) publishes versions and pauses sales; the DAO delists.
interface IModelRegistry is IERC721Metadata {
    /// @notice A model was registered and minted to its creator as token `modelId`.
    /// @param modelId New model's token id (ids start at 1).
    /// @param creator Registrant and first owner.
    /// @param parentId Model it derives from, or 0.
    /// @param parentLicenseId Licence of the parent that allowed the derivative, or 0.
    /// @param name Display name.
    /// @param category Category.
    /// @param tags Search tags.
    /// @param royaltyBps Share of each derivative's net revenue owed to this model.
    event ModelRegistered(
        uint256 indexed modelId,
        address indexed creator,
        uint256 indexed parentId,
        uint256 parentLicenseId,
        string name,
        string category,
        string[] tags,
        uint16 royaltyBps
    );

    /// @notice Version `version` of a model was published; registration publishes version 1.
    /// @param modelId Model.
    /// @param version Version number, counting from 1.
    /// @param uri Model-card URI of this version; also the model's `tokenURI` from now on.
    /// @param contentHash Content hash of this version's weights.
    /// @param changelog What changed since the previous version (empty for version 1).
    event VersionPublished(
        uint256 indexed modelId, uint32 indexed version, string uri, bytes32 contentHash, string changelog
    );

    /// @notice A model's sale status changed.
    event ModelStatusChanged(uint256 indexed modelId, ModelStatus status);

    /// @notice The license market consulted for derivative rights was set (once, at deployment).
    event LicenseMarketSet(address indexed market);

    /// @dev A text field's length in bytes is outside its bounds: every field has a maximum (the registry's `MAX_*`
    /// constants), and a name, a URI and each tag need at least one byte.
    error ModelRegistryInvalidText(TextField field, uint256 length);
    /// @dev More tags than `MAX_TAGS`.
    error ModelRegistryTooManyTags(uint256 count, uint256 maxTags);
    /// @dev `account` may not operate model `modelId`.
    error ModelRegistryUnauthorized(uint256 modelId, address account);
    /// @dev Model `modelId` does not exist.
    error ModelRegistryNonexistentModel(uint256 modelId);
    /// @dev A royalty above the maximum was requested.
    error ModelRegistryRoyaltyTooHigh(uint16 royaltyBps, uint16 maxBps);
    /// @dev The registrant holds no live licence of `parentId` that allows derivatives.
    error ModelRegistryDerivativeNotLicensed(uint256 parentId, uint256 parentLicenseId);
    /// @dev The lineage would be deeper than the bound a payment walks.
    error ModelRegistryLineageTooDeep(uint256 parentId, uint8 maxDepth);
    /// @dev The model is delisted; nothing about it can change any more.
    error ModelRegistryModelDelisted(uint256 modelId);
    /// @dev The requested status change is not allowed from the current status.
    error ModelRegistryInvalidStatus(uint256 modelId, ModelStatus status);
    /// @dev The license market was already set, or the zero address was given.
    error ModelRegistryLicenseMarketAlreadySet();

    /// @notice Registers a model and mints it to the caller.
    /// @dev A derivative (`params.parentId != 0`) requires the caller to hold `params.parentLicenseId`, a live licence of
    /// the parent whose offer allows derivatives. Every text field must fit its bound ({ModelRegistryInvalidText},
    /// {ModelRegistryTooManyTags}). Publishes version 1.
    /// Emits {ModelRegistered}, {VersionPublished} and {IERC721-Transfer}.
    /// @return modelId The new model's token id.
    function register(ModelParams calldata params) external returns (uint256 modelId);

    /// @notice Publishes the next version of a model. Caller: the model's owner or an approved operator.
    /// @dev The URI and changelog must fit their bounds ({ModelRegistryInvalidText}). Emits {VersionPublished}.
    /// @return version The new version's number.
    function publishVersion(uint256 modelId, string calldata uri, bytes32 contentHash, string calldata changelog)
        external
        returns (uint32 version);

    /// @notice Pauses (`paused = true`) or resumes new licence sales. Caller: the model's owner or an approved operator.
    /// @dev Renewals and metered usage of existing licences continue while paused. Emits {ModelStatusChanged}.
    function setPaused(uint256 modelId, bool paused) external;

    /// @notice Delists a model for good: no more payments of any kind. Caller: holder of `DELISTER_ROLE` (the DAO
    /// and its dispute resolver).
    /// @dev Emits {ModelStatusChanged}.
    function delist(uint256 modelId) external;

    /// @notice Sets the license market that answers derivative-rights checks. Caller: admin, once.
    /// @dev Emits {LicenseMarketSet}.
    function setLicenseMarket(address market) external;

    /// @notice The fields every payment reads (creator, lineage, royalty, status).
    /// @dev Reverts with {ModelRegistryNonexistentModel} for an unknown model.
    function termsOf(uint256 modelId) external view returns (ModelTerms memory);

    /// @notice Whether `account` may operate model `modelId` (its owner or an approved operator).
    function isAuthorized(uint256 modelId, address account) external view returns (bool);

    /// @notice Number of versions published for a model.
    function versionCount(uint256 modelId) external view returns (uint32);

    /// @notice Number of models registered so far (the highest model id).
    function modelCount() external view returns (uint256);
}
