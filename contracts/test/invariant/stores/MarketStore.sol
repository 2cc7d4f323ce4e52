// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Ghost state of the invariant run: what the handler did and saw, for the invariants to compare with the
/// contracts' own state.
contract MarketStore {
    address[] public accounts;
    mapping(address => bool) public isAccount;
    address[] public vaults;
    uint256[] public models;
    uint256[] public offers;
    uint256[] public licenses;

    mapping(address currency => uint256) public paidIn;
    mapping(address currency => uint256) public withdrawn;
    mapping(address vault => mapping(address currency => uint256)) public claimed;

    uint256 public paymentsSeen;
    uint256 public paymentsUnbalanced;
    uint256 public parentCutsUnbalanced;

    function addAccount(address account) external {
        if (isAccount[account]) return;
        isAccount[account] = true;
        accounts.push(account);
    }

    function addVault(address vault) external {
        vaults.push(vault);
    }

    function addModel(uint256 id) external {
        models.push(id);
    }

    function addOffer(uint256 id) external {
        offers.push(id);
    }

    function addLicense(uint256 id) external {
        licenses.push(id);
    }

    function recordPaidIn(address currency, uint256 amount) external {
        paidIn[currency] += amount;
    }

    function recordWithdrawn(address currency, uint256 amount) external {
        withdrawn[currency] += amount;
    }

    function recordClaim(address vault, address currency, uint256 amount) external {
        claimed[vault][currency] += amount;
    }

    function recordPayment(bool balanced, bool parentCutBalanced) external {
        paymentsSeen += 1;
        if (!balanced) paymentsUnbalanced += 1;
        if (!parentCutBalanced) parentCutsUnbalanced += 1;
    }

    function accountCount() external view returns (uint256) {
        return accounts.length;
    }

    function vaultCount() external view returns (uint256) {
        return vaults.length;
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
