// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";

/// @title TokenMetadata
/// @notice Reads an ERC-20's optional `symbol()` and `decimals()` without trusting what the token returns.
/// @dev A high-level call with `returns (string memory)` reverts in the caller when the token answers in another
/// shape (MKR's `bytes32` symbol, a short or over-long answer), and `try`/`catch` does not catch decoding errors. These
/// reads use a bounded `staticcall`, copy at most 128 bytes of the answer, and fall back to "" and 0 where the answer
/// is not one they can decode. A symbol is cut to `MAX_SYMBOL_BYTES`, at a UTF-8 character boundary.
library TokenMetadata {
    /// @notice Longest symbol reported, in bytes.
    uint256 internal constant MAX_SYMBOL_BYTES = 32;

    /// @dev Gas a token may spend answering, so a token cannot make the DAO's call run out of gas.
    uint256 private constant _CALL_GAS = 50_000;

    /// @notice The token's symbol, from a `string` or a `bytes32` answer; "" when it has none that decodes.
    function symbolOf(address token) internal view returns (string memory symbol) {
        (bool ok, uint256 size, bytes32[4] memory words) = _call(token, IERC20Metadata.symbol.selector);
        if (!ok) return "";
        if (size == 32) return _bytes32ToString(words[0]);
        // A standard string answer: offset 0x20, then the length, then the bytes.
        if (size < 64 || uint256(words[0]) != 32) return "";
        uint256 length = uint256(words[1]);
        if (length > size - 64) return "";
        bytes memory raw = abi.encodePacked(words[2], words[3]);
        uint256 cut = length;
        if (cut > MAX_SYMBOL_BYTES) {
            cut = MAX_SYMBOL_BYTES;
            // Step back over UTF-8 continuation bytes (10xxxxxx) so the cut does not split a character.
            while (cut != 0 && uint8(raw[cut]) & 0xC0 == 0x80) --cut;
        }
        symbol = string(_prefix(raw, cut));
    }

    /// @notice The token's decimals; 0 when it has none or answers with something that is not a `uint8`.
    function decimalsOf(address token) internal view returns (uint8) {
        (bool ok, uint256 size, bytes32[4] memory words) = _call(token, IERC20Metadata.decimals.selector);
        if (!ok || size < 32 || uint256(words[0]) > type(uint8).max) return 0;
        return uint8(uint256(words[0]));
    }

    /// @dev Static-calls a parameterless getter and returns whether it succeeded, the answer's size, and its first
    /// 128 bytes (zero beyond the answer).
    function _call(address token, bytes4 selector)
        private
        view
        returns (bool ok, uint256 size, bytes32[4] memory words)
    {
        uint256 gasLimit = _CALL_GAS;
        // Only the first 128 bytes are copied, whatever the token returns.
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            let input := mload(0x40)
            mstore(input, selector)
            ok := staticcall(gasLimit, token, input, 4, words, 128)
            size := returndatasize()
        }
    }

    function _bytes32ToString(bytes32 word) private pure returns (string memory) {
        bytes memory raw = abi.encodePacked(word);
        uint256 length;
        while (length < 32 && raw[length] != 0) ++length;
        return string(_prefix(raw, length));
    }

    /// @dev `raw` shortened in place to its first `length` bytes.
    function _prefix(bytes memory raw, uint256 length) private pure returns (bytes memory) {
        // solhint-disable-next-line no-inline-assembly
        assembly ("memory-safe") {
            mstore(raw, length)
        }
        return raw;
    }
}
