export function OrganizationPage(_props: { id: string }) {
  return <main id="content" />;
}
