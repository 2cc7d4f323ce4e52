// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {License, LicenseTier, Offer, OfferTerms, PaymentKind} from "../types/License.sol";
import {SplitRecipient} from "../types/Split.sol";

/// @title ILicenseMarket
/// @notice Licence offers, licences (ERC-721 tokens with on-chain expiry), and the exact split of every payment.
/// @dev Every payment (purchase, renewal, metered usage) is settled in the transaction that makes it:
/// the protocol fee is credited to the treasury; for a derivative, the parent's royalty is cut from the rest and
/// routed up the lineage (each ancestor keeps its share minus its own parent's royalty); what remains at each level
/// is credited by that model's split. Rounding dust of a split goes to its first recipient, so
/// `gross == fee + parentCut + Σ credits of the model` and `parentCut == Σ credits of its ancestors`, to the wei.
/// Credits are pull payments: each account withdraws its balance per currency.
interface ILicenseMarket {
    /// @notice An offer was created for a model.
    event OfferCreated(
        uint256 indexed offerId,
        uint256 indexed modelId,
        LicenseTier tier,
        address currency,
        uint256 price,
        uint256 unitPrice,
        uint64 duration,
        uint32 maxSupply,
        bool transferable,
        bool derivativesAllowed
    );

    /// @notice An offer's price, unit price or supply cap changed; nothing else about an offer ever changes.
    event OfferUpdated(uint256 indexed offerId, uint256 price, uint256 unitPrice, uint32 maxSupply);

    /// @notice An offer was deactivated (`active = false`) or reactivated.
    event OfferStatusChanged(uint256 indexed offerId, bool active);

    /// @notice A licence was bought; its payment is `paymentId`.
    /// @param licenseId New licence token id.
    /// @param offerId Offer bought.
    /// @param modelId Model licensed.
    /// @param holder Who received the licence.
    /// @param payer Who paid.
    /// @param expiresAt Expiry, or 0 for perpetual.
    /// @param paymentId The payment settled for it.
    event LicensePurchased(
        uint256 indexed licenseId,
        uint256 indexed offerId,
        uint256 indexed modelId,
        address holder,
        address payer,
        uint40 expiresAt,
        uint256 paymentId
    );

    /// @notice A time-limited licence was extended to `expiresAt`.
    event LicenseRenewed(uint256 indexed licenseId, address indexed payer, uint40 expiresAt, uint256 paymentId);

    /// @notice The holder of a metered licence paid for `units` units of usage.
    event UsagePaid(
        uint256 indexed licenseId, address indexed payer, uint256 units, uint256 totalUnits, uint256 paymentId
    );

    /// @notice A licence was revoked after an upheld dispute.
    event LicenseRevoked(uint256 indexed licenseId);

    /// @notice A payment was received and split, to the wei: `gross = fee + parentCut + Σ credits under the paid
    /// model's split` and `parentCut = Σ credits under its ancestors' splits`. Credit `i` is `amounts[i]` to
    /// `recipients[i]`, who holds `bps[i]` of the split of model `creditedModelIds[i]` (the paid model, or an ancestor
    /// for the parent cut); the paid model's credits come first, then each ancestor's, nearest first.
    /// @param paymentId Sequential payment id (from 1).
    /// @param modelId Model paid for.
    /// @param licenseId Licence the payment is for.
    /// @param kind Purchase, renewal or usage.
    /// @param payer Who paid.
    /// @param currency `address(0)` for ETH, else the ERC-20.
    /// @param gross Amount paid.
    /// @param fee Protocol fee credited to `treasury`.
    /// @param parentCut Amount routed to the model's ancestors (0 for an original model).
    /// @param treasury Treasury credited with the fee.
    event PaymentSettled(
        uint256 indexed paymentId,
        uint256 indexed modelId,
        uint256 indexed licenseId,
        PaymentKind kind,
        address payer,
        address currency,
        uint256 gross,
        uint256 fee,
        uint256 parentCut,
        address treasury,
        uint256[] creditedModelIds,
        address[] recipients,
        uint256[] amounts,
        uint16[] bps
    );

    /// @notice A model's split was replaced; the full new split is given.
    event SplitUpdated(uint256 indexed modelId, address[] recipients, uint16[] bps);

    /// @notice `account` withdrew `amount` of `currency`.
    event Withdrawn(address indexed account, address indexed currency, uint256 amount);

    /// @notice The protocol fee changed.
    event ProtocolFeeUpdated(uint16 feeBps);

    /// @notice The treasury changed.
    event TreasuryUpdated(address indexed treasury);

