// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Ghost state of the invariant run: what the handlers did and saw, for the invariants to compare with the
/// contracts' own state. Counters named after a violation must stay 0.
contract MarketStore {
    /// @dev A vault with the two governance contracts that must never hold its shares.
    struct VaultRecord {
        address vault;
        address governor;
        address timelock;
        uint256 modelId;
    }

    address[] public actors;
    address[] public currencies;
    address[] public accounts;
    mapping(address => bool) public isAccount;
    VaultRecord[] public vaults;
    mapping(uint256 modelId => address) public vaultOfModel;
    uint256[] public models;
    uint256[] public offers;
    uint256[] public licenses;

    // ---------------------------------------------------------------- money
    mapping(address currency => uint256) public paidIn;
    mapping(address currency => uint256) public withdrawn;
    mapping(address vault => mapping(address currency => uint256)) public claimed;
    uint256 public paymentsSeen;
    uint256 public paymentsUnbalanced;
    uint256 public parentCutsUnbalanced;
    /// @dev Payments that charged more than their payer stated, and payments above the stated limit that went through.
    uint256 public overpayments;

    // ---------------------------------------------------------------- licences
    mapping(uint256 licenseId => bool) public perpetualAtPurchase;
    mapping(uint256 licenseId => uint256) public lastExpiry;
    /// @dev Renewals that left a licence expiring earlier than before, or not after the renewal's time.
    uint256 public renewalsShortening;
    /// @dev Renewals of a licence bought perpetual that went through.
    uint256 public perpetualRenewals;
    mapping(uint256 offerId => uint256) public soldSeen;

    // ---------------------------------------------------------------- vaults
    /// @dev Holder settlements, each of which may round down by less than a wei: two per share transfer, one per claim.
    mapping(address vault => uint256) public settlements;
    mapping(address vault => address) public redeemer;
    mapping(address vault => mapping(address currency => uint256)) public revenueAtRedemption;
    mapping(address vault => mapping(address currency => uint256)) public redeemerEntitlementAtRedemption;
    mapping(address vault => mapping(address currency => uint256)) public claimedByRedeemerSince;
    /// @dev Share transfers to the vault, its governor or its timelock that went through.
    uint256 public sharesStranded;
    /// @dev Proposals needing a supermajority that were executed without votes for from more than half the supply
    /// and two thirds of the votes for or against.
    uint256 public minorityExecutions;
    uint256 public proposalsExecuted;

    constructor(address[] memory actors_, address[] memory currencies_) {
        actors = actors_;
        currencies = currencies_;
        for (uint256 i; i < actors_.length; ++i) {
            addAccount(actors_[i]);
        }
    }

    function addAccount(address account) public {
        if (isAccount[account]) return;
        isAccount[account] = true;
        accounts.push(account);
    }

    function addVault(address vault, address governor, address timelock, uint256 modelId) external {
        vaults.push(VaultRecord({vault: vault, governor: governor, timelock: timelock, modelId: modelId}));
        vaultOfModel[modelId] = vault;
        addAccount(vault);
    }

    function addModel(uint256 id) external {
        models.push(id);
    }

    function addOffer(uint256 id) external {
        offers.push(id);
    }

    function addLicense(uint256 id, uint256 offerId, uint256 expiresAt) external {
        licenses.push(id);
        soldSeen[offerId] += 1;
        perpetualAtPurchase[id] = expiresAt == 0;
        lastExpiry[id] = expiresAt;
    }

    function recordRenewal(uint256 licenseId, uint256 expiresAt, uint256 renewedAt) external {
        if (perpetualAtPurchase[licenseId]) perpetualRenewals += 1;
        if (expiresAt < lastExpiry[licenseId] || expiresAt <= renewedAt) renewalsShortening += 1;
        lastExpiry[licenseId] = expiresAt;
    }

    function recordPaidIn(address currency, uint256 amount) external {
        paidIn[currency] += amount;
    }

    function recordWithdrawn(address currency, uint256 amount) external {
        withdrawn[currency] += amount;
    }

    function recordPayment(bool balanced, bool parentCutBalanced) external {
        paymentsSeen += 1;
        if (!balanced) paymentsUnbalanced += 1;
        if (!parentCutBalanced) parentCutsUnbalanced += 1;
    }

    function recordOverpayment() external {
        overpayments += 1;
    }

    function recordSettlements(address vault, uint256 count) external {
        settlements[vault] += count;
    }

    function recordClaim(address vault, address holder, address currency, uint256 amount) external {
        claimed[vault][currency] += amount;
        settlements[vault] += 1;
        if (holder == redeemer[vault]) claimedByRedeemerSince[vault][currency] += amount;
    }

    function recordRedemption(address vault, address by, address currency, uint256 revenue, uint256 entitlement)
        external
    {
        redeemer[vault] = by;
        revenueAtRedemption[vault][currency] = revenue;
        redeemerEntitlementAtRedemption[vault][currency] = entitlement;
    }

    function recordStrandedShares() external {
        sharesStranded += 1;
    }

    function recordExecution(bool minority) external {
        proposalsExecuted += 1;
        if (minority) minorityExecutions += 1;
    }

    function actor(uint256 i) external view returns (address) {
        return actors[i];
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function currencyCount() external view returns (uint256) {
        return currencies.length;
    }

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function vaultCount() external view returns (uint256) {
        return vaults.length;
    }

    function vaultAt(uint256 i) external view returns (VaultRecord memory) {
        return vaults[i];
    }

    function modelCount() external view returns (uint256) {
        return models.length;
    }

    function offerCount() external view returns (uint256) {
        return offers.length;
    }

    function licenseCount() external view returns (uint256) {
        return licenses.length;
    }
}
