-- Demo data for development and tests only (classpath:db/demo, see application-dev.properties).
-- A Flyway repeatable migration: it runs again whenever it changes, so every statement is
-- idempotent. Rows are guarded by the unique constraints (on conflict do nothing) or, where the
-- table has none, by "where not exists" on the name.
--
-- Everything here is fictitious: the people, the schools and their addresses are invented. The
-- 2021-2022 action plans follow the lab's "actieplanning 2021-2022" (seed 000, §6); the
-- 2020-2021 plans of Ris+K BaO and SO are illustrative, their figures are invented.
-- No accounts are created here.

-- People taking part in the lab (seed 000 §3, "Wie?"): one chair, a core group (city education
-- department, LOP expert, SOM), meeting participants and people who follow the lab through the
-- minutes. All names are invented.
insert into person (full_name, function_title, organisation_id, lab_role)
select v.full_name, v.function_title, o.id, v.lab_role
from (values
    ('Marleen Verhaegen', 'Voorzitter van het Labo', 'Leuvens Steunpunt tegen Schooluitval', 'CHAIR'),
    ('Tom Vandeputte', 'Coördinator', 'Leuvens Steunpunt tegen Schooluitval', 'CORE_GROUP'),
    ('Veerle Peeters', 'Medewerker Afdeling Onderwijs', 'Stad Leuven', 'CORE_GROUP'),
    ('Wouter Maes', 'LOP-deskundige', 'LOP Leuven', 'CORE_GROUP'),
    ('Nathalie Claes', 'Netwerkmedewerker', 'SOM – Samen Onderwijs Maken', 'CORE_GROUP'),
    ('Joris Vermeulen', 'CLZ-coördinator', 'Centrum voor Leerzorg (CLZ)', 'PARTICIPANT'),
    ('Evi Smets', 'Vormingswerker', 'Arktos', 'PARTICIPANT'),
    ('Ruben Goris', 'Naft-begeleider', 'Koïnoor', 'PARTICIPANT'),
    ('Liesbeth Cools', 'Directeur', 'Vrij CLB Leuven', 'PARTICIPANT'),
    ('Eline Lenaerts', 'Onderzoeker schoolpsychologie', 'KU Leuven', 'PARTICIPANT'),
    ('Griet Vandamme', 'Coördinerend directeur', 'Katholieke Scholengemeenschap KSLeuven', 'PARTICIPANT'),
    ('Kristien Moens', 'Directeur', 'Cidar', 'MINUTES_ONLY'),
    ('Luc Verbist', 'Directeur', 'GO! CLB Leuven-Tienen-Landen', 'MINUTES_ONLY'),
    ('Inge Geerts', 'Directeur', 'Profo', 'MINUTES_ONLY')
) as v (full_name, function_title, organisation_name, lab_role)
join organisation o on o.name = v.organisation_name
where not exists (select 1 from person p where p.full_name = v.full_name);

