export function ActionTracker() {
  return <main id="content" />;
}
