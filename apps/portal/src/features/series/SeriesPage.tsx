export function SeriesPage(_props: { id: string }) {
  return <main id="content" />;
}