-- Twelve fictitious Leuven schools over all levels and the three networks. GO! and officieel schools
-- are served by the GO! CLB, katholieke schools by the Vrij CLB.
insert into school (name, level, network, school_community, clb_id, street, postal_code, city)
select v.name, v.level, v.network, v.school_community, clb.id, v.street, v.postal_code, v.city
from (values
    ('Kleuterschool Het Zonnewiel (fictief)', 'KLEUTER', 'OFFICIEEL',
     'Scholengemeenschap Stadsscholen Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Zonnewielpad 4', '3000', 'Leuven'),
    ('Kleuterschool De Kastanjelaar (fictief)', 'KLEUTER', 'KATHOLIEK',
     'Scholengemeenschap Dijlevallei (fictief)', 'Vrij CLB Leuven',
     'Kastanjegaarde 12', '3010', 'Kessel-Lo'),
    ('Basisschool De Linde (fictief)', 'BAO', 'KATHOLIEK',
     'Scholengemeenschap Dijlevallei (fictief)', 'Vrij CLB Leuven',
     'Lindenhofdreef 7', '3001', 'Heverlee'),
    ('Basisschool De Regenboogbrug (fictief)', 'BAO', 'GO',
     'Scholengemeenschap GO! Basis Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Regenboogstraat 21', '3000', 'Leuven'),
    ('Stedelijke Basisschool De Wilg (fictief)', 'BAO', 'OFFICIEEL',
     'Scholengemeenschap Stadsscholen Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Wilgenhofpad 3', '3012', 'Wilsele'),
    ('Basisschool Sint-Aldegondis (fictief)', 'BAO', 'KATHOLIEK',
     'Scholengemeenschap Dijlevallei (fictief)', 'Vrij CLB Leuven',
     'Boomgaardhoevelaan 18', '3010', 'Kessel-Lo'),
    ('Atheneum Dijlestad (fictief)', 'SO', 'GO',
     'Scholengemeenschap GO! Secundair Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Atheneumwegel 9', '3000', 'Leuven'),
    ('College Ter Beemden (fictief)', 'SO', 'KATHOLIEK',
     'Scholengemeenschap Leuven Secundair (fictief)', 'Vrij CLB Leuven',
     'Beemdenhoflaan 41', '3001', 'Heverlee'),
    ('Stedelijk Lyceum De Brug (fictief)', 'SO', 'OFFICIEEL',
     'Scholengemeenschap Stadsscholen Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Brugwachtersstraat 15', '3010', 'Kessel-Lo'),
    ('Buitengewone Basisschool De Horizon (fictief)', 'BUBAO', 'KATHOLIEK',
     'Scholengemeenschap Dijlevallei (fictief)', 'Vrij CLB Leuven',
     'Horizonhoeve 2', '3001', 'Heverlee'),
    ('BuSO De Kompasroos (fictief)', 'BUSO', 'GO',
     'Scholengemeenschap GO! Secundair Leuven (fictief)', 'GO! CLB Leuven-Tienen-Landen',
     'Kompasroosstraat 11', '3010', 'Kessel-Lo'),
    ('BuSO Het Anker (fictief)', 'BUSO', 'KATHOLIEK',
     'Scholengemeenschap Leuven Secundair (fictief)', 'Vrij CLB Leuven',
     'Ankerplaatsdreef 8', '3012', 'Wilsele')
) as v (name, level, network, school_community, clb_name, street, postal_code, city)
join organisation clb on clb.name = v.clb_name
where not exists (select 1 from school s where s.name = v.name);

