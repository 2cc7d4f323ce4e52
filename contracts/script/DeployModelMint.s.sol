// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

// A deploy script's error messages say what to set in full; their gas does not matter.
// solhint-disable gas-small-strings

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {MarketGovernor} from "../src/dao/MarketGovernor.sol";
import {MintToken} from "../src/dao/MintToken.sol";
import {MockStablecoin} from "../src/mocks/MockStablecoin.sol";
import {VM_ADDRESS, Vm} from "../test/utils/Vm.sol";
import {MarketplaceDeployment} from "./MarketplaceDeployment.sol";

/// @notice Deploys the whole marketplace: MINT, the DAO (timelock + governor), the core wired to the DAO, and, when
/// asked, a mock stablecoin allowed as a currency.
/// @dev `forge script script/DeployModelMint.s.sol --rpc-url <url> --broadcast`; `npm run deploy` also writes the
/// addresses and start blocks to `networks.json`. Environment, defaults in brackets:
/// DEPLOYER_PRIVATE_KEY (anvil's key #0 on chain 31337; required elsewhere: it receives the whole MINT supply),
/// DEPLOY_STABLECOIN (true on chain 31337; required elsewhere: anyone can mint the mock), PROTOCOL_FEE_BPS (250),
/// DISPUTE_BOND_WEI (0.1 ether), TIMELOCK_DELAY (1 day), DAO_VOTING_DELAY (1 day), DAO_VOTING_PERIOD (5 days),
/// VAULT_VOTING_DELAY (1 hour), VAULT_VOTING_PERIOD (3 days), VAULT_TIMELOCK_DELAY (1 day), MINT_SUPPLY (100 M MINT).
contract DeployModelMint is MarketplaceDeployment {
    // solhint-disable-next-line const-name-snakecase
    Vm private constant vm = Vm(VM_ADDRESS); // named as in every Foundry script

    /// @notice Marks the contract as a script for forge.
    bool public constant IS_SCRIPT = true;

    uint256 private constant _ANVIL_KEY_0 = 0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80;
    uint256 private constant _ANVIL_CHAIN_ID = 31_337;

    /// @dev Outside a local anvil chain, `setting` must be given explicitly; `message` says what to set.
    error DeployModelMintSettingRequired(string message);

    /// @notice The deployed addresses.
    struct Deployment {
        MintToken mint;
        TimelockController timelock;
        MarketGovernor governor;
        MockStablecoin stablecoin;
        Core core;
    }

    /// @notice Deploys everything and returns the addresses.
    function run() external returns (Deployment memory d) {
        _requireExplicitOffAnvil(
            "DEPLOYER_PRIVATE_KEY", "the deployer's private key; it receives the whole MINT supply"
        );
        _requireExplicitOffAnvil("DEPLOY_STABLECOIN", "true or false; true deploys a mock stablecoin anyone can mint");
        uint256 key = vm.envOr("DEPLOYER_PRIVATE_KEY", _ANVIL_KEY_0);
        address deployer = vm.addr(key);
        vm.startBroadcast(key);

        d.mint = new MintToken(deployer, vm.envOr("MINT_SUPPLY", uint256(100_000_000 ether)));
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1);
        d.timelock = new TimelockController(vm.envOr("TIMELOCK_DELAY", uint256(1 days)), none, anyone, deployer);
        d.governor = new MarketGovernor(
            d.mint,
            d.timelock,
            uint48(vm.envOr("DAO_VOTING_DELAY", uint256(1 days))),
            uint32(vm.envOr("DAO_VOTING_PERIOD", uint256(5 days))),
            4
        );
        d.timelock.grantRole(d.timelock.PROPOSER_ROLE(), address(d.governor));
        d.timelock.grantRole(d.timelock.CANCELLER_ROLE(), address(d.governor));

        address[] memory currencies = new address[](0);
        if (vm.envOr("DEPLOY_STABLECOIN", true)) {
            d.stablecoin = new MockStablecoin();
            currencies = new address[](1);
            currencies[0] = address(d.stablecoin);
        }
        d.core = _deployCore(
            CoreConfig({
                deployer: deployer,
                admin: address(d.timelock),
                treasury: address(d.timelock),
                feeBps: uint16(vm.envOr("PROTOCOL_FEE_BPS", uint256(250))),
                disputeBond: vm.envOr("DISPUTE_BOND_WEI", uint256(0.1 ether)),
                vaultVotingDelay: uint48(vm.envOr("VAULT_VOTING_DELAY", uint256(1 hours))),
                vaultVotingPeriod: uint32(vm.envOr("VAULT_VOTING_PERIOD", uint256(3 days))),
                vaultTimelockDelay: vm.envOr("VAULT_TIMELOCK_DELAY", uint256(1 days)),
                curationToken: IERC20(address(d.mint)),
                currencies: currencies
            })
        );
        d.timelock.renounceRole(d.timelock.DEFAULT_ADMIN_ROLE(), deployer);
        vm.stopBroadcast();
    }

    /// @dev Local defaults (anvil's public key, a mintable stablecoin) are unsafe anywhere else.
    function _requireExplicitOffAnvil(string memory name, string memory meaning) private view {
        if (block.chainid == _ANVIL_CHAIN_ID || vm.envExists(name)) return;
        revert DeployModelMintSettingRequired(string.concat(
                "set ",
                name,
                " (",
                meaning,
                ") to deploy on chain ",
                vm.toString(block.chainid),
                "; the local default applies on chain 31337 only"
            ));
    }
}
