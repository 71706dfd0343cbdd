"use client";
import { useCallback, useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { saveDraftAction } from "@/app/(app)/app/[org]/agreements/[agreementId]/actions";
import { isEditorState, prepareContent, type EditorState } from "./editor-state";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "failed"; message: string }
  /** Someone else saved a newer revision: we stop saving rather than overwrite their work. */
  | { kind: "conflict" }
  /** The draft no longer exists (published or replaced meanwhile). */
  | { kind: "gone" };

export type Backup = { savedAt: number; revision: number; state: EditorState };

const debounceMs = 1000;
const backupPrefix = (agreementId: string) => `dpa-editor:${agreementId}:`;
const backupKey = (agreementId: string, revision: number) => `${backupPrefix(agreementId)}${revision}`;

function backupKeys(agreementId: string): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(backupPrefix(agreementId))) keys.push(key);
    }
  } catch {
    // Storage can be unavailable (private mode, blocked): then there is simply no backup.
  }
  return keys;
}

export function removeBackups(agreementId: string, except?: string) {
  for (const key of backupKeys(agreementId)) {
    if (key !== except) {
      try {
        localStorage.removeItem(key);
      } catch {}
    }
  }
}

/** The newest backup of unsaved edits of this agreement, from any revision. */
export function readNewestBackup(agreementId: string): Backup | null {
  let newest: Backup | null = null;
  for (const key of backupKeys(agreementId)) {
    try {
      const value = JSON.parse(localStorage.getItem(key) ?? "null") as Partial<Backup> | null;
      if (!value || typeof value.savedAt !== "number" || typeof value.revision !== "number" || !isEditorState(value.state)) continue;
      if (!newest || value.savedAt > newest.savedAt) newest = value as Backup;
    } catch {}
  }
  return newest;
}

/**
 * Saves the draft ~1 s after the last change, one save at a time, always naming the revision it
 * builds on. Unsaved edits are mirrored to localStorage until the server has them.
 */
