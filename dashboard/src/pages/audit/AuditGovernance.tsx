import type { AuditQuery } from './audit.generated';
import { Card } from '../../components/Card';
import { ClampedText } from '../../components/ChainText';
import { EmptyState } from '../../components/EmptyState';
import { AddressLink, ModelLink } from '../../components/Links';
import { Table, Td } from '../../components/Table';
import { formatDateTime } from '../../format/time';

/** The disputes and the DAO's proposals, side by side on a wide screen. */
export function AuditGovernance({ data }: { data: Pick<AuditQuery, 'disputes' | 'proposals'> }) {
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <Card title="Disputes">
        {data.disputes.length === 0 ? (
          <EmptyState>No dispute.</EmptyState>
        ) : (
          <Table caption="Disputes" header={['Dispute', 'Model', 'Status', 'Claimant', 'Raised']}>
            {data.disputes.map((d) => (
              <tr key={d.id}>
                <Td>
                  #{d.id} {d.subject}
                </Td>
                <Td>
                  <ModelLink id={d.model.id} name={d.model.name} />
                </Td>
                <Td>{d.status}</Td>
                <Td>
                  <AddressLink address={d.claimant.id} />
                </Td>
                <Td>{formatDateTime(d.raisedAt)}</Td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
      <Card title="DAO proposals">
        {data.proposals.length === 0 ? (
          <EmptyState>No proposal.</EmptyState>
        ) : (
          <ul className="space-y-2 text-sm">
            {data.proposals.map((p) => (
              <li key={p.id}>
                <ClampedText text={p.description} className="font-medium" testId="proposal-description" />
                <p className="text-xs text-muted">
                  {p.status} · created {formatDateTime(p.createdAt)}
                  {p.executedAt ? ` · executed ${formatDateTime(p.executedAt)}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