-- Action plans: one per project for 2021-2022 (seed 000 §6), and for Ris+K BaO and SO also one for
-- 2020-2021 so that the school-year selector has a choice. Goals, activities and targets are
-- numbered from 0; the primary keys (action_plan_id, position) keep re-runs from duplicating them.
insert into action_plan (project_id, school_year, introduction)
select p.id, v.school_year, v.introduction
from (values
    ('RISK_BAO', 2021,
     'Ook in 2021-2022 vraagt Covid flexibiliteit bij het inzetten van de middelen. Ris+K '
     || 'basisonderwijs zet de begeleidingstrajecten en het lerend netwerk verder, breidt uit naar '
     || 'het buitengewoon basisonderwijs en maakt het reflectie-instrument ReflectLeer drukklaar. '
     || 'Het budget van Ris+K kan flexibel ingezet worden voor Ris+K BaO en Ris+K SO.'),
    ('RISK_SO', 2021,
     'In 2021-2022 zet Ris+K secundair onderwijs het lerend netwerk met 8 secundaire scholen '
     || 'verder, met focus op de versterking van de basiszorg. Het project breidt uit naar het '
     || 'buitengewoon secundair onderwijs en zet het overleg met Naft voort. Het budget van Ris+K '
     || 'kan flexibel ingezet worden voor Ris+K BaO en Ris+K SO.'),
    ('RISK_BUO', 2021,
     'Ris+K buitengewoon onderwijs wordt aangestuurd vanuit het Centrum voor Leerzorg; de '
     || 'actieplanning sluit aan bij die van het CLZ. De Ris+K-projecten basis- en secundair '
     || 'onderwijs verwijzen voor de trajecten in het buitengewoon onderwijs naar het jaarverslag '
     || 'van het CLZ.'),
    ('CLZ', 2021,
     'In 2021-2022 zet het Centrum voor Leerzorg de interne lerende netwerken voor gewoon en '
     || 'buitengewoon onderwijs verder. Binnen CLZ 3.0 worden de leerlabo''s en de studiedag, in '
     || 'samenwerking met Ris+K, verdergezet.'),
    ('NAFT', 2021,
     'De wachtlijsten voor Naft-trajecten blijven bestaan, waardoor situaties verder kunnen '
     || 'escaleren en aansluiting bij onderwijs of werk voor sommige leerlingen moeilijker wordt. '
     || 'Daarom ontwikkelen de Naft-aanbieders in 2021-2022 supplementaire intensieve trajecten.'),
    ('BRUGCOACHES', 2021,
     'Indien nodig kan het project Brugcoaches in 2021-2022 opnieuw opgestart worden met de '
     || 'beschikbare middelen, binnen dezelfde doelstellingen en voorwaarden als in 2020-2021. Als '
     || 'er bijkomende middelen komen om de gevolgen van Covid op te vangen, overlegt het Labo met '
     || 'de partners hoe die het best worden ingezet.'),
    ('PONTON43', 2021,
     'In 2021-2022 loopt het voorbereidingstraject van KSLeuven voor een school voor '
     || 'buitengewoon secundair onderwijs, opleidingsvorm 4, type 3, verder, met als doel het '
     || 'aanbod te organiseren vanaf 1 september 2023.'),
    ('VORMING', 2021,
     'Vorig schooljaar werden eenmalig twee vormingsprogramma''s aangeboden met overgedragen '
     || 'middelen. ‘Ambras in de klas’ werd in 2020-2021 afgerond; de vorming Nieuwe autoriteit en '
     || 'geweldloos verzet heeft in 2021-2022 nog één trainingsdag te goed.'),
    ('RISK_BAO', 2020,
     'Ondanks de coronamaatregelen lopen de Ris+K-trajecten en het lerend netwerk in 2020-2021 '
     || 'verder. Vanaf dit schooljaar krijgt ook het buitengewoon basisonderwijs toegang tot '
     || 'Ris+K, aangestuurd vanuit het CLZ.'),
    ('RISK_SO', 2020,
     'In 2020-2021 zet Ris+K secundair onderwijs de trajecten en het lerend netwerk verder, met '
     || 'aandacht voor leerlingen die tijdens het afstandsonderwijs moeilijk bereikbaar zijn. '
     || 'Vanaf dit schooljaar krijgt ook het buitengewoon secundair onderwijs toegang tot Ris+K.')
) as v (code, school_year, introduction)
join project p on p.code = v.code
on conflict (project_id, school_year) do nothing;

