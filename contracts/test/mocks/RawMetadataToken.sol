// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice A token whose `symbol()` and `decimals()` answer with whatever raw bytes the test sets (a `bytes32`
/// symbol as MKR's, a truncated or malformed answer), or revert.
contract RawMetadataToken {
    bytes private _symbolAnswer;
    bytes private _decimalsAnswer;
    bool private _reverts;

    function setAnswers(bytes calldata symbolAnswer, bytes calldata decimalsAnswer, bool reverts) external {
        (_symbolAnswer, _decimalsAnswer, _reverts) = (symbolAnswer, decimalsAnswer, reverts);
    }

    fallback(bytes calldata input) external returns (bytes memory) {
        if (_reverts) revert();
        bytes4 selector = bytes4(input);
        if (selector == bytes4(keccak256("symbol()"))) return _symbolAnswer;
        if (selector == bytes4(keccak256("decimals()"))) return _decimalsAnswer;
        return "";
    }
}
