import { memo, useState } from 'react';

import { Amount } from '../../components/Amount';
import { Card } from '../../components/Card';
import { FirstRows } from '../../components/FirstRows';
import { AddressLink, ModelLink, TxLink } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { ToggleGroup } from '../../components/ToggleGroup';
import { formatCount } from '../../format/amount';
import { formatDateTime } from '../../format/time';
import { licenceStatus, type LicenceStatus } from './licenceStatus';
import type { ModelDetailsQuery } from './modelDetails.generated';

const LICENCE_FILTERS = ['all', 'active', 'expired', 'revoked'] as const satisfies readonly (LicenceStatus | 'all')[];

type Licence = ModelDetailsQuery['licenses'][number];
type Payout = ModelDetailsQuery['royaltyPayouts'][number];

/** A model's latest licences, filtered by status, and the latest royalty payouts under its split. */
export const ModelLedgers = memo(function ModelLedgers({ licenses, payouts }: { licenses: Licence[]; payouts: Payout[] }) {
  const [licenceFilter, setLicenceFilter] = useState<LicenceStatus | 'all'>('all');
  const now = Date.now() / 1000;
  const licences = licenses.map((l) => ({ ...l, status: licenceStatus(l, now) }));
  const shownLicences = licenceFilter === 'all' ? licences : licences.filter((l) => l.status === licenceFilter);

  return (
    <>
      <Card
        title="Licences"
        actions={
          <ToggleGroup label="Licence status" options={LICENCE_FILTERS} value={licenceFilter} onChange={setLicenceFilter}>
            {(status) => `${status} (${status === 'all' ? licences.length : licences.filter((l) => l.status === status).length})`}
          </ToggleGroup>
        }
      >
        <p className="mb-2 text-xs text-muted">The {licences.length} most recent licences.</p>
        <FirstRows rows={shownLicences} key={licenceFilter}>
          {(rows) => (
            <Table
              caption="Licences of this model"
              header={['Licence', 'Tier', 'Holder', 'Status', 'Expires', 'Renewals', 'Usage', 'Paid']}
              testId="licences-table"
            >
              {rows.map((l) => (
                <tr key={l.id}>
                  <Td>#{l.id}</Td>
                  <Td>{l.tier}</Td>
                  <Td>
                    <AddressLink address={l.holder.id} />
                  </Td>
                  <Td>{l.status}</Td>
                  <Td className="whitespace-nowrap">{l.perpetual || !l.expiresAt ? 'never' : formatDateTime(l.expiresAt)}</Td>
                  <Td>{l.renewals}</Td>
                  <Td>{formatCount(l.usageUnits)}</Td>
                  <Td>
                    <Amount raw={l.totalPaid} token={l.currency} />
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </FirstRows>
      </Card>

      <Card title="Payouts ledger">
        <FirstRows rows={payouts}>
          {(rows) => (
            <Table
              caption="Latest royalty payouts under this model's split"
              header={['Time', 'Recipient', 'Amount', 'Share', 'Payment', 'From', 'Tx']}
              testId="payouts-table"
            >
              {rows.map((p) => (
                <tr key={p.id}>
                  <Td className="whitespace-nowrap">{formatDateTime(p.timestamp)}</Td>
                  <Td>
                    <AddressLink address={p.recipient.id} />
                  </Td>
                  <Td>
                    <Amount raw={p.amount} token={p.token} />
                  </Td>
                  <Td>{p.shareBps / 100} %</Td>
                  <Td>
                    #{p.payment.id} {p.payment.kind}
                  </Td>
                  <Td>{p.fromDerivative ? <ModelLink id={p.paidModel.id} name={p.paidModel.name} /> : 'own licence'}</Td>
                  <Td>
                    <TxLink hash={p.transactionHash} block={p.blockNumber} />
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </FirstRows>
      </Card>
    </>
  );
});