-- RISK_BAO 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Alle scholen slagen er, door een positief relatiebeleid, steeds beter in om elk kind '
        || 'een leef- en leeromgeving te bieden waarin het zich betrokken voelt en maximale '
        || 'leerwinst realiseert.'),
    (1, 'Het aantal kinderen dat dreigt mentaal of effectief af te haken op school, '
        || 'terugdringen.'),
    (2, 'Met begeleidingstrajecten de know-how van welzijn, jeugdvormingswerk en vorming '
        || 'inzetten voor de professionalisering van schoolteams.'),
    (3, 'Leerervaringen delen en versterken in een lerend netwerk van de deelnemende scholen.')
) as v (position, text)
where p.code = 'RISK_BAO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, '19 Ris+K-trajecten van 10 uur voor schoolteams, rond een leerling- of klasgebonden '
        || 'vraag (curatief), een vraag van het team (preventief) of het zorgbeleid van de school.'),
    (1, 'Het lerend netwerk met externe coaching verderzetten met de huidige groep van 8 '
        || 'scholen, eventueel uitgebreid met nieuwe scholen; externe partners zijn Arktos, De '
        || 'Schommel en UCLL (Samen-Spel).'),
    (2, '‘Samen-Spel in Ris+K’ aanbieden aan het kleuteronderwijs, als teamgebonden en als '
        || 'casusgebonden traject.'),
    (3, 'De Ris+K-trajecten uitbreiden naar het buitengewoon basisonderwijs, aangestuurd vanuit '
        || 'het CLZ.'),
    (4, 'ReflectLeer, het reflectie-instrument zorgbeleid moeilijk hanteerbaar gedrag, '
        || 'drukklaar maken en implementeren in de Ris+K BaO-scholen.'),
    (5, 'Leerlabo''s organiseren in samenwerking met het CLZ.')
) as v (position, text)
where p.code = 'RISK_BAO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur', 19, 'trajecten'),
    (1, 'Begeleidingsuren in Ris+K-trajecten (19 × 10 uur)', 190, 'uren'),
    (2, 'Scholen in het lerend netwerk (huidige groep)', 8, 'scholen')
) as v (position, description, quantity, unit)
where p.code = 'RISK_BAO' and ap.school_year = 2021
on conflict do nothing;

-- RISK_SO 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Alle scholen slagen er, door een positief relatiebeleid, steeds beter in om elke '
        || 'jongere een leef- en leeromgeving te bieden waarin hij of zij zich betrokken voelt en '
        || 'maximale leerwinst realiseert.'),
    (1, 'Het aantal jongeren dat dreigt mentaal of effectief af te haken op school, '
        || 'terugdringen.'),
    (2, 'De basiszorg in de secundaire Ris+K-scholen versterken in functie van de '
        || 'Ris+K-doelstellingen.'),
    (3, 'Naft en Ris+K beter op elkaar afstemmen bij leerling- en klasgebonden trajecten.')
) as v (position, text)
where p.code = 'RISK_SO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Het lerend netwerk (met externe coaching) met 8 secundaire Ris+K-scholen verderzetten, '
        || 'met focus op versterking van de basiszorg.'),
    (1, 'Samenwerken met de partners in het lerend netwerk: Arktos, Koïnoor, Profo, De Acht, '
        || 'DOCA, Yuneco en Alba.'),
    (2, '21 Ris+K-trajecten van 10 uur.'),
    (3, 'Uitbreiden naar het buitengewoon secundair onderwijs, aangestuurd vanuit het CLZ.'),
    (4, 'Het in 2021 opgestarte overleg met Naft over de gelijkenissen, de verschillen en de '
        || 'afstemming tussen Naft en Ris+K voor leerling- en klasgebonden trajecten voortzetten.')
) as v (position, text)
where p.code = 'RISK_SO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur', 21, 'trajecten'),
    (1, 'Begeleidingsuren in Ris+K-trajecten (21 × 10 uur)', 210, 'uren'),
    (2, 'Secundaire scholen in het lerend netwerk', 8, 'scholen')
) as v (position, description, quantity, unit)
where p.code = 'RISK_SO' and ap.school_year = 2021
on conflict do nothing;

-- RISK_BUO 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Scholen voor buitengewoon onderwijs curatief ondersteunen bij het omgaan met '
        || 'hardnekkige en complexe gedragsproblemen.'),
    (1, 'Een netoverschrijdend lerend netwerk voor buitengewoon onderwijs in de Leuvense regio '
        || 'uitbouwen.'),
    (2, 'Expertise uitwisselen tussen het buitengewoon en het gewoon onderwijs.')
) as v (position, text)
where p.code = 'RISK_BUO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten aanbieden in het buitengewoon basis- en secundair onderwijs, '
        || 'aangestuurd vanuit het CLZ.'),
    (1, 'Casuïstiek uit het intern lerend netwerk buitengewoon onderwijs opnemen via '
        || 'wederzijdse ondersteuning, al dan niet op de klasvloer.'),
    (2, 'De deskundige die met bijkomende financiering uit het Ris+K-budget werd aangesteld, '
        || 'inzetten voor complexe casussen.'),
    (3, 'De trajecten in het buitengewoon onderwijs opnemen in het jaarverslag van het CLZ.')
) as v (position, text)
where p.code = 'RISK_BUO' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Bijeenkomsten van het intern lerend netwerk buitengewoon onderwijs', 5, 'bijeenkomsten')
) as v (position, description, quantity, unit)
where p.code = 'RISK_BUO' and ap.school_year = 2021
on conflict do nothing;

