// Demo content: the Dutch processor agreement of the fictional vendor Offertewerk B.V.
// Original text written for this project; it follows the usual shape of a Dutch verwerkersovereenkomst
// (13 articles, Annex 1 personal data, Annex 2 sub-processors). Numbering is computed, never part of the text.
import type { Block, ClauseDoc, Run, VersionDoc } from "../../lib/agreements/types";

type Part = string | Run;

const run = (part: Part): Run => (typeof part === "string" ? { text: part } : part);
/** Bold run: defined terms and key deadlines. */
const b = (text: string): Run => ({ text, bold: true });
/** Italic run: foreign-language terms. */
const i = (text: string): Run => ({ text, italic: true });
const p = (...parts: Part[]): Block => ({ type: "paragraph", runs: parts.map(run) });
const list = (ordered: boolean, items: (Part | Part[])[]): Block => ({
  type: "list",
  ordered,
  items: items.map((item) => (Array.isArray(item) ? item : [item]).map(run)),
});
const ul = (...items: (Part | Part[])[]): Block => list(false, items);
const ol = (...items: (Part | Part[])[]): Block => list(true, items);
/** A clause of one paragraph. */
const c = (...parts: Part[]): ClauseDoc => ({ content: [p(...parts)], children: [] });
/** A clause of several blocks, optionally with sub-clauses. */
const cb = (content: Block[], children: ClauseDoc[] = []): ClauseDoc => ({ content, children });

