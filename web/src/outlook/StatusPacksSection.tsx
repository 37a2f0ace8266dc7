import { LoadedSection } from "../account360/LoadedSection";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { downloadCustomerPack, downloadKeptPack, keepCustomerPack, loadKeptPacks } from "./outlookApi";
import { StatusPacksBody } from "./StatusPacksBody";

/**
 * Account 360's status packs: the pack as of a date to download, one to keep (for the roles that may), and the kept
 * ones. Read from relationship-service's archive on its own, so it degrades alone like the overview's sections.
 */
export function StatusPacksSection({ customerId }: { customerId: string }) {
  const { api, roles } = useSession();
  const [packs, reloadPacks] = useLoad(() => loadKeptPacks(api, customerId), customerId);
  // keeping a pack is a write on the account (the gateway renders it with the caller's token, then keeps it)
  const mayKeep = canWrite(roles, "engagements") || canWrite(roles, "contracts");
  return (
    <LoadedSection title="Status packs" load={packs} onRetry={reloadPacks}>
      {(data) => (
        <StatusPacksBody
          packs={data.items}
          truncated={data.truncated}
          onDownloadCurrent={(asOf) => downloadCustomerPack(api, customerId, asOf)}
          onDownloadKept={(pack) => downloadKeptPack(api, pack)}
          onKeep={mayKeep ? (asOf) => keepCustomerPack(api, customerId, asOf).then(reloadPacks) : undefined}
        />
      )}
    </LoadedSection>
  );
}
