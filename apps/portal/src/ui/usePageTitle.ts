import { useEffect } from "react";

/** "Meeting 30 · Moei" in the tab and in screen readers' page announcements. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Moei` : "Moei";
  }, [title]);
}
