import { useParams } from 'react-router-dom';
import { useMe } from '@/features/auth/api/get-me';
import type { RecordKind } from '@/features/record/api/schemas';
import { RecordPage } from '@/features/record/components/record-page';
import { policies } from '@/lib/authorization';

/** The page of an action, reform, outcome or contribution claim, with its history. */
export function RecordRoute({ kind }: { kind: RecordKind }) {
  const { id = '' } = useParams();
  const { data: user } = useMe();
  return <RecordPage key={`${kind}/${id}`} kind={kind} id={id} canWrite={policies.recordAdvocacy(user)} />;
}
