// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Lifecycle of a model: its owner pauses and resumes new sales; the DAO delists it for good.
enum ModelStatus {
    Active,
    Paused,
    Delisted
}

/// @notice A free-text field of a model, as named by {IModelRegistry-ModelRegistryInvalidText}.
enum TextField {
    Name,
    Category,
    Tag,
    Uri,
    Changelog
}

/// @notice What a creator declares when registering a model. Text is bounded in bytes (see {ModelRegistry}'s
/// `MAX_*` constants) so that no model can make an index or a page unreadable.
/// @param name Display name.
/// @param category Free-form category (LLM, vision, speech, ...).
/// @param tags Free-form search tags.
/// @param uri Model-card URI of version 1 (`ipfs://...` or `https://...`).
/// @param contentHash Content hash of the weights of version 1.
/// @param parentId Model this one derives from, or 0 for an original model.
/// @param parentLicenseId Licence of the parent, held by the registrant, that allows derivatives (ignored when `parentId` is 0).
/// @param royaltyBps Share of every derivative's net revenue owed to this model, and its ERC-2981 royalty, in basis points.
struct ModelParams {
    string name;
    string category;
    string[] tags;
    string uri;
    bytes32 contentHash;
    uint256 parentId;
    uint256 parentLicenseId;
    uint16 royaltyBps;
}

/// @notice The part of a model that every payment reads, packed in one storage slot.
/// @param creator Account that registered the model; receives 100 % of its revenue until a split is set.
/// @param parentId Model this one derives from, or 0.
/// @param royaltyBps Share of each derivative's net revenue owed to this model.
/// @param depth Number of ancestors (0 for an original model).
/// @param status Whether the model sells.
struct ModelTerms {
    address creator;
    uint64 parentId;
    uint16 royaltyBps;
    uint8 depth;
    ModelStatus status;
}
