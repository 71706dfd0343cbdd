import { en } from "./messages/en";
import { nl } from "./messages/nl";
import type { Locale } from "./locale";

export type MessageKey = keyof typeof en;
const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, nl };

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Unknown keys are returned as they are, so a plain sentence passes through unchanged. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, vars) => {
    let text: string | undefined = (dictionary as Record<string, string>)[key];
    if (text === undefined) {
      // "key|argument": a field error that carries one value, e.g. "validation.unprintable|😀".
      const bar = key.indexOf("|");
      const base = bar > 0 ? (dictionary as Record<string, string>)[key.slice(0, bar)] : undefined;
      text = base !== undefined ? base.replaceAll("{value}", key.slice(bar + 1)) : key;
    }
    if (vars) for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}