-- CLZ 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Netoverschrijdend de competenties van de ondersteuningsnetwerken en -teams, het gewoon '
        || 'en buitengewoon onderwijs en de CLB''s versterken in het omgaan met moeilijk '
        || 'hanteerbaar gedrag en de meest complexe zorgnoden.'),
    (1, 'De know-how laten doorstromen naar het Leuvense onderwijsveld en zo de draagkracht van '
        || 'schoolteams versterken via een extern lerend netwerk (i.s.m. Ris+K).'),
    (2, 'Scholen voor buitengewoon onderwijs curatief ondersteunen bij hardnekkige en complexe '
        || 'gedragsproblemen.')
) as v (position, text)
where p.code = 'CLZ' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Intern lerend netwerk gewoon onderwijs, vijf keer per schooljaar, met de '
        || 'ondersteuningsnetwerken en -teams, de CLB''s en het gewoon onderwijs: expertisedeling '
        || 'via casussen, uitwisseling rond thema''s van de deelnemers en input van externe '
        || 'sprekers over leerlingen met gedrags- en emotionele problemen.'),
    (1, 'Intern lerend netwerk buitengewoon onderwijs, vijf keer per schooljaar, met de '
        || 'pedagogisch verantwoordelijken van de scholen voor buitengewoon onderwijs uit Leuven '
        || 'en omgeving (Lovenjoel, Huldenberg), de CLB''s en een deskundige in gedrags- en '
        || 'emotionele problemen.'),
    (2, 'Gezamenlijke bijeenkomsten van beide interne lerende netwerken om know-how tussen '
        || 'gewoon en buitengewoon onderwijs uit te wisselen.'),
    (3, 'Extern lerend netwerk: leerlabo''s en een studiedag binnen CLZ 3.0, samen met Ris+K.'),
    (4, 'Afstemming met Ris+K via de deelname van de CLZ-coördinatoren aan de lerende netwerken '
        || 'Ris+K en aan de stuurgroep Ris+K basisonderwijs.')
) as v (position, text)
where p.code = 'CLZ' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Bijeenkomsten van het intern lerend netwerk gewoon onderwijs', 5, 'bijeenkomsten'),
    (1, 'Bijeenkomsten van het intern lerend netwerk buitengewoon onderwijs', 5, 'bijeenkomsten'),
    (2, 'Studiedag van het extern lerend netwerk', 1, 'studiedag')
) as v (position, description, quantity, unit)
where p.code = 'CLZ' and ap.school_year = 2021
on conflict do nothing;

