import { CurrencyAllowed } from '../../../generated/LicenseMarket/LicenseMarket';
import { getOrCreateToken } from '../../entities/token';

export function handleCurrencyAllowed(event: CurrencyAllowed): void {
  const token = getOrCreateToken(event.params.currency);
  token.symbol = event.params.symbol;
  token.decimals = event.params.decimals;
  token.allowed = event.params.allowed;
  token.save();
}
