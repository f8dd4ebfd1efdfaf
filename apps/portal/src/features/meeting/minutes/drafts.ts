/**
 * Unsaved minutes of meetings that are not restricted survive a reload in sessionStorage (this tab only,
 * gone when it closes); restricted meetings keep drafts in memory only. Never localStorage.
 */
export interface Draft {
  readonly text: string;
  /** The version the text was started from: the save's baseVersion. */
  readonly base: number;
}

const key = (meetingId: string, itemId: string, language: string): string =>
  `moei.minutes-draft:${meetingId}:${itemId}:${language}`;

export function readDraft(meetingId: string, itemId: string, language: string): Draft | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(key(meetingId, itemId, language));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (
      typeof parsed === "object" &&
      parsed !== null &&
      typeof (parsed as Draft).text === "string" &&
      typeof (parsed as Draft).base === "number"
    ) {
      return { text: (parsed as Draft).text, base: (parsed as Draft).base };
    }
  } catch {
    // Storage refused or garbled: nothing to restore.
  }
  return null;
}

export function writeDraft(meetingId: string, itemId: string, language: string, draft: Draft | null): void {
  try {
    const k = key(meetingId, itemId, language);
    if (draft === null) globalThis.sessionStorage?.removeItem(k);
    else globalThis.sessionStorage?.setItem(k, JSON.stringify(draft));
  } catch {
    // Full or disabled storage: the draft stays in memory.
  }
}
