// A realistic Dutch DPA (13 articles, 4 categories of data subjects, 6 sub-processors) with the
// parties and signatures around it: the input of the PDF tests and of bench/pdf-render.ts.
import { agreementTexts } from "@/lib/agreements/texts";
import type { Block, ClauseDoc, Run } from "@/lib/agreements/types";
import type { PdfAuditEvent, PdfParty, PdfSignature, PdfVersion } from "./index";
import { makeSignaturePng } from "./signature-png";

/** "De **Verwerker** _uitsluitend_" -> runs with bold and italic parts. */
function runs(text: string): Run[] {
  const result: Run[] = [];
  for (const part of text.split(/(\*\*[^*]+\*\*|_[^_]+_)/)) {
    if (!part) continue;
    if (part.startsWith("**")) result.push({ text: part.slice(2, -2), bold: true });
    else if (part.startsWith("_") && part.endsWith("_") && part.length > 2) result.push({ text: part.slice(1, -1), italic: true });
    else result.push({ text: part });
  }
  return result;
}

const p = (text: string): Block => ({ type: "paragraph", runs: runs(text) });
const bullets = (...items: string[]): Block => ({ type: "list", ordered: false, items: items.map(runs) });
const numbered = (...items: string[]): Block => ({ type: "list", ordered: true, items: items.map(runs) });
const clause = (content: Block[] | string, children: ClauseDoc[] = []): ClauseDoc => ({
  content: typeof content === "string" ? [p(content)] : content,
  children,
});

