export function AgreementPage(_props: { id: string }) {
  return <main id="content" />;
}
