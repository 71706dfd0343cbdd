import type { uxEn } from "./ux.en";

export const uxNl: Record<keyof typeof uxEn, string> = {
  "validation.unprintable": "Het teken {value} kan niet in de pdf worden afgedrukt. Verwijder het of vervang het door gewone tekst.",
  "field.charCount": "{count} van {max} tekens",
  "field.tooLongBy": "Te lang: hoogstens {max} tekens, nu {count}. Maak de tekst korter.",
  "dashboard.trustPageLater": "Uw trustpagina ({path}) verschijnt zodra u een overeenkomst publiceert.",
  "agreements.placeholderLeft": "Nog in te vullen: vervang de gemarkeerde tekst tussen [[ en ]] door uw eigen tekst.",
};