export const pdfTestVersion: PdfVersion = {
  id: "ver_fixture_offertely_3",
  number: 3,
  contentHash: "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0a2b4d6f8a0c2e4a6b8d0f2a4c6e",
  publishedAt: new Date("2026-01-15T09:30:00.000Z"),
  title: "Verwerkersovereenkomst Offertely",
  language: "nl",
  preamble: [
    "Verwerkingsverantwoordelijke gebruikt de online dienst van Verwerker voor het opstellen, versturen en laten ondertekenen van offertes, zoals beschreven in de tussen Partijen gesloten Overeenkomst;",
    "Verwerker bij de uitvoering van de Overeenkomst persoonsgegevens verwerkt ten behoeve van Verwerkingsverantwoordelijke;",
    "Partijen in deze verwerkersovereenkomst, als bedoeld in artikel 28 lid 3 van de Algemene Verordening Gegevensbescherming (AVG), hun afspraken over deze verwerking willen vastleggen.",
  ].join("\n"),
  mainAgreement: "de Overeenkomst",
  effectiveDate: null,
  noticePeriodDays: 90,
  processor: {
    legalName: "Offertely B.V.",
    registrationNumber: "81234567",
    address: "Oudegracht 214, 3511 NT Utrecht",
    city: "Utrecht",
    country: "NL",
    privacyEmail: "privacy@offertely.nl",
  },
  signatory: { name: "Maarten de Vries", function: "Algemeen directeur", place: "Utrecht" },
  articles: [
    {
      title: "Doeleinden van de verwerking",
      clauses: [
        clause(
          "Verwerker verwerkt de persoonsgegevens uitsluitend in opdracht van Verwerkingsverantwoordelijke en **uitsluitend** voor het leveren van de dienst zoals omschreven in de Overeenkomst, waaronder het opslaan van offertes, het versturen van e-mailberichten aan ontvangers van offertes en het vastleggen van digitale akkoorden.",
        ),
        clause(
          "Verwerker verwerkt de persoonsgegevens niet voor eigen doeleinden, waaronder begrepen het aanbieden van reclame, het opstellen van profielen of het verkopen van gegevens aan derden. Geanonimiseerde, geaggregeerde gebruiksstatistieken die niet tot een persoon herleidbaar zijn, vallen niet onder deze verwerkersovereenkomst.",
        ),
        clause(
          "De persoonsgegevens die Verwerker verwerkt, en de categorieën van betrokkenen op wie deze betrekking hebben, zijn opgenomen in **Bijlage 1**. Verwerkingsverantwoordelijke staat ervoor in dat deze opsomming volledig is voor het gebruik dat zij van de dienst maakt.",
        ),
      ],
    },
    {
      title: "Verplichtingen van Verwerker",
      clauses: [
        clause(
          "Verwerker zal bij de verwerking de toepasselijke wet- en regelgeving naleven, waaronder in elk geval de AVG en de Uitvoeringswet AVG.",
        ),
        clause(
          "Verwerker zal Verwerkingsverantwoordelijke op eerste verzoek informeren over de maatregelen die hij heeft genomen om aan zijn verplichtingen uit deze verwerkersovereenkomst te voldoen.",
        ),
        clause(
          [
            p("Verwerker zorgt ervoor dat iedereen die onder zijn gezag persoonsgegevens verwerkt, waaronder werknemers, ingehuurde krachten en stagiairs:"),
            numbered(
              "gebonden is aan een geheimhoudingsplicht die ten minste gelijkwaardig is aan die in artikel 9;",
              "uitsluitend toegang heeft tot de persoonsgegevens voor zover dat voor zijn of haar werkzaamheden noodzakelijk is;",
              "periodiek wordt gewezen op de risico's van phishing, het gebruik van onbeveiligde netwerken en het delen van wachtwoorden.",
            ),
          ],
        ),
        clause(
          "Verwerker stelt Verwerkingsverantwoordelijke onmiddellijk in kennis indien naar zijn oordeel een instructie van Verwerkingsverantwoordelijke inbreuk oplevert op de AVG of op andere bepalingen van Unierecht of lidstatelijk recht inzake gegevensbescherming.",
        ),
        clause(
          "Verwerker verleent Verwerkingsverantwoordelijke de redelijkerwijs benodigde medewerking bij het uitvoeren van een gegevensbeschermingseffectbeoordeling (DPIA) en bij een eventuele voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
          [
            clause(
              "Verwerker mag voor deze medewerking een redelijke vergoeding in rekening brengen tegen zijn dan geldende uurtarieven, mits hij Verwerkingsverantwoordelijke vooraf een schatting van de kosten heeft gegeven.",
            ),
            clause(
              "Geen vergoeding is verschuldigd voor het verstrekken van documentatie die Verwerker reeds beschikbaar heeft, zoals zijn privacyverklaring, zijn beveiligingsbeleid en de meest recente auditrapportage.",
            ),
          ],
        ),
        clause(
          "Verwerker houdt een register bij van alle categorieën van verwerkingsactiviteiten die hij ten behoeve van Verwerkingsverantwoordelijke verricht, als bedoeld in artikel 30 lid 2 AVG.",
        ),
      ],
    },
    {
      title: "Doorgifte van persoonsgegevens",
      clauses: [
        clause(
          "Verwerker verwerkt de persoonsgegevens in beginsel uitsluitend binnen de Europese Economische Ruimte (EER). Back-ups worden versleuteld opgeslagen in datacenters binnen de Europese Unie.",
        ),
        clause(
          [
            p("Doorgifte naar een land buiten de EER is slechts toegestaan indien:"),
            bullets(
              "de Europese Commissie heeft besloten dat dat land een passend beschermingsniveau waarborgt, waaronder het EU-VS Data Privacy Framework voor daarbij aangesloten ontvangers; of",
              "passende waarborgen zijn getroffen in de vorm van door de Europese Commissie vastgestelde modelcontractbepalingen, aangevuld met de aanvullende maatregelen die uit een doorgiftetoetsing (TIA) voortvloeien.",
            ),
          ],
        ),
        clause(
          "Verwerker maakt voor enkele functies gebruik van een taalmodel van een subverwerker. Verwerker garandeert dat deze subverwerker de persoonsgegevens **niet** gebruikt voor het trainen of verbeteren van zijn modellen en dat invoer en uitvoer uiterlijk na dertig dagen worden verwijderd.",
        ),
        clause(
          "Verwerker informeert Verwerkingsverantwoordelijke op verzoek over de landen waarheen persoonsgegevens worden doorgegeven en over de grondslag van iedere doorgifte; deze informatie is ook opgenomen in **Bijlage 2**.",
        ),
      ],
    },
    {
      title: "Verdeling van verantwoordelijkheid",
      clauses: [
        clause(
          "Verwerker is uitsluitend verantwoordelijk voor de verwerking van persoonsgegevens onder deze verwerkersovereenkomst, overeenkomstig de instructies van Verwerkingsverantwoordelijke en onder de uitdrukkelijke (eind)verantwoordelijkheid van Verwerkingsverantwoordelijke.",
        ),
        clause(
          "Verwerkingsverantwoordelijke garandeert dat de inhoud, het gebruik en de opdracht tot de verwerkingen van de persoonsgegevens niet onrechtmatig zijn en geen inbreuk maken op enig recht van derden, en dat zij betrokkenen behoorlijk heeft geïnformeerd, bijvoorbeeld via haar eigen privacyverklaring.",
        ),
        clause(
          "Voor de overige verwerkingen van persoonsgegevens, waaronder de verzameling van gegevens door Verwerkingsverantwoordelijke buiten de dienst om, is Verwerker niet verantwoordelijk.",
        ),
      ],
    },
    {
      title: "Inschakelen van subverwerkers",
      clauses: [
        clause(
          "Verwerkingsverantwoordelijke verleent Verwerker hierbij een algemene schriftelijke toestemming om subverwerkers in te schakelen. De subverwerkers die Verwerker bij het sluiten van deze verwerkersovereenkomst inschakelt, staan vermeld in **Bijlage 2**.",
        ),
        clause(
          "Verwerker kondigt het inschakelen of vervangen van een subverwerker ten minste dertig dagen vooraf aan per e-mail aan het contactadres van Verwerkingsverantwoordelijke. Verwerkingsverantwoordelijke kan binnen die termijn gemotiveerd bezwaar maken.",
          [
            clause(
              "Indien Partijen na een bezwaar niet binnen veertien dagen tot een oplossing komen, is Verwerkingsverantwoordelijke gerechtigd de Overeenkomst op te zeggen tegen de datum waarop de nieuwe subverwerker zou worden ingeschakeld.",
            ),
            clause(
              "Reeds vooruitbetaalde bedragen voor de periode na de beëindiging worden in dat geval naar rato terugbetaald.",
            ),
          ],
        ),
        clause(
          "Verwerker legt iedere subverwerker bij overeenkomst ten minste dezelfde verplichtingen op als die welke voor Verwerker uit deze verwerkersovereenkomst voortvloeien, en blijft jegens Verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming daarvan.",
        ),
      ],
    },
    {
      title: "Beveiliging",
      clauses: [
        clause(
          "Verwerker treft passende technische en organisatorische maatregelen om de persoonsgegevens te beveiligen tegen verlies of tegen enige vorm van onrechtmatige verwerking, rekening houdend met de stand van de techniek, de uitvoeringskosten en de risico's voor betrokkenen.",
        ),
        clause(
          [
            p("Verwerker heeft in ieder geval de volgende maatregelen getroffen:"),
            bullets(
              "beveiligingsupdates van besturingssystemen en gebruikte software worden binnen zeven dagen na publicatie geïnstalleerd, kritieke updates binnen 48 uur;",
              "alle verbindingen met de dienst zijn versleuteld met TLS 1.2 of hoger; verouderde protocollen zijn uitgeschakeld;",
              "een web application firewall (WAF) filtert verdacht verkeer en beperkt het aantal aanmeldpogingen;",
              "de servers staan in datacenters die zijn gecertificeerd volgens ISO/IEC 27001;",
              "beheertoegang is alleen mogelijk vanaf vooraf geregistreerde IP-adressen en met tweefactorauthenticatie;",
              "er wordt dagelijks een versleutelde back-up gemaakt, die dertig dagen wordt bewaard en periodiek wordt teruggezet om de werking te controleren.",
            ),
          ],
        ),
        clause(
          "Verwerker documenteert zijn beveiligingsbeleid en evalueert dit ten minste eenmaal per jaar. Een samenvatting wordt op verzoek aan Verwerkingsverantwoordelijke verstrekt. Verwerkingsverantwoordelijke stelt alleen persoonsgegevens aan Verwerker ter beschikking als zij zich ervan heeft verzekerd dat de vereiste beveiligingsmaatregelen zijn getroffen.",
        ),
      ],
    },
    {
      title: "Meldplicht bij inbreuken",
      clauses: [
        clause(
          "Verwerkingsverantwoordelijke is te allen tijde verantwoordelijk voor het melden van een inbreuk in verband met persoonsgegevens (datalek) aan de toezichthoudende autoriteit en aan betrokkenen. Verwerker stelt Verwerkingsverantwoordelijke in staat aan deze verplichting te voldoen.",
        ),
        clause(
          "Verwerker informeert Verwerkingsverantwoordelijke zonder onredelijke vertraging, en in ieder geval **binnen 24 uur** nadat hij een inbreuk heeft ontdekt, via het door Verwerkingsverantwoordelijke opgegeven contactadres.",
        ),
        clause(
          [
            p("De melding bevat ten minste:"),
            numbered(
              "de aard van de inbreuk, waar mogelijk met de categorieën van betrokkenen en van persoonsgegevens in kwestie en bij benadering het aantal betrokkenen en gegevensregisters;",
              "de naam en contactgegevens van de functionaris voor gegevensbescherming of een ander contactpunt waar meer informatie kan worden verkregen;",
              "de waarschijnlijke gevolgen van de inbreuk;",
              "de maatregelen die Verwerker heeft genomen of voorstelt te nemen om de inbreuk aan te pakken en de nadelige gevolgen ervan te beperken.",
            ),
            p("Indien niet alle informatie tegelijk kan worden verstrekt, wordt zij _zonder onredelijke vertraging_ in stappen verstrekt."),
          ],
        ),
        clause(
          "Verwerker documenteert alle inbreuken, met inbegrip van de feiten, de gevolgen en de genomen corrigerende maatregelen, overeenkomstig artikel 33 lid 5 AVG, ook wanneer een inbreuk niet aan de toezichthouder hoeft te worden gemeld.",
        ),
      ],
    },
    {
      title: "Verzoeken van betrokkenen",
      clauses: [
        clause(
          "Indien een betrokkene een verzoek tot uitoefening van zijn wettelijke rechten (zoals inzage, rectificatie, wissing of overdraagbaarheid) rechtstreeks aan Verwerker richt, stuurt Verwerker het verzoek binnen twee werkdagen door aan Verwerkingsverantwoordelijke en stelt hij de betrokkene daarvan op de hoogte.",
        ),
        clause(
          "Verwerker verleent Verwerkingsverantwoordelijke de medewerking die redelijkerwijs nodig is om een verzoek binnen de wettelijke termijn af te handelen. Gegevens van een betrokkene kunnen via de exportfunctie van de dienst worden geëxporteerd in een gangbaar, machineleesbaar formaat.",
        ),
      ],
    },
    {
      title: "Geheimhouding",
      clauses: [
        clause(
          "Op alle persoonsgegevens die Verwerker van Verwerkingsverantwoordelijke ontvangt of zelf verzamelt in het kader van deze verwerkersovereenkomst, rust een geheimhoudingsplicht jegens derden. Verwerker zal deze informatie niet voor een ander doel gebruiken dan waarvoor hij deze heeft verkregen.",
        ),
        clause(
          "De geheimhoudingsplicht geldt niet voor zover Verwerkingsverantwoordelijke uitdrukkelijk toestemming heeft gegeven om de informatie aan derden te verstrekken, of indien het verstrekken van de informatie aan derden wettelijk verplicht is, bijvoorbeeld op grond van een rechterlijke uitspraak. Verwerker informeert Verwerkingsverantwoordelijke in dat geval vooraf, tenzij dat wettelijk verboden is.",
        ),
      ],
    },
    {
      title: "Audit",
      clauses: [
        clause(
          "Verwerkingsverantwoordelijke heeft het recht de naleving van deze verwerkersovereenkomst te laten controleren door een onafhankelijke, tot geheimhouding verplichte derde, ten hoogste **eenmaal per jaar**, of vaker indien een concreet vermoeden van misbruik bestaat.",
        ),
        clause(
          "De audit wordt ten minste vier weken van tevoren aangekondigd en vindt plaats tijdens kantooruren, zonder de bedrijfsvoering van Verwerker onevenredig te verstoren. Verwerker verleent alle redelijkerwijs benodigde medewerking en stelt relevante informatie, waaronder logbestanden en de financiële administratie voor zover die betrekking heeft op de verwerking, tijdig beschikbaar.",
        ),
        clause(
          "De kosten van de audit komen voor rekening van Verwerkingsverantwoordelijke, tenzij uit de audit blijkt dat Verwerker deze verwerkersovereenkomst op wezenlijke punten niet nakomt; in dat geval draagt Verwerker de kosten van de audit.",
        ),
      ],
    },
    {
      title: "Aansprakelijkheid",
      clauses: [
        clause(
          "De aansprakelijkheid van Partijen voor schade als gevolg van het niet nakomen van deze verwerkersovereenkomst is beperkt zoals bepaald in de Overeenkomst. Een boete die de toezichthouder aan een Partij oplegt, komt voor rekening van die Partij, tenzij de overtreding aan de andere Partij te wijten is.",
        ),
        clause(
          "De aansprakelijkheidsbeperking geldt niet bij opzet of bewuste roekeloosheid van Verwerker of zijn leidinggevenden.",
        ),
      ],
    },
    {
      title: "Duur en beëindiging",
      clauses: [
        clause(
          "Deze verwerkersovereenkomst treedt in werking op de datum van de laatste ondertekening en geldt zolang Verwerker persoonsgegevens verwerkt in het kader van de Overeenkomst. Tussentijdse opzegging van deze verwerkersovereenkomst los van de Overeenkomst is niet mogelijk.",
        ),
        clause(
          "Na beëindiging van de Overeenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle persoonsgegevens binnen dertig dagen aan haar retourneren in een gangbaar formaat en/of vernietigen, en bestaande kopieën verwijderen, tenzij opslag wettelijk verplicht is. Back-ups worden uiterlijk dertig dagen daarna overschreven.",
        ),
        clause(
          "Verwerker mag deze verwerkersovereenkomst wijzigen met een aankondiging van ten minste **drie maanden**. Gaat Verwerkingsverantwoordelijke niet akkoord met de wijziging, dan kan zij de Overeenkomst opzeggen tegen het einde van die termijn; tot dat moment blijft de oude tekst van toepassing.",
        ),
        clause(
          "Verplichtingen die naar hun aard bestemd zijn om ook na beëindiging van deze verwerkersovereenkomst voort te duren, zoals de geheimhoudingsplicht en de aansprakelijkheid, blijven na beëindiging bestaan.",
        ),
      ],
    },
    {
      title: "Toepasselijk recht en geschillen",
      clauses: [
        clause("Op deze verwerkersovereenkomst is uitsluitend Nederlands recht van toepassing."),
        clause(
          "Alle geschillen die ontstaan naar aanleiding van deze verwerkersovereenkomst worden voorgelegd aan de bevoegde rechter in het arrondissement waar Verwerker is gevestigd, tenzij dwingend recht anders bepaalt.",
        ),
        clause(
          "Bij strijdigheid tussen deze verwerkersovereenkomst en de Overeenkomst gaat deze verwerkersovereenkomst voor, voor zover het de verwerking van persoonsgegevens betreft. Nietigheid van een bepaling laat de overige bepalingen onverlet.",
        ),
      ],
    },
  ],
  dataCategories: [
    {
      name: "Gebruikers van de dienst (medewerkers van Verwerkingsverantwoordelijke)",
      items: [
        { name: "Naam en e-mailadres", retention: "", isSpecialCategory: false },
        { name: "Wachtwoord (gehasht) en gegevens voor tweefactorauthenticatie", retention: "", isSpecialCategory: false },
        { name: "IP-adres en tijdstip van aanmelding", retention: "28 dagen na de aanmelding", isSpecialCategory: false },
      ],
    },
    {
      name: "Ontvangers van offertes",
      items: [
        { name: "Naam, e-mailadres, telefoonnummer en adres", retention: "", isSpecialCategory: false },
        { name: "Handtekening bij akkoord op een offerte", retention: "7 jaar (fiscale bewaarplicht)", isSpecialCategory: false },
        { name: "Gegevens over gezondheid die de ontvanger zelf in een opmerking vermeldt", retention: "Op verzoek direct verwijderd", isSpecialCategory: true },
      ],
    },
    {
      name: "Bezoekers van de website",
      items: [
        { name: "IP-adres", retention: "Na 28 dagen verwijderd", isSpecialCategory: false },
        { name: "Geanonimiseerde statistieken van paginabezoeken", retention: "", isSpecialCategory: false },
      ],
    },
    {
      name: "Leden van de mailinglijst",
      items: [
        { name: "E-mailadres en voornaam", retention: "Tot afmelding", isSpecialCategory: false },
        { name: "Openen van en klikken in nieuwsbrieven", retention: "12 maanden", isSpecialCategory: false },
      ],
    },
  ],
  subProcessors: [
    {
      name: "Hetzner Online GmbH",
      serviceArea: "Applicatie",
      purposes: "Hosting van de applicatie en de database",
      dataConcerned: "Alle persoonsgegevens in Bijlage 1",
      country: "DE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "BackupVault B.V.",
      serviceArea: "Applicatie",
      purposes: "Versleutelde back-ups",
      dataConcerned: "Alle persoonsgegevens in Bijlage 1 (back-ups 30 dagen bewaard)",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Postmark (ActiveCampaign LLC)",
      serviceArea: "Applicatie",
      purposes: "Versturen van e-mailberichten met offertes en herinneringen",
      dataConcerned: "Naam en e-mailadres van ontvangers; inhoud van het bericht (45 dagen bewaard)",
      country: "US",
      transferBasis: "EU_US_DPF",
    },
    {
      name: "Mistral AI SAS",
      serviceArea: "Add-on Offerteassistent",
      purposes: "Voorstellen van offerteteksten met een taalmodel; geen training op de gegevens",
      dataConcerned: "Omschrijving van de offerte; contactgegevens van de verwerkingsverantwoordelijke",
      country: "FR",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Plausible Insights OÜ",
      serviceArea: "Website",
      purposes: "Anonieme bezoekersstatistieken zonder cookies",
      dataConcerned: "IP-adres (alleen gehasht, niet opgeslagen)",
      country: "EE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Mailchimp (Intuit Inc.)",
      serviceArea: "Website",
      purposes: "Versturen van de nieuwsbrief",
      dataConcerned: "E-mailadres, voornaam, open- en klikgedrag",
      country: "US",
      transferBasis: "STANDARD_CONTRACTUAL_CLAUSES",
    },
  ],
};

