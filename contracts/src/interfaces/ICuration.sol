// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title ICuration
/// @notice Stake-weighted discovery signal: anyone stakes the governance token on a model and takes it back at will.
interface ICuration {
    /// @notice `curator` staked `amount` on `modelId`; `position` and `modelSignal` are the new totals.
    event Staked(
        uint256 indexed modelId, address indexed curator, uint256 amount, uint256 position, uint256 modelSignal
    );

    /// @notice `curator` unstaked `amount` from `modelId`; `position` and `modelSignal` are the new totals.
    event Unstaked(
        uint256 indexed modelId, address indexed curator, uint256 amount, uint256 position, uint256 modelSignal
    );

    /// @dev Zero was given as an amount.
    error CurationZeroAmount();
    /// @dev The model does not exist.
    error CurationNonexistentModel(uint256 modelId);
    /// @dev The curator has less staked than requested.
    error CurationInsufficientStake(uint256 modelId, uint256 staked, uint256 requested);

    /// @notice Stakes `amount` of the governance token on a live model (approve first).
    /// @dev Emits {Staked}.
    function stake(uint256 modelId, uint256 amount) external;

    /// @notice Takes back `amount` staked on a model, whatever its status.
    /// @dev Emits {Unstaked}.
    function unstake(uint256 modelId, uint256 amount) external;

    /// @notice What `curator` has staked on `modelId`.
    function stakeOf(uint256 modelId, address curator) external view returns (uint256);

    /// @notice Total staked on `modelId`.
    function signalOf(uint256 modelId) external view returns (uint256);
}
