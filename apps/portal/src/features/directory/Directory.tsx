export function Directory() {
  return <main id="content" />;
}
