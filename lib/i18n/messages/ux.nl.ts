import type { uxEn } from "./ux.en";

export const uxNl: Record<keyof typeof uxEn, string> = {
  "agreements.placeholderLeft": "Nog in te vullen: vervang de gemarkeerde tekst tussen [[ en ]] door uw eigen tekst.",
};
