// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {MockToken} from "../../mocks/MockToken.sol";
import {BaseTest} from "../../utils/BaseTest.sol";
import {MarketStore} from "../stores/MarketStore.sol";

/// @notice What every handler shares: the actors, the currencies and how to fund a payer. Each handler returns early
/// from an action that is impossible in the current state, so with `fail_on_revert` any revert is a failure: the
/// handlers' guards and the contracts' rules must agree.
abstract contract BaseHandler is BaseTest {
    uint256 internal constant ACTORS = 6;

    MarketStore internal immutable store;

    constructor(MarketStore store_) {
        store = store_;
    }

    /// @dev Forge's timestamp, which `vm.warp` moves, as every handler sees it.
    function _now() internal view returns (uint256) {
        return vm.getBlockTimestamp();
    }

    function _actor(uint256 seed) internal view returns (address) {
        return store.actor(seed % ACTORS);
    }

    /// @dev ETH, then each ERC-20 of the run (of different decimals).
    function _currency(uint256 seed) internal view returns (address) {
        return store.currencies(seed % store.currencyCount());
    }

    /// @dev Gives `payer` `amount` of `currency` and returns the ETH value to send. ERC-20 payers approve the market
    /// for everything they hold, as wallets often do, so only the price limit protects them.
    function _fund(address payer, address spender, address currency, uint256 amount) internal returns (uint256) {
        if (currency == address(0)) {
            vm.deal(payer, payer.balance + amount);
            return amount;
        }
        MockToken(currency).mint(payer, amount);
        vm.prank(payer);
        IERC20(currency).approve(spender, type(uint256).max);
        return 0;
    }

    function _balanceOf(address account, address currency) internal view returns (uint256) {
        return currency == address(0) ? account.balance : IERC20(currency).balanceOf(account);
    }
}
