import { useRoute } from './route';

export function App() {
  const route = useRoute();
  return (
    <main>
      <h1>SiteProof</h1>
      <p>{route.name}</p>
    </main>
  );
}
