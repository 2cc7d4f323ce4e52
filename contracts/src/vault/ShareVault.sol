// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {
    ERC20VotesUpgradeable
} from "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20VotesUpgradeable.sol";

import {ILicenseMarket} from "../interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "../interfaces/IModelRegistry.sol";
import {IRevenueSink} from "../interfaces/IRevenueSink.sol";
import {IShareVault} from "../interfaces/IShareVault.sol";
import {ShareTerms} from "../types/Shares.sol";
import {SplitRecipient} from "../types/Split.sol";

/// @title ShareVault
/// @notice Holds one model NFT and issues its shares: an ERC-20 with votes (timestamp clock) whose holders earn the
/// model revenue credited to the vault and govern the model through the vault's governor and its timelock.
/// @dev Deployed as an EIP-1167 clone by the {ShareVaultFactory}. Revenue accounting: `_revenuePerShare[currency]`
/// grows by `amount × 1e36 / totalSupply` when revenue arrives (remainder carried to the next arrival); each holder
/// is settled (`_owed += balance × Δ / 1e36`) before its balance changes, so revenue belongs to whoever held shares
/// when it arrived. Share transfers settle every currency the vault has seen: the market allows at most
/// {LicenseMarket-MAX_CURRENCIES} distinct ERC-20s besides ETH, so that is at most `MAX_CURRENCIES` and revenue is never
/// refused. The vault, its governor and its timelock cannot hold shares: revenue accrued to them could never be
/// claimed, and shares held there would make a redemption impossible.
contract ShareVault is IShareVault, ERC20VotesUpgradeable, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @notice Fixed-point scale of revenue per share.
    uint256 public constant SCALE = 1e36;
    /// @notice Most distinct currencies a vault accounts for: ETH and the market's `MAX_CURRENCIES` ERC-20s.
    uint256 public constant MAX_CURRENCIES = 16;

    /// @dev Immutables live in the implementation's code, so every clone shares them.
    IModelRegistry private immutable _registry;
    ILicenseMarket private immutable _market;

    address private _governor;
    address private _timelock;
    uint256 private _modelId;
    address private _redeemedBy;

    address[] private _currencies;
    mapping(address currency => bool) private _known;
    mapping(address currency => uint256) private _revenuePerShare;
    mapping(address currency => uint256) private _carry;
    mapping(address currency => uint256) private _totalRevenue;
    mapping(address holder => mapping(address currency => uint256)) private _settledPerShare;
    mapping(address holder => mapping(address currency => uint256)) private _owed;

    /// @param registry_ Model registry holding the vaults' models.
    /// @param market_ License market crediting the vaults' revenue.
    constructor(IModelRegistry registry_, ILicenseMarket market_) {
        _registry = registry_;
        _market = market_;
        _disableInitializers();
    }

    /// @notice Sets the vault up once the model NFT is in it: mints the shares to `holder` (self-delegated, so
    /// its votes count from the start) and sets the model's split, the zero address in `split` standing for this vault.
    /// Caller: the factory, right after cloning.
    /// @param governor_ Where shareholders propose and vote.
    /// @param timelock_ Executes what the governor passed, after its delay; the only caller of {execute}.
    function initialize(
        ShareTerms calldata shares,
        address holder,
        uint256 modelId_,
        address governor_,
        address timelock_,
        SplitRecipient[] calldata split
    ) external initializer {
        __ERC20_init(shares.name, shares.symbol);
        __EIP712_init(shares.name, "1");
        _governor = governor_;
        _timelock = timelock_;
        _modelId = modelId_;
        _mint(holder, shares.supply);
        _delegate(holder, holder);

        SplitRecipient[] memory resolved = split;
        for (uint256 i; i < resolved.length; ++i) {
            if (resolved[i].account == address(0)) resolved[i].account = address(this);
        }
        _market.setSplit(modelId_, resolved);
    }

    /// @inheritdoc IRevenueSink
    function accrueRevenue(address currency, uint256 amount) external {
        if (msg.sender != address(_market)) revert ShareVaultOnlyMarket(msg.sender);
        if (!_known[currency]) {
            _known[currency] = true;
            _currencies.push(currency);
        }
        _totalRevenue[currency] += amount;
        uint256 supply = totalSupply();
        if (supply == 0) {
            _owed[_redeemedBy][currency] += amount;
        } else {
            uint256 scaled = amount * SCALE + _carry[currency];
            _revenuePerShare[currency] += scaled / supply;
            _carry[currency] = scaled % supply;
        }
        emit RevenueAccrued(currency, amount, _revenuePerShare[currency]);
    }

    /// @inheritdoc IShareVault
    function claim(address currency) external nonReentrant returns (uint256 amount) {
        _settle(msg.sender, currency);
        amount = _owed[msg.sender][currency];
        if (amount == 0) revert ShareVaultNothingToClaim(msg.sender, currency);
        _owed[msg.sender][currency] = 0;
        emit RevenueClaimed(msg.sender, currency, amount);

        if (_held(currency) < amount) _market.withdraw(currency);
        if (currency == address(0)) {
            Address.sendValue(payable(msg.sender), amount);
        } else {
            IERC20(currency).safeTransfer(msg.sender, amount);
        }
    }

    /// @inheritdoc IShareVault
    function execute(address target, bytes calldata data) external returns (bytes memory result) {
        if (msg.sender != _timelock) revert ShareVaultOnlyGovernance(msg.sender);
        bytes4 selector = data.length < 4 ? bytes4(0) : bytes4(data[:4]);
        bool allowed = target == address(_registry)
            ? selector == IModelRegistry.publishVersion.selector || selector == IModelRegistry.setPaused.selector
            : target == address(_market)
                && (selector == ILicenseMarket.createOffer.selector
                    || selector == ILicenseMarket.updateOffer.selector
                    || selector == ILicenseMarket.setOfferActive.selector
                    || selector == ILicenseMarket.setSplit.selector);
        if (!allowed) revert ShareVaultForbiddenCall(target, selector);
        return Address.functionCall(target, data);
    }

    /// @inheritdoc IShareVault
    function redeem() external nonReentrant {
        if (_redeemedBy != address(0)) revert ShareVaultRedeemed();
        uint256 supply = totalSupply();
        uint256 balance = balanceOf(msg.sender);
        if (balance != supply) revert ShareVaultIncompleteShares(balance, supply);
        _burn(msg.sender, supply);
        _redeemedBy = msg.sender;
        emit Redeemed(msg.sender);
        _registry.transferFrom(address(this), msg.sender, _modelId);
    }

    /// @dev ETH arrives only from the market, when a claim collects the vault's balance there.
    receive() external payable {
        if (msg.sender != address(_market)) revert ShareVaultUnexpectedEther(msg.sender);
    }

    /// @inheritdoc IShareVault
    function claimable(address holder, address currency) external view returns (uint256) {
        return _owed[holder][currency] + _pending(holder, currency);
    }

    /// @inheritdoc IShareVault
    function revenuePerShare(address currency) external view returns (uint256) {
        return _revenuePerShare[currency];
    }

    /// @inheritdoc IShareVault
    function totalRevenue(address currency) external view returns (uint256) {
        return _totalRevenue[currency];
    }

    /// @inheritdoc IShareVault
    function modelId() external view returns (uint256) {
        return _modelId;
    }

    /// @inheritdoc IShareVault
    function governor() external view returns (address) {
        return _governor;
    }

    /// @inheritdoc IShareVault
    function timelock() external view returns (address) {
        return _timelock;
    }

    /// @inheritdoc IShareVault
    function redeemedBy() external view returns (address) {
        return _redeemedBy;
    }

    /// @notice Currencies whose revenue the vault has received.
    function currencies() external view returns (address[] memory) {
        return _currencies;
    }

    /// @notice Votes are checkpointed by timestamp, so proposals span wall-clock time on any chain.
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice ERC-6372 clock description.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    /// @dev Settles both sides in every currency before balances move.
    function _update(address from, address to, uint256 value) internal override {
        if (to == address(this) || to == _governor || to == _timelock) revert ShareVaultInvalidRecipient(to);
        uint256 n = _currencies.length;
        for (uint256 i; i < n; ++i) {
            address currency = _currencies[i];
            if (from != address(0)) _settle(from, currency);
            if (to != address(0)) _settle(to, currency);
        }
        super._update(from, to, value);
    }

    function _settle(address holder, address currency) private {
        uint256 current = _revenuePerShare[currency];
        uint256 settled = _settledPerShare[holder][currency];
        if (current == settled) return;
        uint256 earned = Math.mulDiv(balanceOf(holder), current - settled, SCALE);
        if (earned != 0) _owed[holder][currency] += earned;
        _settledPerShare[holder][currency] = current;
    }

    function _pending(address holder, address currency) private view returns (uint256) {
        return Math.mulDiv(balanceOf(holder), _revenuePerShare[currency] - _settledPerShare[holder][currency], SCALE);
    }

    function _held(address currency) private view returns (uint256) {
        return currency == address(0) ? address(this).balance : IERC20(currency).balanceOf(address(this));
    }
}
