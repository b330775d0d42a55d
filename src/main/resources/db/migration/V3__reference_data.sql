-- Reference data of the Labo Zerotolerantie tegen Schooluitval, loaded in every environment.
-- Source: the lab's "Situering en actieplanning 2021-2022" (seed 000, sections 2, 3 and 6) and the
-- lab's web page and the provincial action plan (seeds 001 and 002). Descriptions stay close to the
-- sources; website is only filled in where a source gives one.

-- School years 2017-2018 up to 2026-2027: 1 September to 31 August.
insert into school_year (start_year, starts_on, ends_on)
select y, make_date(y, 9, 1), make_date(y + 1, 8, 31)
from generate_series(2017, 2026) as y;

-- Partner organisations, in the six categories of seed 000 §3. Organisations that the seeds name
-- elsewhere as partners (Ris+K partners, penvoerders, funders of the CLZ) are added to the
-- category that fits them best.

-- Onderwijs
insert into organisation (name, category, description, website) values
('Katholieke Scholengemeenschap KSLeuven', 'ONDERWIJS',
 'Katholieke scholengemeenschap voor secundair onderwijs in Leuven; startte in 2020-2021 het '
 || 'voorbereidingstraject Ponton 43 en financiert mee het Centrum voor Leerzorg.', null),
('Scholengemeenschap officieel onderwijs Leuven', 'ONDERWIJS',
 'Scholengemeenschap van het officieel secundair onderwijs in Leuven; haar coördinerend directeur '
 || 'neemt deel aan de vergaderingen van het Labo.', null),
('Scholengemeenschappen basisonderwijs Leuven', 'ONDERWIJS',
 'De Leuvense scholengemeenschappen basisonderwijs, die het basisonderwijs vertegenwoordigen in het Labo.',
 null),
('Denkgroep Ponton 43', 'ONDERWIJS',
 'Denkgroep (voorheen Werkgroep OV4 Type 3) die de oprichting voorbereidt van een school voor buitengewoon '
 || 'secundair onderwijs, opleidingsvorm 4, type 3, voor leerlingen met ernstige gedrags- en emotionele '
 || 'problemen.', null),
('GO! Scholengroep Huis 11', 'ONDERWIJS',
 'Scholengroep van het GO! onderwijs van de Vlaamse Gemeenschap; financiert mee het Centrum voor '
 || 'Leerzorg.', null),
('SOM – Samen Onderwijs Maken', 'ONDERWIJS',
 'Leuvens netwerk van onderwijsactoren (voorheen de Leuvense Onderwijsraad) waarbinnen het Labo werkt '
 || 'onder het speerpunt ‘Iedereen aan boord’.', 'https://www.samenonderwijsmaken.be');

-- Ondersteuning onderwijs
insert into organisation (name, category, description, website) values
('GO! CLB Leuven-Tienen-Landen', 'ONDERSTEUNING_ONDERWIJS',
 'Centrum voor leerlingenbegeleiding van het GO! voor de regio Leuven-Tienen-Landen; meldt leerlingen aan '
 || 'voor Naft-trajecten en financiert mee het Centrum voor Leerzorg.', null),
('Vrij CLB Leuven', 'ONDERSTEUNING_ONDERWIJS',
 'Vrij centrum voor leerlingenbegeleiding in Leuven; meldt leerlingen aan voor Naft-trajecten en '
 || 'financiert mee het Centrum voor Leerzorg.', null),
('Centrum voor Leerzorg (CLZ)', 'ONDERSTEUNING_ONDERWIJS',
 'Netoverschrijdend centrum waarin ondersteuningsnetwerken, buitengewoon onderwijs en CLB''s hun expertise '
 || 'rond moeilijk hanteerbaar gedrag bundelen; organiseert met Ris+K de leerlabo''s en stuurt Ris+K in '
 || 'het buitengewoon onderwijs aan.', null),
('Pedagogische begeleidingsdiensten', 'ONDERSTEUNING_ONDERWIJS',
 'De pedagogische begeleidingsdiensten van de verschillende onderwijsnetten, die scholen versterken in hun '
 || 'school- en klasbeleid.', null);

