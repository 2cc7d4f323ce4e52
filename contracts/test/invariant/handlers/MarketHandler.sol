// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../../src/interfaces/ILicenseMarket.sol";
import {IShareVault} from "../../../src/interfaces/IShareVault.sol";
import {LicenseMarket} from "../../../src/LicenseMarket.sol";
import {ModelRegistry} from "../../../src/ModelRegistry.sol";
import {MockStablecoin} from "../../../src/mocks/MockStablecoin.sol";
import {License, LicenseTier, Offer, OfferTerms} from "../../../src/types/License.sol";
import {ModelParams, ModelStatus} from "../../../src/types/Model.sol";
import {ShareTerms} from "../../../src/types/Shares.sol";
import {SplitRecipient} from "../../../src/types/Split.sol";
import {ShareVault} from "../../../src/vault/ShareVault.sol";
import {ShareVaultFactory} from "../../../src/vault/ShareVaultFactory.sol";
import {BaseTest} from "../../utils/BaseTest.sol";
import {Vm} from "../../utils/Vm.sol";
import {MarketStore} from "../stores/MarketStore.sol";

/// @notice Drives random sequences of market actions. Impossible actions return early instead of reverting, so
/// every call does something; each payment's events are checked as they happen and recorded in the store.
contract MarketHandler is BaseTest {
    uint256 private constant ACTORS = 6;
    uint256 private constant MAX_MODELS = 12;
    uint256 private constant MAX_OFFERS = 30;

    ModelRegistry private immutable registry;
    LicenseMarket private immutable market;
    ShareVaultFactory private immutable factory;
    MockStablecoin private immutable usdc;
    MarketStore private immutable store;
    address private immutable dao;

    address[ACTORS] private actors;
    mapping(uint256 modelId => address) private vaultOfModel;

    constructor(
        ModelRegistry registry_,
        LicenseMarket market_,
        ShareVaultFactory factory_,
        MockStablecoin usdc_,
        MarketStore store_,
        address dao_,
        address treasury
    ) {
        (registry, market, factory, usdc, store, dao) = (registry_, market_, factory_, usdc_, store_, dao_);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = makeAddr(string.concat("actor", vm.toString(i)));
            store.addAccount(actors[i]);
        }
        store.addAccount(treasury);
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

    function setSplit(uint256 modelSeed, uint256 recipientsSeed, uint256 bpsSeed) external {
        if (store.modelCount() == 0) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        address owner = registry.ownerOf(modelId);
        if (vaultOfModel[modelId] != address(0)) return;
        uint256 n = bound(recipientsSeed, 1, 5);
        SplitRecipient[] memory split = new SplitRecipient[](n);
        uint256 left = 10_000;
        for (uint256 i; i < n; ++i) {
            uint256 share = i == n - 1 ? left : bound(uint256(keccak256(abi.encode(bpsSeed, i))), 1, left - (n - 1 - i));
            split[i] = SplitRecipient({account: _actor(recipientsSeed >> (8 * (i + 1))), bps: uint16(share)});
            left -= share;
        }
        vm.prank(owner);
        market.setSplit(modelId, split);
    }

    function createOffer(uint256 modelSeed, uint8 tierSeed, bool inUsdc, uint96 priceSeed, uint32 durationSeed)
        external
    {
        if (store.modelCount() == 0 || store.offerCount() >= MAX_OFFERS) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        if (vaultOfModel[modelId] != address(0)) return;
        LicenseTier tier = LicenseTier(tierSeed % 4);
        uint256 price = inUsdc ? bound(priceSeed, 1, 10_000e6) : bound(priceSeed, 1, 10 ether);
        OfferTerms memory terms = OfferTerms({
            tier: tier,
            currency: inUsdc ? address(usdc) : address(0),
            price: uint128(price),
            unitPrice: tier == LicenseTier.Metered ? uint128(bound(priceSeed >> 32, 1, 1e6)) : 0,
            duration: tier == LicenseTier.Subscription ? uint64(bound(durationSeed, 1 hours, 365 days)) : 0,
            maxSupply: uint32(durationSeed % 3 == 0 ? bound(durationSeed, 1, 5) : 0),
            transferable: durationSeed % 2 == 0,
            derivativesAllowed: true
        });
        vm.prank(registry.ownerOf(modelId));
        store.addOffer(market.createOffer(modelId, terms));
    }

    // ---------------------------------------------------------------- payments

    function purchase(uint256 offerSeed, uint256 buyerSeed) external {
        if (store.offerCount() == 0) return;
        uint256 offerId = store.offers(offerSeed % store.offerCount());
        Offer memory offer = market.offerOf(offerId);
        if (!_sells(offer)) return;
        _buy(_actor(buyerSeed), offerId);
    }

    function renew(uint256 licenseSeed, uint256 payerSeed) external {
        if (store.licenseCount() == 0) return;
        uint256 licenseId = store.licenses(licenseSeed % store.licenseCount());
        License memory license = market.licenseOf(licenseId);
        Offer memory offer = market.offerOf(license.offerId);
        if (license.revoked || offer.duration == 0 || !offer.active) return;
        if (registry.termsOf(offer.modelId).status == ModelStatus.Delisted) return;
        if (!market.isCurrencyAllowed(offer.currency)) return;
        address payer = _actor(payerSeed);
        uint256 value = _fund(payer, offer.currency, offer.price);
        vm.recordLogs();
        vm.prank(payer);
        market.renew{value: value}(licenseId);
        _checkPayment(offer.currency, offer.price);
    }

    function payForUsage(uint256 licenseSeed, uint256 units) external {
        if (store.licenseCount() == 0) return;
        uint256 licenseId = store.licenses(licenseSeed % store.licenseCount());
        License memory license = market.licenseOf(licenseId);
        Offer memory offer = market.offerOf(license.offerId);
        if (offer.unitPrice == 0 || !market.isValid(licenseId)) return;
        if (registry.termsOf(offer.modelId).status == ModelStatus.Delisted) return;
        units = bound(units, 1, 1_000_000);
        uint256 amount = units * offer.unitPrice;
        address holder = market.ownerOf(licenseId);
        uint256 value = _fund(holder, offer.currency, amount);
        vm.recordLogs();
        vm.prank(holder);
        market.payForUsage{value: value}(licenseId, units);
        _checkPayment(offer.currency, amount);
    }

    function withdraw(uint256 accountSeed, bool inUsdc) external {
        address account = store.accounts(accountSeed % store.accountCount());
        address currency = inUsdc ? address(usdc) : address(0);
        uint256 amount = market.withdrawable(account, currency);
        if (amount == 0) return;
        vm.prank(account);
        market.withdraw(currency);
        store.recordWithdrawn(currency, amount);
    }

    function setProtocolFee(uint16 feeBps) external {
        uint16 fee = uint16(bound(feeBps, 0, market.MAX_FEE_BPS()));
        vm.prank(dao);
        market.setProtocolFee(fee);
    }

    function warp(uint32 seconds_) external {
        vm.warp(vm.getBlockTimestamp() + bound(seconds_, 1, 60 days));
    }

    // ---------------------------------------------------------------- vaults

    function fractionalize(uint256 modelSeed, uint256 supplySeed) external {
        if (store.modelCount() == 0) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        if (vaultOfModel[modelId] != address(0)) return;
        address owner = registry.ownerOf(modelId);
        SplitRecipient[] memory split = new SplitRecipient[](2);
        split[0] = SplitRecipient({account: owner, bps: 5_000});
        split[1] = SplitRecipient({account: address(0), bps: 5_000});
        ShareTerms memory shares = ShareTerms({name: "Shares", symbol: "SHR", supply: bound(supplySeed, 1, 1e30)});
        vm.startPrank(owner);
        registry.approve(address(factory), modelId);
        (address vault,) = factory.fractionalize(modelId, shares, split);
        vm.stopPrank();
        vaultOfModel[modelId] = vault;
        store.addVault(vault);
        store.addAccount(vault);
    }

    function transferShares(uint256 vaultSeed, uint256 fromSeed, uint256 toSeed, uint256 amount) external {
        if (store.vaultCount() == 0) return;
        ShareVault vault = ShareVault(payable(store.vaults(vaultSeed % store.vaultCount())));
        address from = _holder(vault, fromSeed);
        if (from == address(0)) return;
        amount = bound(amount, 0, vault.balanceOf(from));
        vm.prank(from);
        vault.transfer(_actor(toSeed), amount);
    }

    function claim(uint256 vaultSeed, uint256 holderSeed, bool inUsdc) external {
        if (store.vaultCount() == 0) return;
        ShareVault vault = ShareVault(payable(store.vaults(vaultSeed % store.vaultCount())));
        address holder = _actor(holderSeed);
        address currency = inUsdc ? address(usdc) : address(0);
        if (vault.claimable(holder, currency) == 0) return;
        vm.recordLogs();
        vm.prank(holder);
        uint256 amount = vault.claim(currency);
        store.recordClaim(address(vault), currency, amount);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            if (logs[i].emitter == address(market) && logs[i].topics[0] == ILicenseMarket.Withdrawn.selector) {
                store.recordWithdrawn(currency, abi.decode(logs[i].data, (uint256)));
            }
        }
    }

    // ---------------------------------------------------------------- views for the invariants

    function actor(uint256 i) external view returns (address) {
        return actors[i];
    }

    function actorCount() external pure returns (uint256) {
        return ACTORS;
    }

    // ---------------------------------------------------------------- internals

    function _actor(uint256 seed) private view returns (address) {
        return actors[seed % ACTORS];
    }

    /// @dev An actor holding shares of `vault`, starting the search at `seed`, or the zero address.
    function _holder(ShareVault vault, uint256 seed) private view returns (address) {
        for (uint256 i; i < ACTORS; ++i) {
            address candidate = _actor(seed % ACTORS + i);
            if (vault.balanceOf(candidate) != 0) return candidate;
        }
        return address(0);
    }

    function _sells(Offer memory offer) private view returns (bool) {
        return offer.active && (offer.maxSupply == 0 || offer.sold < offer.maxSupply)
            && registry.termsOf(offer.modelId).status == ModelStatus.Active && market.isCurrencyAllowed(offer.currency);
    }

    /// @dev The first derivative-allowing offer of `modelId` that sells, creating one in ETH when the model's owner is
    /// an account (0 when its vault owns it and none sells).
    function _derivativeOffer(uint256 modelId) private returns (uint256) {
        for (uint256 i; i < store.offerCount(); ++i) {
            Offer memory offer = market.offerOf(store.offers(i));
            if (offer.modelId == modelId && offer.derivativesAllowed && offer.duration == 0 && _sells(offer)) {
                return store.offers(i);
            }
        }
        if (vaultOfModel[modelId] != address(0)) return 0;
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
        vm.prank(registry.ownerOf(modelId));
        uint256 offerId = market.createOffer(modelId, terms);
        store.addOffer(offerId);
        return offerId;
    }

    function _buy(address buyer, uint256 offerId) private returns (uint256 licenseId) {
        Offer memory offer = market.offerOf(offerId);
        uint256 value = _fund(buyer, offer.currency, offer.price);
        vm.recordLogs();
        vm.prank(buyer);
        licenseId = market.purchase{value: value}(offerId, buyer);
        store.addLicense(licenseId);
        _checkPayment(offer.currency, offer.price);
    }

    /// @dev Gives `payer` what it needs and returns the ETH value to send.
    function _fund(address payer, address currency, uint256 amount) private returns (uint256 value) {
        if (currency == address(0)) {
            vm.deal(payer, payer.balance + amount);
            return amount;
        }
        usdc.mint(payer, amount);
        vm.prank(payer);
        usdc.approve(address(market), amount);
    }

    /// @dev Checks the payment just made from its events alone and records it.
    function _checkPayment(address currency, uint256 amount) private {
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
        store.recordPayment(gross == amount && gross == fee + parentCut + ownCredits, parentCut == ancestorCredits);
    }
}
