// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

import {Curation} from "../src/Curation.sol";
import {DisputeResolver} from "../src/DisputeResolver.sol";
import {LicenseMarket} from "../src/LicenseMarket.sol";
import {ModelRegistry} from "../src/ModelRegistry.sol";
import {ShareVault} from "../src/vault/ShareVault.sol";
import {IShareVaultFactory} from "../src/interfaces/IShareVaultFactory.sol";
import {ShareVaultFactory} from "../src/vault/ShareVaultFactory.sol";
import {VaultGovernor} from "../src/vault/VaultGovernor.sol";
import {VaultTimelock} from "../src/vault/VaultTimelock.sol";

/// @notice Deploys and wires the marketplace core; shared by the deploy script and the test fixture so that tests
/// run against the production wiring.
abstract contract MarketplaceDeployment {
    /// @param deployer Account sending the deployment transactions; holds the admin roles only while wiring.
    /// @param admin Receives every admin role at the end (the DAO's timelock in production).
    /// @param treasury Account credited with protocol fees.
    /// @param feeBps Initial protocol fee.
    /// @param vaultVotingDelay Seconds between a vault proposal and its vote.
    /// @param vaultVotingPeriod Seconds a vault vote lasts.
    /// @param vaultTimelockDelay Seconds between a vault proposal passing and its execution.
    /// @param disputeBond Initial dispute bond, in wei.
    /// @param curationToken Token staked for curation (MINT).
    /// @param currencies ERC-20s allowed for offers from the start.
    struct CoreConfig {
        address deployer;
        address admin;
        address treasury;
        uint16 feeBps;
        uint48 vaultVotingDelay;
        uint32 vaultVotingPeriod;
        uint256 vaultTimelockDelay;
        uint256 disputeBond;
        IERC20 curationToken;
        address[] currencies;
    }

    /// @notice The deployed core.
    struct Core {
        ModelRegistry registry;
        LicenseMarket market;
        ShareVaultFactory factory;
        DisputeResolver disputes;
        Curation curation;
    }

    /// @dev Deploys the core, grants the roles each contract needs from the others, allows the initial currencies,
    /// then hands every admin role to `config.admin` and renounces the deployer's.
    function _deployCore(CoreConfig memory config) internal returns (Core memory core) {
        core.registry = new ModelRegistry(config.deployer);
        core.market = new LicenseMarket(core.registry, config.deployer, config.treasury, config.feeBps);
        core.registry.setLicenseMarket(address(core.market));

        address vaultImplementation = address(new ShareVault(core.registry, core.market));
        core.factory = new ShareVaultFactory(
            core.registry,
            core.market,
            vaultImplementation,
            address(new VaultGovernor()),
            address(new VaultTimelock()),
            IShareVaultFactory.GovernanceSettings({
                votingDelay: config.vaultVotingDelay,
                votingPeriod: config.vaultVotingPeriod,
                timelockDelay: config.vaultTimelockDelay
            })
        );
        core.disputes = new DisputeResolver(core.registry, core.market, config.admin, config.disputeBond);
        core.curation = new Curation(config.curationToken, core.registry);

        core.market.grantRole(core.market.VAULT_FACTORY_ROLE(), address(core.factory));
        core.market.grantRole(core.market.REVOKER_ROLE(), address(core.disputes));
        core.registry.grantRole(core.registry.DELISTER_ROLE(), address(core.disputes));
        core.registry.grantRole(core.registry.DELISTER_ROLE(), config.admin);
        for (uint256 i; i < config.currencies.length; ++i) {
            core.market.setCurrencyAllowed(config.currencies[i], true);
        }

        if (config.admin != config.deployer) {
            core.registry.grantRole(core.registry.DEFAULT_ADMIN_ROLE(), config.admin);
            core.market.grantRole(core.market.DEFAULT_ADMIN_ROLE(), config.admin);
            core.market.grantRole(core.market.PARAMETERS_ROLE(), config.admin);
            core.registry.renounceRole(core.registry.DEFAULT_ADMIN_ROLE(), config.deployer);
            core.market.renounceRole(core.market.PARAMETERS_ROLE(), config.deployer);
            core.market.renounceRole(core.market.DEFAULT_ADMIN_ROLE(), config.deployer);
        }
    }
}
