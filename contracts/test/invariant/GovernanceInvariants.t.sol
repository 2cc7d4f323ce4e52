// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MarketHandler} from "./handlers/MarketHandler.sol";
import {MarketInvariantsTest} from "./MarketInvariants.t.sol";

/// @notice The same invariants under sequences of a vault's whole life only: models sold, fractionalised, their
/// shares traded and delegated, proposals made, voted, queued, waited on and executed, revenue claimed and the model
/// redeemed. A proposal takes about ten steps from a model's registration to its execution, most of them among the
/// market's other actions, so runs here are four times as deep as the main suite's (and half as many).
/// forge-config: default.invariant.runs = 32
/// forge-config: default.invariant.depth = 256
/// forge-config: ci.invariant.depth = 256
contract GovernanceInvariantsTest is MarketInvariantsTest {
    function targetContracts() public view override returns (address[] memory targets) {
        targets = new address[](2);
        (targets[0], targets[1]) = (address(marketHandler), address(vaultHandler));
    }

    function targetSelectors() public view override returns (FuzzSelector[] memory selectors) {
        selectors = new FuzzSelector[](2);
        bytes4[] memory market_ = new bytes4[](5);
        market_[0] = MarketHandler.registerModel.selector;
        market_[1] = MarketHandler.createOffer.selector;
        market_[2] = MarketHandler.purchase.selector;
        market_[3] = MarketHandler.payForUsage.selector;
        market_[4] = MarketHandler.warp.selector;
        selectors[0] = FuzzSelector({addr: address(marketHandler), selectors: market_});

        selectors[1] = _vaultSelectors();
    }
}
