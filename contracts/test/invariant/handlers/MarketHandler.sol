// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {LicenseMarket} from "../../../src/LicenseMarket.sol";
import {ModelRegistry} from "../../../src/ModelRegistry.sol";
import {License, LicenseTier, Offer, OfferTerms} from "../../../src/types/License.sol";
import {ModelParams, ModelStatus} from "../../../src/types/Model.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {Vm} from "../../utils/Vm.sol";
import {MarketStore} from "../stores/MarketStore.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Models, splits, offers, every kind of payment, withdrawals and the DAO's market parameters. Payments are
/// made as a buyer would: at a price quoted before the transaction, which the seller may change (front-run) before it
/// lands; each payment's events are checked as they happen and recorded in the store.
contract MarketHandler is BaseHandler {
    uint256 private constant MAX_MODELS = 12;
    uint256 private constant MAX_OFFERS = 30;

    ModelRegistry private immutable registry;
    LicenseMarket private immutable market;
    address private immutable dao;

    constructor(ModelRegistry registry_, LicenseMarket market_, MarketStore store_, address dao_) BaseHandler(store_) {
        (registry, market, dao) = (registry_, market_, dao_);
        store.addAccount(market.treasury());
    }

    // ---------------------------------------------------------------- models, splits, offers

    function registerModel(uint256 actorSeed, uint256 parentSeed, uint16 royaltyBps) external {
        if (store.modelCount() >= MAX_MODELS) return;
        address creator = _actor(actorSeed);
        ModelParams memory params = ModelParams({
            name: "Model",
            category: "LLM",
            tags: new string[](0),
            uri: "ipfs://card",
            contentHash: keccak256(abi.encode(actorSeed)),
            parentId: 0,
            parentLicenseId: 0,
            royaltyBps: uint16(bound(royaltyBps, 0, 5_000))
        });
        if (store.modelCount() > 0 && parentSeed % 2 == 0) {
            uint256 parentId = store.models(parentSeed % store.modelCount());
            if (registry.termsOf(parentId).depth >= 2 || registry.termsOf(parentId).status != ModelStatus.Active) {
                return;
            }
            uint256 offerId = _derivativeOffer(parentId);
            if (offerId == 0) return;
            params.parentId = parentId;
            params.parentLicenseId = _buy(creator, offerId);
        }
        vm.prank(creator);
        store.addModel(registry.register(params));
    }

    /// @notice A split of 1-5 recipients; one in four names the vault of some model, as a stranger may.
    function setSplit(uint256 modelSeed, uint256 recipientsSeed, uint256 bpsSeed) external {
        (uint256 modelId, address owner) = _actorOwnedModel(modelSeed);
        if (owner == address(0)) return;
        uint256 n = bound(recipientsSeed, 1, 5);
        SplitRecipient[] memory split = new SplitRecipient[](n);
        uint256 left = 10_000;
        for (uint256 i; i < n; ++i) {
            uint256 share = i == n - 1 ? left : bound(uint256(keccak256(abi.encode(bpsSeed, i))), 1, left - (n - 1 - i));
            address account = _actor(recipientsSeed >> (8 * (i + 1)));
            if (i == 0 && bpsSeed % 4 == 0 && store.vaultCount() != 0) {
                account = store.vaultAt(bpsSeed % store.vaultCount()).vault;
            }
            split[i] = SplitRecipient({account: account, bps: uint16(share)});
            left -= share;
        }
        vm.prank(owner);
        market.setSplit(modelId, split);
    }

    function createOffer(uint256 modelSeed, uint8 tierSeed, uint256 currencySeed, uint96 priceSeed, uint32 durationSeed)
        external
    {
        if (store.offerCount() >= MAX_OFFERS) return;
        (uint256 modelId, address owner) = _actorOwnedModel(modelSeed);
        address currency = _currency(currencySeed);
        if (owner == address(0) || !market.isCurrencyAllowed(currency)) return;
        LicenseTier tier = LicenseTier(tierSeed % 4);
        OfferTerms memory terms = OfferTerms({
            tier: tier,
            currency: currency,
            price: uint128(_price(currency, priceSeed)),
            unitPrice: tier == LicenseTier.Metered ? uint128(bound(priceSeed >> 32, 1, 1e6)) : 0,
            duration: tier == LicenseTier.Subscription || durationSeed % 5 == 0
                ? uint64(bound(durationSeed, 1 hours, 365 days))
                : 0,
            maxSupply: uint32(durationSeed % 3 == 0 ? bound(durationSeed, 1, 5) : 0),
            transferable: durationSeed % 2 == 0,
            derivativesAllowed: true
        });
        vm.prank(owner);
        store.addOffer(market.createOffer(modelId, terms));
    }

    /// @notice The seller reprices an offer or changes its cap (never below what it sold).
    function updateOffer(uint256 offerSeed, uint96 priceSeed, uint32 capSeed) external {
        if (store.offerCount() == 0) return;
        uint256 offerId = store.offers(offerSeed % store.offerCount());
        Offer memory offer = market.offerOf(offerId);
        address owner = registry.ownerOf(offer.modelId);
        if (store.vaultOfModel(offer.modelId) == owner) return;
        (uint128 price, uint128 unitPrice) = _reprice(offer, priceSeed);
        uint32 cap = capSeed % 2 == 0 ? 0 : uint32(bound(capSeed, offer.sold == 0 ? 1 : offer.sold, offer.sold + 5));
        vm.prank(owner);
        market.updateOffer(offerId, price, unitPrice, cap);
    }

    function setOfferActive(uint256 offerSeed, bool active) external {
        if (store.offerCount() == 0) return;
        uint256 offerId = store.offers(offerSeed % store.offerCount());
        address owner = registry.ownerOf(market.offerOf(offerId).modelId);
        if (store.vaultOfModel(market.offerOf(offerId).modelId) == owner) return;
        vm.prank(owner);
        market.setOfferActive(offerId, active);
    }

    // ---------------------------------------------------------------- payments

    /// @notice A buyer quotes the price; one time in three the seller reprices before the purchase lands.
    function purchase(uint256 offerSeed, uint256 buyerSeed, uint96 repriceSeed) external {
        if (store.offerCount() == 0) return;
        uint256 offerId = store.offers(offerSeed % store.offerCount());
        if (!_sells(market.offerOf(offerId))) return;
        address buyer = _actor(buyerSeed);
        uint256 quoted = market.offerOf(offerId).price;
        uint256 value = _fund(buyer, address(market), market.offerOf(offerId).currency, quoted);
        _maybeFrontRun(offerId, repriceSeed);
        Offer memory offer = market.offerOf(offerId);
        vm.recordLogs();
        vm.prank(buyer);
        (bool ok, bytes memory result) =
            address(market).call{value: value}(abi.encodeCall(ILicenseMarket.purchase, (offerId, buyer, quoted)));
        _expectOutcome(ok, offer.currency, offer.price, quoted, value);
        if (!ok) return;
        uint256 licenseId = abi.decode(result, (uint256));
        store.addLicense(licenseId, offerId, market.licenseOf(licenseId).expiresAt);
        if (offer.price != 0) _checkPayment(offer.currency, offer.price, quoted);
    }

    /// @notice Anyone renews any licence, perpetual ones included (which must refuse), at a quoted price that the
    /// seller may change first.
    function renew(uint256 licenseSeed, uint256 payerSeed, uint96 repriceSeed) external {
        if (store.licenseCount() == 0) return;
        uint256 licenseId = store.licenses(licenseSeed % store.licenseCount());
        License memory license = market.licenseOf(licenseId);
        Offer memory offer = market.offerOf(license.offerId);
        if (license.revoked || !offer.active || !market.isCurrencyAllowed(offer.currency)) return;
        if (registry.termsOf(offer.modelId).status == ModelStatus.Delisted) return;
        address payer = _actor(payerSeed);
        uint256 quoted = offer.price;
        uint256 value = _fund(payer, address(market), offer.currency, quoted);
        _maybeFrontRun(license.offerId, repriceSeed);
        offer = market.offerOf(license.offerId);
        vm.recordLogs();
        vm.prank(payer);
        (bool ok,) = address(market).call{value: value}(abi.encodeCall(ILicenseMarket.renew, (licenseId, quoted)));
        if (license.expiresAt == 0) {
            if (ok) store.recordRenewal(licenseId, market.licenseOf(licenseId).expiresAt, _now());
            return;
        }
        _expectOutcome(ok, offer.currency, offer.price, quoted, value);
        if (!ok) return;
        store.recordRenewal(licenseId, market.licenseOf(licenseId).expiresAt, _now());
        if (offer.price != 0) _checkPayment(offer.currency, offer.price, quoted);
    }

    /// @notice The holder pays for metered usage at a quoted unit price that the seller may change first.
    function payForUsage(uint256 licenseSeed, uint256 units, uint96 repriceSeed) external {
        if (store.licenseCount() == 0) return;
        uint256 licenseId = store.licenses(licenseSeed % store.licenseCount());
        Offer memory offer = market.offerOf(market.licenseOf(licenseId).offerId);
        if (offer.unitPrice == 0 || !market.isValid(licenseId)) return;
        if (registry.termsOf(offer.modelId).status == ModelStatus.Delisted) return;
        units = bound(units, 1, 1_000_000);
        uint256 quoted = offer.unitPrice;
        address holder = market.ownerOf(licenseId);
        uint256 value = _fund(holder, address(market), offer.currency, units * quoted);
        _maybeFrontRun(market.licenseOf(licenseId).offerId, repriceSeed);
        offer = market.offerOf(market.licenseOf(licenseId).offerId);
        if (offer.unitPrice == 0) return;
        vm.recordLogs();
        vm.prank(holder);
        (bool ok,) =
            address(market).call{value: value}(abi.encodeCall(ILicenseMarket.payForUsage, (licenseId, units, quoted)));
        _expectOutcome(ok, offer.currency, units * offer.unitPrice, units * quoted, value);
        if (ok) _checkPayment(offer.currency, units * offer.unitPrice, units * quoted);
    }

    function withdraw(uint256 accountSeed, uint256 currencySeed) external {
        address account = store.accounts(accountSeed % store.accountCount());
        address currency = _currency(currencySeed);
        uint256 amount = market.withdrawable(account, currency);
        if (amount == 0 || account.code.length != 0) return;
        vm.prank(account);
        market.withdraw(currency);
        store.recordWithdrawn(currency, amount);
    }

    // ---------------------------------------------------------------- DAO parameters and time

    function setProtocolFee(uint16 feeBps) external {
        uint16 fee = uint16(bound(feeBps, 0, market.MAX_FEE_BPS()));
        vm.prank(dao);
        market.setProtocolFee(fee);
    }

    /// @notice The DAO moves the treasury to an actor or back to the original.
    function setTreasury(uint256 seed) external {
        address next = seed % 3 == 0 ? dao : _actor(seed);
        vm.prank(dao);
        market.setTreasury(next);
        store.addAccount(next);
    }

    /// @notice The DAO removes an ERC-20 from the allow-list, or allows it again.
    function setCurrencyAllowed(uint256 currencySeed, bool allowed) external {
        address currency = store.currencies(1 + currencySeed % (store.currencyCount() - 1));
        vm.prank(dao);
        market.setCurrencyAllowed(currency, allowed);
    }

    function warp(uint32 seconds_) external {
        vm.warp(_now() + bound(seconds_, 1, 60 days));
    }

    // ---------------------------------------------------------------- internals

    /// @dev A model whose owner is an actor (not a vault), from `seed`, or the zero address.
    function _actorOwnedModel(uint256 seed) private view returns (uint256 modelId, address owner) {
        if (store.modelCount() == 0) return (0, address(0));
        modelId = store.models(seed % store.modelCount());
        owner = registry.ownerOf(modelId);
        if (store.vaultOfModel(modelId) == owner) owner = address(0);
    }

    function _price(address currency, uint256 seed) private view returns (uint256) {
        return
            currency == address(0) || currency == store.currencies(2)
                ? bound(seed, 1, 10 ether)
                : bound(seed, 1, 10_000e6);
    }

    /// @dev New prices for `offer`: up to 100x or down to a hundredth of the current ones, valid for its tier.
    function _reprice(Offer memory offer, uint96 seed) private pure returns (uint128 price, uint128 unitPrice) {
        uint256 factor = bound(seed, 1, 10_000);
        price = uint128(offer.price * factor / 100);
        unitPrice = uint128(offer.unitPrice * factor / 100);
        if (offer.tier != LicenseTier.Metered && price == 0) price = 1;
        if (offer.tier == LicenseTier.Metered && unitPrice == 0) unitPrice = 1;
    }

    /// @dev One time in three, the seller of `offerId` reprices it between the payer's quote and the payment.
    function _maybeFrontRun(uint256 offerId, uint96 seed) private {
        if (seed % 3 != 0) return;
        Offer memory offer = market.offerOf(offerId);
        address owner = registry.ownerOf(offer.modelId);
        if (store.vaultOfModel(offer.modelId) == owner) return;
        (uint128 price, uint128 unitPrice) = _reprice(offer, seed / 3);
        vm.prank(owner);
        market.updateOffer(offerId, price, unitPrice, offer.maxSupply);
    }

    /// @dev A payment goes through exactly when the price due is at most what the payer stated and, in ETH, equals
    /// what it sent. One that went through above the stated price is recorded as an overpayment.
    function _expectOutcome(bool ok, address currency, uint256 due, uint256 stated, uint256 value) private {
        bool expected = due <= stated && (currency != address(0) || due == value);
        if (ok && due > stated) store.recordOverpayment();
        vm.assertEq(ok, expected, "payment outcome differs from the buyer's stated limit");
    }

    function _sells(Offer memory offer) private view returns (bool) {
        return offer.active && (offer.maxSupply == 0 || offer.sold < offer.maxSupply)
            && registry.termsOf(offer.modelId).status == ModelStatus.Active && market.isCurrencyAllowed(offer.currency);
    }

    /// @dev The first perpetual derivative-allowing offer of `modelId` that sells, creating one in ETH when the
    /// model's owner is an actor (0 when its vault owns it and none sells).
    function _derivativeOffer(uint256 modelId) private returns (uint256) {
        for (uint256 i; i < store.offerCount(); ++i) {
            Offer memory offer = market.offerOf(store.offers(i));
            if (offer.modelId == modelId && offer.derivativesAllowed && offer.duration == 0 && _sells(offer)) {
                return store.offers(i);
            }
        }
        address owner = registry.ownerOf(modelId);
        if (store.vaultOfModel(modelId) == owner) return 0;
        OfferTerms memory terms = OfferTerms({
            tier: LicenseTier.Commercial,
            currency: address(0),
            price: 0.5 ether,
            unitPrice: 0,
            duration: 0,
            maxSupply: 0,
            transferable: false,
            derivativesAllowed: true
        });
        vm.prank(owner);
        uint256 offerId = market.createOffer(modelId, terms);
        store.addOffer(offerId);
        return offerId;
    }

    /// @dev Buys at the current price, stated as the limit (no front-running: a registration step).
    function _buy(address buyer, uint256 offerId) private returns (uint256 licenseId) {
        Offer memory offer = market.offerOf(offerId);
        uint256 value = _fund(buyer, address(market), offer.currency, offer.price);
        vm.recordLogs();
        vm.prank(buyer);
        licenseId = market.purchase{value: value}(offerId, buyer, offer.price);
        store.addLicense(licenseId, offerId, market.licenseOf(licenseId).expiresAt);
        // A metered offer repriced to nothing up front sells without a payment.
        if (offer.price != 0) _checkPayment(offer.currency, offer.price, offer.price);
    }

    /// @dev Checks the payment just made from its events alone and records it: its gross is what was due, at most
    /// what the payer stated, and splits exactly.
    function _checkPayment(address currency, uint256 amount, uint256 stated) private {
        store.recordPaidIn(currency, amount);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        uint256 gross;
        uint256 fee;
        uint256 parentCut;
        uint256 ownCredits;
        uint256 ancestorCredits;
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter != address(market) || logs[i].topics[0] != ILicenseMarket.PaymentSettled.selector) {
                continue;
            }
            uint256 modelId = uint256(logs[i].topics[2]);
            uint256[] memory creditedModelIds;
            uint256[] memory amounts;
            (,,, gross, fee, parentCut,, creditedModelIds,, amounts,) = abi.decode(
                logs[i].data,
                (uint8, address, address, uint256, uint256, uint256, address, uint256[], address[], uint256[], uint16[])
            );
            for (uint256 j; j < amounts.length; ++j) {
                if (creditedModelIds[j] == modelId) ownCredits += amounts[j];
                else ancestorCredits += amounts[j];
            }
        }
        if (gross > stated) store.recordOverpayment();
        store.recordPayment(gross == amount && gross == fee + parentCut + ownCredits, parentCut == ancestorCredits);
    }
}
