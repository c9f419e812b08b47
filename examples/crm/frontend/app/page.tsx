export default function Home() {
  return (
    <main>
      <h1>CRM</h1>
      <a href="/customers">Customers</a>
    </main>
  );
}