-- NAFT 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Voorzien in voldoende Naadloze Flexibele Trajecten voor jongeren die ingeschreven zijn '
        || 'in Leuvense secundaire scholen.'),
    (1, 'Zoveel mogelijk leerlingen die daar nood aan hebben een maatgericht '
        || 'begeleidingstraject bieden, in functie van opnieuw aansluiten bij een schools traject.'),
    (2, 'De wachtlijst voor Naft-trajecten verder terugdringen.')
) as v (position, text)
where p.code = 'NAFT' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Supplementair aan de regulier gefinancierde trajecten voor minstens 10 leerlingen een '
        || 'intensief begeleidingstraject ontwikkelen, na aanmelding door het CLB.'),
    (1, 'De vorm, de duur en de intensiteit van elk traject bepalen op een verwijs-rondetafel '
        || 'met de leerling, de school, de CLB- en de Naft-medewerker en de '
        || 'opvoedingsverantwoordelijken.'),
    (2, 'Trajecten op maat invullen: individuele coaching, klasbegeleiding, tijdelijke '
        || 'alternatieve leersituaties individueel of in groep, werkplekleren, studiebegeleiding, '
        || 'coaching van leerkrachten, herstelgerichte tussenkomsten of een combinatie daarvan.'),
    (3, 'Samen met het Meldpunt schoolexterne interventies gegevens verzamelen die aantonen dat '
        || 'de trajecten supplementair zijn aan het regulier Naft-aanbod, en in het inhoudelijk '
        || 'verslag de effectieve personeelsinzet aangeven.'),
    (4, 'Met de onderwijspartners (LOP secundair onderwijs) bekijken hoe de beschikbare '
        || 'capaciteit optimaal benut kan worden.'),
    (5, 'Een halftijdse medewerker aanstellen bij de penvoerende organisatie Cidar.')
) as v (position, text)
where p.code = 'NAFT' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Supplementaire intensieve begeleidingstrajecten (minstens)', 10, 'trajecten'),
    (1, 'Medewerker bij de penvoerende organisatie Cidar', 0.5, 'VTE')
) as v (position, description, quantity, unit)
where p.code = 'NAFT' and ap.school_year = 2021
on conflict do nothing;

-- BRUGCOACHES 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Zoveel mogelijk leerlingen met risico op schooluitval aan boord houden en bijkomende '
        || 'schooluitval door corona beperken.'),
    (1, 'Jongeren die risico lopen aanklampend begeleiden via brugcoaches, aanvullend op Naft, '
        || 'de ondersteuningsnetwerken en -teams, de CLB''s en vrijwilligerswerk.')
) as v (position, text)
where p.code = 'BRUGCOACHES' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Individuele begeleidingstrajecten door een brugcoach, gebundeld bij een vormingswerker '
        || 'binnen Arktos om de administratieve belasting te beperken.'),
    (1, 'Het project indien nodig opnieuw opstarten met de beschikbare middelen, binnen '
        || 'dezelfde doelstellingen en voorwaarden.'),
    (2, 'Met de partners overleggen hoe eventuele bijkomende Covid-middelen het best worden '
        || 'ingezet.')
) as v (position, text)
where p.code = 'BRUGCOACHES' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Individuele brugcoachtrajecten (zoals in 2020-2021)', 28, 'trajecten'),
    (1, 'Gemiddelde tijdsinvestering per traject', 6, 'uren'),
    (2, 'Tewerkstelling van de vormingswerker bij Arktos', 0.6, 'VTE')
) as v (position, description, quantity, unit)
where p.code = 'BRUGCOACHES' and ap.school_year = 2021
on conflict do nothing;

-- PONTON43 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'De oprichting voorbereiden van een school voor buitengewoon secundair onderwijs '
        || '(opleidingsvorm 4, type 3) voor leerlingen met een normale begaafdheid en ernstige '
        || 'gedrags- en emotionele problemen.'),
    (1, 'Het aanbod organiseren vanaf 1 september 2023.'),
    (2, 'Van de school een inspirator maken voor de andere Leuvense scholen in het omgaan met '
        || 'moeilijk hanteerbaar gedrag.')
) as v (position, text)
where p.code = 'PONTON43' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Een breed netwerk van Leuvense onderwijs- en welzijnsactoren bij het traject '
        || 'betrekken.'),
    (1, 'Het traject laten coördineren door een coördinator van KSLeuven (20 %).'),
    (2, 'De expertise van twee orthopedagogen uit Terbank inzetten (15 %).'),
    (3, 'Een bijkomende procesbegeleider aanstellen vanuit het Ris+K-budget.')
) as v (position, text)
where p.code = 'PONTON43' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Coördinator van het voorbereidingstraject', 0.2, 'VTE'),
    (1, 'Bijkomende procesbegeleider vanuit het Ris+K-budget', 1, 'procesbegeleider'),
    (2, 'Start van het onderwijsaanbod op 1 september 2023', null::numeric, null::varchar)
) as v (position, description, quantity, unit)
where p.code = 'PONTON43' and ap.school_year = 2021
on conflict do nothing;

