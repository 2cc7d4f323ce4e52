// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ShareVault} from "../../src/vault/ShareVault.sol";
import {Fixture} from "../utils/Fixture.sol";
import {MarketHandler} from "./handlers/MarketHandler.sol";
import {MarketStore} from "./stores/MarketStore.sol";

/// @notice Value conservation of the market under random sequences of every money-moving action
/// (see test/invariant/README.md).
contract MarketInvariantsTest is Fixture {
    /// @dev The selectors forge may call on a target, as forge-std's StdInvariant declares them.
    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    MarketStore internal store;
    MarketHandler internal handler;
    address[2] internal currencies;

    function setUp() public override {
        super.setUp();
        store = new MarketStore();
        handler = new MarketHandler(registry, market, factory, usdc, store, dao, treasury);
        currencies = [address(0), address(usdc)];
    }

    /// @notice Only the handler is called, so every sequence is one a user could perform.
    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    function targetSelectors() public view returns (FuzzSelector[] memory selectors) {
        bytes4[] memory actions = new bytes4[](12);
        actions[0] = MarketHandler.registerModel.selector;
        actions[1] = MarketHandler.setSplit.selector;
        actions[2] = MarketHandler.createOffer.selector;
        actions[3] = MarketHandler.purchase.selector;
        actions[4] = MarketHandler.renew.selector;
        actions[5] = MarketHandler.payForUsage.selector;
        actions[6] = MarketHandler.withdraw.selector;
        actions[7] = MarketHandler.setProtocolFee.selector;
        actions[8] = MarketHandler.warp.selector;
        actions[9] = MarketHandler.fractionalize.selector;
        actions[10] = MarketHandler.transferShares.selector;
        actions[11] = MarketHandler.claim.selector;
        selectors = new FuzzSelector[](1);
        selectors[0] = FuzzSelector({addr: address(handler), selectors: actions});
    }

    /// @notice (a) The market holds exactly what it owes: per currency, its balance equals the sum of withdrawable
    /// balances over every account it ever credited.
    function invariant_MarketBalanceEqualsWithdrawable() public view {
        for (uint256 c; c < currencies.length; ++c) {
            vm.assertEq(_held(address(market), currencies[c]), _totalWithdrawable(currencies[c]), "market balance");
        }
    }

    /// @notice (b) Every payment's parts sum to its gross, and its parent cut to what its ancestors were credited;
    /// every payment the market made was checked.
    function invariant_PaymentsReconcile() public view {
        vm.assertEq(store.paymentsUnbalanced(), 0, "payment parts do not sum to gross");
        vm.assertEq(store.parentCutsUnbalanced(), 0, "parent cut differs from ancestors' credits");
        (,, uint256 payments) = market.counts();
        vm.assertEq(store.paymentsSeen(), payments, "payments checked");
    }

    /// @notice (c) What holders claimed and can still claim from a vault never exceeds what reached it, and the vault
    /// (with its market balance) covers what they can claim.
    function invariant_VaultClaimsCovered() public view {
        for (uint256 v; v < store.vaultCount(); ++v) {
            ShareVault vault = ShareVault(payable(store.vaults(v)));
            for (uint256 c; c < currencies.length; ++c) {
                address currency = currencies[c];
                uint256 claimable;
                for (uint256 a; a < handler.actorCount(); ++a) {
                    claimable += vault.claimable(handler.actor(a), currency);
                }
                vm.assertLe(
                    store.claimed(address(vault), currency) + claimable, vault.totalRevenue(currency), "vault over-owes"
                );
                vm.assertGe(
                    _held(address(vault), currency) + market.withdrawable(address(vault), currency),
                    claimable,
                    "vault cannot pay its holders"
                );
            }
        }
    }

    /// @notice (d) Conservation: everything paid in was either withdrawn or is still withdrawable.
    function invariant_PaidInEqualsWithdrawnPlusOwed() public view {
        for (uint256 c; c < currencies.length; ++c) {
            address currency = currencies[c];
            vm.assertEq(
                store.paidIn(currency), store.withdrawn(currency) + _totalWithdrawable(currency), "value conservation"
            );
        }
    }

    function _totalWithdrawable(address currency) private view returns (uint256 total) {
        for (uint256 i; i < store.accountCount(); ++i) {
            total += market.withdrawable(store.accounts(i), currency);
        }
    }

    function _held(address account, address currency) private view returns (uint256) {
        return currency == address(0) ? account.balance : usdc.balanceOf(account);
    }
}
