// The API client every page uses. Its base URL comes from NEXT_PUBLIC_API_URL, which Next
// inlines at build time: .env.production sets it (deliberately to http://, see FINDINGS.md).
const API_URL = process.env.NEXT_PUBLIC_API_URL ?? 'http://localhost:8000';

export interface Customer {
  id: number;
  name: string;
  email: string;
}

export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API_URL}${path}`, { credentials: 'include', ...init });
  if (!response.ok) {
    console.error(`API ${path} answered ${response.status}`);
    throw new Error(`API error ${response.status}`);
  }
  return (await response.json()) as T;
}

export const listCustomers = () => apiFetch<Customer[]>('/api/customers/');

export const login = (email: string, password: string) =>
  apiFetch<{ ok: boolean }>('/api/auth/login/', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
