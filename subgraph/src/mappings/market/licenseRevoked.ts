import { LicenseRevoked } from '../../../generated/LicenseMarket/LicenseMarket';
import { License } from '../../../generated/schema';
import { loadModelById } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { isCounted, uncountLicense } from '../../metrics/activeLicenses';
import { openMarketDay, writeModelDay, writeProtocolDay } from '../../metrics/dailySnapshots';

export function handleLicenseRevoked(event: LicenseRevoked): void {
  const license = License.load(event.params.licenseId.toString())!;
  const model = loadModelById(license.model);
  const protocol = getOrCreateProtocol();
  openMarketDay(protocol, model, event.block.timestamp);

  if (isCounted(license, event.block.timestamp)) uncountLicense(protocol, model, license.expiresAt);
  license.revoked = true;
  license.revokedAt = event.block.timestamp;
  license.save();
  model.save();
  protocol.save();
  writeProtocolDay(protocol);
  writeModelDay(model);
}
