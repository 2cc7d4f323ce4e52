// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {VM_ADDRESS, Vm} from "./Vm.sol";

/// @notice Base of every test: the cheatcodes, named accounts and input bounding.
abstract contract BaseTest {
    Vm internal constant vm = Vm(VM_ADDRESS);

    /// @notice Marks the contract as a test suite for forge.
    bool public constant IS_TEST = true;

    /// @dev A deterministic address with a readable label in traces.
    function makeAddr(string memory name) internal returns (address account) {
        account = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(account, name);
    }

    /// @dev Maps any fuzzed `x` into [min, max] without discarding runs (uniform enough for fuzzing).
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min;
        if (size == type(uint256).max) return x;
        return min + (x % (size + 1));
    }
}