export const pdfTestController: PdfParty = {
  legalName: "Bakkerij Van den Broek & Zonen B.V.",
  registrationNumber: "17045823",
  address: "Hinthamerstraat 88, 5211 MS 's-Hertogenbosch",
  city: "'s-Hertogenbosch",
  country: "NL",
};

export const pdfTestReference = "VWO-2026-7K3M9Q";

export const pdfTestProcessorSignature: PdfSignature = {
  party: "PROCESSOR",
  signerName: "Maarten de Vries",
  signerFunction: "Algemeen directeur",
  signerEmail: "maarten@offertely.nl",
  organisationName: "Offertely B.V.",
  place: "Utrecht",
  method: "DRAWN",
  imagePng: makeSignaturePng("Maarten de Vries"),
  signedAt: new Date("2026-01-15T09:41:12.000Z"),
  ip: "145.53.20.11",
  userAgent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15",
  contentHash: pdfTestVersion.contentHash,
  consentText: agreementTexts("nl").consent.processor,
  emailVerifiedAt: null,
};

export const pdfTestControllerSignature: PdfSignature = {
  party: "CONTROLLER",
  signerName: "Chloë van den Broek",
  signerFunction: "Directeur-eigenaar",
  signerEmail: "chloe@bakkerijvandenbroek.nl",
  organisationName: pdfTestController.legalName,
  place: "'s-Hertogenbosch",
  method: "TYPED",
  imagePng: makeSignaturePng("Chloë van den Broek"),
  signedAt: new Date("2026-03-02T13:07:45.120Z"),
  ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11",
  userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36 Edg/133.0.0.0",
  contentHash: pdfTestVersion.contentHash,
  consentText: agreementTexts("nl").consent.controller,
  emailVerifiedAt: new Date("2026-03-02T13:05:02.000Z"),
};

