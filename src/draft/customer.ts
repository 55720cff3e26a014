/**
 * Who the customer is in a draft: the guess from the complaint's signature
 * (src/route/customer.ts) offered as the name question's default, and what the person typed.
 */
import type { Customer } from "../playbook/types.js";
import type { CustomerGuess } from "../route/customer.js";

export { guessCustomer, type CustomerGuess } from "../route/customer.js";

/** What the person typed for the customer: a name, or an @handle. */
export function customerFromAnswer(answer: string, previous: Customer = {}): Customer {
  const text = answer.trim();
  if (!text) return { ...previous };
  if (/^@\S+$/.test(text)) {
    const { name: _name, ...rest } = previous;
    return { ...rest, handle: text };
  }
  return { ...previous, name: text };
}

/** The default offered for the name question: a known name, else the guess, else a handle. */
export function customerDefault(customer: Customer | undefined, guess: CustomerGuess | undefined): string | undefined {
  return customer?.name ?? guess?.name ?? customer?.handle ?? guess?.handle;
}
