// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice What a dispute is about.
enum DisputeSubject {
    Model,
    License
}

/// @notice Where a dispute stands.
enum DisputeStatus {
    None,
    Open,
    Upheld,
    Rejected,
    Lapsed
}

/// @title IDisputeResolver
/// @notice Anyone raises a dispute against a model or a licence, with an ETH bond (at least `MIN_BOND`, so disputes
/// cost their spammer) and an evidence URI; the DAO resolves it within `RESOLUTION_PERIOD`. Upheld: the model is delisted
/// or the licence revoked, and the bond is returned. Rejected: the bond goes to the treasury. Not resolved in time: the
/// dispute lapses and its bond returns to the claimant, so no bond is locked forever. Bonds are pull payments.
interface IDisputeResolver {
    /// @notice A dispute was raised.
    event DisputeRaised(
        uint256 indexed disputeId,
        DisputeSubject subject,
        uint256 indexed subjectId,
        address indexed claimant,
        uint256 bond,
        string evidenceURI
    );

    /// @notice A dispute was resolved; `bondRecipient` was credited the bond.
    event DisputeResolved(uint256 indexed disputeId, bool upheld, address bondRecipient, string reasonURI);

    /// @notice A dispute the DAO did not resolve within `RESOLUTION_PERIOD` lapsed; its claimant was credited the bond.
    event DisputeLapsed(uint256 indexed disputeId, address indexed claimant, uint256 bond);

    /// @notice The bond required to raise a dispute changed.
    event DisputeBondUpdated(uint256 bond);

    /// @notice `account` withdrew `amount` of bonds.
    event BondWithdrawn(address indexed account, uint256 amount);

    /// @dev The ETH sent differs from the bond.
    error DisputeResolverIncorrectBond(uint256 expected, uint256 sent);
    /// @dev The model or licence disputed does not exist.
    error DisputeResolverUnknownSubject(DisputeSubject subject, uint256 subjectId);
    /// @dev The dispute is not open.
    error DisputeResolverNotOpen(uint256 disputeId);
    /// @dev The dispute's resolution period ended at `deadline`: it can only lapse.
    error DisputeResolverResolutionPeriodOver(uint256 disputeId, uint256 deadline);
    /// @dev The dispute's resolution period runs until `deadline`: it cannot lapse yet.
    error DisputeResolverResolutionPeriodRunning(uint256 disputeId, uint256 deadline);
    /// @dev The bond would fall below `MIN_BOND`.
    error DisputeResolverBondTooLow(uint256 bond, uint256 minimum);
    /// @dev An evidence or reason URI is longer than `MAX_URI_BYTES`.
    error DisputeResolverURITooLong(uint256 length, uint256 maxLength);
    /// @dev There is nothing to withdraw.
    error DisputeResolverNothingToWithdraw(address account);

    /// @notice Raises a dispute, sending exactly the current bond.
    /// @dev `evidenceURI` has at most `MAX_URI_BYTES` bytes. Emits {DisputeRaised}.
    function raise(DisputeSubject subject, uint256 subjectId, string calldata evidenceURI)
        external
        payable
        returns (uint256 disputeId);

    /// @notice Resolves an open dispute within its resolution period. Caller: holder of `RESOLVER_ROLE` (the DAO).
    /// @dev Upheld: delists the model or revokes the licence. Emits {DisputeResolved} and, when upheld, the registry's
    /// {ModelStatusChanged} or the market's {LicenseRevoked}.
    function resolve(uint256 disputeId, bool upheld, string calldata reasonURI) external;

    /// @notice Closes an open dispute whose resolution period is over, crediting its bond back to the claimant.
    /// Anyone may call.
    /// @dev Emits {DisputeLapsed}.
    function lapse(uint256 disputeId) external;

    /// @notice Sets the bond for new disputes, at least `MIN_BOND`. Caller: holder of `RESOLVER_ROLE`.
    /// @dev Emits {DisputeBondUpdated}.
    function setBond(uint256 bond) external;

    /// @notice Sends the caller the bonds credited to it.
    /// @dev Emits {BondWithdrawn}.
    function withdraw() external returns (uint256 amount);

    /// @notice ETH bonds credited to `account` and not yet withdrawn.
    function withdrawable(address account) external view returns (uint256);

    /// @notice Bond required to raise a dispute.
    function bond() external view returns (uint256);
}