export const pdfTestAuditEvents = [
  { at: new Date("2026-03-02T13:01:30.000Z"), type: "signing.started", data: {}, actorType: "PUBLIC", actorEmail: null, signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:01:30.000Z"), type: "agreement.viewed", data: { contentHash: pdfTestVersion.contentHash }, actorType: "PUBLIC", actorEmail: null, signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:03:10.000Z"), type: "signing.code_sent", data: { verificationId: "ev_1", expiresAt: "2026-03-02T13:13:10.000Z" }, actorType: "PUBLIC", actorEmail: "chloe@bakkerijvandenbroek.nl", signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:04:40.000Z"), type: "signing.code_refused", data: { reason: "wrong", verificationId: "ev_1", attempts: 1 }, actorType: "PUBLIC", actorEmail: "chloe@bakkerijvandenbroek.nl", signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:05:02.000Z"), type: "signing.code_accepted", data: { verificationId: "ev_1", attempts: 2 }, actorType: "SIGNER", actorEmail: "chloe@bakkerijvandenbroek.nl", signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:07:45.120Z"), type: "signing.consent_given", data: { authority: true }, actorType: "SIGNER", actorEmail: "chloe@bakkerijvandenbroek.nl", signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
  { at: new Date("2026-03-02T13:07:45.120Z"), type: "agreement.signed", data: { reference: pdfTestReference, contentHash: pdfTestVersion.contentHash, method: "DRAWN" }, actorType: "SIGNER", actorEmail: "chloe@bakkerijvandenbroek.nl", signingSessionId: "ss_1", ip: "2a02:a466:68ed:1:d9c1:4b7e:90f2:3c11" },
] satisfies PdfAuditEvent[];

export const pdfTestSignedInput = {
  version: pdfTestVersion,
  reference: pdfTestReference,
  controller: pdfTestController,
  signatures: [pdfTestProcessorSignature, pdfTestControllerSignature],
  auditEvents: pdfTestAuditEvents,
};
