import { LoadedSection } from "../account360/LoadedSection";
import { useLoad } from "../api/useLoad";
import { useSession } from "../auth/AuthProvider";
import { canWrite } from "../auth/roles";
import { DueList } from "./DueList";
import { ForecastBody } from "./ForecastBody";
import {
  downloadCustomerPack,
  downloadKeptPack,
  keepCustomerPack,
  loadCustomerCadence,
  loadCustomerForecast,
  loadCustomerPipeline,
  loadKeptPacks,
} from "./outlookApi";
import { PipelineTable } from "./PipelineTable";
import { StatusPacksBody } from "./StatusPacksBody";

/**
 * Account 360's commercial and executive sections: the weighted pipeline, the revenue forecast, the executive cadence
 * and the status packs. Each reads its own service and degrades on its own, like the overview's sections.
 */
export function AccountOutlookSections({ customerId }: { customerId: string }) {
  const { api, roles } = useSession();
  const [pipeline, reloadPipeline] = useLoad(() => loadCustomerPipeline(api, customerId), customerId);
  const [forecast, reloadForecast] = useLoad(() => loadCustomerForecast(api, customerId), customerId);
  const [cadence, reloadCadence] = useLoad(() => loadCustomerCadence(api, customerId), customerId);
  const [packs, reloadPacks] = useLoad(() => loadKeptPacks(api, customerId), customerId);
  // keeping a pack is a write on the account (the gateway renders it with the caller's token, then keeps it)
  const mayKeep = canWrite(roles, "engagements") || canWrite(roles, "contracts");
  return (
    <>
      <LoadedSection title="Weighted pipeline" load={pipeline} onRetry={reloadPipeline}>
        {(data) => <PipelineTable pipeline={data} caption="Open opportunities by expected close quarter, value × probability" />}
      </LoadedSection>
      <LoadedSection title="Revenue forecast" load={forecast} onRetry={reloadForecast}>
        {(data) => <ForecastBody forecast={data} />}
      </LoadedSection>
      <LoadedSection title="Executive cadence" load={cadence} onRetry={reloadCadence}>
        {(data) => <DueList items={data.items} showAccount={false} />}
      </LoadedSection>
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
    </>
  );
}
