// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ILicenseMarket} from "../../src/interfaces/ILicenseMarket.sol";

/// @notice A split recipient that tries to withdraw again, or to buy a licence, from inside the ETH it receives.
contract ReentrantRecipient {
    enum Attack {
        Withdraw,
        Purchase
    }

    ILicenseMarket private immutable _market;
    Attack public attack;
    uint256 public offerId;
    bool public propagate;
    bool public reentered;
    uint256 public received;

    constructor(ILicenseMarket market) {
        _market = market;
    }

    function arm(Attack attack_, uint256 offerId_, bool propagate_) external {
        (attack, offerId, propagate) = (attack_, offerId_, propagate_);
    }

    function withdraw() external returns (uint256) {
        return _market.withdraw(address(0));
    }

    receive() external payable {
        received += msg.value;
        bytes memory call = attack == Attack.Withdraw
            ? abi.encodeCall(ILicenseMarket.withdraw, (address(0)))
            : abi.encodeCall(ILicenseMarket.purchase, (offerId, address(this), 0.1 ether));
        (bool ok, bytes memory reason) = address(_market).call{value: attack == Attack.Purchase ? 0.1 ether : 0}(call);
        reentered = ok;
        if (!ok && propagate) {
            assembly ("memory-safe") {
                revert(add(reason, 0x20), mload(reason))
            }
        }
    }
}