    /// @notice An ERC-20 was allowed or disallowed as an offer currency; its metadata is given for indexers.
    event CurrencyAllowed(address indexed currency, bool allowed, string symbol, uint8 decimals);

    /// @notice A share vault was registered; revenue credited to it is reported to it as it arrives.
    event ShareVaultRegistered(address indexed vault);

    /// @dev `account` may not operate model `modelId`.
    error LicenseMarketUnauthorized(uint256 modelId, address account);
    /// @dev Offer `offerId` does not exist.
    error LicenseMarketNonexistentOffer(uint256 offerId);
    /// @dev Licence `licenseId` does not exist.
    error LicenseMarketNonexistentLicense(uint256 licenseId);
    /// @dev The terms are inconsistent (e.g. a subscription without duration, metered without unit price).
    error LicenseMarketInvalidTerms();
    /// @dev `currency` is not on the allow-list.
    error LicenseMarketCurrencyNotAllowed(address currency);
    /// @dev The offer is deactivated.
    error LicenseMarketOfferInactive(uint256 offerId);
    /// @dev The supply cap would fall below the `sold` licences already sold.
    error LicenseMarketSupplyBelowSold(uint256 offerId, uint32 maxSupply, uint32 sold);
    /// @dev The price due (`price`, or the unit price of metered usage) exceeds the `limit` the buyer accepted.
    error LicenseMarketPriceAboveLimit(uint256 price, uint256 limit);
    /// @dev The offer's supply cap is reached.
    error LicenseMarketSoldOut(uint256 offerId);
    /// @dev The model does not accept this payment in its current status.
    error LicenseMarketModelNotSelling(uint256 modelId);
    /// @dev The ETH sent differs from the amount due (for ERC-20 payments, no ETH may be sent).
    error LicenseMarketIncorrectPayment(uint256 expected, uint256 sent);
    /// @dev The token delivered a different amount than requested (fee-on-transfer tokens are not supported).
    error LicenseMarketTransferAmountMismatch(address currency, uint256 expected, uint256 received);
    /// @dev The licence is perpetual (it never lapses), so there is nothing to renew.
    error LicenseMarketNotRenewable(uint256 licenseId);
    /// @dev The licence is expired or revoked.
    error LicenseMarketLicenseNotValid(uint256 licenseId);
    /// @dev The licence's offer does not meter usage, or zero units were given.
    error LicenseMarketNotMetered(uint256 licenseId);
    /// @dev Only the licence's holder pays for its usage.
    error LicenseMarketNotHolder(uint256 licenseId, address account);
    /// @dev Licences of this offer are soulbound.
    error LicenseMarketNonTransferable(uint256 licenseId);
    /// @dev A split must have 1 to `MAX_SPLIT_RECIPIENTS` recipients, non-zero accounts and shares, summing to 10,000.
    error LicenseMarketInvalidSplit();
    /// @dev The fee exceeds `MAX_FEE_BPS`.
    error LicenseMarketFeeTooHigh(uint16 feeBps);
    /// @dev The zero address was given where an account is required.
    error LicenseMarketZeroAddress();
    /// @dev `MAX_CURRENCIES` distinct ERC-20s have been allowed already; only those can be allowed again.
    error LicenseMarketTooManyCurrencies();
    /// @dev There is nothing to withdraw.
    error LicenseMarketNothingToWithdraw(address account, address currency);

    /// @notice Creates an offer for a model. Caller: the model's owner or an approved operator.
    /// @dev Emits {OfferCreated}.
    function createOffer(uint256 modelId, OfferTerms calldata terms) external returns (uint256 offerId);

    /// @notice Sets an offer's price, unit price and supply cap. Caller: the model's owner or an approved operator.
    /// @dev Tier, currency, duration, transferability and derivative rights are fixed at creation: a different licence
    /// is a new offer. New prices apply to later purchases, renewals and usage, each of which states the most its
    /// payer accepts. The cap may not fall below the licences sold (0 removes it). Emits {OfferUpdated}.
    function updateOffer(uint256 offerId, uint128 price, uint128 unitPrice, uint32 maxSupply) external;

    /// @notice Deactivates or reactivates an offer. Caller: the model's owner or an approved operator.
    /// @dev A deactivated offer sells nothing and renews nothing; metered usage continues. Emits {OfferStatusChanged}.
    function setOfferActive(uint256 offerId, bool active) external;

