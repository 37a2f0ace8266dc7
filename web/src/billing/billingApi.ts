import { ifMatch, unwrap, type Api } from "../api/client";
import { readPages } from "../api/pages";
import type { Money } from "../api/types";
import type { ComplianceItemType, Contract, ContractStatus, ContractTarget, Invoice, InvoiceTarget } from "./billingTypes";

const PAGE_LIMIT = 200;
/** A person's contracts are tens; past this many pages the list says it is cut rather than stall. */
const MAX_PAGES = 5;

export interface ContractList {
  contracts: Contract[];
  truncated: boolean;
}

/** The contracts the caller sees (newest first), optionally in one status, every page up to MAX_PAGES. */
export async function loadContracts(api: Api, status?: ContractStatus): Promise<ContractList> {
  const { items, truncated } = await readPages(async (page) => {
    const query = { limit: PAGE_LIMIT, page, ...(status ? { status } : {}) };
    return unwrap(await api.GET("/api/contracts", { params: { query } }));
  }, MAX_PAGES);
  return { contracts: items, truncated };
}

export async function loadContract(api: Api, id: string): Promise<Contract> {
  return unwrap(await api.GET("/api/contracts/{id}", { params: { path: { id } } }));
}

/** A move of the contract based on the version the screen showed (a 412 means someone changed it first). */
export async function moveContract(api: Api, contract: Contract, to: ContractTarget, comment?: string): Promise<Contract> {
  const note = comment?.trim();
  return unwrap(
    await api.POST("/api/contracts/{id}/transitions", {
      params: { path: { id: contract.id ?? "" }, header: { "If-Match": ifMatch(contract.version) } },
      body: note ? { to, comment: note } : { to },
    }),
  );
}

export async function completeComplianceItem(api: Api, contract: Contract, item: ComplianceItemType): Promise<Contract> {
  return unwrap(
    await api.POST("/api/contracts/{id}/compliance/{item}", {
      params: { path: { id: contract.id ?? "", item }, header: { "If-Match": ifMatch(contract.version) } },
      body: {},
    }),
  );
}

export async function loadRevenue(api: Api, contractId: string) {
  return unwrap(await api.GET("/api/contracts/{id}/revenue", { params: { path: { id: contractId } } }));
}

/** The contract's invoices (one page of 200: a contract has far fewer). */
export async function loadInvoices(api: Api, contractId: string): Promise<Invoice[]> {
  const body = unwrap(await api.GET("/api/invoices", { params: { query: { contractId, limit: PAGE_LIMIT } } }));
  return body.items ?? [];
}

export async function moveInvoice(api: Api, invoice: Invoice, to: InvoiceTarget): Promise<Invoice> {
  return unwrap(
    await api.POST("/api/invoices/{id}/transitions", {
      params: { path: { id: invoice.id ?? "" }, header: { "If-Match": ifMatch(invoice.version) } },
      body: { to },
    }),
  );
}

/** A credit note never changes, so it takes no If-Match; the invoice's new open amount is read again after it. */
export async function creditInvoice(api: Api, invoice: Invoice, amount: Money, reason: string) {
  return unwrap(
    await api.POST("/api/invoices/{id}/credit-notes", {
      params: { path: { id: invoice.id ?? "" } },
      body: { amount, reason: reason.trim() },
    }),
  );
}

export async function loadProfitability(api: Api, engagementId: string) {
  return unwrap(await api.GET("/api/billing/engagements/{id}/profitability", { params: { path: { id: engagementId } } }));
}
