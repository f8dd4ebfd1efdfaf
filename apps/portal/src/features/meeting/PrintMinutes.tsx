export function PrintMinutes(_props: { id: string }) {
  return <main id="content" />;
}
