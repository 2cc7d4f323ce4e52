import { UsagePaid } from '../../../generated/LicenseMarket/LicenseMarket';
import { License, LicenseOffer, UsageRecord } from '../../../generated/schema';
import { eventId } from '../../common/ids';
import { getOrCreateAccount } from '../../entities/account';
import { loadModelById } from '../../entities/model';
import { getOrCreateProtocol } from '../../entities/protocol';
import { rollExpiries } from '../../metrics/activeLicenses';
import { getOrCreateModelDay, getOrCreateProtocolDay } from '../../metrics/dailySnapshots';

export function handleUsagePaid(event: UsagePaid): void {
  let license = License.load(event.params.licenseId.toString())!;
  let offer = LicenseOffer.load(license.offer)!;
  let model = loadModelById(license.model);
  let protocol = getOrCreateProtocol();
  rollExpiries(protocol, model, event.block.timestamp);
  let units = event.params.units;

  let record = new UsageRecord(eventId(event));
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
  model.save();
  protocol.cumulativeUsageUnits = protocol.cumulativeUsageUnits.plus(units);
  protocol.save();

  let protocolDay = getOrCreateProtocolDay(protocol, event.block.timestamp);
  protocolDay.dailyUsageUnits = protocolDay.dailyUsageUnits.plus(units);
  protocolDay.save();
  let modelDay = getOrCreateModelDay(model, event.block.timestamp);
  modelDay.dailyUsageUnits = modelDay.dailyUsageUnits.plus(units);
  modelDay.save();
}
