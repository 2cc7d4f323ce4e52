// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {DisputeStatus} from "../../src/interfaces/IDisputeResolver.sol";
import {DisputeResolver} from "../../src/DisputeResolver.sol";
import {Offer} from "../../src/types/License.sol";
import {ShareVault} from "../../src/vault/ShareVault.sol";
import {MockToken} from "../mocks/MockToken.sol";
import {Fixture} from "../utils/Fixture.sol";
import {CurationHandler} from "./handlers/CurationHandler.sol";
import {DisputeHandler} from "./handlers/DisputeHandler.sol";
import {MarketHandler} from "./handlers/MarketHandler.sol";
import {VaultHandler} from "./handlers/VaultHandler.sol";
import {MarketStore} from "./stores/MarketStore.sol";

/// @notice Value conservation and the buyer's, holder's and claimant's guarantees under random sequences of every
/// action the protocol offers (see test/invariant/README.md).
contract MarketInvariantsTest is Fixture {
    /// @dev The selectors forge may call on a target, as forge-std's StdInvariant declares them.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    uint256 private constant ACTORS = 6;

    MarketStore internal store;
    MarketHandler internal marketHandler;
    VaultHandler internal vaultHandler;
    DisputeHandler internal disputeHandler;
    CurationHandler internal curationHandler;
    MockToken internal dai;

    function setUp() public override {
        super.setUp();
        dai = new MockToken("Mock Dai", "mDAI", 18);
        vm.prank(dao);
        market.setCurrencyAllowed(address(dai), true);

        address[] memory actors = new address[](ACTORS);
        for (uint256 i; i < ACTORS; ++i) {
            actors[i] = makeAddr(string.concat("actor", vm.toString(i)));
        }
        address[] memory currencies = new address[](3);
        (currencies[0], currencies[1], currencies[2]) = (address(0), address(usdc), address(dai));
        store = new MarketStore(actors, currencies);
        marketHandler = new MarketHandler(registry, market, store, dao);
        vaultHandler = new VaultHandler(registry, market, factory, store);
        disputeHandler = new DisputeHandler(disputes, market, store, dao);
        curationHandler = new CurationHandler(curation, registry, IERC20(address(mint)), store, dao);
    }

    /// @notice Only the handlers are called, so every sequence is one users could perform.
    function targetContracts() public view virtual returns (address[] memory targets) {
        targets = new address[](4);
        (targets[0], targets[1], targets[2], targets[3]) =
        (address(marketHandler), address(vaultHandler), address(disputeHandler), address(curationHandler));
    }

    function targetSelectors() public view virtual returns (FuzzSelector[] memory selectors) {
        selectors = new FuzzSelector[](4);
        bytes4[] memory market_ = new bytes4[](13);
        market_[0] = MarketHandler.registerModel.selector;
        market_[1] = MarketHandler.setSplit.selector;
        market_[2] = MarketHandler.createOffer.selector;
        market_[3] = MarketHandler.updateOffer.selector;
        market_[4] = MarketHandler.setOfferActive.selector;
        market_[5] = MarketHandler.purchase.selector;
        market_[6] = MarketHandler.renew.selector;
        market_[7] = MarketHandler.payForUsage.selector;
        market_[8] = MarketHandler.withdraw.selector;
        market_[9] = MarketHandler.setProtocolFee.selector;
        market_[10] = MarketHandler.setTreasury.selector;
        market_[11] = MarketHandler.setCurrencyAllowed.selector;
        market_[12] = MarketHandler.warp.selector;
        selectors[0] = FuzzSelector({addr: address(marketHandler), selectors: market_});

        selectors[1] = _vaultSelectors();

        bytes4[] memory disputes_ = new bytes4[](5);
        disputes_[0] = DisputeHandler.raise.selector;
        disputes_[1] = DisputeHandler.resolve.selector;
        disputes_[2] = DisputeHandler.lapse.selector;
        disputes_[3] = DisputeHandler.setBond.selector;
        disputes_[4] = DisputeHandler.withdraw.selector;
        selectors[2] = FuzzSelector({addr: address(disputeHandler), selectors: disputes_});

        bytes4[] memory curation_ = new bytes4[](2);
        curation_[0] = CurationHandler.stake.selector;
        curation_[1] = CurationHandler.unstake.selector;
        selectors[3] = FuzzSelector({addr: address(curationHandler), selectors: curation_});
    }

    /// @dev Every vault action, governance included: both suites call them all.
    function _vaultSelectors() internal view returns (FuzzSelector memory) {
        bytes4[] memory vaults = new bytes4[](7);
        vaults[0] = VaultHandler.fractionalize.selector;
        vaults[1] = VaultHandler.transferShares.selector;
        vaults[2] = VaultHandler.claim.selector;
        vaults[3] = VaultHandler.redeem.selector;
        vaults[4] = VaultHandler.propose.selector;
        vaults[5] = VaultHandler.vote.selector;
        vaults[6] = VaultHandler.advanceProposal.selector;
        return FuzzSelector({addr: address(vaultHandler), selectors: vaults});
    }

    // ---------------------------------------------------------------- money

    /// @notice The market holds exactly what it owes: per currency, its balance equals the sum of withdrawable
    /// balances over every account it ever credited.
    function invariant_MarketBalanceEqualsWithdrawable() public view {
        for (uint256 c; c < store.currencyCount(); ++c) {
            address currency = store.currencies(c);
            vm.assertEq(_held(address(market), currency), _totalWithdrawable(currency), "market balance");
        }
    }

    /// @notice Every payment's parts sum to its gross, and its parent cut to what its ancestors were credited;
    /// every payment the market made was checked.
    function invariant_PaymentsReconcile() public view {
        vm.assertEq(store.paymentsUnbalanced(), 0, "payment parts do not sum to gross");
        vm.assertEq(store.parentCutsUnbalanced(), 0, "parent cut differs from ancestors' credits");
        (,, uint256 payments) = market.counts();
        vm.assertEq(store.paymentsSeen(), payments, "payments checked");
    }

    /// @notice Everything paid in was either withdrawn or is still withdrawable.
    function invariant_PaidInEqualsWithdrawnPlusOwed() public view {
        for (uint256 c; c < store.currencyCount(); ++c) {
            address currency = store.currencies(c);
            vm.assertEq(
                store.paidIn(currency), store.withdrawn(currency) + _totalWithdrawable(currency), "value conservation"
            );
        }
    }

    /// @notice No payer is ever charged more than the price it stated, however the seller changed the offer first.
    function invariant_NobodyPaysAboveTheStatedPrice() public view {
        vm.assertEq(store.overpayments(), 0, "a payment charged more than its payer stated");
    }

    // ---------------------------------------------------------------- licences and offers

    /// @notice A licence bought perpetual stays perpetual; a renewal never shortens a licence and always leaves it
    /// running past the renewal; revoked licences are not live.
    function invariant_LicencesKeepTheirTerms() public view {
        vm.assertEq(store.perpetualRenewals(), 0, "a perpetual licence was renewed");
        vm.assertEq(store.renewalsShortening(), 0, "a renewal shortened or ended a licence");
        for (uint256 i; i < store.licenseCount(); ++i) {
            uint256 licenseId = store.licenses(i);
            uint256 expiresAt = market.licenseOf(licenseId).expiresAt;
            vm.assertEq(expiresAt == 0, store.perpetualAtPurchase(licenseId), "perpetual at purchase, perpetual now");
            vm.assertEq(expiresAt, store.lastExpiry(licenseId), "expiry as the last purchase or renewal set it");
            if (market.licenseOf(licenseId).revoked) vm.assertFalse(market.isValid(licenseId), "revoked yet valid");
        }
    }

    /// @notice No offer sells beyond its cap, and each counts exactly the licences bought from it.
    function invariant_SoldWithinSupply() public view {
        for (uint256 i; i < store.offerCount(); ++i) {
            uint256 offerId = store.offers(i);
            Offer memory offer = market.offerOf(offerId);
            if (offer.maxSupply != 0) vm.assertLe(offer.sold, offer.maxSupply, "sold beyond the cap");
            vm.assertEq(offer.sold, store.soldSeen(offerId), "sold counts the licences bought");
        }
    }

    // ---------------------------------------------------------------- vaults

    /// @notice Revenue that reached a vault is what holders claimed plus what every address (actors, the vault, its
    /// governor and timelock) can claim, to within the stated dust of under one wei per holder settlement; the vault
    /// and its market balance can pay it all.
    function invariant_VaultRevenueIsClaimedOrClaimable() public view {
        for (uint256 v; v < store.vaultCount(); ++v) {
            ShareVault vault = ShareVault(payable(store.vaultAt(v).vault));
            uint256 dust = store.settlements(address(vault)) + ACTORS + 3;
            for (uint256 c; c < store.currencyCount(); ++c) {
                address currency = store.currencies(c);
                uint256 claimable = _claimableByAll(v, currency);
                uint256 accounted = store.claimed(address(vault), currency) + claimable;
                uint256 revenue = vault.totalRevenue(currency);
                vm.assertLe(accounted, revenue, "vault owes more than it received");
                vm.assertLe(revenue - accounted, dust, "vault revenue stranded beyond rounding dust");
                vm.assertGe(
                    _held(address(vault), currency) + market.withdrawable(address(vault), currency),
                    claimable,
                    "vault cannot pay its holders"
                );
            }
        }
    }

    /// @notice Shares never reach the vault, its governor or its timelock; a vault never accounts for more
    /// currencies than it can settle.
    function invariant_VaultMachineryHoldsNoShares() public view {
        vm.assertEq(store.sharesStranded(), 0, "shares sent to the vault's own machinery");
        for (uint256 v; v < store.vaultCount(); ++v) {
            MarketStore.VaultRecord memory record = store.vaultAt(v);
            ShareVault vault = ShareVault(payable(record.vault));
            vm.assertEq(vault.balanceOf(record.vault), 0, "vault holds its shares");
            vm.assertEq(vault.balanceOf(record.governor), 0, "governor holds shares");
            vm.assertEq(vault.balanceOf(record.timelock), 0, "timelock holds shares");
            vm.assertLe(vault.currencies().length, vault.MAX_CURRENCIES(), "currencies beyond the table");
        }
    }

    /// @notice After a redemption, every later wei of revenue goes to the redeemer.
    function invariant_RevenueAfterRedemptionGoesToTheRedeemer() public view {
        for (uint256 v; v < store.vaultCount(); ++v) {
            address vault = store.vaultAt(v).vault;
            address redeemer = store.redeemer(vault);
            if (redeemer == address(0)) continue;
            for (uint256 c; c < store.currencyCount(); ++c) {
                address currency = store.currencies(c);
                vm.assertEq(
                    ShareVault(payable(vault)).claimable(redeemer, currency)
                        + store.claimedByRedeemerSince(vault, currency),
                    store.redeemerEntitlementAtRedemption(vault, currency)
                        + ShareVault(payable(vault)).totalRevenue(currency)
                        - store.revenueAtRedemption(vault, currency),
                    "revenue after redemption"
                );
            }
        }
    }

    /// @notice No money-moving proposal was executed without votes for from more than half the supply and two
    /// thirds of the votes for or against.
    function invariant_MinorityCannotMoveMoney() public view {
        vm.assertEq(store.minorityExecutions(), 0, "a minority executed a money-moving proposal");
    }

    // ---------------------------------------------------------------- disputes and curation

    /// @notice The dispute resolver's ETH is exactly what accounts can withdraw plus the bonds of open disputes.
    function invariant_ResolverHoldsBondsAndCredits() public view {
        uint256 owed;
        for (uint256 i; i < store.accountCount(); ++i) {
            owed += disputes.withdrawable(store.accounts(i));
        }
        for (uint256 id = 1; id <= disputes.disputeCount(); ++id) {
            DisputeResolver.Dispute memory dispute = disputes.disputeOf(id);
            if (dispute.status == DisputeStatus.Open) owed += dispute.bond;
        }
        vm.assertEq(address(disputes).balance, owed, "resolver balance");
    }

    /// @notice Each model's signal is the sum of its curators' stakes, and all signals sum to the MINT curation holds.
    function invariant_CurationStakesSumToSignalAndBalance() public view {
        uint256 signals;
        for (uint256 m; m < store.modelCount(); ++m) {
            uint256 modelId = store.models(m);
            uint256 stakes;
            for (uint256 a; a < ACTORS; ++a) {
                stakes += curation.stakeOf(modelId, store.actor(a));
            }
            vm.assertEq(stakes, curation.signalOf(modelId), "stakes sum to the signal");
            signals += stakes;
        }
        vm.assertEq(mint.balanceOf(address(curation)), signals, "signals sum to the staked balance");
    }

    // ---------------------------------------------------------------- internals

    function _claimableByAll(uint256 v, address currency) private view returns (uint256 claimable) {
        MarketStore.VaultRecord memory record = store.vaultAt(v);
        ShareVault vault = ShareVault(payable(record.vault));
        for (uint256 a; a < ACTORS; ++a) {
            claimable += vault.claimable(store.actor(a), currency);
        }
        claimable += vault.claimable(record.vault, currency) + vault.claimable(record.governor, currency)
        + vault.claimable(record.timelock, currency);
    }

    function _totalWithdrawable(address currency) private view returns (uint256 total) {
        for (uint256 i; i < store.accountCount(); ++i) {
            total += market.withdrawable(store.accounts(i), currency);
        }
    }

    function _held(address account, address currency) private view returns (uint256) {
        return currency == address(0) ? account.balance : IERC20(currency).balanceOf(account);
    }
}
