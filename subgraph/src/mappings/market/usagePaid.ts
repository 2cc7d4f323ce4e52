import { UsagePaid } from '../../../generated/LicenseMarket/LicenseMarket';
import { License, LicenseOffer, UsageRecord } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateAccount } from '../../entities/account';
import { loadModelById } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { openMarketDay, writeModelDay, writeProtocolDay } from '../../metrics/dailySnapshots';

export function handleUsagePaid(event: UsagePaid): void {
  const license = License.load(event.params.licenseId.toString())!;
  const offer = LicenseOffer.load(license.offer)!;
  const model = loadModelById(license.model);
  const protocol = getOrCreateProtocol();
  openMarketDay(protocol, model, event.block.timestamp);
  const units = event.params.units;

  const record = new UsageRecord(eventId(event));
  record.license = license.id;
  record.model = model.id;
  record.payer = getOrCreateAccount(event.params.payer).id;
  record.units = units;
  record.totalUnits = event.params.totalUnits;
  record.amount = units.times(offer.unitPrice);
  record.token = offer.currency;
  record.payment = event.params.paymentId.toString();
  record.timestamp = event.block.timestamp;
  record.blockNumber = event.block.number;
  record.transactionHash = event.transaction.hash;
  record.save();

  license.usageUnits = event.params.totalUnits;
  license.save();
  model.usageUnits = model.usageUnits.plus(units);
  model.dayUsageUnits = model.dayUsageUnits.plus(units);
  model.save();
  protocol.cumulativeUsageUnits = protocol.cumulativeUsageUnits.plus(units);
  protocol.dayUsageUnits = protocol.dayUsageUnits.plus(units);
  protocol.save();
  writeProtocolDay(protocol);
  writeModelDay(model);
}