    /// @notice Replaces a model's split. Caller: the model's owner or an approved operator.
    /// @dev Until a split is set, the creator receives 100 %. Emits {SplitUpdated}.
    function setSplit(uint256 modelId, SplitRecipient[] calldata split) external;

    /// @notice Buys a licence from an offer for `holder`, paying its price in ETH (`msg.value`) or by pulling the
    /// ERC-20 from the caller (approve first). Reverts unless the price is at most `maxPrice`, so a price raised
    /// after the buyer looked cannot be charged.
    /// @dev The licence keeps its offer's terms for life (offers' defining terms never change). Emits
    /// {IERC721-Transfer}, {LicensePurchased}, then (unless the price is zero) {PaymentSettled} with its credits.
    function purchase(uint256 offerId, address holder, uint256 maxPrice) external payable returns (uint256 licenseId);

    /// @notice Extends a time-limited licence by its offer's duration from `max(now, expiry)`, at the offer's
    /// current price, which must be at most `maxPrice`. Anyone may pay. Perpetual licences are not renewable.
    /// @dev Emits {LicenseRenewed}, then {PaymentSettled}.
    function renew(uint256 licenseId, uint256 maxPrice) external payable returns (uint40 expiresAt);

    /// @notice Pays for `units` units of metered usage of a live licence: `units × unitPrice`, the unit price being at
    /// most `maxUnitPrice`. Caller: its holder.
    /// @dev Emits {UsagePaid}, then {PaymentSettled}.
    function payForUsage(uint256 licenseId, uint256 units, uint256 maxUnitPrice) external payable;

    /// @notice Sends the caller its whole balance of `currency`.
    /// @dev Emits {Withdrawn}.
    function withdraw(address currency) external returns (uint256 amount);

    /// @notice Revokes a licence. Caller: holder of `REVOKER_ROLE` (the DAO's dispute resolver).
    /// @dev Emits {LicenseRevoked}.
    function revokeLicense(uint256 licenseId) external;

    /// @notice Sets the protocol fee in basis points. Caller: holder of `PARAMETERS_ROLE` (the DAO).
    /// @dev Emits {ProtocolFeeUpdated}.
    function setProtocolFee(uint16 feeBps) external;

    /// @notice Sets the treasury credited with fees. Caller: holder of `PARAMETERS_ROLE`.
    /// @dev Emits {TreasuryUpdated}.
    function setTreasury(address treasury) external;

    /// @notice Allows or disallows an ERC-20 as an offer currency. Caller: holder of `PARAMETERS_ROLE`.
    /// @dev Offers already in a disallowed currency stop selling. At most `MAX_CURRENCIES` distinct ERC-20s are ever
    /// allowed (a disallowed one may be allowed again), which bounds the currencies any share vault accounts for. The
    /// token's symbol and decimals are read defensively: a `bytes32` symbol is decoded, a missing or malformed one
    /// is reported as "" (decimals as 0). Emits {CurrencyAllowed}.
    function setCurrencyAllowed(address currency, bool allowed) external;

    /// @notice Registers a share vault to be told of revenue credited to it. Caller: holder of `VAULT_FACTORY_ROLE`.
    /// @dev Emits {ShareVaultRegistered}.
    function registerShareVault(address vault) external;

    /// @notice Whether a licence is live now: exists, not revoked, and perpetual or not yet expired.
    function isValid(uint256 licenseId) external view returns (bool);

    /// @notice Whether `account` holds `licenseId`, a live licence of model `modelId` whose offer allows derivatives.
    function allowsDerivative(uint256 licenseId, uint256 modelId, address account) external view returns (bool);

    /// @notice What `account` can withdraw in `currency` (royalties, fees, vault revenue not yet collected).
    function withdrawable(address account, address currency) external view returns (uint256);

    /// @notice A licence's stored state.
    function licenseOf(uint256 licenseId) external view returns (License memory);

    /// @notice An offer's stored state.
    function offerOf(uint256 offerId) external view returns (Offer memory);

    /// @notice A model's current split (the creator alone, at 10,000, until one is set).
    function splitOf(uint256 modelId) external view returns (SplitRecipient[] memory);

    /// @notice Whether `currency` may be used for offers (`address(0)`, ETH, always may).
    function isCurrencyAllowed(address currency) external view returns (bool);

    /// @notice Protocol fee in basis points.
    function protocolFeeBps() external view returns (uint16);

    /// @notice Account credited with protocol fees.
    function treasury() external view returns (address);

    /// @notice Number of offers, licences and payments created so far (each the highest id of its kind).
    function counts() external view returns (uint256 offers, uint256 licenses, uint256 payments);
}