-- VORMING 2021-2022
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'De vormingsinspanningen van schoolteams secundair onderwijs om sterker te worden in '
        || 'het omgaan met moeilijk hanteerbaar gedrag en een positief relatiebeleid uit te '
        || 'bouwen, extra impulsen geven.'),
    (1, 'Schoolteams een extra impuls geven om hun samenwerking met ouders te versterken, in '
        || 'het licht van moeilijk hanteerbaar gedrag.')
) as v (position, text)
where p.code = 'VORMING' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'De laatste trainingsdag van ‘Nieuwe autoriteit en geweldloos verzet op school – vanuit '
        || 'kracht samenwerken met ouders’ organiseren.'),
    (1, 'De vormingen laten evalueren door de gebruikers en ze, als er behoefte aan is, opnieuw '
        || 'aanbieden tegen kostprijs, met logistieke en organisatorische steun van het Labo en de '
        || 'stad.'),
    (2, 'De resultaten via het Labo spreiden binnen de bestaande netwerken.')
) as v (position, text)
where p.code = 'VORMING' and ap.school_year = 2021
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Resterende trainingsdag Nieuwe autoriteit en geweldloos verzet', 1, 'trainingsdag')
) as v (position, description, quantity, unit)
where p.code = 'VORMING' and ap.school_year = 2021
on conflict do nothing;

-- RISK_BAO 2020-2021
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Schoolteams versterken in het omgaan met moeilijk hanteerbaar gedrag door een positief '
        || 'relatiebeleid.'),
    (1, 'Het buitengewoon basisonderwijs toegang geven tot Ris+K.')
) as v (position, text)
where p.code = 'RISK_BAO' and ap.school_year = 2020
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur voor schoolteams, waar nodig (deels) online.'),
    (1, 'Het lerend netwerk met externe coaching verderzetten met de deelnemende scholen.'),
    (2, 'Leerlabo''s organiseren in samenwerking met het CLZ.')
) as v (position, text)
where p.code = 'RISK_BAO' and ap.school_year = 2020
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur', 16, 'trajecten'),
    (1, 'Begeleidingsuren in Ris+K-trajecten (16 × 10 uur)', 160, 'uren')
) as v (position, description, quantity, unit)
where p.code = 'RISK_BAO' and ap.school_year = 2020
on conflict do nothing;

-- RISK_SO 2020-2021
insert into action_plan_goal (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'De basiszorg in de secundaire Ris+K-scholen versterken.'),
    (1, 'Het buitengewoon secundair onderwijs toegang geven tot Ris+K.')
) as v (position, text)
where p.code = 'RISK_SO' and ap.school_year = 2020
on conflict do nothing;

insert into action_plan_activity (action_plan_id, position, text)
select ap.id, v.position, v.text
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur voor schoolteams.'),
    (1, 'Het lerend netwerk met externe coaching verderzetten.'),
    (2, 'Een overleg met Naft opstarten over de afstemming tussen Naft en Ris+K.')
) as v (position, text)
where p.code = 'RISK_SO' and ap.school_year = 2020
on conflict do nothing;

insert into action_plan_target (action_plan_id, position, description, quantity, unit)
select ap.id, v.position, v.description, v.quantity, v.unit
from action_plan ap
join project p on p.id = ap.project_id
cross join (values
    (0, 'Ris+K-trajecten van 10 uur', 18, 'trajecten'),
    (1, 'Begeleidingsuren in Ris+K-trajecten (18 × 10 uur)', 180, 'uren')
) as v (position, description, quantity, unit)
where p.code = 'RISK_SO' and ap.school_year = 2020
on conflict do nothing;
