import type { uxEn } from "./ux.en";

export const uxNl: Record<keyof typeof uxEn, string> = {
  "validation.unprintable": "Het teken {value} kan niet in de pdf worden afgedrukt. Verwijder het of vervang het door gewone tekst.",
  "agreements.placeholderLeft": "Nog in te vullen: vervang de gemarkeerde tekst tussen [[ en ]] door uw eigen tekst.",
};
