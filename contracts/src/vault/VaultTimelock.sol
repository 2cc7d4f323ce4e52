// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {
    TimelockControllerUpgradeable
} from "@openzeppelin/contracts-upgradeable/governance/TimelockControllerUpgradeable.sol";

/// @title VaultTimelock
/// @notice Holds what a vault's governor passed for at least `MIN_DELAY` before anyone may execute it, so shareholders
/// see a passed action coming and can act (sell, redeem, propose the opposite) before it runs.
/// @dev OpenZeppelin TimelockController, self-administered: the governor proposes and cancels, anyone executes, and
/// only a proposal through the timelock itself changes its delay, never below `MIN_DELAY`. Deployed as an EIP-1167
/// clone by the {ShareVaultFactory}.
contract VaultTimelock is TimelockControllerUpgradeable {
    /// @notice Shortest delay between a passed proposal and its execution, in seconds.
    uint256 public constant MIN_DELAY = 1 days;

    /// @dev The delay would fall below `MIN_DELAY`.
    error VaultTimelockDelayTooShort(uint256 delay, uint256 minimum);

    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the timelock up. Caller: the factory, right after cloning.
    /// @dev Reverts when `minDelay` is below `MIN_DELAY`.
    function initialize(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        public
        override
        initializer
    {
        _requireDelay(minDelay);
        __TimelockController_init(minDelay, proposers, executors, admin);
    }

    /// @inheritdoc TimelockControllerUpgradeable
    /// @dev Reverts when `newDelay` is below `MIN_DELAY`.
    function updateDelay(uint256 newDelay) public override {
        _requireDelay(newDelay);
        super.updateDelay(newDelay);
    }

    function _requireDelay(uint256 delay) private pure {
        if (delay < MIN_DELAY) revert VaultTimelockDelayTooShort(delay, MIN_DELAY);
    }
}
