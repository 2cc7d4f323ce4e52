// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Kind of licence an offer sells. Subscriptions and metered licences are also defined by their terms
/// (a duration, a unit price); the tier says what the licence is for.
enum LicenseTier {
    Commercial,
    Research,
    Subscription,
    Metered
}

/// @notice What a payment was for.
enum PaymentKind {
    Purchase,
    Renewal,
    Usage
}

/// @notice Terms of a licence offer, as set by the model's owner. What defines the licences it sells (tier, currency,
/// duration, transferability, derivative rights) is fixed when the offer is created, so no later edit reaches a licence
/// already sold or one a buyer is about to buy; price, unit price and supply cap may change (see
/// {ILicenseMarket-updateOffer}), and buyers bound what they pay.
/// @param tier What the licence is for.
/// @param currency Payment token: `address(0)` for native ETH, otherwise an allow-listed ERC-20.
/// @param price Price of a purchase or of one renewal, in the currency's smallest unit.
/// @param unitPrice Price of one unit of metered usage (0 when usage is not metered).
/// @param duration Seconds a purchase or renewal lasts; 0 for a perpetual licence (not renewable).
/// @param maxSupply Most licences the offer may ever sell; 0 for no cap.
/// @param transferable Whether licences of this offer can change hands (soulbound otherwise).
/// @param derivativesAllowed Whether a holder may register derivative models of this model.
struct OfferTerms {
    LicenseTier tier;
    address currency;
    uint128 price;
    uint128 unitPrice;
    uint64 duration;
    uint32 maxSupply;
    bool transferable;
    bool derivativesAllowed;
}

/// @notice A licence offer in storage: the terms flattened next to their bookkeeping so that a purchase
/// reads three slots.
struct Offer {
    address currency;
    uint64 modelId;
    LicenseTier tier;
    bool active;
    bool transferable;
    bool derivativesAllowed;
    uint128 price;
    uint128 unitPrice;
    uint64 duration;
    uint32 maxSupply;
    uint32 sold;
}

/// @notice A licence in storage, packed in one slot.
/// @param offerId Offer it was bought from (and so its model and terms).
/// @param expiresAt Unix time the licence lapses; 0 for perpetual.
/// @param usageUnits Metered units paid for so far.
/// @param revoked Whether the DAO revoked it after an upheld dispute.
struct License {
    uint64 offerId;
    uint40 expiresAt;
    uint64 usageUnits;
    bool revoked;
}
