// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";

import {DisputeStatus, DisputeSubject, IDisputeResolver} from "./interfaces/IDisputeResolver.sol";
import {ILicenseMarket} from "./interfaces/ILicenseMarket.sol";
import {IModelRegistry} from "./interfaces/IModelRegistry.sol";
import {ModelStatus} from "./types/Model.sol";

/// @title DisputeResolver
/// @notice Disputes against models and licences, raised with an ETH bond and resolved by the DAO.
/// @dev Needs `DELISTER_ROLE` on the registry and `REVOKER_ROLE` on the market. A rejected dispute's bond is credited
/// to the market's treasury at resolution time. The contract's balance is always the sum of what accounts can withdraw
/// and the bonds of open disputes.
contract DisputeResolver is IDisputeResolver, AccessControl, ReentrancyGuardTransient {
    /// @notice Role that resolves disputes and sets the bond: the DAO's timelock.
    bytes32 public constant RESOLVER_ROLE = keccak256("RESOLVER_ROLE");
    /// @notice Lowest bond, in wei: raising a dispute always costs something.
    uint256 public constant MIN_BOND = 0.01 ether;
    /// @notice Seconds the DAO has to resolve a dispute before it can lapse.
    uint256 public constant RESOLUTION_PERIOD = 30 days;
    /// @notice Longest evidence or reason URI, in bytes.
    uint256 public constant MAX_URI_BYTES = 256;

    /// @dev A dispute as stored: three slots, the claimant, subject, status and time sharing the first (solhint's
    /// packing heuristic does not see it).
    // solhint-disable-next-line gas-struct-packing
    struct Dispute {
        address claimant;
        DisputeSubject subject;
        DisputeStatus status;
        uint40 raisedAt;
        uint256 subjectId;
        uint256 bond;
    }

    IModelRegistry private immutable _registry;
    ILicenseMarket private immutable _market;

    uint256 private _bond;
    uint256 private _disputeCount;
    mapping(uint256 disputeId => Dispute) private _disputes;
    mapping(address account => uint256) private _withdrawable;

    /// @param registry_ Model registry (delists upheld model disputes).
    /// @param market_ License market (revokes upheld licence disputes; names the treasury).
    /// @param admin Receives `DEFAULT_ADMIN_ROLE` and `RESOLVER_ROLE` (the DAO's timelock).
    /// @param bond_ Initial bond, in wei.
    constructor(IModelRegistry registry_, ILicenseMarket market_, address admin, uint256 bond_) {
        _requireBond(bond_);
        _registry = registry_;
        _market = market_;
        _bond = bond_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RESOLVER_ROLE, admin);
        emit DisputeBondUpdated(bond_);
    }

    /// @inheritdoc IDisputeResolver
    function raise(DisputeSubject subject, uint256 subjectId, string calldata evidenceURI)
        external
        payable
        returns (uint256 disputeId)
    {
        if (msg.value != _bond) revert DisputeResolverIncorrectBond(_bond, msg.value);
        _requireURI(evidenceURI);
        bool exists = subject == DisputeSubject.Model
            ? subjectId != 0 && subjectId <= _registry.modelCount()
            : _market.licenseOf(subjectId).offerId != 0;
        if (!exists) revert DisputeResolverUnknownSubject(subject, subjectId);

        disputeId = ++_disputeCount;
        _disputes[disputeId] = Dispute({
            claimant: msg.sender,
            subject: subject,
            status: DisputeStatus.Open,
            raisedAt: uint40(block.timestamp),
            subjectId: subjectId,
            bond: msg.value
        });
        emit DisputeRaised(disputeId, subject, subjectId, msg.sender, msg.value, evidenceURI);
    }

    /// @inheritdoc IDisputeResolver
    function resolve(uint256 disputeId, bool upheld, string calldata reasonURI) external onlyRole(RESOLVER_ROLE) {
        _requireURI(reasonURI);
        Dispute storage dispute = _disputes[disputeId];
        if (dispute.status != DisputeStatus.Open) revert DisputeResolverNotOpen(disputeId);
        uint256 deadline = _deadline(dispute);
        if (block.timestamp >= deadline) revert DisputeResolverResolutionPeriodOver(disputeId, deadline);
        dispute.status = upheld ? DisputeStatus.Upheld : DisputeStatus.Rejected;
        address bondRecipient = upheld ? dispute.claimant : _market.treasury();
        _withdrawable[bondRecipient] += dispute.bond;
        emit DisputeResolved(disputeId, upheld, bondRecipient, reasonURI);

        if (!upheld) return;
        if (dispute.subject == DisputeSubject.Model) {
            if (_registry.termsOf(dispute.subjectId).status != ModelStatus.Delisted) {
                _registry.delist(dispute.subjectId);
            }
        } else if (!_market.licenseOf(dispute.subjectId).revoked) {
            _market.revokeLicense(dispute.subjectId);
        }
    }

    /// @inheritdoc IDisputeResolver
    function lapse(uint256 disputeId) external {
        Dispute storage dispute = _disputes[disputeId];
        if (dispute.status != DisputeStatus.Open) revert DisputeResolverNotOpen(disputeId);
        uint256 deadline = _deadline(dispute);
        if (block.timestamp < deadline) revert DisputeResolverResolutionPeriodRunning(disputeId, deadline);
        dispute.status = DisputeStatus.Lapsed;
        _withdrawable[dispute.claimant] += dispute.bond;
        emit DisputeLapsed(disputeId, dispute.claimant, dispute.bond);
    }

    /// @inheritdoc IDisputeResolver
    function setBond(uint256 bond_) external onlyRole(RESOLVER_ROLE) {
        _requireBond(bond_);
        _bond = bond_;
        emit DisputeBondUpdated(bond_);
    }

    /// @inheritdoc IDisputeResolver
    function withdraw() external nonReentrant returns (uint256 amount) {
        amount = _withdrawable[msg.sender];
        if (amount == 0) revert DisputeResolverNothingToWithdraw(msg.sender);
        _withdrawable[msg.sender] = 0;
        emit BondWithdrawn(msg.sender, amount);
        Address.sendValue(payable(msg.sender), amount);
    }

    /// @inheritdoc IDisputeResolver
    function withdrawable(address account) external view returns (uint256) {
        return _withdrawable[account];
    }

    /// @inheritdoc IDisputeResolver
    function bond() external view returns (uint256) {
        return _bond;
    }

    /// @notice A dispute's state: claimant, subject, status, when it was raised, subject id and bond.
    function disputeOf(uint256 disputeId) external view returns (Dispute memory) {
        return _disputes[disputeId];
    }

    /// @notice Number of disputes raised so far (the highest dispute id).
    function disputeCount() external view returns (uint256) {
        return _disputeCount;
    }

    function _deadline(Dispute storage dispute) private view returns (uint256) {
        return uint256(dispute.raisedAt) + RESOLUTION_PERIOD;
    }

    function _requireBond(uint256 bond_) private pure {
        if (bond_ < MIN_BOND) revert DisputeResolverBondTooLow(bond_, MIN_BOND);
    }

    function _requireURI(string calldata uri) private pure {
        uint256 length = bytes(uri).length;
        if (length > MAX_URI_BYTES) revert DisputeResolverURITooLong(length, MAX_URI_BYTES);
    }
}