-- Welzijn
insert into organisation (name, category, description, website) values
('NAFT-Leerrecht Vlaams-Brabant Oost', 'WELZIJN',
 'Aanbod van Naadloze Flexibele Trajecten voor jongeren die (tijdelijk) geen school (kunnen) lopen, met '
 || 'het oog op opnieuw aansluiten bij een schools traject.', null),
('Arktos', 'WELZIJN',
 'Welzijnsorganisatie die Ris+K-trajecten uitvoert in het basis- en secundair onderwijs en een '
 || 'vormingswerker inzette voor het project Brugcoaches.', null),
('Koïnoor', 'WELZIJN',
 'Welzijnsorganisatie, partner in het lerend netwerk Ris+K secundair onderwijs en betrokken bij het '
 || 'Naft-aanbod (Koïnoor-Leerrecht).', null),
('Profo', 'WELZIJN',
 'Partner in het lerend netwerk Ris+K secundair onderwijs.', null),
('Yuneco', 'WELZIJN',
 'Organisatie voor geestelijke gezondheidszorg (CGG), partner in het lerend netwerk Ris+K secundair '
 || 'onderwijs.', null),
('De Schommel', 'WELZIJN',
 'Externe partner in het lerend netwerk Ris+K basisonderwijs.', null),
('De Acht', 'WELZIJN',
 'Partner in het lerend netwerk Ris+K secundair onderwijs.', null),
('DOCA', 'WELZIJN',
 'Partner in het lerend netwerk Ris+K secundair onderwijs.', null),
('Alba', 'WELZIJN',
 'Partner in het lerend netwerk Ris+K secundair onderwijs en in de provinciale stuurgroep Samen tegen '
 || 'Schooluitval.', null),
('Cidar', 'WELZIJN',
 'Penvoerende organisatie van Naft-Leerrecht, die een halftijdse medewerker aanstelt voor de '
 || 'supplementaire Naft-trajecten.', null);

-- Brug onderwijs – welzijn
insert into organisation (name, category, description, website) values
('Meldpunt schoolexterne interventies Vlaams-Brabant', 'BRUG_ONDERWIJS_WELZIJN',
 'Meldpunt met een overzicht van de aanbieders van schoolexterne interventies in Vlaams-Brabant, waar '
 || 'scholen en CLB''s terechtkunnen voor consult.', 'https://www.meldpuntsi.be'),
('Lerend netwerk Ris+K BaO Leuven', 'BRUG_ONDERWIJS_WELZIJN',
 'Lerend netwerk van Leuvense basisscholen die met externe coaching en Ris+K-trajecten werken aan een '
 || 'positief relatiebeleid.', null),
('Lerend netwerk Ris+K SO Leuven', 'BRUG_ONDERWIJS_WELZIJN',
 'Lerend netwerk van Leuvense secundaire scholen die met externe coaching en Ris+K-trajecten hun '
 || 'basiszorg versterken.', null),
('LOP Leuven', 'BRUG_ONDERWIJS_WELZIJN',
 'Lokaal overlegplatform voor het basis- en het secundair onderwijs in Leuven; de LOP-deskundige zit in '
 || 'de kerngroep van het Labo.', null),
('Themagroep Schooluitval', 'BRUG_ONDERWIJS_WELZIJN',
 'Overleg vanuit de residentiële voorzieningen in het Leuvense dat het leerrecht bewaakt van jongeren die '
 || 'in een voorziening verblijven.', null),
('Netwerk Samen tegen Schooluitval Vlaams-Brabant', 'BRUG_ONDERWIJS_WELZIJN',
 'Provinciaal netwerk dat het aanbod rond schooluitval kenbaar maakt en betrokkenen uit verschillende '
 || 'sectoren samenbrengt.', 'https://www.samentegenschooluitvalvb.be'),
('Lerende Netwerken Jeugdhulp-Onderwijs Vlaams-Brabant', 'BRUG_ONDERWIJS_WELZIJN',
 'Provinciaal netwerk vanuit welzijn dat samen met het netwerk Samen tegen Schooluitval jeugdhulp en '
 || 'onderwijs rond het leerrecht samenbrengt.', null);

