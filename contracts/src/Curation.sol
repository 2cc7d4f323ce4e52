// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {ICuration} from "./interfaces/ICuration.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {ModelStatus} from "./types/Model.sol";

/// @title Curation
/// @notice Curators stake MINT on models they vouch for; the total staked on a model is its discovery signal.
/// @dev Staking needs a model that is not delisted; unstaking is always possible. No rewards: the signal is the point.
contract Curation is ICuration, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    IERC20 private immutable _token;
    IModelRegistry private immutable _registry;

    mapping(uint256 modelId => mapping(address curator => uint256)) private _stakes;
    mapping(uint256 modelId => uint256) private _signals;

    /// @param token MINT, the token staked.
    /// @param registry_ Model registry.
    constructor(IERC20 token, IModelRegistry registry_) {
        _token = token;
        _registry = registry_;
    }

    /// @inheritdoc ICuration
    function stake(uint256 modelId, uint256 amount) external nonReentrant {
        if (amount == 0) revert CurationZeroAmount();
        if (modelId == 0 || modelId > _registry.modelCount()) revert CurationNonexistentModel(modelId);
        if (_registry.termsOf(modelId).status == ModelStatus.Delisted) revert CurationNonexistentModel(modelId);
        uint256 position = _stakes[modelId][msg.sender] + amount;
        uint256 signal = _signals[modelId] + amount;
        _stakes[modelId][msg.sender] = position;
        _signals[modelId] = signal;
        emit Staked(modelId, msg.sender, amount, position, signal);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @inheritdoc ICuration
    function unstake(uint256 modelId, uint256 amount) external nonReentrant {
        if (amount == 0) revert CurationZeroAmount();
        uint256 staked = _stakes[modelId][msg.sender];
        if (staked < amount) revert CurationInsufficientStake(modelId, staked, amount);
        uint256 position = staked - amount;
        uint256 signal = _signals[modelId] - amount;
        _stakes[modelId][msg.sender] = position;
        _signals[modelId] = signal;
        emit Unstaked(modelId, msg.sender, amount, position, signal);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc ICuration
    function stakeOf(uint256 modelId, address curator) external view returns (uint256) {
        return _stakes[modelId][curator];
    }

    /// @inheritdoc ICuration
    function signalOf(uint256 modelId) external view returns (uint256) {
        return _signals[modelId];
    }
}
