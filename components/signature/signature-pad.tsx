"use client";
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n-provider";
import { inputClass } from "@/components/ui/field";
import {
  drawStrokes,
  drawTypedName,
  exportPng,
  loadSignatureFont,
  LOGICAL_HEIGHT,
  LOGICAL_WIDTH,
  strokeWidthFor,
  type Point,
  type Stroke,
} from "./signature-drawing";

export type SignatureMethod = "DRAWN" | "TYPED";

export type SignatureValue = {
  method: SignatureMethod;
  /** A PNG with a transparent background; null while nothing is drawn or typed. */
  imageDataUrl: string | null;
  typedName?: string;
};

export type SignaturePadLabels = {
  tabs: string;
  draw: string;
  type: string;
  drawArea: string;
  drawHint: string;
  clear: string;
  undo: string;
  typedName: string;
  typedPreview: string;
  typeHint: string;
};

export type SignaturePadProps = {
  onChange: (value: SignatureValue) => void;
  /** Prefills the Type tab; followed until the signer edits the typed name. */
  defaultName?: string;
  /** Overrides of the UI-language texts. */
  labels?: Partial<SignaturePadLabels>;
  /** An error message (already translated) shown under the pad. */
  error?: string;
  disabled?: boolean;
};

/** The pixel size of a canvas box, and the device pixel ratio it is drawn at. */
function useCanvasBox(ref: React.RefObject<HTMLCanvasElement | null>) {
  const [box, setBox] = useState({ width: 0, dpr: 1 });
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const update = () => setBox({ width: canvas.clientWidth, dpr: window.devicePixelRatio || 1 });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(canvas);
    // Zooming or moving the window to another screen changes the ratio, not the size.
    const media = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    media.addEventListener?.("change", update);
    return () => {
      observer.disconnect();
      media.removeEventListener?.("change", update);
    };
  }, [ref]);
  return box;
}

/** Sizes the canvas backing store to its CSS box times the pixel ratio and maps logical units onto it. */
function prepare(canvas: HTMLCanvasElement, box: { width: number; dpr: number }) {
  const cssWidth = box.width;
  const cssHeight = (cssWidth * LOGICAL_HEIGHT) / LOGICAL_WIDTH;
  const pixelWidth = Math.max(1, Math.round(cssWidth * box.dpr));
  const pixelHeight = Math.max(1, Math.round(cssHeight * box.dpr));
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  const scale = (cssWidth * box.dpr) / LOGICAL_WIDTH;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  return ctx;
}

function Baseline() {
  // A guide for the eye only: it is part of the page, not of the exported image.
  return (
    <div aria-hidden className="pointer-events-none absolute inset-x-[6%] top-[72%] flex items-end gap-2 border-b border-slate-300">
      <span className="-mb-0.5 text-lg leading-none text-slate-400">×</span>
    </div>
  );
}

