"use client";
import { useCallback, useEffect, useId, useLayoutEffect, useRef } from "react";
import { inputClass } from "@/components/ui/field";

/** A message at a field: a save error (red) or something that blocks publishing (amber). */
export type FieldMessage = { text: string; tone: "error" | "problem" };

export const editorInputClass =
  `${inputClass} read-only:bg-slate-50 read-only:text-slate-700 disabled:bg-slate-50 disabled:text-slate-700 ` +
  "data-[tone=problem]:ring-amber-500 data-[tone=problem]:bg-amber-50/40";

const useIsomorphicLayoutEffect = typeof window === "undefined" ? useEffect : useLayoutEffect;

/** A textarea that grows with its text, so long clauses can be read without scrolling inside a box. */
export function AutoTextarea({
  value, minRows = 2, className = "", ...props
}: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string; minRows?: number }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const resize = useCallback(() => {
    const element = ref.current;
    if (!element) return;
    element.style.height = "auto";
    // +2 for the borders drawn by the ring; avoids a one-pixel scrollbar.
    element.style.height = `${element.scrollHeight + 2}px`;
  }, []);
  useIsomorphicLayoutEffect(resize, [value, resize]);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth !== width) {
        width = element.clientWidth;
        resize();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [resize]);
  return (
    <textarea
      ref={ref}
      rows={minRows}
      value={value}
      className={`${editorInputClass} resize-none overflow-hidden leading-relaxed ${className}`}
      {...props}
    />
  );
}

type A11y = { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string; "data-tone"?: string };

/** Label, control, then the message or hint that belongs to it. `hideLabel` when a table header names the column. */
export function EditorField({
  label, message, hint, hintClassName = "", hideLabel = false, required = false, className = "", id: givenId, children,
}: {
  label: string;
  message?: FieldMessage;
  hint?: React.ReactNode;
  hintClassName?: string;
  /**
   * true: for screen readers only (a heading or column names it); "sm": visible on a phone, where a
   * table becomes a stack and the column header is gone; "external": a <label> elsewhere names it.
   */
  hideLabel?: boolean | "sm" | "external";
  /** The control's id, when something else needs to find it (focus after adding). */
  id?: string;
  required?: boolean;
  className?: string;
  children: (a11y: A11y) => React.ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const messageId = `${id}-message`;
  const hintId = `${id}-hint`;
  const describedBy = [message ? messageId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      {hideLabel === "external" ? null : (
        <label
          htmlFor={id}
          className={
            hideLabel === true ? "sr-only" : hideLabel === "sm" ? "block text-xs font-medium text-slate-600 sm:sr-only" : "block text-sm font-medium text-slate-800"
          }
        >
          {label}
          {required ? <span className="text-slate-500" aria-hidden="true"> *</span> : null}
        </label>
      )}
      <div className={hideLabel === false ? "mt-1" : hideLabel === "sm" ? "mt-0.5 sm:mt-0" : ""}>
        {children({
          id,
          "aria-invalid": message ? true : undefined,
          "aria-describedby": describedBy,
          "data-tone": message?.tone,
        })}
      </div>
      <FieldMessageText id={messageId} message={message} />
      {hint ? <p id={hintId} className={`mt-1 text-xs text-slate-500 ${hintClassName}`}>{hint}</p> : null}
    </div>
  );
}

export function FieldMessageText({ id, message }: { id?: string; message?: FieldMessage }) {
  if (!message) return null;
  return (
    <p id={id} className={`mt-1 flex items-start gap-1 text-sm ${message.tone === "error" ? "text-red-700" : "text-amber-800"}`}>
      <span aria-hidden="true" className="mt-px">{message.tone === "error" ? <AlertIcon /> : <DotIcon />}</span>
      <span>{message.text}</span>
    </p>
  );
}

/** A small button with only an icon: the label is for screen readers and the tooltip. */
export function IconButton({
  label, icon, tone = "default", className = "", ...props
}: Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "children"> & {
  label: string;
  icon: React.ReactNode;
  tone?: "default" | "danger";
}) {
  const tones = {
    default: "text-slate-500 hover:bg-slate-100 hover:text-slate-900",
    danger: "text-slate-500 hover:bg-red-50 hover:text-red-700",
  };
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      className={
        `inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-md transition focus-visible:outline-2 ` +
        `focus-visible:outline-offset-1 focus-visible:outline-blue-700 disabled:cursor-not-allowed disabled:opacity-30 ` +
        `disabled:hover:bg-transparent ${tones[tone]} ${className}`
      }
      {...props}
    >
      {icon}
    </button>
  );
}

/** A text button for adding things: quieter than a primary button, clearer than an icon. */
export function AddButton({ children, className = "", ...props }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="button"
      className={
        `inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium text-blue-800 transition ` +
        `hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700 ${className}`
      }
      {...props}
    >
      <PlusIcon />
      {children}
    </button>
  );
}

// Icons (inline SVG, decorative: the buttons carry the labels).
const svg = { width: 16, height: 16, viewBox: "0 0 16 16", fill: "none", stroke: "currentColor", strokeWidth: 1.6, strokeLinecap: "round", strokeLinejoin: "round", "aria-hidden": true } as const;

export const ArrowUpIcon = () => (<svg {...svg}><path d="M8 13V3M3.5 7.5 8 3l4.5 4.5" /></svg>);
export const ArrowDownIcon = () => (<svg {...svg}><path d="M8 3v10M3.5 8.5 8 13l4.5-4.5" /></svg>);
export const TrashIcon = () => (<svg {...svg}><path d="M2.5 4h11M6.5 4V2.5h3V4M4 4l.7 9.5h6.6L12 4M6.7 6.5v4.5M9.3 6.5v4.5" /></svg>);
export const PlusIcon = () => (<svg {...svg}><path d="M8 3v10M3 8h10" /></svg>);
export const SubClauseIcon = () => (<svg {...svg}><path d="M3 2.5v5.5a2 2 0 0 0 2 2h8M10 7l3 3-3 3" /></svg>);
export const CheckIcon = () => (<svg {...svg}><path d="m3 8.5 3 3 7-7" /></svg>);
export const AlertIcon = () => (<svg {...svg} width={14} height={14}><path d="M8 5v3.5M8 11v.01M7.1 2.5 1.6 12a1 1 0 0 0 .9 1.5h11a1 1 0 0 0 .9-1.5L8.9 2.5a1 1 0 0 0-1.8 0Z" /></svg>);
export const DotIcon = () => (<svg width={14} height={14} viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7.5" r="3" fill="currentColor" /></svg>);
export const CopyIcon = () => (<svg {...svg}><rect x="5.5" y="5.5" width="8" height="8" rx="1.5" /><path d="M10.5 5.5v-2a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" /></svg>);
export const EyeIcon = () => (<svg {...svg}><path d="M1.5 8s2.4-4.5 6.5-4.5S14.5 8 14.5 8 12.1 12.5 8 12.5 1.5 8 1.5 8Z" /><circle cx="8" cy="8" r="2" /></svg>);