-- Lokale overheid
insert into organisation (name, category, description, website) values
('Stad Leuven', 'LOKALE_OVERHEID',
 'De stad Leuven, met haar diensten onderwijs, diversiteit en preventie; financiert de projecten van het '
 || 'Labo binnen haar meerjarenplanning 2019-2025.', null),
('Leuvens Steunpunt tegen Schooluitval', 'LOKALE_OVERHEID',
 'Steunpunt dat de stad Leuven oprichtte om schooluitval te voorkomen; het organiseert het lerend netwerk '
 || 'Ris+K en is het aanspreekpunt van het Labo.', null);

-- Opleiding
insert into organisation (name, category, description, website) values
('KU Leuven', 'OPLEIDING',
 'Universiteit, in het Labo vertegenwoordigd vanuit Praxis P, de schoolpsychologie en de '
 || '(jeugd)criminologie.', null),
('UCLL', 'OPLEIDING',
 'Hogeschool met een lerarenopleiding en een opleiding sociaal werk; partner voor Samen-Spel in Ris+K '
 || 'basisonderwijs.', null);

-- The eight projects, in the order of the project pages. mission holds paragraphs separated by a
-- blank line; lead_organisation_id is the penvoerder or the organisation that runs the project,
-- left null where the seeds name none.

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('RISK_BAO', 'risk-bao', 'Ris+K basisonderwijs',
        'Lerend netwerk van Leuvense basisscholen die met begeleidingstrajecten van 10 uur, '
        || 'uitgevoerd door welzijns- en vormingspartners, sterker leren omgaan met moeilijk '
        || 'hanteerbaar gedrag.',
        'Ris+K wil dat alle scholen, door het voeren van een positief relatiebeleid, er steeds '
        || 'beter in slagen om elk kind een leef- en leeromgeving aan te bieden waarin het zich '
        || 'betrokken voelt op school en maximale leerwinst realiseert. Zo wil Ris+K het aantal '
        || 'kinderen dat dreigt mentaal of effectief af te haken op school, terugdringen.'
        || E'\n\n'
        || 'Via begeleidingstrajecten voor schoolteams brengt Ris+K de know-how van welzijn, '
        || 'jeugdvormingswerk en vorming binnen in het basisonderwijs. Een Ris+K-traject duurt in '
        || 'principe 10 uur en biedt een antwoord op een leerling- of klasgebonden vraag '
        || '(curatief), een vraag van het team (preventief) of een vraag rond het zorgbeleid van '
        || 'de school. De trajecten dragen altijd bij tot de professionalisering van het '
        || 'schoolteam.'
        || E'\n\n'
        || 'De deelnemende scholen vormen een lerend netwerk met externe coaching, zodat '
        || 'leerervaringen gedeeld en versterkt worden. Externe partners zijn Arktos, De Schommel '
        || 'en UCLL. Voor het kleuteronderwijs is er ‘Samen-Spel in Ris+K’, als teamgebonden of '
        || 'als casusgebonden traject: een kleuteronderwijzer wordt geprofessionaliseerd in '
        || 'Samen-Spel wanneer het moeilijker gaat met een kind of met een klasgroep.'
        || E'\n\n'
        || 'Samen met het Centrum voor Leerzorg organiseert Ris+K leerlabo''s, een thematisch '
        || 'vormingsaanbod. Sinds 2020-2021 heeft ook het buitengewoon basisonderwijs toegang tot '
        || 'Ris+K, aangestuurd vanuit het CLZ. Het budget van Ris+K kan flexibel ingezet worden '
        || 'voor het basis- en het secundair onderwijs.',
        null,
        1);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('RISK_SO', 'risk-so', 'Ris+K secundair onderwijs',
        'Lerend netwerk van Leuvense secundaire scholen die met Ris+K-trajecten en externe '
        || 'coaching hun basiszorg versterken in het omgaan met moeilijk hanteerbaar gedrag.',
        'Ris+K wil dat alle scholen, door het voeren van een positief relatiebeleid, er steeds '
        || 'beter in slagen om elke jongere een leef- en leeromgeving aan te bieden waarin hij of '
        || 'zij zich betrokken voelt op school en maximale leerwinst realiseert. Zo wil Ris+K het '
        || 'aantal jongeren dat dreigt mentaal of effectief af te haken op school, terugdringen.'
        || E'\n\n'
        || 'Via begeleidingstrajecten voor schoolteams brengt Ris+K de know-how van welzijn, '
        || 'jeugdvormingswerk en vorming binnen in het secundair onderwijs. Een Ris+K-traject '
        || 'duurt in principe 10 uur en biedt een antwoord op een leerling- of klasgebonden vraag '
        || '(curatief), een vraag van het team (preventief) of een vraag rond het zorgbeleid van '
        || 'de school.'
        || E'\n\n'
        || 'De secundaire Ris+K-scholen vormen een lerend netwerk met externe coaching, met focus '
        || 'op de versterking van de basiszorg. De partners in het lerend netwerk zijn Arktos, '
        || 'Koïnoor, Profo, De Acht, DOCA, Yuneco en Alba. Samen met het Centrum voor Leerzorg '
        || 'organiseert Ris+K leerlabo''s.'
        || E'\n\n'
        || 'Sinds 2020-2021 heeft ook het buitengewoon secundair onderwijs toegang tot Ris+K, '
        || 'aangestuurd vanuit het CLZ. Met Naft wordt overlegd over de gelijkenissen, de '
        || 'verschillen en de afstemming tussen Naft en Ris+K bij leerling- en klasgebonden '
        || 'trajecten.',
        null,
        2);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('RISK_BUO', 'risk-buo', 'Ris+K buitengewoon onderwijs',
        'Ris+K-trajecten voor scholen voor buitengewoon onderwijs, sinds 2020-2021 aangestuurd '
        || 'vanuit het Centrum voor Leerzorg.',
        'Vanaf het schooljaar 2020-2021 krijgt ook het buitengewoon onderwijs toegang tot het '
        || 'Ris+K-project. Zo kunnen ook scholen voor buitengewoon basis- en secundair onderwijs '
        || 'een beroep doen op begeleiding die hun schoolteams versterkt in het omgaan met '
        || 'moeilijk hanteerbaar gedrag.'
        || E'\n\n'
        || 'De aansturing gebeurt vanuit het Centrum voor Leerzorg (CLZ). Scholen voor '
        || 'buitengewoon onderwijs krijgen curatieve ondersteuning bij hardnekkige en complexe '
        || 'gedragsproblemen. Casuïstiek die de scholen aanbrengen in het intern lerend netwerk '
        || 'buitengewoon onderwijs, kan opgenomen worden via wederzijdse ondersteuning, al dan '
        || 'niet op de klasvloer, of via een deskundige die aangesteld werd met bijkomende '
        || 'financiering uit het Ris+K-budget.'
        || E'\n\n'
        || 'De Ris+K-projecten voor het basis- en het secundair onderwijs verwijzen in hun '
        || 'jaarverslag naar het jaarverslag van het CLZ voor de trajecten in het buitengewoon '
        || 'onderwijs.',
        (select id from organisation where name = 'Centrum voor Leerzorg (CLZ)'),
        3);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('CLZ', 'clz', 'Centrum voor Leerzorg (CLZ)',
        'Netoverschrijdend centrum dat ondersteuningsnetwerken, gewoon en buitengewoon '
        || 'onderwijs en CLB''s versterkt in het omgaan met moeilijk hanteerbaar gedrag en de meest '
        || 'complexe zorgnoden.',
        'Het Centrum voor Leerzorg versterkt netoverschrijdend de competenties van de '
        || 'ondersteuningsnetwerken en -teams, het gewoon onderwijs, het buitengewoon onderwijs en '
        || 'de CLB''s in het omgaan met moeilijk hanteerbaar gedrag en de meest complexe zorgnoden. '
        || 'Dat gebeurt in twee interne lerende netwerken: één voor het gewoon en één voor het '
        || 'buitengewoon onderwijs, die elk vijf keer per schooljaar samenkomen onder leiding van '
        || 'de CLZ-coördinatoren.'
        || E'\n\n'
        || 'Via een extern lerend netwerk laat het CLZ deze know-how doorstromen naar het Leuvense '
        || 'onderwijsveld en versterkt zo de draagkracht van schoolteams. Samen met Ris+K '
        || 'organiseert het leerlabo''s en een studiedag voor iedereen uit de onderwijs- en de '
        || 'welzijnssector.'
        || E'\n\n'
        || 'Sinds 2020-2021 biedt het CLZ ook curatieve ondersteuning aan scholen voor '
        || 'buitengewoon onderwijs bij hardnekkige en complexe gedragsproblemen, en stuurt het de '
        || 'Ris+K-trajecten in het buitengewoon onderwijs aan.'
        || E'\n\n'
        || 'De CLZ-coördinatoren nemen deel aan de lerende netwerken Ris+K en aan de stuurgroep '
        || 'Ris+K basisonderwijs. Het Centrum voor Leerzorg wordt gefinancierd door Stad Leuven, '
        || 'de Katholieke Scholengemeenschap Leuven, GO! onderwijs Huis 11 en de Leuvense CLB''s.',
        (select id from organisation where name = 'Centrum voor Leerzorg (CLZ)'),
        4);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('NAFT', 'naft', 'Naft-Leerrecht',
        'Naadloze Flexibele Trajecten op maat voor jongeren uit Leuvense secundaire scholen die '
        || '(tijdelijk) geen school (kunnen) lopen, aanvullend op het regulier gefinancierde '
        || 'Naft-aanbod.',
        'Naft-Leerrecht wil voorzien in voldoende Naadloze Flexibele Trajecten voor jongeren '
        || 'die ingeschreven zijn in Leuvense secundaire scholen. Zo krijgen zoveel mogelijk '
        || 'leerlingen die daar nood aan hebben een maatgericht begeleidingstraject, met het oog '
        || 'op opnieuw aansluiten bij een schools traject. De financiering door de stad is '
        || 'aanvullend aan de financiering door de Vlaamse Gemeenschap (Welzijn).'
        || E'\n\n'
        || 'De aanmelding gebeurt door het CLB. Een traject kan elke mogelijke invulling krijgen: '
        || 'individuele coaching, klasbegeleiding, tijdelijke alternatieve leersituaties '
        || 'individueel of in groep, werkplekleren, studiebegeleiding, coaching van leerkrachten, '
        || 'herstelgerichte tussenkomsten of een combinatie daarvan. De vorm, de duur en de '
        || 'intensiteit worden bepaald op een verwijs-rondetafel met de leerling, de school, de '
        || 'CLB- en de Naft-medewerker en de opvoedingsverantwoordelijken.'
        || E'\n\n'
        || 'Omdat er wachtlijsten blijven bestaan, kunnen situaties verder escaleren en wordt '
        || 'aansluiting bij onderwijs of werk voor sommige leerlingen moeilijker. Met de '
        || 'onderwijspartners (LOP secundair onderwijs) wordt daarom bekeken hoe de beschikbare '
        || 'capaciteit optimaal benut kan worden.'
        || E'\n\n'
        || 'Het inhoudelijk verslag geeft een indicatie van de effectieve personeelsinzet en toont '
        || 'aan dat de trajecten supplementair zijn aan het regulier Naft-aanbod; daarvoor worden '
        || 'samen met het Meldpunt schoolexterne interventies gegevens verzameld. Penvoerder is '
        || 'Cidar.',
        (select id from organisation where name = 'Cidar'),
        5);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('BRUGCOACHES', 'brugcoaches', 'Project Brugcoaches',
        'Aanklampende individuele begeleiding door brugcoaches om leerlingen met risico op '
        || 'schooluitval tijdens de coronacrisis aan boord te houden.',
        'Door de sluiting van de scholen wegens COVID-19 zetten scholen het leerproces verder '
        || 'via afstandsonderwijs. Heel wat leerlingen met risico op schooluitval waren toen '
        || 'moeilijk te bereiken voor scholen, CLB''s en welzijnspartners. Om bijkomende '
        || 'schooluitval door corona te beperken, verschoof het Labo tijdelijk de focus van '
        || '‘Risicosituaties op school doen kantelen’ naar ‘Zoveel mogelijk leerlingen aan boord '
        || 'houden’.'
        || E'\n\n'
        || 'In 2019-2020 en 2020-2021 werden telkens gedurende een aantal maanden individuele '
        || 'begeleidingstrajecten opgezet. Brugcoaches, een soort buddy- of brugfiguren, '
        || 'begeleidden de jongeren die risico lopen op een aanklampende manier.'
        || E'\n\n'
        || 'Om de administratieve belasting te beperken, werden alle trajecten gebundeld bij één '
        || 'vormingswerker binnen Arktos. Een tewerkstelling van 60 % VTE liet toe om 28 trajecten '
        || 'uit te voeren, met een tijdsinvestering van gemiddeld 6 uur per traject. Het aanbod is '
        || 'aanvullend op andere initiatieven, zoals Naft, de ondersteuningsnetwerken en -teams, '
        || 'de CLB''s en vrijwilligerswerk.'
        || E'\n\n'
        || 'Indien nodig kan het project opnieuw opgestart worden met de beschikbare middelen, '
        || 'binnen dezelfde doelstellingen en voorwaarden.',
        (select id from organisation where name = 'Arktos'),
        6);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('PONTON43', 'ponton43', 'Denkgroep Ponton 43',
        'Voorbereiding van een Leuvense school voor buitengewoon secundair onderwijs '
        || '(opleidingsvorm 4, type 3) voor leerlingen met ernstige gedrags- en emotionele '
        || 'problemen.',
        'In 2020-2021 startte KSLeuven een voorbereidingstraject voor de oprichting van een '
        || 'school voor buitengewoon secundair onderwijs voor leerlingen met een normale '
        || 'begaafdheid en ernstige gedrags- en emotionele problemen: opleidingsvorm 4, type 3. '
        || 'Het traject kreeg de werktitel Ponton 43; de denkgroep heette voorheen Werkgroep OV4 '
        || 'Type 3.'
        || E'\n\n'
        || 'Bij het traject wordt een breed netwerk van Leuvense onderwijs- en welzijnsactoren '
        || 'betrokken. KSLeuven stelde daarvoor een halftijdse coördinator aan (2020-2021) en '
        || 'nadien een coördinator voor 20 % (2021-2022). In 2021-2022 zet KSLeuven bovendien de '
        || 'expertise van twee orthopedagogen uit Terbank in (15 %). Vanuit het Ris+K-budget wordt '
        || 'een bijkomende procesbegeleider aangesteld.'
        || E'\n\n'
        || 'Het doel is dit aanbod te organiseren vanaf 1 september 2023. De school is niet alleen '
        || 'een antwoord op de noden van deze leerlingen: ze moet ook de andere Leuvense scholen '
        || 'inspireren in het omgaan met moeilijk hanteerbaar gedrag.',
        (select id from organisation where name = 'Katholieke Scholengemeenschap KSLeuven'),
        7);