export function SignaturePad({ onChange, defaultName = "", labels, error, disabled = false }: SignaturePadProps) {
  const { t } = useI18n();
  const text: SignaturePadLabels = {
    tabs: t("signaturePad.tabs"),
    draw: t("signaturePad.draw"),
    type: t("signaturePad.type"),
    drawArea: t("signaturePad.drawArea"),
    drawHint: t("signaturePad.drawHint"),
    clear: t("signaturePad.clear"),
    undo: t("signaturePad.undo"),
    typedName: t("signaturePad.typedName"),
    typedPreview: t("signaturePad.typedPreview"),
    typeHint: t("signaturePad.typeHint"),
    ...labels,
  };
  const id = useId();
  const [method, setMethod] = useState<SignatureMethod>("DRAWN");
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [typedName, setTypedName] = useState(defaultName);
  const [isTypedNameEdited, setIsTypedNameEdited] = useState(false);
  const [isFontReady, setIsFontReady] = useState(false);

  const drawCanvas = useRef<HTMLCanvasElement>(null);
  const typeCanvas = useRef<HTMLCanvasElement>(null);
  const drawBox = useCanvasBox(drawCanvas);
  const typeBox = useCanvasBox(typeCanvas);
  const activeStroke = useRef<{ pointerId: number; points: Point[] } | null>(null);
  const frame = useRef(0);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  // The typed name follows the form's name field until the signer types one of their own.
  useEffect(() => {
    if (!isTypedNameEdited) setTypedName(defaultName);
  }, [defaultName, isTypedNameEdited]);

  useEffect(() => {
    let isMounted = true;
    void loadSignatureFont().then(() => isMounted && setIsFontReady(true));
    return () => {
      isMounted = false;
    };
  }, []);

  const redraw = useCallback(() => {
    const canvas = drawCanvas.current;
    if (!canvas || drawBox.width === 0) return;
    const ctx = prepare(canvas, drawBox);
    if (!ctx) return;
    const live = activeStroke.current ? [activeStroke.current.points] : [];
    drawStrokes(ctx, [...strokes, ...live]);
  }, [strokes, drawBox]);

  useEffect(() => {
    redraw();
  }, [redraw]);

  useEffect(() => {
    const canvas = typeCanvas.current;
    if (!canvas || typeBox.width === 0) return;
    const ctx = prepare(canvas, typeBox);
    if (ctx && isFontReady) drawTypedName(ctx, typedName);
  }, [typedName, typeBox, isFontReady]);

  // Tell the form what would be signed now.
  useEffect(() => {
    if (method === "DRAWN") {
      onChangeRef.current({ method, imageDataUrl: strokes.length ? exportPng((ctx) => drawStrokes(ctx, strokes)) : null });
    } else {
      const name = typedName.trim();
      onChangeRef.current({
        method,
        imageDataUrl: name && isFontReady ? exportPng((ctx) => drawTypedName(ctx, name)) : null,
        typedName: name,
      });
    }
  }, [method, strokes, typedName, isFontReady]);

  const pointFrom = (event: { clientX: number; clientY: number; pressure: number; pointerType: string }, previous?: Point): Point => {
    const rect = drawCanvas.current!.getBoundingClientRect();
    const scale = LOGICAL_WIDTH / rect.width;
    const x = (event.clientX - rect.left) * scale;
    const y = (event.clientY - rect.top) * scale;
    const time = performance.now();
    return { x, y, time, width: strokeWidthFor({ x, y, time }, previous, event.pointerType, event.pressure) };
  };

  const scheduleRedraw = () => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      redraw();
    });
  };

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const onPointerDown = (event: React.PointerEvent<HTMLCanvasElement>) => {
    if (disabled || activeStroke.current) return;
    if (event.pointerType === "mouse" && event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    activeStroke.current = { pointerId: event.pointerId, points: [pointFrom(event)] };
    scheduleRedraw();
  };

  const onPointerMove = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const stroke = activeStroke.current;
    if (!stroke || stroke.pointerId !== event.pointerId) return;
    // Coalesced events carry the points a fast pen or finger passed between two frames.
    const events = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const e of events.length ? events : [event.nativeEvent]) {
      const previous = stroke.points[stroke.points.length - 1];
      const point = pointFrom(e, previous);
      if (Math.hypot(point.x - previous.x, point.y - previous.y) >= 0.8) stroke.points.push(point);
    }
    scheduleRedraw();
  };

  const endStroke = (event: React.PointerEvent<HTMLCanvasElement>) => {
    const stroke = activeStroke.current;
    if (!stroke || stroke.pointerId !== event.pointerId) return;
    activeStroke.current = null;
    setStrokes((current) => [...current, stroke.points]);
  };

  const tabs: { method: SignatureMethod; label: string }[] = [
    { method: "DRAWN", label: text.draw },
    { method: "TYPED", label: text.type },
  ];
  const onTabKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight" && event.key !== "Home" && event.key !== "End") return;
    event.preventDefault();
    const next: SignatureMethod = event.key === "Home" ? "DRAWN" : event.key === "End" ? "TYPED" : method === "DRAWN" ? "TYPED" : "DRAWN";
    setMethod(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };

  const errorId = `${id}-error`;
  const boxClass = `relative overflow-hidden rounded-lg bg-white ring-1 ring-inset ${error ? "ring-red-600" : "ring-slate-300"}`;

  return (
    <div aria-describedby={error ? errorId : undefined}>
      <div role="tablist" aria-label={text.tabs} className="inline-flex rounded-lg bg-slate-100 p-1" onKeyDown={onTabKeyDown}>
        {tabs.map((tab) => {
          const isSelected = method === tab.method;
          return (
            <button
              key={tab.method}
              id={`${id}-tab-${tab.method}`}
              type="button"
              role="tab"
              aria-selected={isSelected}
              aria-controls={`${id}-panel-${tab.method}`}
              // Both tabs are Tab stops (arrows move too): signers who do not know the tab pattern's
              // arrow keys must still find the second way to sign.
              tabIndex={0}
              disabled={disabled}
              onClick={() => setMethod(tab.method)}
              className={`rounded-md px-4 py-1.5 text-sm font-semibold transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800 ${
                isSelected ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900"
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>

      <div
        id={`${id}-panel-DRAWN`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-DRAWN`}
        hidden={method !== "DRAWN"}
        className="mt-3"
      >
        <div className={`${boxClass} max-w-[600px]`}>
          <Baseline />
          <canvas
            ref={drawCanvas}
            role="img"
            aria-label={text.drawArea}
            aria-describedby={`${id}-draw-hint`}
            className={`relative block aspect-[3/1] w-full touch-none select-none ${disabled ? "cursor-not-allowed" : "cursor-crosshair"}`}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={endStroke}
            onPointerCancel={endStroke}
            onLostPointerCapture={endStroke}
          />
        </div>
        <div className="mt-2 flex max-w-[600px] flex-wrap items-center justify-between gap-2">
          <p id={`${id}-draw-hint`} className="text-xs text-slate-500">
            {text.drawHint}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => setStrokes((current) => current.slice(0, -1))}
              disabled={disabled || strokes.length === 0}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
            >
              {text.undo}
            </button>
            <button
              type="button"
              onClick={() => setStrokes([])}
              disabled={disabled || strokes.length === 0}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400"
            >
              {text.clear}
            </button>
          </div>
        </div>
      </div>

      <div
        id={`${id}-panel-TYPED`}
        role="tabpanel"
        aria-labelledby={`${id}-tab-TYPED`}
        hidden={method !== "TYPED"}
        className="mt-3 max-w-[600px]"
      >
        <label htmlFor={`${id}-typed`} className="block text-sm font-medium text-slate-800">
          {text.typedName}
        </label>
        <input
          id={`${id}-typed`}
          className={`${inputClass} mt-1`}
          value={typedName}
          maxLength={120}
          autoComplete="name"
          disabled={disabled}
          aria-describedby={`${id}-type-hint`}
          onChange={(event) => {
            setIsTypedNameEdited(true);
            setTypedName(event.target.value);
          }}
        />
        <div className={`${boxClass} mt-3`}>
          <Baseline />
          <canvas ref={typeCanvas} role="img" aria-label={`${text.typedPreview}: ${typedName}`} className="relative block aspect-[3/1] w-full" />
        </div>
        <p id={`${id}-type-hint`} className="mt-2 text-xs text-slate-500">
          {text.typeHint}
        </p>
      </div>

      {error ? (
        <p id={errorId} role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