export const demoDpaNl: VersionDoc = {
  title: "Verwerkersovereenkomst Offertewerk",
  language: "nl",
  preamble: [
    "Overwegende dat Verwerkingsverantwoordelijke met Verwerker een overeenkomst heeft gesloten voor het gebruik van de online offertedienst van Verwerker (hierna: ‘de Overeenkomst’), in het kader waarvan Verwerker persoonsgegevens verwerkt ten behoeve van Verwerkingsverantwoordelijke;",
    "Overwegende dat Verwerkingsverantwoordelijke het doel van en de middelen voor die verwerking vaststelt en dat Verwerker daarbij uitsluitend optreedt als verwerker in de zin van artikel 4, onderdeel 8, van de Algemene verordening gegevensbescherming (hierna: ‘AVG’);",
    "Overwegende dat partijen, mede ter uitvoering van artikel 28, derde lid, AVG, hun rechten en verplichtingen met betrekking tot deze verwerking schriftelijk wensen vast te leggen in deze verwerkersovereenkomst (hierna: ‘Verwerkersovereenkomst’).",
  ].join("\n"),
  mainAgreement: "de Overeenkomst",
  effectiveDate: "2026-01-01",
  noticePeriodDays: 90,
  processor: {
    legalName: "Offertewerk B.V.",
    registrationNumber: "69284017",
    address: "Keizersgracht 221, 1016 DV Amsterdam",
    city: "Amsterdam",
    country: "NL",
    privacyEmail: "privacy@offertewerk.nl",
  },
  signatory: { name: "Sanne de Vries", function: "Directeur", place: "Amsterdam" },

  articles: [
    {
      title: "Doeleinden van verwerking",
      clauses: [
        c(
          "Verwerker verbindt zich om onder de voorwaarden van deze Verwerkersovereenkomst in opdracht van Verwerkingsverantwoordelijke persoonsgegevens te verwerken (hierna: ",
          b("Persoonsgegevens"),
          "). De categorieën van betrokkenen en de soorten Persoonsgegevens zijn omschreven in ",
          b("Bijlage 1"),
          ".",
        ),
        cb([
          p(
            "Verwerker verwerkt de Persoonsgegevens uitsluitend voor zover dat noodzakelijk is voor het leveren van de diensten onder de Overeenkomst, te weten:",
          ),
          ul(
            "het beschikbaar stellen van de online offerteapplicatie, waarmee Verwerkingsverantwoordelijke offertes kan opstellen, verzenden en beheren en waarmee ontvangers offertes kunnen inzien en ondertekenen;",
            "het hosten van de websitemodule, waarmee Verwerkingsverantwoordelijke een eenvoudige bedrijfswebsite met een formulier voor offerteaanvragen kan publiceren;",
            "indien afgenomen, de add-on mailinglijst, waarmee Verwerkingsverantwoordelijke nieuwsbrieven en andere e-mailberichten aan zijn relaties kan verzenden;",
            "het verlenen van ondersteuning, het verhelpen van storingen en het beheer en de beveiliging van de hiervoor genoemde diensten,",
          ),
          p("alsmede voor die doeleinden die nadien met schriftelijke instemming van partijen worden bepaald."),
        ]),
        c(
          "Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden of voor enig ander doel dan door Verwerkingsverantwoordelijke is vastgesteld. Verwerker neemt geen zelfstandige beslissingen over het doel van en de middelen voor de verwerking, de verstrekking van Persoonsgegevens aan derden en de duur van de opslag, behoudens voor zover deze Verwerkersovereenkomst daarin uitdrukkelijk voorziet.",
        ),
        c(
          "Alle rechten met betrekking tot de Persoonsgegevens blijven berusten bij Verwerkingsverantwoordelijke of de betrokkenen. Verwerker verkrijgt uit hoofde van de Overeenkomst of deze Verwerkersovereenkomst geen enkel recht op de Persoonsgegevens.",
        ),
      ],
    },
    {
      title: "Verplichtingen Verwerker",
      clauses: [
        c(
          "Verwerker neemt bij de uitvoering van deze Verwerkersovereenkomst de toepasselijke wet- en regelgeving op het gebied van de bescherming van persoonsgegevens in acht, waaronder in ieder geval de AVG en de Uitvoeringswet Algemene verordening gegevensbescherming. Verwerker informeert Verwerkingsverantwoordelijke op diens eerste verzoek en binnen een redelijke termijn over de maatregelen die hij heeft genomen om aan zijn verplichtingen uit deze Verwerkersovereenkomst te voldoen.",
        ),
        c(
          "Verwerker verwerkt de Persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke, ook wat betreft doorgiften van Persoonsgegevens aan een derde land of een internationale organisatie, tenzij een op Verwerker toepasselijke bepaling van Unierecht of lidstatelijk recht hem tot verwerking verplicht. In dat geval stelt Verwerker Verwerkingsverantwoordelijke voorafgaand aan de verwerking in kennis van dat wettelijk voorschrift, tenzij die wetgeving deze kennisgeving om gewichtige redenen van algemeen belang verbiedt. De Overeenkomst, deze Verwerkersovereenkomst en de instellingen die Verwerkingsverantwoordelijke in de dienst kiest, gelden als schriftelijke instructies.",
        ),
        c(
          "Verwerker stelt Verwerkingsverantwoordelijke onmiddellijk in kennis indien een instructie naar zijn oordeel inbreuk oplevert op de AVG of op andere Unierechtelijke of lidstatelijke bepalingen inzake gegevensbescherming. Verwerker is gerechtigd de uitvoering van die instructie op te schorten totdat Verwerkingsverantwoordelijke de instructie heeft heroverwogen.",
        ),
        c(
          "De verplichtingen van Verwerker uit deze Verwerkersovereenkomst gelden eveneens voor eenieder die Persoonsgegevens verwerkt onder het gezag van Verwerker, waaronder werknemers, uitzendkrachten en stagiairs. Verwerker draagt er zorg voor dat deze personen uitsluitend toegang hebben tot Persoonsgegevens voor zover dat voor hun werkzaamheden noodzakelijk is.",
        ),
        cb([
          p(
            "Verwerker verleent Verwerkingsverantwoordelijke, rekening houdend met de aard van de verwerking en de informatie waarover hij beschikt, bijstand bij het nakomen van diens verplichtingen uit de artikelen 32 tot en met 36 AVG, te weten:",
          ),
          ol(
            "het treffen van passende technische en organisatorische beveiligingsmaatregelen (artikel 32 AVG);",
            "het melden van inbreuken in verband met persoonsgegevens aan de Autoriteit Persoonsgegevens en, waar vereist, aan betrokkenen (artikelen 33 en 34 AVG);",
            "het uitvoeren van een gegevensbeschermingseffectbeoordeling (artikel 35 AVG);",
            "een voorafgaande raadpleging van de Autoriteit Persoonsgegevens (artikel 36 AVG).",
          ),
          p(
            "Voor bijstand die verder gaat dan het verstrekken van de informatie waarover Verwerker reeds beschikt, kan Verwerker de redelijke kosten in rekening brengen tegen zijn dan geldende tarieven, mits hij Verwerkingsverantwoordelijke daarover vooraf heeft geïnformeerd.",
          ),
        ]),
        c(
          "Verwerker houdt een register bij van alle categorieën van verwerkingsactiviteiten die hij ten behoeve van Verwerkingsverantwoordelijke verricht, als bedoeld in artikel 30, tweede lid, AVG. Verwerker stelt dit register op verzoek ter beschikking van Verwerkingsverantwoordelijke en van de Autoriteit Persoonsgegevens.",
        ),
      ],
    },
    {
      title: "Doorgifte van persoonsgegevens",
      clauses: [
        c(
          "Verwerker verwerkt de Persoonsgegevens in beginsel uitsluitend binnen de Europese Economische Ruimte (hierna: ",
          b("EER"),
          "). Doorgifte van Persoonsgegevens naar een land buiten de EER of aan een internationale organisatie vindt uitsluitend plaats met toestemming van Verwerkingsverantwoordelijke en met inachtneming van hoofdstuk V AVG. Doorgiften aan de subverwerkers die in Bijlage 2 met een vestigingsland buiten de EER zijn vermeld, gelden als door Verwerkingsverantwoordelijke toegestaan.",
        ),
        cb(
          [p("Doorgifte naar een land buiten de EER vindt uitsluitend plaats op basis van een van de volgende grondslagen:")],
          [
            c(
              "een adequaatheidsbesluit van de Europese Commissie als bedoeld in artikel 45 AVG, waaronder het besluit inzake het EU-VS Data Privacy Framework, mits de ontvanger onder dat kader is gecertificeerd; of",
            ),
            c(
              "passende waarborgen als bedoeld in artikel 46 AVG, in het bijzonder de door de Europese Commissie vastgestelde standaardcontractbepalingen, zo nodig aangevuld met maatregelen die voortvloeien uit een beoordeling van de risico's van de doorgifte (",
              i("transfer impact assessment"),
              ").",
            ),
          ],
        ),
        c(
          "Verwerker vermeldt in Bijlage 2 per subverwerker het land waar de Persoonsgegevens worden verwerkt en, voor zover dat land buiten de EER ligt, de grondslag voor de doorgifte. Vervalt een grondslag voor doorgifte, bijvoorbeeld door een uitspraak van het Hof van Justitie van de Europese Unie, dan informeert Verwerker Verwerkingsverantwoordelijke daarover onverwijld en treft hij in overleg met Verwerkingsverantwoordelijke passende maatregelen, zo nodig door de doorgifte te beëindigen.",
        ),
        c(
          "Voor zover Verwerker voor onderdelen van de dienst, zoals het voorstellen van offerteteksten, gebruikmaakt van een subverwerker die modellen voor kunstmatige intelligentie aanbiedt, legt Verwerker die subverwerker contractueel op dat deze de Persoonsgegevens ",
          b("niet gebruikt voor het trainen, verbeteren of anderszins ontwikkelen van zijn modellen"),
          " of diensten, en de Persoonsgegevens niet langer bewaart dan nodig is om de gevraagde uitvoer te leveren. Verwerker gebruikt de Persoonsgegevens evenmin voor het trainen van eigen modellen. Het gebruik van deze functionaliteit is optioneel en kan door Verwerkingsverantwoordelijke in de instellingen van de dienst worden uitgeschakeld.",
        ),
      ],
    },
    {
      title: "Verdeling van verantwoordelijkheid",
      clauses: [
        c(
          "Verwerker is uitsluitend verantwoordelijk voor de verwerking van de Persoonsgegevens onder deze Verwerkersovereenkomst, overeenkomstig de instructies van Verwerkingsverantwoordelijke en onder diens uitdrukkelijke eindverantwoordelijkheid. Voor andere verwerkingen van persoonsgegevens, waaronder in ieder geval het verzamelen van persoonsgegevens door Verwerkingsverantwoordelijke buiten de dienst om, verwerkingen voor doeleinden die Verwerkingsverantwoordelijke niet aan Verwerker heeft gemeld en verwerkingen door derden, is Verwerker niet verantwoordelijk.",
        ),
        c(
          "Verwerkingsverantwoordelijke staat ervoor in dat de inhoud, het gebruik en de opdracht tot de verwerking van de Persoonsgegevens niet onrechtmatig zijn en geen inbreuk maken op enig recht van derden. Verwerkingsverantwoordelijke beschikt voor iedere verwerking over een grondslag als bedoeld in artikel 6 AVG en, voor zover hij bijzondere categorieën van persoonsgegevens in de dienst opneemt, over een uitzondering als bedoeld in artikel 9, tweede lid, AVG.",
        ),
        c(
          "Verwerkingsverantwoordelijke is verantwoordelijk voor het informeren van betrokkenen, zoals ontvangers van offertes en leden van mailinglijsten, over de verwerking van hun Persoonsgegevens (artikelen 13 en 14 AVG). Bij gebruik van de add-on mailinglijst draagt Verwerkingsverantwoordelijke er zorg voor dat hij, voor zover vereist, de voorafgaande toestemming van de ontvangers heeft verkregen als bedoeld in artikel 11.7 van de Telecommunicatiewet.",
        ),
        c(
          "Verwerkingsverantwoordelijke beheert de gebruikersaccounts binnen de dienst en de daaraan verbonden bevoegdheden. Hij draagt zorg voor de vertrouwelijkheid van inloggegevens en stelt Verwerker onverwijld in kennis van een vermoeden dat onbevoegden daarover beschikken.",
        ),
      ],
    },
    {
      title: "Inschakelen van derden of onderaannemers",
      clauses: [
        c(
          "Verwerkingsverantwoordelijke verleent Verwerker hierbij algemene schriftelijke toestemming als bedoeld in artikel 28, tweede lid, AVG om bij de verwerking van de Persoonsgegevens gebruik te maken van derden (hierna: ",
          b("subverwerkers"),
          "). De subverwerkers die Verwerker bij het aangaan van deze Verwerkersovereenkomst inschakelt, zijn vermeld in ",
          b("Bijlage 2"),
          ".",
        ),
        c(
          "Verwerker maakt een voorgenomen toevoeging of vervanging van een subverwerker vooraf bekend door een nieuwe versie van deze Verwerkersovereenkomst met een bijgewerkte Bijlage 2 te publiceren en Verwerkingsverantwoordelijke daarvan per e-mail op de hoogte te stellen, met inachtneming van de aankondigingstermijn genoemd in artikel 12.",
        ),
        c(
          "Verwerkingsverantwoordelijke kan binnen die termijn op redelijke gronden schriftelijk en gemotiveerd bezwaar maken tegen een voorgenomen subverwerker. Partijen treden in dat geval in overleg om in redelijkheid tot een oplossing te komen. Komen partijen niet tot een oplossing, dan is Verwerkingsverantwoordelijke gerechtigd de Overeenkomst en deze Verwerkersovereenkomst op te zeggen tegen de datum waarop de wijziging ingaat, zonder tot enige schadevergoeding gehouden te zijn.",
        ),
        c(
          "Verwerker legt iedere subverwerker bij schriftelijke overeenkomst ten minste dezelfde verplichtingen inzake gegevensbescherming op als die welke voor Verwerker uit deze Verwerkersovereenkomst voortvloeien, in het bijzonder de verplichting passende technische en organisatorische maatregelen te treffen (artikel 28, vierde lid, AVG). Komt een subverwerker zijn verplichtingen niet na, dan blijft Verwerker jegens Verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming van de verplichtingen van die subverwerker.",
        ),
      ],
    },
    {
      title: "Beveiliging",
      clauses: [
        c(
          "Verwerker treft, rekening houdend met de stand van de techniek, de uitvoeringskosten, de aard, de omvang, de context en de doeleinden van de verwerking en de qua waarschijnlijkheid en ernst uiteenlopende risico's voor de rechten en vrijheden van betrokkenen, passende technische en organisatorische maatregelen om een op het risico afgestemd beveiligingsniveau te waarborgen (artikel 32 AVG). Deze maatregelen zijn gericht op het voorkomen van verlies en van iedere vorm van onrechtmatige verwerking, zoals onbevoegde kennisneming, aantasting, wijziging of verstrekking van de Persoonsgegevens.",
        ),
        cb([
          p("Verwerker heeft in ieder geval de volgende maatregelen getroffen:"),
          ul(
            "de Persoonsgegevens worden opgeslagen in datacenters binnen de EER die zijn gecertificeerd volgens ISO/IEC 27001;",
            "alle verbindingen met de dienst zijn versleuteld met TLS, versie 1.2 of hoger, en de Persoonsgegevens worden in rust versleuteld opgeslagen;",
            "beveiligingsupdates van besturingssystemen en software worden tijdig doorgevoerd, en bij kritieke kwetsbaarheden met voorrang;",
            [
              "de dienst wordt beschermd door een ",
              i("web application firewall"),
              " en door maatregelen tegen overbelastingsaanvallen;",
            ],
            "beheertoegang tot servers is voorbehouden aan daartoe aangewezen medewerkers, uitsluitend mogelijk vanaf vooraf vastgestelde IP-adressen en beveiligd met tweefactorauthenticatie;",
            "dagelijks worden versleutelde back-ups gemaakt, die op een fysiek gescheiden locatie binnen de EER dertig dagen worden bewaard;",
            "toegang tot Persoonsgegevens wordt verleend op basis van functie en noodzaak en wordt gelogd;",
            "de dienst wordt ten minste eenmaal per jaar door een onafhankelijke partij aan een penetratietest onderworpen.",
          ),
        ]),
        c(
          "Verwerker evalueert de doeltreffendheid van de maatregelen regelmatig en ten minste eenmaal per jaar. Verwerker mag de maatregelen aanpassen aan de stand van de techniek en aan gewijzigde risico's, mits het beveiligingsniveau daardoor niet afneemt.",
        ),
        c(
          "Verwerkingsverantwoordelijke heeft zich ervan vergewist dat de in dit artikel omschreven maatregelen passend zijn voor de Persoonsgegevens die hij met behulp van de dienst verwerkt. Verwerkingsverantwoordelijke neemt geen bijzondere categorieën van persoonsgegevens in offertes op, tenzij dat voor het doel van de offerte noodzakelijk is.",
        ),
      ],
    },
    {
      title: "Meldplicht",
      clauses: [
        c(
          "In geval van een inbreuk in verband met persoonsgegevens als bedoeld in artikel 4, onderdeel 12, AVG die betrekking heeft op de Persoonsgegevens (hierna: ",
          b("Datalek"),
          "), stelt Verwerker Verwerkingsverantwoordelijke daarvan zonder onredelijke vertraging in kennis, en in ieder geval ",
          b("binnen 24 uur"),
          " nadat Verwerker het Datalek heeft ontdekt. De melding geschiedt aan het e-mailadres dat Verwerkingsverantwoordelijke daarvoor in de dienst heeft opgegeven.",
        ),
        c(
          "Verwerkingsverantwoordelijke beoordeelt of het Datalek moet worden gemeld aan de Autoriteit Persoonsgegevens en aan de betrokkenen (artikelen 33 en 34 AVG). Verwerker verleent daarbij de bijstand die redelijkerwijs van hem kan worden verlangd. Verwerker doet zelf geen melding aan de toezichthouder of aan betrokkenen, tenzij hij daartoe wettelijk verplicht is.",
        ),
        cb(
          [
            p("De melding van Verwerker bevat ten minste:"),
            ul(
              "de aard van het Datalek, waar mogelijk met vermelding van de categorieën van betrokkenen en van persoonsgegevensregisters in kwestie en, bij benadering, het aantal betrokkenen en registers;",
              "de naam en de contactgegevens van de functionaris voor gegevensbescherming van Verwerker of van een ander contactpunt waar meer informatie kan worden verkregen;",
              "de waarschijnlijke gevolgen van het Datalek;",
              "de maatregelen die Verwerker heeft genomen of voorstelt te nemen om het Datalek aan te pakken, waaronder, in voorkomend geval, maatregelen ter beperking van de eventuele nadelige gevolgen daarvan.",
            ),
          ],
          [
            c(
              "Voor zover het niet mogelijk is alle informatie gelijktijdig te verstrekken, kan Verwerker de informatie zonder onredelijke verdere vertraging in stappen verstrekken. De eerste melding wordt niet uitgesteld in afwachting van volledige informatie.",
            ),
            c(
              "Verwerker houdt Verwerkingsverantwoordelijke op de hoogte van nieuwe ontwikkelingen rond het Datalek en van de maatregelen die hij neemt om de gevolgen ervan te beperken en herhaling te voorkomen.",
            ),
          ],
        ),
        c(
          "Verwerker documenteert alle Datalekken, met inbegrip van de feiten omtrent het Datalek, de gevolgen daarvan en de genomen corrigerende maatregelen, zodat Verwerkingsverantwoordelijke kan voldoen aan artikel 33, vijfde lid, AVG. Verwerker stelt deze documentatie op verzoek ter beschikking van Verwerkingsverantwoordelijke.",
        ),
      ],
    },
    {
      title: "Rechten van betrokkenen",
      clauses: [
        c(
          "Indien een betrokkene een verzoek tot uitoefening van zijn rechten uit de artikelen 15 tot en met 22 AVG rechtstreeks tot Verwerker richt, stuurt Verwerker dat verzoek onverwijld, en in ieder geval binnen vijf werkdagen, door aan Verwerkingsverantwoordelijke en stelt hij de betrokkene daarvan in kennis. Verwerkingsverantwoordelijke handelt het verzoek af. Verwerker geeft zelf geen inhoudelijk gevolg aan het verzoek, tenzij Verwerkingsverantwoordelijke hem daartoe opdracht geeft.",
        ),
        c(
          "Verwerker verleent Verwerkingsverantwoordelijke, rekening houdend met de aard van de verwerking, door middel van passende technische en organisatorische maatregelen voor zover mogelijk bijstand bij het beantwoorden van verzoeken van betrokkenen (artikel 28, derde lid, onderdeel e, AVG). De dienst biedt Verwerkingsverantwoordelijke daartoe functionaliteit om Persoonsgegevens in te zien, te verbeteren, te exporteren en te verwijderen.",
        ),
        c(
          "Voor bijstand die verder gaat dan de in de dienst beschikbare functionaliteit, kan Verwerker de redelijke kosten in rekening brengen, mits hij Verwerkingsverantwoordelijke daarover vooraf heeft geïnformeerd.",
        ),
      ],
    },
    {
      title: "Geheimhouding",
      clauses: [
        c(
          "Op alle Persoonsgegevens die Verwerker in het kader van deze Verwerkersovereenkomst van Verwerkingsverantwoordelijke ontvangt of zelf verzamelt, rust een geheimhoudingsplicht jegens derden. Verwerker gebruikt deze Persoonsgegevens niet voor een ander doel dan waarvoor hij ze heeft verkregen.",
        ),
        c(
          "Verwerker waarborgt dat de personen die gemachtigd zijn om de Persoonsgegevens te verwerken, zich schriftelijk tot geheimhouding hebben verbonden of door een passende wettelijke verplichting tot geheimhouding zijn gebonden (artikel 28, derde lid, onderdeel b, AVG).",
        ),
        cb([
          p("De geheimhoudingsplicht geldt niet:"),
          ol(
            "voor zover Verwerkingsverantwoordelijke uitdrukkelijk toestemming heeft gegeven om de informatie aan derden te verstrekken;",
            "indien verstrekking van de informatie aan derden noodzakelijk is voor de uitvoering van de Overeenkomst of deze Verwerkersovereenkomst;",
            "indien Verwerker op grond van een wettelijke verplichting of een rechterlijke uitspraak tot verstrekking gehouden is; in dat geval stelt Verwerker Verwerkingsverantwoordelijke voorafgaand aan de verstrekking daarvan in kennis, tenzij dat wettelijk verboden is.",
          ),
        ]),
        c("De geheimhoudingsplicht blijft ook na het einde van deze Verwerkersovereenkomst onverminderd van kracht."),
      ],
    },
    {
      title: "Audit",
      clauses: [
        c(
          "Verwerkingsverantwoordelijke heeft het recht de naleving van deze Verwerkersovereenkomst te laten controleren door een onafhankelijke, tot geheimhouding verplichte deskundige derde (artikel 28, derde lid, onderdeel h, AVG).",
        ),
        c(
          "Een audit vindt ten hoogste ",
          b("eenmaal per kalenderjaar"),
          " plaats, na een schriftelijke en gemotiveerde aankondiging ten minste vier weken tevoren, tenzij een concreet vermoeden bestaat van een ernstige tekortkoming van Verwerker, bijvoorbeeld na een Datalek. Verwerker kan Verwerkingsverantwoordelijke vooraf een recent certificaat of een recent rapport van een onafhankelijke deskundige verstrekken; partijen overleggen of een audit daarnaast nog noodzakelijk is.",
        ),
        c(
          "Verwerker verleent aan de audit de redelijkerwijs vereiste medewerking en stelt de daarvoor relevante informatie tijdig beschikbaar. De audit wordt zo uitgevoerd dat de bedrijfsvoering van Verwerker en de vertrouwelijkheid van gegevens van andere klanten van Verwerker niet in gevaar komen. Partijen bespreken de bevindingen van de audit in onderling overleg; Verwerker voert redelijke aanbevelingen binnen een redelijke termijn door.",
        ),
        c(
          "De kosten van de audit komen voor rekening van Verwerkingsverantwoordelijke, tenzij uit de audit blijkt dat Verwerker op wezenlijke punten tekortschiet in de nakoming van deze Verwerkersovereenkomst. In dat geval draagt Verwerker de kosten van de deskundige.",
        ),
      ],
    },
    {
      title: "Aansprakelijkheid",
      clauses: [
        c(
          "De aansprakelijkheid van Verwerker voor schade die voortvloeit uit een tekortkoming in de nakoming van deze Verwerkersovereenkomst, uit onrechtmatige daad of anderszins, is beperkt overeenkomstig de bepalingen over aansprakelijkheid in de Overeenkomst. Deze Verwerkersovereenkomst leidt niet tot een verdergaande aansprakelijkheid van Verwerker dan in de Overeenkomst is bepaald.",
        ),
        c(
          "Onverminderd artikel 82 AVG vrijwaart Verwerkingsverantwoordelijke Verwerker voor aanspraken van derden, waaronder betrokkenen, die het gevolg zijn van een schending door Verwerkingsverantwoordelijke van de AVG of van deze Verwerkersovereenkomst.",
        ),
        c(
          "De beperking van aansprakelijkheid geldt niet voor schade die het gevolg is van opzet of bewuste roekeloosheid van Verwerker of van zijn leidinggevenden.",
        ),
      ],
    },
    {
      title: "Duur en beëindiging",
      clauses: [
        c(
          "Deze Verwerkersovereenkomst komt tot stand door ondertekening door beide partijen en treedt in werking op de datum van de laatste ondertekening, doch niet eerder dan de ingangsdatum die in deze Verwerkersovereenkomst is vermeld.",
        ),
        c(
          "Deze Verwerkersovereenkomst is aangegaan voor de duur van de Overeenkomst en eindigt van rechtswege wanneer de Overeenkomst eindigt. Zij kan niet afzonderlijk worden opgezegd, behoudens in de gevallen genoemd in artikel 5 en in dit artikel. Bepalingen die naar hun aard bestemd zijn om ook na beëindiging te blijven gelden, waaronder artikel 9, blijven na beëindiging van kracht.",
        ),
        cb(
          [
            p(
              "Na beëindiging van deze Verwerkersovereenkomst zal Verwerker, naar keuze van Verwerkingsverantwoordelijke, alle Persoonsgegevens aan Verwerkingsverantwoordelijke terugbezorgen of vernietigen en bestaande kopieën verwijderen, tenzij opslag van de Persoonsgegevens door Unierecht of lidstatelijk recht is voorgeschreven (artikel 28, derde lid, onderdeel g, AVG).",
            ),
          ],
          [
            c(
              "Verwerkingsverantwoordelijke kan de Persoonsgegevens tot de datum van beëindiging zelf exporteren met de exportfunctie van de dienst, in een gangbaar en machineleesbaar formaat. Op verzoek verstrekt Verwerker binnen dertig dagen na beëindiging een volledige export.",
            ),
            c(
              "Heeft Verwerkingsverantwoordelijke niet binnen dertig dagen na beëindiging een keuze kenbaar gemaakt, dan verwijdert Verwerker de Persoonsgegevens. Kopieën in back-ups worden uiterlijk na afloop van de bewaartermijn van de back-ups overschreven. Verwerker bevestigt de verwijdering op verzoek schriftelijk.",
            ),
          ],
        ),
        c(
          "Verwerker is gerechtigd deze Verwerkersovereenkomst, met inbegrip van de bijlagen, te herzien. Verwerker maakt een herziening ",
          b("ten minste drie maanden"),
          " vóór de ingangsdatum daarvan bekend door publicatie van de nieuwe versie en door een bericht per e-mail aan Verwerkingsverantwoordelijke, met een toelichting op de wijzigingen.",
        ),
        c(
          "Stemt Verwerkingsverantwoordelijke niet in met een herziening, dan is hij gerechtigd de Overeenkomst en deze Verwerkersovereenkomst schriftelijk op te zeggen tegen de ingangsdatum van de herziening. Heeft Verwerkingsverantwoordelijke niet vóór die datum opgezegd, dan geldt de herziene versie vanaf de ingangsdatum tussen partijen.",
        ),
      ],
    },
    {
      title: "Toepasselijk recht en geschillenbeslechting",
      clauses: [
        c("Op deze Verwerkersovereenkomst en de uitvoering daarvan is uitsluitend Nederlands recht van toepassing."),
        c(
          "Partijen spannen zich in geschillen eerst in onderling overleg op te lossen. Geschillen die voortvloeien uit of verband houden met deze Verwerkersovereenkomst worden bij uitsluiting voorgelegd aan de bevoegde rechter in het arrondissement waar Verwerker is gevestigd, thans de rechtbank Amsterdam.",
        ),
        cb([
          p(
            "In geval van strijdigheid tussen documenten geldt, voor zover het de verwerking van Persoonsgegevens betreft, de volgende rangorde:",
          ),
          ol(
            "deze Verwerkersovereenkomst, met uitzondering van de bijlagen;",
            "de bijlagen bij deze Verwerkersovereenkomst;",
            "de Overeenkomst;",
            "de algemene voorwaarden van Verwerker.",
          ),
        ]),
        c(
          "Is een bepaling van deze Verwerkersovereenkomst nietig of wordt zij vernietigd, dan laat dat de overige bepalingen onverlet. Partijen vervangen de betreffende bepaling door een geldige bepaling die de strekking van de oorspronkelijke bepaling zo dicht mogelijk benadert.",
        ),
      ],
    },
  ],

  // Bijlage 1: persoonsgegevens per categorie betrokkenen. retention "" = de looptijd van de Overeenkomst.
  dataCategories: [
    {
      name: "Websitebezoekers",
      items: [
        { name: "IP-adres", retention: "28 dagen na registratie", isSpecialCategory: false },
        { name: "Browser- en apparaatgegevens (user agent)", retention: "28 dagen na registratie", isSpecialCategory: false },
        { name: "Naam, indien ingevuld in het aanvraagformulier", retention: "", isSpecialCategory: false },
        { name: "E-mailadres, indien ingevuld in het aanvraagformulier", retention: "", isSpecialCategory: false },
        { name: "Telefoonnummer, indien ingevuld in het aanvraagformulier", retention: "", isSpecialCategory: false },
        { name: "Inhoud van de offerteaanvraag", retention: "", isSpecialCategory: false },
      ],
    },
    {
      name: "Gebruikers",
      items: [
        { name: "Naam", retention: "", isSpecialCategory: false },
        { name: "Zakelijk e-mailadres", retention: "", isSpecialCategory: false },
        { name: "Telefoonnummer", retention: "", isSpecialCategory: false },
        { name: "Functie", retention: "", isSpecialCategory: false },
        { name: "Wachtwoord (uitsluitend als hash opgeslagen)", retention: "", isSpecialCategory: false },
        { name: "IP-adres en tijdstip van inloggen", retention: "28 dagen na registratie", isSpecialCategory: false },
      ],
    },
    {
      name: "Ontvangers van offertes",
      items: [
        { name: "Naam en bedrijfsnaam", retention: "", isSpecialCategory: false },
        { name: "Adres", retention: "", isSpecialCategory: false },
        { name: "E-mailadres", retention: "", isSpecialCategory: false },
        { name: "Telefoonnummer", retention: "", isSpecialCategory: false },
        { name: "Handtekening", retention: "", isSpecialCategory: false },
        {
          name: "Gegevens van ondertekening (datum, tijdstip, IP-adres en browsergegevens)",
          retention: "",
          isSpecialCategory: false,
        },
        {
          name: "Gegevens over gezondheid, indien door de gebruiker in een offerte opgenomen",
          retention: "",
          isSpecialCategory: true,
        },
      ],
    },
    {
      name: "Leden van mailinglijsten",
      items: [
        { name: "Naam", retention: "", isSpecialCategory: false },
        { name: "E-mailadres", retention: "", isSpecialCategory: false },
        { name: "Datum en bron van inschrijving (bewijs van toestemming)", retention: "", isSpecialCategory: false },
        { name: "Gegevens over het openen van e-mails en het klikken op links", retention: "12 maanden na verzending", isSpecialCategory: false },
        { name: "Afmeldstatus", retention: "", isSpecialCategory: false },
      ],
    },
  ],

  // Bijlage 2: subverwerkers.
  subProcessors: [
    {
      name: "Hetzner Online GmbH",
      serviceArea: "Applicatie",
      purposes: "Hosting van de applicatie en de database",
      dataConcerned: "Alle Persoonsgegevens die in de applicatie worden verwerkt",
      country: "DE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "DataKluis Nederland B.V.",
      serviceArea: "Applicatie",
      purposes: "Opslag van versleutelde back-ups",
      dataConcerned: "Alle Persoonsgegevens die in de applicatie worden verwerkt, versleuteld; back-ups worden na 30 dagen verwijderd",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "MailVerzend B.V.",
      serviceArea: "Applicatie",
      purposes: "Verzending van transactionele e-mails, zoals offertes, herinneringen en verificatiecodes",
      dataConcerned: "Naam en e-mailadres van gebruikers en ontvangers van offertes en de inhoud van de e-mails; verzendlogboeken 30 dagen",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Helpwijs Support Ltd.",
      serviceArea: "Applicatie",
      purposes: "Klantenservice en afhandeling van supportvragen",
      dataConcerned: "Naam en e-mailadres van gebruikers en de inhoud van supportvragen",
      country: "IE",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Corvian AI, Inc.",
      serviceArea: "Applicatie",
      purposes: "Genereren van tekstsuggesties voor offertes (optionele tekstassistent)",
      dataConcerned: "Tekst van de offerte waarvoor de gebruiker een suggestie opvraagt; niet bewaard na het genereren van de suggestie en niet gebruikt voor training",
      country: "US",
      transferBasis: "EU_US_DPF",
    },
    {
      name: "EuroEdge CDN S.A.",
      serviceArea: "Website",
      purposes: "Content delivery network en bescherming tegen overbelastingsaanvallen voor de websitemodule",
      dataConcerned: "IP-adres en browsergegevens van websitebezoekers; logbestanden 28 dagen",
      country: "EU",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Telwerk Analytics B.V.",
      serviceArea: "Website",
      purposes: "Bezoekersstatistieken zonder tracking cookies",
      dataConcerned: "Ingekort IP-adres en browsergegevens van websitebezoekers; 28 dagen",
      country: "NL",
      transferBasis: "NONE_NEEDED",
    },
    {
      name: "Bulkpost Europe GmbH",
      serviceArea: "Add-on mailinglijst",
      purposes: "Verzending van nieuwsbrieven en registratie van afmeldingen, opens en kliks",
      dataConcerned: "Naam en e-mailadres van leden van mailinglijsten; open- en klikgegevens 12 maanden",
      country: "DE",
      transferBasis: "NONE_NEEDED",
    },
  ],
};
