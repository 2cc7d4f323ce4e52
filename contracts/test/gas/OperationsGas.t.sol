// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "solady/tokens/ERC721.sol";

import {ShareTerms} from "../../src/types/Shares.sol";
import {SplitRecipient} from "../../src/types/Split.sol";
import {ShareVault} from "../../src/vault/ShareVault.sol";
import {Fixture} from "../utils/Fixture.sol";

/// @dev The floor a licence purchase is compared with: a bare mint of the ERC-721 licences are built on.
contract BareNft is ERC721 {
    function mint(address to, uint256 id) external {
        _mint(to, id);
    }

    function name() public pure override returns (string memory) {
        return "Bare";
    }

    function symbol() public pure override returns (string memory) {
        return "BARE";
    }

    function tokenURI(uint256) public pure override returns (string memory) {
        return "";
    }
}

/// @notice Gas of each user operation in a market that is already busy (recipients, treasury and buyer hold balances),
/// recorded by `vm.snapshotGasLastCall` under `snapshots/` and by `forge snapshot` in `.gas-snapshot`.
contract OperationsGasTest is Fixture {
    uint256 internal modelId;
    uint256 internal ethOffer;
    uint256 internal usdcOffer;
    uint256 internal subscriptionOffer;
    uint256 internal meteredOffer;
    uint256 internal subscription;
    uint256 internal metered;

    function setUp() public override {
        super.setUp();
        modelId = _registerModel(creator);
        _setSplit(modelId, _threeWaySplit());
        ethOffer = _createOffer(creator, modelId, _commercialTerms(address(0), 1 ether));
        usdcOffer = _createOffer(creator, modelId, _commercialTerms(address(usdc), 500 * uint128(USDC)));
        subscriptionOffer =
            _createOffer(creator, modelId, _subscriptionTerms(address(usdc), 50 * uint128(USDC), 30 days));
        meteredOffer = _createOffer(creator, modelId, _meteredTerms(address(usdc), 10 * uint128(USDC), 2_000));

        // Busy market: every balance a payment touches is already non-zero.
        _purchase(buyer, ethOffer);
        _purchase(buyer, usdcOffer);
        subscription = _purchase(buyer, subscriptionOffer);
        metered = _purchase(buyer, meteredOffer);
        uint256 unitPrice = _unitPriceOf(metered);
        vm.prank(buyer);
        market.payForUsage(metered, 1, unitPrice);
    }

    function test_RegisterModel() public {
        vm.prank(creator);
        registry.register(_modelParams("Gas-Model"));
        vm.snapshotGasLastCall("registerModel");
    }

    function test_CreateOffer() public {
        vm.prank(creator);
        market.createOffer(modelId, _commercialTerms(address(usdc), 100 * uint128(USDC)));
        vm.snapshotGasLastCall("createOffer");
    }

    function test_PurchaseEth() public {
        uint256 price = _priceOf(ethOffer);
        vm.prank(buyer);
        market.purchase{value: 1 ether}(ethOffer, buyer, price);
        vm.snapshotGasLastCall("purchase (ETH, 3-recipient split)");
    }

    function test_PurchaseErc20() public {
        uint256 price = _priceOf(usdcOffer);
        vm.prank(buyer);
        market.purchase(usdcOffer, buyer, price);
        vm.snapshotGasLastCall("purchase (ERC-20, 3-recipient split)");
    }

    function test_Renew() public {
        uint256 renewalPrice = _renewalPriceOf(subscription);
        vm.prank(buyer);
        market.renew(subscription, renewalPrice);
        vm.snapshotGasLastCall("renew (ERC-20)");
    }

    function test_PayForUsage() public {
        uint256 unitPrice = _unitPriceOf(metered);
        vm.prank(buyer);
        market.payForUsage(metered, 25, unitPrice);
        vm.snapshotGasLastCall("payForUsage (ERC-20)");
    }

    function test_Withdraw() public {
        vm.prank(contributor);
        market.withdraw(address(usdc));
        vm.snapshotGasLastCall("withdraw (ERC-20)");
    }

    function test_Fractionalize() public {
        vm.startPrank(creator);
        registry.approve(address(factory), modelId);
        factory.fractionalize(modelId, _shares(), _vaultSplit());
        vm.snapshotGasLastCall("fractionalize");
        vm.stopPrank();
    }

    function test_ShareTransfer() public {
        ShareVault vault = _fractionalizeWithRevenue();
        vm.prank(creator);
        vault.transfer(buyer, 1_000 ether);
        vm.snapshotGasLastCall("share transfer (2 currencies settled)");
    }

    function test_Claim() public {
        ShareVault vault = _fractionalizeWithRevenue();
        vm.prank(creator);
        vault.claim(address(usdc));
        vm.snapshotGasLastCall("claim (ERC-20, collects from market)");
    }

    /// @dev Floor of a purchase: one bare ERC-721 mint plus one ERC-20 transfer into a non-empty balance.
    function test_FloorMintPlusTransfer() public {
        BareNft nft = new BareNft();
        nft.mint(buyer, 1);
        vm.prank(buyer);
        usdc.transfer(address(market), 1);
        vm.snapshotGasLastCall("floor: ERC-20 transfer");
        nft.mint(buyer, 2);
        vm.snapshotGasLastCall("floor: ERC-721 mint");
    }

    function _shares() private pure returns (ShareTerms memory) {
        return ShareTerms({name: "Llama-Mint Shares", symbol: "LLMS", supply: 1_000_000 ether});
    }

    /// @dev creator 50 %, the vault (address(0)) 40 %, contributor 10 %.
    function _vaultSplit() private view returns (SplitRecipient[] memory split) {
        split = new SplitRecipient[](3);
        split[0] = SplitRecipient({account: creator, bps: 5_000});
        split[1] = SplitRecipient({account: address(0), bps: 4_000});
        split[2] = SplitRecipient({account: contributor, bps: 1_000});
    }

    /// @dev A vault that has received revenue in ETH and in the stablecoin.
    function _fractionalizeWithRevenue() private returns (ShareVault vault) {
        vm.startPrank(creator);
        registry.approve(address(factory), modelId);
        (address vaultAddress,,) = factory.fractionalize(modelId, _shares(), _vaultSplit());
        vm.stopPrank();
        vault = ShareVault(payable(vaultAddress));
        _purchase(buyer, ethOffer);
        _purchase(buyer, usdcOffer);
    }
}
