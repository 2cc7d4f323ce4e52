// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

import {ILicenseMarket} from "../../src/interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "../../src/interfaces/IModelRegistry.sol";
import {IShareVault} from "../../src/interfaces/IShareVault.sol";
import {IShareVaultFactory} from "../../src/interfaces/IShareVaultFactory.sol";
import {ShareTerms} from "../../src/types/Shares.sol";
import {SplitRecipient} from "../../src/types/Split.sol";
import {ShareVault} from "../../src/vault/ShareVault.sol";
import {VaultGovernor} from "../../src/vault/VaultGovernor.sol";
import {VaultTimelock} from "../../src/vault/VaultTimelock.sol";
import {Fixture} from "../utils/Fixture.sol";

contract ShareVaultTest is Fixture {
    uint256 internal constant SUPPLY = 1_000_000 ether;

    address internal holder2;
    address internal holder3;
    uint256 internal modelId;
    uint256 internal ethOffer;
    uint256 internal usdcOffer;
    ShareVault internal vault;
    VaultGovernor internal governor;
    VaultTimelock internal timelock;

    function setUp() public override {
        super.setUp();
        holder2 = makeAddr("holder2");
        holder3 = makeAddr("holder3");
        modelId = _registerModel(creator);
        ethOffer = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        usdcOffer = _createOffer(creator, modelId, _commercialTerms(address(usdc), 1_000 * uint128(USDC)));
        (vault, governor, timelock) = _fractionalize(creator);
    }

    /// @dev creator 50 %, the vault 40 %, contributor 10 %.
    function _vaultSplit() internal view returns (SplitRecipient[] memory split) {
        split = new SplitRecipient[](3);
        split[0] = SplitRecipient({account: creator, bps: 5_000});
        split[1] = SplitRecipient({account: address(0), bps: 4_000});
        split[2] = SplitRecipient({account: contributor, bps: 1_000});
    }

    function _fractionalize(address owner) internal returns (ShareVault, VaultGovernor, VaultTimelock) {
        vm.startPrank(owner);
        registry.approve(address(factory), modelId);
        (address v, address g, address t) = factory.fractionalize(
            modelId, ShareTerms({name: "Llama Shares", symbol: "LLS", supply: SUPPLY}), _vaultSplit()
        );
        vm.stopPrank();
        return (ShareVault(payable(v)), VaultGovernor(payable(g)), VaultTimelock(payable(t)));
    }

    /// @dev Revenue the vault receives from one 1-ETH purchase: 40 % of the net after the 2.5 % fee.
    uint256 internal constant ETH_REVENUE = 0.39 ether;

    // ---------------------------------------------------------------- fractionalisation

    function test_Fractionalize_LocksTheModelAndMintsShares() public view {
        vm.assertEq(registry.ownerOf(modelId), address(vault), "vault owns the model");
        vm.assertEq(vault.balanceOf(creator), SUPPLY, "all shares to the owner");
        vm.assertEq(vault.totalSupply(), SUPPLY, "supply");
        vm.assertEq(vault.delegates(creator), creator, "self-delegated");
        vm.assertEq(vault.modelId(), modelId, "model");
        vm.assertEq(vault.governor(), address(governor), "governor");
        vm.assertEq(factory.vaultOf(modelId), address(vault), "factory records it");
        vm.assertEq(vault.name(), "Llama Shares", "name");
        SplitRecipient[] memory split = market.splitOf(modelId);
        vm.assertEq(split[1].account, address(vault), "zero address replaced by the vault");
    }

    function test_RevertWhen_FractionalizeByStranger() public {
        uint256 other = _registerModel(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IShareVaultFactory.ShareVaultFactoryUnauthorized.selector, other, stranger)
        );
        vm.prank(stranger);
        factory.fractionalize(other, ShareTerms({name: "S", symbol: "S", supply: 1}), _vaultSplit());
    }

    function test_RevertWhen_ZeroSupply() public {
        uint256 other = _registerModel(creator);
        vm.expectRevert(IShareVaultFactory.ShareVaultFactoryZeroSupply.selector);
        vm.prank(creator);
        factory.fractionalize(other, ShareTerms({name: "S", symbol: "S", supply: 0}), _vaultSplit());
    }

    function test_RevertWhen_FactoryNotApproved() public {
        uint256 other = _registerModel(creator);
        vm.expectRevert(
            abi.encodeWithSelector(IERC721Errors.ERC721InsufficientApproval.selector, address(factory), other)
        );
        vm.prank(creator);
        factory.fractionalize(other, ShareTerms({name: "S", symbol: "S", supply: 1}), _vaultSplit());
    }

    // ---------------------------------------------------------------- revenue

    function test_Revenue_IsClaimableByTheHolderWhenItArrived() public {
        _purchase(buyer, ethOffer);
        vm.assertEq(vault.totalRevenue(address(0)), ETH_REVENUE, "revenue reached the vault");
        vm.assertEq(market.withdrawable(address(vault), address(0)), ETH_REVENUE, "credited in the market");
        vm.assertEq(vault.claimable(creator, address(0)), ETH_REVENUE, "sole holder");

        uint256 before = creator.balance;
        vm.expectEmit(address(vault));
        emit IShareVault.RevenueClaimed(creator, address(0), ETH_REVENUE);
        vm.prank(creator);
        vault.claim(address(0));
        vm.assertEq(creator.balance - before, ETH_REVENUE, "paid");
        vm.assertEq(vault.claimable(creator, address(0)), 0, "nothing left");
    }

    function test_Revenue_FollowsSharesAcrossTransfers() public {
        _purchase(buyer, ethOffer);
        vm.prank(creator);
        vault.transfer(holder2, SUPPLY / 2);
        _purchase(buyer, ethOffer);
        vm.assertEq(vault.claimable(creator, address(0)), ETH_REVENUE + ETH_REVENUE / 2, "first all, second half");
        vm.assertEq(vault.claimable(holder2, address(0)), ETH_REVENUE / 2, "only what arrived after");
    }

    function test_ThreeHolders_ClaimInBothCurrencies() public {
        vm.startPrank(creator);
        vault.transfer(holder2, 300_000 ether);
        vault.transfer(holder3, 200_000 ether);
        vm.stopPrank();
        _purchase(buyer, usdcOffer);
        uint256 revenue = vault.totalRevenue(address(usdc));
        vm.assertEq(revenue, 390 * USDC, "40 % of 975 USDC");
        vm.prank(holder3);
        vault.claim(address(usdc));
        vm.assertEq(usdc.balanceOf(holder3), 78 * USDC, "20 % of the vault's revenue");
        vm.assertEq(vault.claimable(holder2, address(usdc)), 117 * USDC, "30 %");
        vm.assertEq(vault.claimable(creator, address(usdc)), 195 * USDC, "50 %");
    }

    function test_RevertWhen_NothingToClaim() public {
        vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultNothingToClaim.selector, holder2, address(0)));
        vm.prank(holder2);
        vault.claim(address(0));
    }

    function test_RevertWhen_AccrueRevenueNotFromTheMarket() public {
        vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultOnlyMarket.selector, stranger));
        vm.prank(stranger);
        vault.accrueRevenue(address(0), 1 ether);
    }

    function test_RevertWhen_EtherFromElsewhere() public {
        vm.deal(stranger, 1 ether);
        vm.prank(stranger);
        (bool ok, bytes memory reason) = address(vault).call{value: 1 ether}("");
        vm.assertFalse(ok, "rejected");
        vm.assertEq(
            keccak256(reason),
            keccak256(abi.encodeWithSelector(IShareVault.ShareVaultUnexpectedEther.selector, stranger)),
            "reason"
        );
    }

    function testFuzz_ClaimsNeverExceedRevenue(uint256[6] memory amounts, uint8 purchases) public {
        address[3] memory holders = [creator, holder2, holder3];
        uint256 rounds = bound(purchases, 1, 6);
        for (uint256 i; i < rounds; ++i) {
            address from = holders[i % 3];
            uint256 amount = bound(amounts[i], 0, vault.balanceOf(from));
            vm.prank(from);
            vault.transfer(holders[(i + 1) % 3], amount);
            _purchase(buyer, i % 2 == 0 ? ethOffer : usdcOffer);
            if (vault.claimable(holders[i % 3], address(usdc)) != 0) {
                vm.prank(holders[i % 3]);
                vault.claim(address(usdc));
            }
        }
        uint256 claimedUsdc = usdc.balanceOf(creator) + usdc.balanceOf(holder2) + usdc.balanceOf(holder3);
        uint256 owedEth;
        uint256 owedUsdc;
        for (uint256 h; h < 3; ++h) {
            owedEth += vault.claimable(holders[h], address(0));
            owedUsdc += vault.claimable(holders[h], address(usdc));
        }
        vm.assertLe(owedEth, vault.totalRevenue(address(0)), "ETH owed <= revenue");
        vm.assertLe(claimedUsdc + owedUsdc, vault.totalRevenue(address(usdc)), "USDC claimed + owed <= revenue");
        vm.assertGe(
            usdc.balanceOf(address(vault)) + market.withdrawable(address(vault), address(usdc)),
            owedUsdc,
            "vault covers what it owes"
        );
    }

    // ---------------------------------------------------------------- governance and redemption

    function test_RevertWhen_ExecuteNotByTheTimelock() public {
        vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultOnlyGovernance.selector, creator));
        vm.prank(creator);
        vault.execute(address(registry), "");
        vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultOnlyGovernance.selector, address(governor)));
        vm.prank(address(governor));
        vault.execute(address(registry), "");
    }

    function test_RevertWhen_GovernorTriesToMoveTheModel() public {
        bytes memory call = abi.encodeCall(registry.transferFrom, (address(vault), stranger, modelId));
        vm.expectRevert(
            abi.encodeWithSelector(
                IShareVault.ShareVaultForbiddenCall.selector, address(registry), registry.transferFrom.selector
            )
        );
        vm.prank(address(timelock));
        vault.execute(address(registry), call);
    }

    function test_ShareholdersPublishAVersionThroughTheirGovernor() public {
        vm.prank(creator);
        vault.transfer(holder2, 400_000 ether);
        vm.prank(holder2);
        vault.delegate(holder2);
        vm.warp(block.timestamp + 1);

        (address[] memory targets, uint256[] memory values, bytes[] memory calls) = _publishProposal();
        vm.prank(creator);
        uint256 proposalId = governor.propose(targets, values, calls, "Publish v2");
        vm.warp(block.timestamp + VAULT_VOTING_DELAY + 1);
        vm.prank(creator);
        governor.castVote(proposalId, 1);
        vm.prank(holder2);
        governor.castVote(proposalId, 0);
        vm.warp(block.timestamp + VAULT_VOTING_PERIOD);
        vm.assertEq(
            uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Succeeded), "600k for, 400k against"
        );
        governor.queue(targets, values, calls, keccak256("Publish v2"));
        vm.expectRevert();
        governor.execute(targets, values, calls, keccak256("Publish v2"));
        vm.warp(block.timestamp + VAULT_TIMELOCK_DELAY);
        governor.execute(targets, values, calls, keccak256("Publish v2"));
        vm.assertEq(registry.versionCount(modelId), 2, "version published by the shareholders, after the delay");
    }

    function test_VotesCountAsOfTheProposal_AndQuorumMatters() public {
        vm.prank(creator);
        vault.transfer(holder2, 900_000 ether);
        vm.warp(block.timestamp + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calls) = _publishProposal();
        vm.prank(creator);
        uint256 proposalId = governor.propose(targets, values, calls, "Publish v2");
        // Votes count as of the vote's start (OpenZeppelin's snapshot): holder2 delegates after it, so its
        // 90 % does not count.
        vm.warp(block.timestamp + VAULT_VOTING_DELAY + 1);
        vm.prank(holder2);
        vault.delegate(holder2);
        vm.prank(holder2);
        governor.castVote(proposalId, 1);
        vm.prank(creator);
        governor.castVote(proposalId, 1);
        vm.warp(block.timestamp + VAULT_VOTING_PERIOD);
        vm.assertEq(uint8(governor.state(proposalId)), uint8(IGovernor.ProposalState.Defeated), "10 % < 20 % quorum");
    }

    function test_Redeem_ReturnsTheModelToA100PercentHolder() public {
        vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultIncompleteShares.selector, 0, SUPPLY));
        vm.prank(holder2);
        vault.redeem();

        vm.prank(creator);
        vault.transfer(holder2, SUPPLY);
        vm.expectEmit(address(vault));
        emit IShareVault.Redeemed(holder2);
        vm.prank(holder2);
        vault.redeem();
        vm.assertEq(registry.ownerOf(modelId), holder2, "model returned");
        vm.assertEq(vault.totalSupply(), 0, "shares burnt");
        vm.assertEq(vault.redeemedBy(), holder2, "recorded");

        _purchase(buyer, ethOffer);
        vm.assertEq(vault.claimable(holder2, address(0)), ETH_REVENUE, "later revenue goes to the redeemer");
        vm.expectRevert(IShareVault.ShareVaultRedeemed.selector);
        vm.prank(holder2);
        vault.redeem();
    }

    // ---------------------------------------------------------------- attacks on the holders

    function test_RevertWhen_SharesAreSentToTheVaultItsGovernorOrItsTimelock() public {
        address[3] memory sinks = [address(vault), address(governor), address(timelock)];
        for (uint256 i; i < sinks.length; ++i) {
            vm.expectRevert(abi.encodeWithSelector(IShareVault.ShareVaultInvalidRecipient.selector, sinks[i]));
            vm.prank(creator);
            vault.transfer(sinks[i], 1 ether);
        }
        vm.assertEq(vault.balanceOf(creator), SUPPLY, "no share stranded where nobody can claim or vote with it");
    }

    function test_AMinorityCannotRedirectTheRevenue_EvenWhenNobodyElseVotes() public {
        vm.prank(creator);
        vault.transfer(holder2, 210_000 ether);
        vm.prank(holder2);
        vault.delegate(holder2);
        vm.warp(block.timestamp + 1);

        (address[] memory targets, uint256[] memory values, bytes[] memory calls) = _splitToProposal(holder2);
        uint256 proposalId = _proposeAndVoteFor(holder2, targets, values, calls, "All revenue to me");
        vm.assertTrue(governor.needsSupermajority(proposalId), "a split moves money");
        vm.assertEq(
            uint8(governor.state(proposalId)),
            uint8(IGovernor.ProposalState.Defeated),
            "21 % for, above the routine quorum, is not half of the supply"
        );
    }

    function test_AMajorityRedirectsTheRevenue_AfterTheTimelockDelay() public {
        vm.prank(creator);
        vault.delegate(creator);
        vm.warp(block.timestamp + 1);
        (address[] memory targets, uint256[] memory values, bytes[] memory calls) = _splitToProposal(holder2);
        _proposeAndVoteFor(creator, targets, values, calls, "Revenue to holder2");
        governor.queue(targets, values, calls, keccak256("Revenue to holder2"));
        vm.warp(block.timestamp + VAULT_TIMELOCK_DELAY);
        governor.execute(targets, values, calls, keccak256("Revenue to holder2"));
        vm.assertEq(market.splitOf(modelId)[0].account, holder2, "split set by the shareholders");
    }

    function test_RevertWhen_ShareholdersLowerTheirSafeguardsBelowTheFloors() public {
        vm.prank(creator);
        vault.delegate(creator);
        bytes[3] memory settings = [
            abi.encodeCall(governor.setVotingDelay, (0)),
            abi.encodeCall(governor.setVotingPeriod, (1)),
            abi.encodeCall(governor.updateQuorumNumerator, (1))
        ];
        bytes[3] memory errors = [
            abi.encodeWithSelector(
                VaultGovernor.VaultGovernorVotingDelayTooShort.selector, 0, governor.MIN_VOTING_DELAY()
            ),
            abi.encodeWithSelector(
                VaultGovernor.VaultGovernorVotingPeriodTooShort.selector, 1, governor.MIN_VOTING_PERIOD()
            ),
            abi.encodeWithSelector(VaultGovernor.VaultGovernorQuorumTooLow.selector, 1, governor.MIN_QUORUM_PERCENT())
        ];
        for (uint256 i; i < settings.length; ++i) {
            // Every holder votes for, and the proposal still cannot take the safeguard below its floor.
            address[] memory targets = new address[](1);
            targets[0] = address(governor);
            uint256[] memory values = new uint256[](1);
            bytes[] memory calls = new bytes[](1);
            calls[0] = settings[i];
            string memory description = string.concat("Lower safeguard ", vm.toString(i));
            vm.warp(block.timestamp + 1);
            _proposeAndVoteFor(creator, targets, values, calls, description);
            governor.queue(targets, values, calls, keccak256(bytes(description)));
            vm.warp(block.timestamp + VAULT_TIMELOCK_DELAY);
            vm.expectRevert(errors[i]);
            governor.execute(targets, values, calls, keccak256(bytes(description)));
        }
        vm.assertEq(governor.votingDelay(), VAULT_VOTING_DELAY, "voting delay kept");
    }

    /// @dev `voter` proposes the calls and votes for them; returns when voting has closed.
    function _proposeAndVoteFor(
        address voter,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calls,
        string memory description
    ) private returns (uint256 proposalId) {
        vm.prank(voter);
        proposalId = governor.propose(targets, values, calls, description);
        vm.warp(block.timestamp + VAULT_VOTING_DELAY + 1);
        vm.prank(voter);
        governor.castVote(proposalId, 1);
        vm.warp(block.timestamp + VAULT_VOTING_PERIOD);
    }

    function _splitToProposal(address recipient)
        private
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calls)
    {
        SplitRecipient[] memory split = new SplitRecipient[](1);
        split[0] = SplitRecipient({account: recipient, bps: 10_000});
        targets = new address[](1);
        targets[0] = address(vault);
        values = new uint256[](1);
        calls = new bytes[](1);
        calls[0] =
            abi.encodeCall(vault.execute, (address(market), abi.encodeCall(ILicenseMarket.setSplit, (modelId, split))));
    }

    function _publishProposal()
        private
        view
        returns (address[] memory targets, uint256[] memory values, bytes[] memory calls)
    {
        targets = new address[](1);
        targets[0] = address(vault);
        values = new uint256[](1);
        calls = new bytes[](1);
        calls[0] = abi.encodeCall(
            vault.execute,
            (
                address(registry),
                abi.encodeCall(IModelRegistry.publishVersion, (modelId, "ipfs://v2", bytes32(uint256(2)), "voted"))
            )
        );
    }
}
