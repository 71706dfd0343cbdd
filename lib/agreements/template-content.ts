// The standard template of a new agreement: a neutral processor agreement (GDPR art. 28) in Dutch and
// English, with the processor's own name filled in. What only the processor knows (its service, its
// security measures, its personal data and sub-processors) is a marked field, "[[Vul in: ...]]" or
// "[[Fill in: ...]]" (placeholders.ts), that must be completed before the agreement can be published.
// Clause texts are in the editor's notation (markup.ts): "- " bullets, **bold**.

export type TemplateProcessor = { legalName: string; city: string };

export type TemplateText = {
  preamble: string;
  mainAgreement: string;
  articles: { title: string; clauses: (string | { text: string; children: string[] })[] }[];
  dataCategory: { name: string; items: { name: string; retention: string }[] };
  subProcessor: { name: string; serviceArea: string; purposes: string; dataConcerned: string };
};

export function templateNl({ legalName, city }: TemplateProcessor): TemplateText {
  return {
    preamble: [
      `${legalName}, gevestigd te ${city} (hierna: ‘Verwerker’), levert aan Verwerkingsverantwoordelijke [[Vul in: korte omschrijving van uw dienst]] op grond van een overeenkomst tussen partijen (hierna: ‘de Overeenkomst’), in het kader waarvan Verwerker persoonsgegevens verwerkt ten behoeve van Verwerkingsverantwoordelijke;`,
      "Verwerkingsverantwoordelijke stelt het doel van en de middelen voor die verwerking vast; Verwerker treedt uitsluitend op als verwerker in de zin van artikel 4, onderdeel 8, van de Algemene verordening gegevensbescherming (hierna: ‘AVG’);",
      "Partijen leggen hun rechten en verplichtingen met betrekking tot deze verwerking, ter uitvoering van artikel 28, derde lid, AVG, vast in deze verwerkersovereenkomst (hierna: ‘Verwerkersovereenkomst’).",
    ].join("\n"),
    mainAgreement: "de Overeenkomst",
    articles: [
      {
        title: "Onderwerp en doeleinden",
        clauses: [
          "Verwerker verwerkt in opdracht van Verwerkingsverantwoordelijke persoonsgegevens (hierna: **Persoonsgegevens**) onder de voorwaarden van deze Verwerkersovereenkomst. De categorieën van betrokkenen en de soorten Persoonsgegevens staan in **Bijlage 1**.",
          "Verwerker verwerkt de Persoonsgegevens uitsluitend voor zover dat nodig is voor het leveren van de diensten onder de Overeenkomst, te weten: [[Vul in: de doeleinden van de verwerking, bijvoorbeeld het hosten en beheren van uw applicatie]].",
          "Verwerker verwerkt de Persoonsgegevens niet voor eigen doeleinden.",
        ],
      },
      {
        title: "Instructies van Verwerkingsverantwoordelijke",
        clauses: [
          "Verwerker verwerkt de Persoonsgegevens uitsluitend op basis van schriftelijke instructies van Verwerkingsverantwoordelijke, ook wat betreft doorgiften naar een derde land, tenzij een op Verwerker toepasselijke wettelijke bepaling hem tot verwerking verplicht. In dat geval stelt Verwerker Verwerkingsverantwoordelijke vóór de verwerking daarvan in kennis, tenzij die wetgeving dat verbiedt.",
          "Is Verwerker van mening dat een instructie inbreuk maakt op de AVG of een andere bepaling inzake gegevensbescherming, dan stelt hij Verwerkingsverantwoordelijke daarvan onmiddellijk in kennis.",
        ],
      },
      {
        title: "Geheimhouding",
        clauses: [
          "Verwerker zorgt ervoor dat de personen die gemachtigd zijn de Persoonsgegevens te verwerken, zich tot geheimhouding hebben verbonden of door een passende wettelijke verplichting tot geheimhouding zijn gebonden.",
        ],
      },
      {
        title: "Beveiliging",
        clauses: [
          "Verwerker neemt passende technische en organisatorische maatregelen om de Persoonsgegevens te beveiligen tegen verlies en onrechtmatige verwerking, zoals bedoeld in artikel 32 AVG.",
          {
            text: "Verwerker neemt in elk geval de volgende maatregelen:",
            children: ["[[Vul in: uw beveiligingsmaatregelen, bijvoorbeeld versleuteling, toegangsbeheer, back-ups en certificeringen]]"],
          },
          "Verwerker evalueert de maatregelen regelmatig en past ze aan wanneer de stand van de techniek of de risico's daarom vragen.",
        ],
      },
      {
        title: "Subverwerkers",
        clauses: [
          "Verwerkingsverantwoordelijke geeft Verwerker algemene toestemming om de subverwerkers in **Bijlage 2** in te schakelen.",
          "Verwerker informeert Verwerkingsverantwoordelijke ten minste 30 dagen vooraf over een voorgenomen toevoeging of vervanging van een subverwerker. Verwerkingsverantwoordelijke kan binnen die termijn op redelijke gronden bezwaar maken.",
          "Verwerker legt iedere subverwerker schriftelijk dezelfde verplichtingen inzake gegevensbescherming op als die uit deze Verwerkersovereenkomst en blijft jegens Verwerkingsverantwoordelijke volledig aansprakelijk voor de nakoming daarvan.",
        ],
      },
      {
        title: "Doorgifte buiten de EER",
        clauses: [
          "Verwerker verwerkt de Persoonsgegevens binnen de Europese Economische Ruimte, tenzij Bijlage 2 voor een subverwerker een locatie daarbuiten vermeldt. Een doorgifte naar een land buiten de EER vindt alleen plaats met een passende waarborg als bedoeld in hoofdstuk V AVG, die in Bijlage 2 is vermeld.",
        ],
      },
      {
        title: "Rechten van betrokkenen en bijstand",
        clauses: [
          "Verwerker verleent Verwerkingsverantwoordelijke door middel van passende maatregelen bijstand bij het vervullen van diens plicht om verzoeken van betrokkenen om uitoefening van hun rechten te beantwoorden. Een verzoek dat Verwerker rechtstreeks ontvangt, stuurt hij onverwijld door aan Verwerkingsverantwoordelijke.",
          "Verwerker verleent Verwerkingsverantwoordelijke bijstand bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 AVG, rekening houdend met de aard van de verwerking en de informatie waarover Verwerker beschikt.",
        ],
      },
      {
        title: "Inbreuken in verband met persoonsgegevens",
        clauses: [
          "Verwerker informeert Verwerkingsverantwoordelijke zonder onredelijke vertraging, en in elk geval binnen **48 uur** nadat hij daarvan kennis heeft genomen, over een inbreuk in verband met persoonsgegevens.",
          "Verwerker verstrekt daarbij ten minste de informatie die Verwerkingsverantwoordelijke nodig heeft voor een melding aan de toezichthouder en aan betrokkenen, en houdt Verwerkingsverantwoordelijke op de hoogte van de maatregelen die hij neemt.",
          "Meldingen worden gedaan aan het contactadres dat Verwerkingsverantwoordelijke bij ondertekening heeft opgegeven.",
        ],
      },
      {
        title: "Audit",
        clauses: [
          "Verwerker stelt alle informatie ter beschikking die nodig is om de nakoming van artikel 28 AVG aan te tonen, en maakt audits mogelijk door Verwerkingsverantwoordelijke of een door hem gemachtigde onafhankelijke controleur, na een aankondiging van ten minste 14 dagen.",
          "De kosten van een audit zijn voor Verwerkingsverantwoordelijke, tenzij de audit een wezenlijke tekortkoming van Verwerker aan het licht brengt.",
        ],
      },
      {
        title: "Duur, beëindiging en teruggave",
        clauses: [
          "Deze Verwerkersovereenkomst geldt zolang Verwerker Persoonsgegevens verwerkt onder de Overeenkomst.",
          "Na afloop van de dienstverlening wist Verwerker de Persoonsgegevens, of geeft hij ze op verzoek van Verwerkingsverantwoordelijke terug, binnen [[Vul in: termijn, bijvoorbeeld 30 dagen]], tenzij opslag wettelijk verplicht is.",
        ],
      },
      {
        title: "Aansprakelijkheid",
        clauses: [
          "De aansprakelijkheid van partijen onder deze Verwerkersovereenkomst volgt de regeling in de Overeenkomst, onverminderd artikel 82 AVG.",
        ],
      },
      {
        title: "Wijzigingen",
        clauses: [
          "Verwerker maakt een nieuwe versie van deze Verwerkersovereenkomst ten minste 30 dagen vóór de ingangsdatum aan Verwerkingsverantwoordelijke bekend, met een samenvatting van de wijzigingen. Een wijziging die de bescherming van de Persoonsgegevens vermindert, vereist de instemming van Verwerkingsverantwoordelijke.",
        ],
      },
      {
        title: "Slotbepalingen",
        clauses: [
          "Bij strijdigheid tussen deze Verwerkersovereenkomst en de Overeenkomst gaat deze Verwerkersovereenkomst voor waar het de verwerking van Persoonsgegevens betreft.",
          "Op deze Verwerkersovereenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de bevoegde rechter in het arrondissement waar Verwerker is gevestigd.",
        ],
      },
    ],
    dataCategory: {
      name: "[[Vul in: categorie betrokkenen, bijvoorbeeld klanten van Verwerkingsverantwoordelijke]]",
      items: [{ name: "[[Vul in: soort persoonsgegevens, bijvoorbeeld naam en e-mailadres]]", retention: "[[Vul in: bewaartermijn]]" }],
    },
    subProcessor: {
      name: "[[Vul in: naam subverwerker]]",
      serviceArea: "[[Vul in: dienst]]",
      purposes: "[[Vul in: doeleinden]]",
      dataConcerned: "[[Vul in: welke persoonsgegevens]]",
    },
  };
}