export function useAutosave({
  orgSlug, agreementId, initialRevision, state, isEnabled,
}: {
  orgSlug: string;
  agreementId: string;
  initialRevision: number;
  state: EditorState;
  isEnabled: boolean;
}) {
  // Checking and serializing the whole draft on every keystroke would slow typing down: it follows
  // the text at React's pace instead (the save itself always reads the latest state).
  const deferredState = useDeferredValue(state);
  const prepared = useMemo(() => prepareContent(deferredState), [deferredState]);
  const [initialSerialized] = useState(() => (prepared.ok ? prepared.serialized : ""));
  const [savedSerialized, setSavedSerialized] = useState(initialSerialized);
  const [revision, setRevision] = useState(initialRevision);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [serverFieldErrors, setServerFieldErrors] = useState<Record<string, string>>({});

  const stateRef = useRef(state);
  const revisionRef = useRef(initialRevision);
  const savedRef = useRef(initialSerialized);
  const blockedRef = useRef(false);
  const queueRef = useRef<Promise<boolean>>(Promise.resolve(true));
  useLayoutEffect(() => {
    stateRef.current = state;
  }, [state]);

  const isDirty = !prepared.ok || prepared.serialized !== savedSerialized;
  const isSaving = status.kind === "saving";

  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (blockedRef.current) return false;
    const current = prepareContent(stateRef.current);
    if (!current.ok) return false;
    if (current.serialized === savedRef.current) return true;
    setStatus({ kind: "saving" });
    let result: Awaited<ReturnType<typeof saveDraftAction>>;
    try {
      result = await saveDraftAction(orgSlug, { agreementId, revision: revisionRef.current, content: current.content });
    } catch {
      setStatus({ kind: "failed", message: "editor.status.offline" });
      return false;
    }
    if (result.ok) {
      revisionRef.current = result.revision;
      savedRef.current = current.serialized;
      setRevision(result.revision);
      setSavedSerialized(current.serialized);
      setServerFieldErrors({});
      setStatus({ kind: "saved", at: new Date() });
      return true;
    }
    if (result.code === "CONFLICT") {
      blockedRef.current = true;
      setStatus({ kind: "conflict" });
    } else if (result.code === "NOT_FOUND") {
      blockedRef.current = true;
      setStatus({ kind: "gone" });
    } else {
      setServerFieldErrors(result.fieldErrors ?? {});
      setStatus({ kind: "failed", message: result.message });
    }
    return false;
  }, [orgSlug, agreementId]);

  /** Queues a save after any running one; resolves true when the server holds what is on screen. */
  const save = useCallback((): Promise<boolean> => {
    const next = queueRef.current.then(saveOnce, saveOnce);
    queueRef.current = next;
    return next;
  }, [saveOnce]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (!isEnabled) return false;
    await save();
    const current = prepareContent(stateRef.current);
    return !blockedRef.current && current.ok && current.serialized === savedRef.current;
  }, [isEnabled, save]);

  /** For actions that found the revision outdated (signing): behave as a save conflict would. */
  const markConflict = useCallback(() => {
    blockedRef.current = true;
    setStatus({ kind: "conflict" });
  }, []);

  // Debounced autosave.
  useEffect(() => {
    if (!isEnabled || !isDirty || !prepared.ok || blockedRef.current) return;
    const timer = setTimeout(() => void save(), debounceMs);
    return () => clearTimeout(timer);
  }, [isEnabled, isDirty, prepared, save]);

  // Unsaved edits of an earlier visit, found on arrival. This effect must stay before the one that
  // mirrors edits: a clean state clears old backups, and the offer has to be read before that.
  const [restoreOffer, setRestoreOffer] = useState<Backup | null>(null);
  const isOfferOpenRef = useRef(false);
  const hasCheckedBackupRef = useRef(false);
  useEffect(() => {
    if (!isEnabled || hasCheckedBackupRef.current) return;
    hasCheckedBackupRef.current = true;
    const backup = readNewestBackup(agreementId);
    if (!backup) return;
    const restored = prepareContent(backup.state);
    if (restored.ok && restored.serialized === savedRef.current) {
      removeBackups(agreementId);
      return;
    }
    isOfferOpenRef.current = true;
    setRestoreOffer(backup);
  }, [isEnabled, agreementId]);

  /** Closes the offer; the caller puts the backup's state into the editor if it was accepted. */
  const closeRestoreOffer = useCallback(
    (isDiscarded: boolean) => {
      isOfferOpenRef.current = false;
      if (isDiscarded) removeBackups(agreementId);
      setRestoreOffer(null);
    },
    [agreementId],
  );

  // Mirror unsaved edits to localStorage, keyed by the revision they build on. While the offer is
  // open its backup stays, even if newer edits are mirrored next to it.
  useEffect(() => {
    if (!isEnabled) return;
    if (!isDirty) {
      if (!isOfferOpenRef.current) removeBackups(agreementId);
      return;
    }
    const timer = setTimeout(() => {
      const key = backupKey(agreementId, revision);
      try {
        localStorage.setItem(key, JSON.stringify({ savedAt: Date.now(), revision, state } satisfies Backup));
        if (!isOfferOpenRef.current) removeBackups(agreementId, key);
      } catch {}
    }, 300);
    return () => clearTimeout(timer);
  }, [isEnabled, isDirty, state, revision, agreementId, restoreOffer]);

  // A lost connection: try again by itself, as well as on the next change.
  useEffect(() => {
    if (status.kind !== "failed" || status.message !== "editor.status.offline" || !isDirty) return;
    const timer = setTimeout(() => void save(), 10_000);
    return () => clearTimeout(timer);
  }, [status, isDirty, save]);

  // Leaving the page: ask while anything is unsaved; try to save when the tab is hidden (mobile).
  const allowUnloadRef = useRef(false);
  const hasUnsaved = isEnabled && (isDirty || isSaving);
  useEffect(() => {
    if (!hasUnsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (allowUnloadRef.current) return;
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [hasUnsaved]);

  /** After a conflict: the copy in localStorage is kept and offered again after the reload. */
  const reloadPage = useCallback(() => {
    allowUnloadRef.current = true;
    window.location.reload();
  }, []);

  useEffect(() => {
    if (!isEnabled) return;
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void save();
    };
    document.addEventListener("visibilitychange", onVisibility);
    return () => document.removeEventListener("visibilitychange", onVisibility);
  }, [isEnabled, save]);

  const rawFieldErrors = prepared.ok ? serverFieldErrors : prepared.fieldErrors;
  const fieldErrorsKey = JSON.stringify(rawFieldErrors);
  // Same errors, same object: keeps memoized parts still.
  const fieldErrors = useMemo(() => rawFieldErrors, [fieldErrorsKey]);

  return {
    prepared,
    revision,
    revisionRef,
    /** The serialized content the server holds, as of the last successful save. */
    savedRef,
    /** True once saving has stopped for good on this page (conflict, draft gone). */
    blockedRef,
    status,
    isDirty,
    isSaving,
    hasUnsaved,
    reloadPage,
    restoreOffer,
    closeRestoreOffer,
    /** Shape errors found before sending, or what the server refused. */
    fieldErrors,
    save,
    flush,
    markConflict,
  };
}
