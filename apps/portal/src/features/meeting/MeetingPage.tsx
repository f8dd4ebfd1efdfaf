export function MeetingPage(_props: { id: string }) {
  return <main id="content" />;
}
