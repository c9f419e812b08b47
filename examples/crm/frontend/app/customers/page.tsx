import { listCustomers, type Customer } from '../../lib/api';

export default async function CustomersPage() {
  const customers = await listCustomers();
  const unusedTotal = customers.length;
  return (
    <ul>
      {customers.map((c: Customer) => (
        <li key={c.id}>{c.name}</li>
      ))}
    </ul>
  );
}
