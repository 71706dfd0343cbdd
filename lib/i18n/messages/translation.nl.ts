import type { translationEn } from "./translation.en";

export const translationNl: Record<keyof typeof translationEn, string> = {
  "translation.heading": "Taalversie",
  "translation.lead": "Is deze tekst een vertaling van een van uw gepubliceerde overeenkomsten? Dan is die tekst bindend, en de openbare pagina en de pdf vermelden dat.",
  "translation.label": "Deze tekst is een vertaling van",
  "translation.none": "Niets: deze tekst is bindend",
  "translation.option": "{title}, versie {number} ({language})",
  "translation.save": "Opslaan",
  "translation.saved": "Opgeslagen. Onderteken opnieuw voor u publiceert: de tekst vermeldt nu welke versie bindend is.",
  "translation.noCandidates": "U heeft geen gepubliceerde overeenkomst in een andere taal om naar te verwijzen.",
  "agreements.translationSameLanguage": "Kies een gepubliceerde overeenkomst in de andere taal.",
};
