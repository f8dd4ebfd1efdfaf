import { type ComponentType, lazy, Suspense } from "react";

/*
 * The export controls, each loaded when its page shows it: the pages stay within their budget (the meeting
 * page is near it) and readers who never download pay nothing for the catalogue and the download code.
 */

function later<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Component = lazy(() => load().then((c) => ({ default: c })));
  return (props: P) => (
    <Suspense fallback={null}>
      <Component {...props} />
    </Suspense>
  );
}

export const LazyMeetingDocuments = later(() =>
  import("./MeetingDocuments.tsx").then((m) => m.MeetingDocuments),
);
export const LazyActionsCsv = later(() => import("./CsvDownloads.tsx").then((m) => m.ActionsCsv));
export const LazyAgreementsCsv = later(() => import("./CsvDownloads.tsx").then((m) => m.AgreementsCsv));
export const LazySeriesExports = later(() => import("./SeriesExports.tsx").then((m) => m.SeriesExports));
export const LazyOrganizationCalendar = later(() =>
  import("./SeriesExports.tsx").then((m) => m.OrganizationCalendar),
);
