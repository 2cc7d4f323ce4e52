// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

import {DisputeResolver} from "../../src/DisputeResolver.sol";
import {LicenseMarket} from "../../src/LicenseMarket.sol";
import {ModelRegistry} from "../../src/ModelRegistry.sol";
import {MarketGovernor} from "../../src/dao/MarketGovernor.sol";
import {MintToken} from "../../src/dao/MintToken.sol";
import {DisputeSubject} from "../../src/interfaces/IDisputeResolver.sol";
import {ModelParams, ModelStatus} from "../../src/types/Model.sol";
import {MarketplaceDeployment} from "../../script/MarketplaceDeployment.sol";
import {BaseTest} from "../utils/BaseTest.sol";

/// @notice The marketplace wired to its DAO as the deploy script wires it: MINT holders govern the protocol through
/// the governor and the timelock, and nobody else can.
contract DaoGovernanceTest is BaseTest, MarketplaceDeployment {
    uint48 internal constant VOTING_DELAY = 1 days;
    uint32 internal constant VOTING_PERIOD = 5 days;
    uint256 internal constant TIMELOCK_DELAY = 1 days;

    address internal voter;
    address internal claimant;
    MintToken internal mint;
    TimelockController internal timelock;
    MarketGovernor internal governor;
    ModelRegistry internal registry;
    LicenseMarket internal market;
    DisputeResolver internal disputes;

    function setUp() public {
        voter = makeAddr("voter");
        claimant = makeAddr("claimant");
        mint = new MintToken(voter, 100_000_000 ether);
        address[] memory none = new address[](0);
        address[] memory anyone = new address[](1);
        timelock = new TimelockController(TIMELOCK_DELAY, none, anyone, address(this));
        governor = new MarketGovernor(mint, timelock, VOTING_DELAY, VOTING_PERIOD, 4);
        timelock.grantRole(timelock.PROPOSER_ROLE(), address(governor));
        Core memory core = _deployCore(
            CoreConfig({
                deployer: address(this),
                admin: address(timelock),
                treasury: address(timelock),
                feeBps: 250,
                vaultVotingDelay: 1 hours,
                vaultVotingPeriod: 3 days,
                vaultTimelockDelay: 1 days,
                disputeBond: 0.1 ether,
                curationToken: IERC20(address(mint)),
                currencies: new address[](0)
            })
        );
        timelock.renounceRole(timelock.DEFAULT_ADMIN_ROLE(), address(this));
        (registry, market, disputes) = (core.registry, core.market, core.disputes);
        vm.prank(voter);
        mint.delegate(voter);
        vm.warp(block.timestamp + 1);
    }

    function _pass(address target, bytes memory call, string memory description) private {
        address[] memory targets = new address[](1);
        targets[0] = target;
        uint256[] memory values = new uint256[](1);
        bytes[] memory calls = new bytes[](1);
        calls[0] = call;
        vm.prank(voter);
        uint256 proposalId = governor.propose(targets, values, calls, description);
        vm.warp(block.timestamp + VOTING_DELAY + 1);
        vm.prank(voter);
        governor.castVote(proposalId, 1);
        vm.warp(block.timestamp + VOTING_PERIOD);
        governor.queue(targets, values, calls, keccak256(bytes(description)));
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        governor.execute(targets, values, calls, keccak256(bytes(description)));
    }

    function test_DaoSetsTheProtocolFee() public {
        _pass(address(market), abi.encodeCall(market.setProtocolFee, (500)), "Raise the fee to 5 %");
        vm.assertEq(market.protocolFeeBps(), 500, "fee changed by the DAO");
    }

    function test_DaoUpholdsADisputeAndTheModelIsDelisted() public {
        address creator = makeAddr("creator");
        ModelParams memory params;
        params.name = "Disputed";
        params.uri = "ipfs://card";
        vm.prank(creator);
        uint256 modelId = registry.register(params);
        vm.deal(claimant, 1 ether);
        vm.prank(claimant);
        uint256 disputeId = disputes.raise{value: 0.1 ether}(DisputeSubject.Model, modelId, "ipfs://evidence");
        _pass(address(disputes), abi.encodeCall(disputes.resolve, (disputeId, true, "ipfs://ruling")), "Uphold #1");
        vm.assertEq(uint8(registry.termsOf(modelId).status), uint8(ModelStatus.Delisted), "delisted by the DAO");
        vm.assertEq(disputes.withdrawable(claimant), 0.1 ether, "bond returned");
    }

    function test_RevertWhen_AnyoneElseActsForTheDao() public {
        bytes32 parameters = market.PARAMETERS_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, voter, parameters)
        );
        vm.prank(voter);
        market.setProtocolFee(500);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), disputes.RESOLVER_ROLE()
            )
        );
        disputes.resolve(1, true, "");
        vm.assertTrue(market.hasRole(parameters, address(timelock)), "the timelock holds the role");
    }
}
