// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Curation} from "../../../src/Curation.sol";
import {ModelRegistry} from "../../../src/ModelRegistry.sol";
import {ModelStatus} from "../../../src/types/Model.sol";
import {MarketStore} from "../stores/MarketStore.sol";
import {BaseHandler} from "./BaseHandler.sol";

/// @notice Curation: actors, funded with MINT by the DAO, stake on models and unstake.
contract CurationHandler is BaseHandler {
    Curation private immutable curation;
    ModelRegistry private immutable registry;
    IERC20 private immutable mint;
    address private immutable dao;

    constructor(Curation curation_, ModelRegistry registry_, IERC20 mint_, MarketStore store_, address dao_)
        BaseHandler(store_)
    {
        (curation, registry, mint, dao) = (curation_, registry_, mint_, dao_);
    }

    function stake(uint256 modelSeed, uint256 curatorSeed, uint256 amount) external {
        if (store.modelCount() == 0) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        if (registry.termsOf(modelId).status == ModelStatus.Delisted) return;
        address curator = _actor(curatorSeed);
        amount = bound(amount, 1, 1e21);
        vm.prank(dao);
        mint.transfer(curator, amount);
        vm.startPrank(curator);
        mint.approve(address(curation), amount);
        curation.stake(modelId, amount);
        vm.stopPrank();
    }

    function unstake(uint256 modelSeed, uint256 curatorSeed, uint256 amount) external {
        if (store.modelCount() == 0) return;
        uint256 modelId = store.models(modelSeed % store.modelCount());
        address curator = _actor(curatorSeed);
        uint256 staked = curation.stakeOf(modelId, curator);
        if (staked == 0) return;
        vm.prank(curator);
        curation.unstake(modelId, bound(amount, 1, staked));
    }
}
