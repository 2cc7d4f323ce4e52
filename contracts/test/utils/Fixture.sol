// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Curation} from "../../src/Curation.sol";
import {DisputeResolver} from "../../src/DisputeResolver.sol";
import {LicenseMarket} from "../../src/LicenseMarket.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {MintToken} from "../../src/dao/MintToken.sol";
import {MockStablecoin} from "../../src/mocks/MockStablecoin.sol";
import {LicenseTier, OfferTerms} from "../../src/types/License.sol";
import {ModelParams} from "../../src/types/Model.sol";
import {SplitRecipient} from "../../src/types/Split.sol";
import {ShareVaultFactory} from "../../src/vault/ShareVaultFactory.sol";
import {MarketplaceDeployment} from "../../script/MarketplaceDeployment.sol";
import {BaseTest} from "./BaseTest.sol";

/// @notice The marketplace as the deploy script wires it, with an EOA (`dao`) in the timelock's place, plus helpers
/// that register models, create offers and buy licences.
abstract contract Fixture is BaseTest, MarketplaceDeployment {
    uint16 internal constant FEE_BPS = 250;
    uint256 internal constant DISPUTE_BOND = 0.1 ether;
    uint48 internal constant VAULT_VOTING_DELAY = 1 hours;
    uint32 internal constant VAULT_VOTING_PERIOD = 3 days;
    uint256 internal constant VAULT_TIMELOCK_DELAY = 1 days;
    uint256 internal constant USDC = 1e6;

    address internal dao;
    address internal treasury;
    address internal creator;
    address internal contributor;
    address internal buyer;
    address internal stranger;

    MintToken internal mint;
    MockStablecoin internal usdc;
    ModelRegistry internal registry;
    LicenseMarket internal market;
    ShareVaultFactory internal factory;
    DisputeResolver internal disputes;
    Curation internal curation;

    function setUp() public virtual {
        dao = makeAddr("dao");
        treasury = makeAddr("treasury");
        creator = makeAddr("creator");
        contributor = makeAddr("contributor");
        buyer = makeAddr("buyer");
        stranger = makeAddr("stranger");

        mint = new MintToken(dao, 100_000_000 ether);
        usdc = new MockStablecoin();
        address[] memory currencies = new address[](1);
        currencies[0] = address(usdc);
        Core memory core = _deployCore(
            CoreConfig({
                deployer: address(this),
                admin: dao,
                treasury: treasury,
                feeBps: FEE_BPS,
                disputeBond: DISPUTE_BOND,
                vaultVotingDelay: VAULT_VOTING_DELAY,
                vaultVotingPeriod: VAULT_VOTING_PERIOD,
                vaultTimelockDelay: VAULT_TIMELOCK_DELAY,
                curationToken: IERC20(address(mint)),
                currencies: currencies
            })
        );
        (registry, market, factory, disputes, curation) =
        (core.registry, core.market, core.factory, core.disputes, core.curation);
        vm.label(address(registry), "ModelRegistry");
        vm.label(address(market), "LicenseMarket");
        vm.label(address(factory), "ShareVaultFactory");
        vm.label(address(usdc), "mUSDC");

        vm.deal(buyer, 1_000 ether);
        usdc.mint(buyer, 1_000_000 * USDC);
        vm.prank(buyer);
        usdc.approve(address(market), type(uint256).max);
    }

    // ---------------------------------------------------------------- models

    function _modelParams(string memory name) internal pure returns (ModelParams memory params) {
        string[] memory tags = new string[](2);
        tags[0] = "llm";
        tags[1] = "open-weights";
        params = ModelParams({
            name: name,
            category: "LLM",
            tags: tags,
            uri: "ipfs://bafkreimodelcard",
            contentHash: keccak256(bytes(name)),
            parentId: 0,
            parentLicenseId: 0,
            royaltyBps: 1_000
        });
    }

    function _registerModel(address owner) internal returns (uint256 modelId) {
        vm.prank(owner);
        modelId = registry.register(_modelParams("Llama-Mint"));
    }

    /// @dev Registers a derivative of `parentId` as `owner`, buying the derivative-allowing licence it needs first.
    function _registerDerivative(address owner, uint256 parentId, uint16 royaltyBps) internal returns (uint256) {
        uint256 offerId = _createOffer(registry.ownerOf(parentId), parentId, _derivativeTerms());
        vm.deal(owner, owner.balance + 1 ether);
        vm.prank(owner);
        uint256 licenseId = market.purchase{value: 1 ether}(offerId, owner, 1 ether);
        ModelParams memory params = _modelParams("Fine-tune");
        params.parentId = parentId;
        params.parentLicenseId = licenseId;
        params.royaltyBps = royaltyBps;
        vm.prank(owner);
        return registry.register(params);
    }

    /// @dev creator 70 %, contributor 20 %, stranger 10 %.
    function _threeWaySplit() internal view returns (SplitRecipient[] memory split) {
        split = new SplitRecipient[](3);
        split[0] = SplitRecipient({account: creator, bps: 7_000});
        split[1] = SplitRecipient({account: contributor, bps: 2_000});
        split[2] = SplitRecipient({account: stranger, bps: 1_000});
    }

    function _setSplit(uint256 modelId, SplitRecipient[] memory split) internal {
        vm.prank(registry.ownerOf(modelId));
        market.setSplit(modelId, split);
    }

    // ---------------------------------------------------------------- offers and licences

    function _commercialTerms(address currency, uint128 price) internal pure returns (OfferTerms memory) {
        return OfferTerms({
            tier: LicenseTier.Commercial,
            currency: currency,
            price: price,
            unitPrice: 0,
            duration: 0,
            maxSupply: 0,
            transferable: true,
            derivativesAllowed: false
        });
    }

    function _subscriptionTerms(address currency, uint128 price, uint64 duration)
        internal
        pure
        returns (OfferTerms memory)
    {
        return OfferTerms({
            tier: LicenseTier.Subscription,
            currency: currency,
            price: price,
            unitPrice: 0,
            duration: duration,
            maxSupply: 0,
            transferable: false,
            derivativesAllowed: false
        });
    }

    function _meteredTerms(address currency, uint128 price, uint128 unitPrice)
        internal
        pure
        returns (OfferTerms memory)
    {
        return OfferTerms({
            tier: LicenseTier.Metered,
            currency: currency,
            price: price,
            unitPrice: unitPrice,
            duration: 0,
            maxSupply: 0,
            transferable: false,
            derivativesAllowed: false
        });
    }

    function _derivativeTerms() internal pure returns (OfferTerms memory terms) {
        terms = _commercialTerms(address(0), 1 ether);
        terms.derivativesAllowed = true;
    }

    function _createOffer(address owner, uint256 modelId, OfferTerms memory terms) internal returns (uint256) {
        vm.prank(owner);
        return market.createOffer(modelId, terms);
    }

    /// @dev Buys from `offerId` as `payer` for itself, paying ETH or the ERC-20 as the offer asks.
    function _purchase(address payer, uint256 offerId) internal returns (uint256 licenseId) {
        (address currency, uint256 price) = (market.offerOf(offerId).currency, market.offerOf(offerId).price);
        vm.prank(payer);
        licenseId = market.purchase{value: currency == address(0) ? price : 0}(offerId, payer, price);
    }

    /// @dev The price a buyer of `offerId` sees now, and so states as the most it pays.
    function _priceOf(uint256 offerId) internal view returns (uint256) {
        return market.offerOf(offerId).price;
    }

    /// @dev The price of renewing `licenseId` now.
    function _renewalPriceOf(uint256 licenseId) internal view returns (uint256) {
        return market.offerOf(market.licenseOf(licenseId).offerId).price;
    }

    /// @dev The unit price of `licenseId`'s metered usage now.
    function _unitPriceOf(uint256 licenseId) internal view returns (uint256) {
        return market.offerOf(market.licenseOf(licenseId).offerId).unitPrice;
    }
}