export function templateEn({ legalName, city }: TemplateProcessor): TemplateText {
  return {
    preamble: [
      `${legalName}, established in ${city} (the ‘Processor’), provides the Controller with [[Fill in: a short description of your service]] under an agreement between the parties (the ‘Agreement’), in the course of which the Processor processes personal data on behalf of the Controller;`,
      "The Controller determines the purposes and means of that processing; the Processor acts solely as a processor within the meaning of Article 4(8) of the General Data Protection Regulation (the ‘GDPR’);",
      "The parties set out their rights and obligations regarding this processing in this data processing agreement (the ‘DPA’), pursuant to Article 28(3) GDPR.",
    ].join("\n"),
    mainAgreement: "the Agreement",
    articles: [
      {
        title: "Subject matter and purposes",
        clauses: [
          "The Processor processes personal data on behalf of the Controller (the **Personal Data**) under the terms of this DPA. The categories of data subjects and the types of Personal Data are set out in **Annex 1**.",
          "The Processor processes the Personal Data only to the extent necessary to provide the services under the Agreement, namely: [[Fill in: the purposes of the processing, for example hosting and operating your application]].",
          "The Processor does not process the Personal Data for its own purposes.",
        ],
      },
      {
        title: "Instructions of the Controller",
        clauses: [
          "The Processor processes the Personal Data only on documented instructions from the Controller, including with regard to transfers to a third country, unless required to do so by law to which the Processor is subject; in that case the Processor informs the Controller before processing, unless that law prohibits it.",
          "The Processor immediately informs the Controller if, in its opinion, an instruction infringes the GDPR or other data protection provisions.",
        ],
      },
      {
        title: "Confidentiality",
        clauses: [
          "The Processor ensures that persons authorised to process the Personal Data have committed themselves to confidentiality or are under an appropriate statutory obligation of confidentiality.",
        ],
      },
      {
        title: "Security",
        clauses: [
          "The Processor implements appropriate technical and organisational measures to protect the Personal Data against loss and unlawful processing, as referred to in Article 32 GDPR.",
          {
            text: "These measures include at least:",
            children: ["[[Fill in: your security measures, for example encryption, access control, backups and certifications]]"],
          },
          "The Processor evaluates the measures regularly and adapts them when the state of the art or the risks so require.",
        ],
      },
      {
        title: "Sub-processors",
        clauses: [
          "The Controller gives the Processor general authorisation to engage the sub-processors listed in **Annex 2**.",
          "The Processor informs the Controller at least 30 days in advance of any intended addition or replacement of a sub-processor. The Controller may object on reasonable grounds within that period.",
          "The Processor imposes on each sub-processor, in writing, the same data protection obligations as those set out in this DPA and remains fully liable to the Controller for their performance.",
        ],
      },
      {
        title: "Transfers outside the EEA",
        clauses: [
          "The Processor processes the Personal Data within the European Economic Area, unless Annex 2 names a location outside it for a sub-processor. A transfer to a country outside the EEA takes place only with an appropriate safeguard under Chapter V GDPR, stated in Annex 2.",
        ],
      },
      {
        title: "Data subject rights and assistance",
        clauses: [
          "The Processor assists the Controller by appropriate measures in fulfilling its obligation to respond to requests from data subjects exercising their rights. The Processor forwards any request it receives directly to the Controller without delay.",
          "The Processor assists the Controller in complying with the obligations under Articles 32 to 36 GDPR, taking into account the nature of processing and the information available to the Processor.",
        ],
      },
      {
        title: "Personal data breaches",
        clauses: [
          "The Processor notifies the Controller without undue delay, and in any case within **48 hours** after becoming aware of it, of a personal data breach.",
          "The Processor provides at least the information the Controller needs to notify the supervisory authority and data subjects, and keeps the Controller informed of the measures it takes.",
          "Notifications are sent to the contact address the Controller gave when signing.",
        ],
      },
      {
        title: "Audits",
        clauses: [
          "The Processor makes available all information necessary to demonstrate compliance with Article 28 GDPR and allows for audits by the Controller or an independent auditor mandated by it, on at least 14 days' notice.",
          "The Controller bears the costs of an audit, unless the audit reveals a material failure of the Processor.",
        ],
      },
      {
        title: "Term, termination and return of data",
        clauses: [
          "This DPA applies for as long as the Processor processes Personal Data under the Agreement.",
          "After the end of the services, the Processor deletes the Personal Data, or returns it at the Controller's request, within [[Fill in: a period, for example 30 days]], unless storage is required by law.",
        ],
      },
      {
        title: "Liability",
        clauses: [
          "The liability of the parties under this DPA follows the provisions of the Agreement, without prejudice to Article 82 GDPR.",
        ],
      },
      {
        title: "Amendments",
        clauses: [
          "The Processor announces a new version of this DPA to the Controller at least 30 days before it takes effect, with a summary of the changes. A change that reduces the protection of the Personal Data requires the Controller's consent.",
        ],
      },
      {
        title: "Final provisions",
        clauses: [
          "In the event of a conflict between this DPA and the Agreement, this DPA prevails as regards the processing of Personal Data.",
          "This DPA is governed by the law of [[Fill in: governing law, for example the Netherlands]]. Disputes are submitted to the competent court at the Processor's place of establishment.",
        ],
      },
    ],
    dataCategory: {
      name: "[[Fill in: category of data subjects, for example the Controller's customers]]",
      items: [{ name: "[[Fill in: type of personal data, for example name and e-mail address]]", retention: "[[Fill in: retention period]]" }],
    },
    subProcessor: {
      name: "[[Fill in: name of the sub-processor]]",
      serviceArea: "[[Fill in: service]]",
      purposes: "[[Fill in: purposes]]",
      dataConcerned: "[[Fill in: which personal data]]",
    },
  };
}
