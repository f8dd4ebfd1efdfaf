export function AgreementsRegister() {
  return <main id="content" />;
}
