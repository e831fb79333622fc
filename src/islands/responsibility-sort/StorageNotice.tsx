import { useStore } from '@nanostores/react';
import { $storageStatus, STORAGE_STATUS_OK } from '~/stores/progress-store';
import { storageNotices, type StorageNoticeId } from '~/lib/progress/model';

/** Says when progress cannot be saved, on pages without the progress tracker (which shows it everywhere else). */
export function StorageNotice({ texts }: { texts: Readonly<Record<StorageNoticeId, string>> }) {
  // Starts from the server snapshot (nothing to report) so hydration matches, then follows the store.
  const status = useStore($storageStatus, { ssr: () => STORAGE_STATUS_OK });
  return (
    <div className="sort__storage-notice" role="status">
      {storageNotices(status).map((id) => (
        <p key={id}>{texts[id]}</p>
      ))}
    </div>
  );
}
