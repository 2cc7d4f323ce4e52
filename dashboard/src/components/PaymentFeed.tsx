import type { PaymentFeedRowFragment } from '../graphql/fragments.generated';
import { formatDateTime } from '../format/time';
import { Amount } from './Amount';
import { AddressLink, ModelLink } from './Links';
import { Table, Td } from './Table';

export function PaymentFeed({ payments, caption }: { payments: PaymentFeedRowFragment[]; caption: string }) {
  return (
    <Table caption={caption} header={['Time', 'Model', 'Licence', 'Amount', 'Payer']} testId="payment-feed">
      {payments.map((p) => (
        <tr key={p.id}>
          <Td className="whitespace-nowrap text-xs">{formatDateTime(p.timestamp)}</Td>
          <Td>
            <ModelLink id={p.model.id} name={p.model.name} />
          </Td>
          <Td className="whitespace-nowrap text-xs">
            {p.tier} {p.kind.toLowerCase()}
          </Td>
          <Td>
            <Amount raw={p.gross} token={p.token} />
          </Td>
          <Td>
            <AddressLink address={p.payer.id} />
          </Td>
        </tr>
      ))}
    </Table>
  );
}
