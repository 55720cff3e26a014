/**
 * The most valuable customers (P15): named in the config (`vip.customers`: handles or full
 * names), or known by their history: customers who thanked the brand on earlier cases
 * (`vip.praised` times, default 2) or whose export says they placed many orders (`vip.orders`,
 * default 10). Returns why, for the lists, or undefined.
 */
import type { VipConfig } from "../config/types.js";
import { foldHandle, foldKey } from "../store/fold.js";
import type { CustomerHistory } from "../store/types.js";

export function vipOf(customer: { name?: string; handle?: string; orders?: number }, history: CustomerHistory | undefined, config: VipConfig | undefined): string | undefined {
  const handle = foldHandle(customer.handle);
  const name = foldKey(customer.name);
  for (const listed of config?.customers ?? []) {
    if (listed.trim().startsWith("@") ? handle && foldHandle(listed) === handle : (name && foldKey(listed) === name) || (handle && foldHandle(listed) === handle)) return "listed in the config";
  }
  const praised = config?.praised ?? 2;
  if (history && history.thanked >= praised) return `thanked us ${history.thanked} times`;
  const orders = config?.orders ?? 10;
  if (customer.orders !== undefined && customer.orders >= orders) return `${customer.orders} orders`;
  return undefined;
}