insert into project (code, slug, name, summary, mission, lead_organisation_id, position)
values ('VORMING', 'vorming', 'Vormingsprogramma''s',
        'Eenmalige vormingsprogramma''s die schoolteams secundair onderwijs extra impulsen geven '
        || 'in het omgaan met moeilijk hanteerbaar gedrag en in de samenwerking met ouders.',
        'Het Labo bood eenmalig twee vormingsprogramma''s aan met overgedragen middelen: ‘Ambras '
        || 'in de klas – omgaan met moeilijk hanteerbaar gedrag’ en ‘Nieuwe autoriteit en '
        || 'geweldloos verzet op school – vanuit kracht samenwerken met ouders’.'
        || E'\n\n'
        || 'De vormingen geven extra impulsen aan de inspanningen die schoolteams secundair '
        || 'onderwijs leveren om sterker te worden in het omgaan met moeilijk hanteerbaar gedrag '
        || 'en om een positief relatiebeleid uit te bouwen. Ze geven schoolteams ook een extra '
        || 'impuls om hun samenwerking met ouders te versterken.'
        || E'\n\n'
        || 'Als de gebruikers de vormingen positief evalueren en er behoefte aan is, kunnen ze '
        || 'opnieuw aangeboden worden tegen kostprijs. Het Labo en de stad kunnen de logistiek en '
        || 'de organisatie opnemen, en via het Labo kunnen de resultaten gespreid worden binnen de '
        || 'bestaande netwerken.',
        null,
        8);
