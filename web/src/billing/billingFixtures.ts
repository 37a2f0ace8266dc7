// Contracts and invoices for the billing tests, shaped as billing-service answers them.
import type { Contract, Invoice } from "./billingTypes";

const usd = (amount: string) => ({ amount, currency: "USD" });

export function contract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: "6f1c2f9e-8a51-4a5e-9d0c-2b7e4c1d9a10",
    customerId: "3f2b6c1e-8d4a-4a51-9a4e-2c1d5e7f9a10",
    title: "Contoso — phase 2",
    currency: "USD",
    status: "pending-approval",
    total: usd("800000.00"),
    exposure: usd("800000.00"),
    requiredApprovals: ["finance"],
    approvals: [],
    compliance: [
      { item: "legal-review", completed: true, completedBy: "ada.exec", completedAt: "2026-03-01T10:00:00Z" },
      { item: "security-review", completed: false },
    ],
    complianceComplete: false,
    engagementIds: [],
    lines: [],
    submittedBy: "alice.admin",
    submittedAt: "2026-03-02T09:00:00Z",
    revision: 1,
    version: 4,
    ...overrides,
  };
}

export function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: "a1b2c3d4-0000-4000-8000-000000000001",
    contractId: "6f1c2f9e-8a51-4a5e-9d0c-2b7e4c1d9a10",
    status: "issued",
    number: "INV-2026-000042",
    total: usd("48000.00"),
    credited: usd("0.00"),
    openAmount: usd("48000.00"),
    creditNotes: [],
    invoiceDate: "2026-03-01",
    dueDate: "2026-03-31",
    version: 2,
    ...overrides,
  };
}

export const page = <T,>(items: T[]) => ({ items, page: 0, limit: 200, hasMore: false });
