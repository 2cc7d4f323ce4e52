// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {DeployModelMint} from "../../script/DeployModelMint.s.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice The deploy script's local defaults (anvil's public key #0 receiving the whole MINT supply, a stablecoin
/// anyone can mint) apply on anvil's chain only: elsewhere it stops with one line saying what to set.
contract DeployModelMintTest is BaseTest {
    function test_RevertWhen_DeployingOffAnvilWithoutADeployerKey() public {
        DeployModelMint script = new DeployModelMint();
        vm.chainId(1);
        vm.expectRevert(
            abi.encodeWithSelector(
                DeployModelMint.DeployModelMintSettingRequired.selector,
                "set DEPLOYER_PRIVATE_KEY (the deployer's private key; it receives the whole MINT supply) to deploy on "
                "chain 1; the local default applies on chain 31337 only"
            )
        );
        script.run();
    }
}
