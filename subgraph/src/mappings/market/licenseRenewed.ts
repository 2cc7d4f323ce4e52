import { LicenseRenewed } from '../../../generated/LicenseMarket/LicenseMarket';
import { License } from '../../../generated/schema';
import { loadModelById } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { countLicense, isCounted, uncountLicense } from '../../metrics/activeLicenses';
import { openMarketDay, writeModelDay, writeProtocolDay } from '../../metrics/dailySnapshots';

export function handleLicenseRenewed(event: LicenseRenewed): void {
  const license = License.load(event.params.licenseId.toString())!;
  const model = loadModelById(license.model);
  const protocol = getOrCreateProtocol();
  openMarketDay(protocol, model, event.block.timestamp);

  // A licence renewed before it lapsed moves to its new expiry day; one that had lapsed counts again.
  if (isCounted(license, event.block.timestamp)) uncountLicense(protocol, model, license.expiresAt);
  license.expiresAt = event.params.expiresAt;
  license.renewals += 1;
  countLicense(protocol, model, license.expiresAt);
  license.save();
  model.save();
  protocol.save();
  writeProtocolDay(protocol);
  writeModelDay(model);
}
