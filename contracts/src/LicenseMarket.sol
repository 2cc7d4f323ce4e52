// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {ERC721} from "solady/tokens/ERC721.sol";

import {ILicenseMarket} from "./interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {IRevenueSink} from "./interfaces/IRevenueSink.sol";
import {TokenMetadata} from "./libraries/TokenMetadata.sol";
import {License, LicenseTier, Offer, OfferTerms, PaymentKind} from "./types/License.sol";
import {ModelStatus, ModelTerms} from "./types/Model.sol";
import {SplitRecipient} from "./types/Split.sol";

/// @title LicenseMarket
/// @notice Sells licences of registered models as ERC-721 tokens and splits every payment exactly.
/// @dev See {ILicenseMarket} for the split rules. Every function that moves value is `nonReentrant` and makes its
/// external transfer last; the only call made before is to a share vault registered by the factory, telling it of
/// revenue credited (see {IRevenueSink}). Fee-on-transfer and rebasing tokens are rejected at payment time
/// ({LicenseMarketTransferAmountMismatch}) so that the market's balance always covers what it owes.
/// Licences are Solady ERC-721 tokens whose offer, expiry and revocation live in the 96 spare bits of the owner's
/// slot, so a purchase writes one slot for the token instead of two.
contract LicenseMarket is ILicenseMarket, ERC721, AccessControl, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Role that sets the fee, the treasury and the currency allow-list: the DAO's timelock.
    bytes32 public constant PARAMETERS_ROLE = keccak256("PARAMETERS_ROLE");
    /// @notice Role that revokes licences: the dispute resolver.
    bytes32 public constant REVOKER_ROLE = keccak256("REVOKER_ROLE");
    /// @notice Role that registers share vaults: the share vault factory.
    bytes32 public constant VAULT_FACTORY_ROLE = keccak256("VAULT_FACTORY_ROLE");

    /// @notice Highest protocol fee, in basis points.
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Most recipients a split may have; bounds the crediting loop of every payment.
    uint256 public constant MAX_SPLIT_RECIPIENTS = 16;
    /// @notice Most distinct ERC-20s ever allowed. With ETH, a share vault accounts for at most 16 currencies, which
    /// bounds what it settles on each share transfer; a vault therefore never refuses revenue in a new currency.
    uint8 public constant MAX_CURRENCIES = 15;

    uint16 private constant _BPS = 10_000;

    /// @dev A split recipient as stored: whether it is a share vault is resolved once, when the split is set.
    struct SplitEntry {
        address account;
        uint16 bps;
        bool isVault;
    }

    /// @dev The credits of one payment, in the order made; arrays sized for the most the lineage could need, then
    /// trimmed.
    struct Credits {
        uint256 count;
        uint256[] modelIds;
        address[] recipients;
        uint256[] amounts;
        uint16[] bps;
        /// @dev Bit `i` set: credit `i` went to a share vault (at most 16 + 8 × 16 credits fit).
        uint256 toVaults;
    }

    /// @dev How one payment is settled besides what was paid.
    struct Settlement {
        address treasury;
        uint256 fee;
        uint256 parentCut;
        Credits credits;
    }

    /// @dev The three id counters share a slot, so a purchase pays for one slot write.
    struct Counters {
        uint64 offers;
        uint64 licenses;
        uint64 payments;
    }

    IModelRegistry private immutable _registry;

    address private _treasury;
    uint16 private _feeBps;
    /// @dev Distinct ERC-20s ever allowed.
    uint8 private _currencyCount;
    Counters private _counters;

    mapping(address currency => bool) private _allowedCurrencies;
    mapping(address currency => bool) private _everAllowed;
    mapping(uint256 offerId => Offer) private _offers;
    mapping(uint256 licenseId => uint64) private _usageUnits;
    mapping(uint256 modelId => SplitEntry[]) private _splits;
    mapping(address account => mapping(address currency => uint256)) private _withdrawable;
    mapping(address vault => bool) private _shareVaults;

    /// @param registry_ The model registry whose models this market licenses.
    /// @param admin Receives `DEFAULT_ADMIN_ROLE` and `PARAMETERS_ROLE` (the DAO's timelock).
    /// @param treasury_ Account credited with protocol fees.
    /// @param feeBps Initial protocol fee.
    constructor(IModelRegistry registry_, address admin, address treasury_, uint16 feeBps) {
        if (treasury_ == address(0) || admin == address(0)) revert LicenseMarketZeroAddress();
        if (feeBps > MAX_FEE_BPS) revert LicenseMarketFeeTooHigh(feeBps);
        _registry = registry_;
        _treasury = treasury_;
        _feeBps = feeBps;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PARAMETERS_ROLE, admin);
        emit TreasuryUpdated(treasury_);
        emit ProtocolFeeUpdated(feeBps);
    }

    /// @dev Reverts unless `msg.sender` may operate `modelId`.
    modifier onlyModelOperator(uint256 modelId) {
        if (!_registry.isAuthorized(modelId, msg.sender)) revert LicenseMarketUnauthorized(modelId, msg.sender);
        _;
    }

    // ---------------------------------------------------------------- offers and splits

    /// @inheritdoc ILicenseMarket
    function createOffer(uint256 modelId, OfferTerms calldata terms)
        external
        onlyModelOperator(modelId)
        returns (uint256 offerId)
    {
        _validateTerms(terms);
        offerId = ++_counters.offers;
        Offer storage offer = _offers[offerId];
        // forge-lint: disable-next-line(unsafe-typecast)
        offer.modelId = uint64(modelId); // model ids are counted by the registry and stay far below 2^64
        offer.active = true;
        _writeTerms(offer, terms);
        emit OfferCreated(
            offerId,
            modelId,
            terms.tier,
            terms.currency,
            terms.price,
            terms.unitPrice,
            terms.duration,
            terms.maxSupply,
            terms.transferable,
            terms.derivativesAllowed
        );
    }

    /// @inheritdoc ILicenseMarket
    function updateOffer(uint256 offerId, uint128 price, uint128 unitPrice, uint32 maxSupply)
        external
        onlyModelOperator(_requireOffer(offerId).modelId)
    {
        Offer storage offer = _offers[offerId];
        _validatePrices(offer.tier, price, unitPrice);
        uint32 sold = offer.sold;
        if (maxSupply != 0 && maxSupply < sold) revert LicenseMarketSupplyBelowSold(offerId, maxSupply, sold);
        (offer.price, offer.unitPrice, offer.maxSupply) = (price, unitPrice, maxSupply);
        emit OfferUpdated(offerId, price, unitPrice, maxSupply);
    }

    /// @inheritdoc ILicenseMarket
    function setOfferActive(uint256 offerId, bool active) external onlyModelOperator(_requireOffer(offerId).modelId) {
        _offers[offerId].active = active;
        emit OfferStatusChanged(offerId, active);
    }

    /// @inheritdoc ILicenseMarket
    function setSplit(uint256 modelId, SplitRecipient[] calldata split) external onlyModelOperator(modelId) {
        uint256 n = split.length;
        if (n == 0 || n > MAX_SPLIT_RECIPIENTS) revert LicenseMarketInvalidSplit();
        SplitEntry[] storage stored = _splits[modelId];
        delete _splits[modelId];
        address[] memory recipients = new address[](n);
        uint16[] memory shares = new uint16[](n);
        uint256 total;
        for (uint256 i; i < n; ++i) {
            SplitRecipient calldata r = split[i];
            if (r.account == address(0) || r.bps == 0) revert LicenseMarketInvalidSplit();
            total += r.bps;
            stored.push(SplitEntry({account: r.account, bps: r.bps, isVault: _shareVaults[r.account]}));
            recipients[i] = r.account;
            shares[i] = r.bps;
        }
        if (total != _BPS) revert LicenseMarketInvalidSplit();
        emit SplitUpdated(modelId, recipients, shares);
    }

    // ---------------------------------------------------------------- payments

    /// @inheritdoc ILicenseMarket
    function purchase(uint256 offerId, address holder, uint256 maxPrice)
        external
        payable
        nonReentrant
        returns (uint256 licenseId)
    {
        Offer storage offer = _offers[offerId];
        Offer memory o = offer;
        if (o.modelId == 0) revert LicenseMarketNonexistentOffer(offerId);
        if (!o.active) revert LicenseMarketOfferInactive(offerId);
        if (o.maxSupply != 0 && o.sold >= o.maxSupply) revert LicenseMarketSoldOut(offerId);
        _requireCurrencyAllowed(o.currency);
        ModelTerms memory model = _registry.termsOf(o.modelId);
        if (model.status != ModelStatus.Active) revert LicenseMarketModelNotSelling(o.modelId);
        _requirePrice(o.price, maxPrice);
        _requireValue(o.currency, o.price);

        offer.sold = o.sold + 1;
        uint40 expiresAt = o.duration == 0 ? 0 : SafeCast.toUint40(block.timestamp + o.duration);
        uint256 paymentId;
        (licenseId, paymentId) = _nextLicenseAndPayment(o.price != 0);
        _mintAndSetExtraDataUnchecked(holder, licenseId, _pack(offerId, expiresAt, false));
        emit LicensePurchased(licenseId, offerId, o.modelId, holder, msg.sender, expiresAt, paymentId);

        if (paymentId != 0) {
            _settle(paymentId, o.modelId, model, licenseId, PaymentKind.Purchase, o.currency, o.price);
            _pull(o.currency, o.price);
        }
    }

    /// @inheritdoc ILicenseMarket
    function renew(uint256 licenseId, uint256 maxPrice) external payable nonReentrant returns (uint40 expiresAt) {
        License memory lic = _requireLicense(licenseId);
        if (lic.revoked) revert LicenseMarketLicenseNotValid(licenseId);
        // A licence's own expiry says what it is: 0 was perpetual at purchase and stays so.
        if (lic.expiresAt == 0) revert LicenseMarketNotRenewable(licenseId);
        Offer memory o = _offers[lic.offerId];
        if (!o.active) revert LicenseMarketOfferInactive(lic.offerId);
        _requireCurrencyAllowed(o.currency);
        ModelTerms memory model = _registry.termsOf(o.modelId);
        if (model.status == ModelStatus.Delisted) revert LicenseMarketModelNotSelling(o.modelId);
        _requirePrice(o.price, maxPrice);
        _requireValue(o.currency, o.price);

        uint256 from = lic.expiresAt > block.timestamp ? lic.expiresAt : block.timestamp;
        expiresAt = SafeCast.toUint40(from + o.duration);
        _setExtraData(licenseId, _pack(lic.offerId, expiresAt, false));
        uint256 paymentId = o.price == 0 ? 0 : _nextPayment();
        emit LicenseRenewed(licenseId, msg.sender, expiresAt, paymentId);

        if (paymentId != 0) {
            _settle(paymentId, o.modelId, model, licenseId, PaymentKind.Renewal, o.currency, o.price);
            _pull(o.currency, o.price);
        }
    }

    /// @inheritdoc ILicenseMarket
    function payForUsage(uint256 licenseId, uint256 units, uint256 maxUnitPrice) external payable nonReentrant {
        License memory lic = _requireLicense(licenseId);
        if (_ownerOf(licenseId) != msg.sender) revert LicenseMarketNotHolder(licenseId, msg.sender);
        if (!_isLive(lic)) revert LicenseMarketLicenseNotValid(licenseId);
        Offer storage offer = _offers[lic.offerId];
        uint256 unitPrice = offer.unitPrice;
        if (units == 0 || unitPrice == 0) revert LicenseMarketNotMetered(licenseId);
        _requirePrice(unitPrice, maxUnitPrice);
        (address currency, uint256 modelId) = (offer.currency, offer.modelId);
        ModelTerms memory model = _registry.termsOf(modelId);
        if (model.status == ModelStatus.Delisted) revert LicenseMarketModelNotSelling(modelId);
        uint256 amount = units * unitPrice;
        _requireValue(currency, amount);

        uint64 totalUnits = lic.usageUnits + SafeCast.toUint64(units);
        _usageUnits[licenseId] = totalUnits;
        uint256 paymentId = _nextPayment();
        emit UsagePaid(licenseId, msg.sender, units, totalUnits, paymentId);

        _settle(paymentId, modelId, model, licenseId, PaymentKind.Usage, currency, amount);
        _pull(currency, amount);
    }

    /// @inheritdoc ILicenseMarket
    function withdraw(address currency) external nonReentrant returns (uint256 amount) {
        amount = _withdrawable[msg.sender][currency];
        if (amount == 0) revert LicenseMarketNothingToWithdraw(msg.sender, currency);
        _withdrawable[msg.sender][currency] = 0;
        emit Withdrawn(msg.sender, currency, amount);
        if (currency == address(0)) {
            Address.sendValue(payable(msg.sender), amount);
        } else {
            IERC20(currency).safeTransfer(msg.sender, amount);
        }
    }

    // ---------------------------------------------------------------- DAO

    /// @inheritdoc ILicenseMarket
    function revokeLicense(uint256 licenseId) external onlyRole(REVOKER_ROLE) {
        License memory lic = _requireLicense(licenseId);
        if (lic.revoked) revert LicenseMarketLicenseNotValid(licenseId);
        _setExtraData(licenseId, _pack(lic.offerId, lic.expiresAt, true));
        emit LicenseRevoked(licenseId);
    }

    /// @inheritdoc ILicenseMarket
    function setProtocolFee(uint16 feeBps) external onlyRole(PARAMETERS_ROLE) {
        if (feeBps > MAX_FEE_BPS) revert LicenseMarketFeeTooHigh(feeBps);
        _feeBps = feeBps;
        emit ProtocolFeeUpdated(feeBps);
    }

    /// @inheritdoc ILicenseMarket
    function setTreasury(address treasury_) external onlyRole(PARAMETERS_ROLE) {
        if (treasury_ == address(0)) revert LicenseMarketZeroAddress();
        _treasury = treasury_;
        emit TreasuryUpdated(treasury_);
    }

    /// @inheritdoc ILicenseMarket
    function setCurrencyAllowed(address currency, bool allowed) external onlyRole(PARAMETERS_ROLE) {
        if (currency == address(0)) revert LicenseMarketZeroAddress();
        if (allowed && !_everAllowed[currency]) {
            if (_currencyCount == MAX_CURRENCIES) revert LicenseMarketTooManyCurrencies();
            ++_currencyCount;
            _everAllowed[currency] = true;
        }
        _allowedCurrencies[currency] = allowed;
        emit CurrencyAllowed(currency, allowed, TokenMetadata.symbolOf(currency), TokenMetadata.decimalsOf(currency));
    }

    /// @inheritdoc ILicenseMarket
    function registerShareVault(address vault) external onlyRole(VAULT_FACTORY_ROLE) {
        _shareVaults[vault] = true;
        emit ShareVaultRegistered(vault);
    }

    // ---------------------------------------------------------------- views

    /// @inheritdoc ILicenseMarket
    function isValid(uint256 licenseId) public view returns (bool) {
        return _exists(licenseId) && _isLive(_license(licenseId));
    }

    /// @inheritdoc ILicenseMarket
    function allowsDerivative(uint256 licenseId, uint256 modelId, address account) external view returns (bool) {
        if (!_exists(licenseId) || _ownerOf(licenseId) != account) return false;
        License memory lic = _license(licenseId);
        if (!_isLive(lic)) return false;
        Offer storage offer = _offers[lic.offerId];
        return offer.modelId == modelId && offer.derivativesAllowed;
    }

    /// @inheritdoc ILicenseMarket
    function withdrawable(address account, address currency) external view returns (uint256) {
        return _withdrawable[account][currency];
    }

    /// @inheritdoc ILicenseMarket
    function licenseOf(uint256 licenseId) external view returns (License memory) {
        return
            _exists(licenseId)
                ? _license(licenseId)
                : License({offerId: 0, expiresAt: 0, usageUnits: 0, revoked: false});
    }

    /// @inheritdoc ILicenseMarket
    function offerOf(uint256 offerId) external view returns (Offer memory) {
        return _offers[offerId];
    }

    /// @inheritdoc ILicenseMarket
    function splitOf(uint256 modelId) external view returns (SplitRecipient[] memory split) {
        SplitEntry[] storage stored = _splits[modelId];
        uint256 n = stored.length;
        if (n == 0) {
            split = new SplitRecipient[](1);
            split[0] = SplitRecipient({account: _registry.termsOf(modelId).creator, bps: _BPS});
            return split;
        }
        split = new SplitRecipient[](n);
        for (uint256 i; i < n; ++i) {
            split[i] = SplitRecipient({account: stored[i].account, bps: stored[i].bps});
        }
    }

    /// @inheritdoc ILicenseMarket
    function isCurrencyAllowed(address currency) public view returns (bool) {
        return currency == address(0) || _allowedCurrencies[currency];
    }

    /// @inheritdoc ILicenseMarket
    function protocolFeeBps() external view returns (uint16) {
        return _feeBps;
    }

    /// @inheritdoc ILicenseMarket
    function treasury() external view returns (address) {
        return _treasury;
    }

    /// @inheritdoc ILicenseMarket
    function counts() external view returns (uint256 offers, uint256 licenses, uint256 payments) {
        Counters memory c = _counters;
        return (c.offers, c.licenses, c.payments);
    }

    /// @notice The model registry whose models this market licenses.
    function registry() external view returns (IModelRegistry) {
        return _registry;
    }

    /// @notice "ModelMint Licence".
    function name() public pure override returns (string memory) {
        return "ModelMint Licence";
    }

    /// @notice "MLIC".
    function symbol() public pure override returns (string memory) {
        return "MLIC";
    }

    /// @notice A licence points at the model card of the model it licenses.
    function tokenURI(uint256 licenseId) public view override returns (string memory) {
        License memory lic = _requireLicense(licenseId);
        return _registry.tokenURI(_offers[lic.offerId].modelId);
    }

    /// @notice ERC-165: ERC-721 (with metadata) and AccessControl.
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, AccessControl) returns (bool) {
        return ERC721.supportsInterface(interfaceId) || AccessControl.supportsInterface(interfaceId);
    }

    // ---------------------------------------------------------------- internals

    /// @dev Soulbound licences cannot move between accounts; minting is always allowed.
    function _beforeTokenTransfer(address from, address to, uint256 tokenId) internal view override {
        if (from != address(0) && to != address(0) && !_offers[_license(tokenId).offerId].transferable) {
            revert LicenseMarketNonTransferable(tokenId);
        }
    }

    // A licence's extra data (96 bits beside its owner): offer id in bits 48-95, revoked in bit 40, expiry in 0-39.
    uint256 private constant _OFFER_SHIFT = 48;
    uint256 private constant _REVOKED_BIT = 1 << 40;
    uint256 private constant _EXPIRY_MASK = (1 << 40) - 1;

    function _pack(uint256 offerId, uint40 expiresAt, bool revoked) private pure returns (uint96) {
        // Offer ids are counted in a uint64 and fit the 48 bits left well beyond any realistic market.
        // forge-lint: disable-next-line(unsafe-typecast)
        return uint96((offerId << _OFFER_SHIFT) | (revoked ? _REVOKED_BIT : 0) | expiresAt);
    }

    /// @dev A licence that exists (the caller checked), from its extra data and its usage.
    function _license(uint256 licenseId) private view returns (License memory) {
        uint256 data = _getExtraData(licenseId);
        return License({
            offerId: uint64(data >> _OFFER_SHIFT),
            expiresAt: uint40(data & _EXPIRY_MASK),
            usageUnits: _usageUnits[licenseId],
            revoked: data & _REVOKED_BIT != 0
        });
    }

    function _requireLicense(uint256 licenseId) private view returns (License memory) {
        if (!_exists(licenseId)) revert LicenseMarketNonexistentLicense(licenseId);
        return _license(licenseId);
    }

    /// @dev Credits the fee and every recipient of the model's split, routes the parent cut up the lineage (bounded
    /// by the registry's `MAX_DEPTH`, stopping once nothing is left to route), emits {PaymentSettled} with every
    /// credit, and only then tells the share vaults among the recipients of their revenue.
    function _settle(
        uint256 paymentId,
        uint256 modelId,
        ModelTerms memory model,
        uint256 licenseId,
        PaymentKind kind,
        address currency,
        uint256 gross
    ) private {
        Settlement memory settlement;
        settlement.treasury = _treasury;
        settlement.fee = gross * _feeBps / _BPS;
        uint256 net = gross - settlement.fee;
        ModelTerms memory parent;
        if (model.parentId != 0) {
            parent = _registry.termsOf(model.parentId);
            settlement.parentCut = net * parent.royaltyBps / _BPS;
        }
        if (settlement.fee != 0) _withdrawable[settlement.treasury][currency] += settlement.fee;
        // Room for the model's own split (or its creator alone) and a full split per ancestor.
        uint256 ownRecipients = _splits[modelId].length;
        settlement.credits =
            _newCredits((ownRecipients == 0 ? 1 : ownRecipients) + uint256(model.depth) * MAX_SPLIT_RECIPIENTS);

        _distribute(settlement.credits, modelId, model.creator, currency, net - settlement.parentCut);
        _routeToAncestors(settlement.credits, model.parentId, parent, currency, settlement.parentCut);
        _emitSettled(paymentId, modelId, licenseId, kind, currency, gross, settlement);
        _notifyVaults(settlement.credits, currency);
    }

    /// @dev Walks up from `ancestorId` (whose terms are `ancestor`): each ancestor's split receives what reached it
    /// minus its own parent's royalty, which moves one level up.
    function _routeToAncestors(
        Credits memory credits,
        uint256 ancestorId,
        ModelTerms memory ancestor,
        address currency,
        uint256 amount
    ) private {
        while (amount != 0) {
            ModelTerms memory parent;
            uint256 cut;
            if (ancestor.parentId != 0) {
                parent = _registry.termsOf(ancestor.parentId);
                cut = amount * parent.royaltyBps / _BPS;
            }
            _distribute(credits, ancestorId, ancestor.creator, currency, amount - cut);
            (ancestorId, ancestor, amount) = (ancestor.parentId, parent, cut);
        }
    }

    /// @dev Credits `amount` by the split of `modelId` (its creator alone if none is set); the rounding remainder goes
    /// to the split's first recipient.
    function _distribute(Credits memory credits, uint256 modelId, address creator, address currency, uint256 amount)
        private
    {
        SplitEntry[] storage split = _splits[modelId];
        uint256 n = split.length;
        if (n == 0) {
            _credit(credits, modelId, SplitEntry({account: creator, bps: _BPS, isVault: false}), currency, amount);
            return;
        }
        uint256 rest = amount;
        for (uint256 i = 1; i < n; ++i) {
            SplitEntry memory entry = split[i];
            uint256 share = amount * entry.bps / _BPS;
            rest -= share;
            _credit(credits, modelId, entry, currency, share);
        }
        _credit(credits, modelId, split[0], currency, rest);
    }

    function _credit(Credits memory credits, uint256 modelId, SplitEntry memory entry, address currency, uint256 amount)
        private
    {
        if (amount == 0) return;
        _withdrawable[entry.account][currency] += amount;
        uint256 i = credits.count;
        credits.count = i + 1;
        credits.modelIds[i] = modelId;
        credits.recipients[i] = entry.account;
        credits.amounts[i] = amount;
        credits.bps[i] = entry.bps;
        if (entry.isVault) credits.toVaults |= 1 << i;
    }

    function _emitSettled(
        uint256 paymentId,
        uint256 modelId,
        uint256 licenseId,
        PaymentKind kind,
        address currency,
        uint256 gross,
        Settlement memory settlement
    ) private {
        Credits memory credits = settlement.credits;
        _trim(credits);
        emit PaymentSettled(
            paymentId,
            modelId,
            licenseId,
            kind,
            msg.sender,
            currency,
            gross,
            settlement.fee,
            settlement.parentCut,
            settlement.treasury,
            credits.modelIds,
            credits.recipients,
            credits.amounts,
            credits.bps
        );
    }

    /// @dev The interactions of a payment, after its effects and its event: each share vault credited is told.
    function _notifyVaults(Credits memory credits, address currency) private {
        for (uint256 i; i < credits.count; ++i) {
            if (credits.toVaults & (1 << i) != 0) {
                IRevenueSink(credits.recipients[i]).accrueRevenue(currency, credits.amounts[i]);
            }
        }
    }

    function _newCredits(uint256 capacity) private pure returns (Credits memory credits) {
        credits.modelIds = new uint256[](capacity);
        credits.recipients = new address[](capacity);
        credits.amounts = new uint256[](capacity);
        credits.bps = new uint16[](capacity);
    }

    /// @dev Shortens the credit arrays to the credits made; memory past them is left unused.
    function _trim(Credits memory credits) private pure {
        uint256 count = credits.count;
        uint256[] memory modelIds = credits.modelIds;
        address[] memory recipients = credits.recipients;
        uint256[] memory amounts = credits.amounts;
        uint16[] memory bps = credits.bps;
        // Setting the lengths in place avoids copying every credit into right-sized arrays.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(modelIds, count)
            mstore(recipients, count)
            mstore(amounts, count)
            mstore(bps, count)
        }
    }

    function _requirePrice(uint256 price, uint256 limit) private pure {
        if (price > limit) revert LicenseMarketPriceAboveLimit(price, limit);
    }

    /// @dev For ETH, the value sent must be exactly `amount`; for an ERC-20, no ETH may be sent.
    function _requireValue(address currency, uint256 amount) private view {
        uint256 expected = currency == address(0) ? amount : 0;
        if (msg.value != expected) revert LicenseMarketIncorrectPayment(expected, msg.value);
    }

    /// @dev Pulls an ERC-20 payment from the caller and checks that exactly `amount` arrived.
    function _pull(address currency, uint256 amount) private {
        if (currency == address(0)) return;
        IERC20 token = IERC20(currency);
        uint256 before = token.balanceOf(address(this));
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint256 received = token.balanceOf(address(this)) - before;
        if (received != amount) revert LicenseMarketTransferAmountMismatch(currency, amount, received);
    }

    function _nextLicenseAndPayment(bool paid) private returns (uint256 licenseId, uint256 paymentId) {
        Counters memory c = _counters;
        licenseId = ++c.licenses;
        if (paid) paymentId = ++c.payments;
        _counters = c;
    }

    function _nextPayment() private returns (uint256) {
        return ++_counters.payments;
    }

    function _requireOffer(uint256 offerId) private view returns (Offer storage offer) {
        offer = _offers[offerId];
        if (offer.modelId == 0) revert LicenseMarketNonexistentOffer(offerId);
    }

    function _requireCurrencyAllowed(address currency) private view {
        if (!isCurrencyAllowed(currency)) revert LicenseMarketCurrencyNotAllowed(currency);
    }

    function _validateTerms(OfferTerms calldata terms) private view {
        _requireCurrencyAllowed(terms.currency);
        if (terms.tier == LicenseTier.Subscription && terms.duration == 0) revert LicenseMarketInvalidTerms();
        _validatePrices(terms.tier, terms.price, terms.unitPrice);
    }

    /// @dev A metered offer needs a unit price; every other tier a price.
    function _validatePrices(LicenseTier tier, uint128 price, uint128 unitPrice) private pure {
        if (tier == LicenseTier.Metered ? unitPrice == 0 : price == 0) revert LicenseMarketInvalidTerms();
    }

    function _writeTerms(Offer storage offer, OfferTerms calldata terms) private {
        offer.currency = terms.currency;
        offer.tier = terms.tier;
        offer.transferable = terms.transferable;
        offer.derivativesAllowed = terms.derivativesAllowed;
        offer.price = terms.price;
        offer.unitPrice = terms.unitPrice;
        offer.duration = terms.duration;
        offer.maxSupply = terms.maxSupply;
    }

    function _isLive(License memory lic) private view returns (bool) {
        return !lic.revoked && (lic.expiresAt == 0 || block.timestamp < lic.expiresAt);
    }
}
