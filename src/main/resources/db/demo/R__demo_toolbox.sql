-- The toolbox's infofiches: the ten fiches of the lab (seed 000 §6.6, seed 001 §3) and the materials of the
-- provincial learning communities Samen tegen Schooluitval (seed 003). Idempotent: reruns update the content.
-- body_html is filled in by the application from the Markdown when it starts (FicheRendering).
insert into fiche (number, slug, title, summary, body, body_html, themes, phases, levels, audiences,
                   organisation_id, plg_province, licence, status, published_at, published_version, last_reviewed_on)
select v.number, v.slug, v.title, v.summary, v.body, '', v.themes::varchar[], v.phases::varchar[], v.levels::varchar[],
       v.audiences::varchar[], o.id, v.province, 'CC_BY_NC_SA', 'PUBLISHED', v.published::timestamptz, 1,
       v.reviewed::date
from (values
(1, 'van-onmacht-naar-kracht-nieuwe-autoriteit',
 'Van onmacht naar kracht: nieuwe autoriteit en geweldloos verzet als basishouding',
 'Hoe een leerkracht of schoolteam gezag opbouwt zonder te escaleren: aanwezigheid, zelfcontrole, steun van het team en herstel in plaats van straf. Een basishouding uit het werk van Haim Omer, vertaald naar de klas.',
 $md$## Wat?

Leerkrachten die dagelijks met moeilijk hanteerbaar gedrag te maken krijgen, voelen zich vaak **machteloos**. Klassieke autoriteit ("omdat ik het zeg") werkt dan niet meer en een strijd om macht maakt het gedrag meestal erger. **Nieuwe autoriteit** en **geweldloos verzet** (ontwikkeld door de Israëlische psycholoog Haim Omer) bieden een andere basishouding: gezag dat steunt op verbinding, aanwezigheid en een netwerk rond de leerling.

## De pijlers

- **Aanwezigheid en waakzame zorg**: "ik ben er, ik blijf er en ik laat je niet los". De leerkracht toont betrokkenheid, ook als het moeilijk loopt.
- **Zelfcontrole en de-escalatie**: je hoeft niet meteen te reageren. "Smeed het ijzer als het koud is": je komt later, rustig, terug op het incident.
- **Steun en netwerk**: de leerkracht staat er niet alleen voor. Collega's, directie, CLB en ouders vormen samen een steunnetwerk.
- **Transparantie**: je benoemt open wat niet aanvaardbaar is, zonder te kwetsen of te vernederen.
- **Herstel en verzoening**: in plaats van straf zoek je naar een herstelgebaar en blijf je de relatie aanbieden.
- **Geweldloos verzet**: je verzet je tegen het gedrag, niet tegen de persoon, bijvoorbeeld met een aankondiging of een sit-in.

## Hoe aan de slag?

1. Bespreek als team welk gedrag je samen niet aanvaardt en hoe je elkaar steunt.
2. Oefen het uitstellen van je reactie: noteer het incident, kom er later op terug.
3. Maak een aankondiging: een rustig gesprek waarin je zegt wat je niet langer aanvaardt en wat je zult doen.
4. Betrek ouders als bondgenoot, niet als tegenpartij.

## Meer weten?

Het Labo bood de vorming "Nieuwe autoriteit en geweldloos verzet op school" aan. Het Centrum voor Leerzorg en de partners van Ris+K gebruiken de aanpak in hun trajecten.$md$,
 '{BEHAVIOUR,RELATIONSHIP}', '{PHASE_0,PHASE_1}', '{PRIMARY,SECONDARY,SPECIAL}', '{TEACHER,SCHOOL_TEAM,PARENTS}',
 'Centrum voor Leerzorg (CLZ)', null, '2021-09-15 10:00+02', '2025-09-01'),
(2, 'succesfactoren-risicosituaties-kantelen-ris-k',
 'Succesfactoren om risicosituaties op school positief te doen kantelen: aanbevelingen uit Ris+K 1',
 'Wat de eerste Ris+K-trajecten leerden over wat werkt wanneer een schoolteam een risicosituatie met moeilijk hanteerbaar gedrag wil ombuigen: een gedragen vraag, een sterk team, tijd en een externe begeleider.',
 $md$## Wat?

In het project **Ris+K** (Risico op schooluitval + Kansen) begeleiden welzijns- en vormingspartners schoolteams in trajecten van ongeveer tien uur. Een vraag kan gaan over één leerling of klas (curatief), over het team (preventief) of over het zorgbeleid van de school. Uit de eerste projectperiode (Ris+K 1) haalden de partners en scholen een aantal **kritische succesfactoren**.

## Succesfactoren

- **Een gedragen hulpvraag**: het team herkent zich in de vraag; niet alleen de directie of de zorgcoördinator wil het traject.
- **Betrokkenheid van de directie**: zij maakt tijd en ruimte vrij en verbindt het traject met het schoolbeleid.
- **Focus op de draagkracht van het team**: het traject versterkt leerkrachten, niet alleen de individuele leerling.
- **Een externe blik**: een begeleider van buiten de school stelt andere vragen en doorbreekt vastgelopen patronen.
- **Kleine stappen en snelle successen**: concrete afspraken die de week erna al zichtbaar zijn.
- **Verankering**: wat werkt krijgt een plaats in het zorgbeleid, zodat het niet verdwijnt wanneer een collega vertrekt.
- **Samenwerking met CLB en ouders** van bij de start.

## Hoe aan de slag?

Gebruik de succesfactoren als checklist bij de start van een traject: welke zijn aanwezig, welke vragen nog aandacht? Scholen van het lerend netwerk Ris+K wisselen hun ervaringen uit in de netwerkmomenten.$md$,
 '{CARE_POLICY,BEHAVIOUR}', '{PHASE_0,PHASE_1,PHASE_2}', '{PRIMARY,SECONDARY}', '{SCHOOL_TEAM,CLB}',
 'Lerend netwerk Ris+K SO Leuven', null, '2021-09-15 10:00+02', '2025-09-01'),
(3, 'conflictcyclus-lsci',
 'De conflictcyclus helpt moeilijk hanteerbaar gedrag begrijpen (LSCI)',
 'Waarom een conflict met een leerling escaleert en hoe een volwassene uit de cirkel stapt: de conflictcyclus uit Life Space Crisis Intervention (LSCI) maakt zichtbaar hoe gevoelens, gedrag en reacties elkaar versterken.',
 $md$## Wat?

**Life Space Crisis Intervention (LSCI)** is een methodiek om met jongeren in een crisis in gesprek te gaan en van het incident een leerkans te maken. De basis is de **conflictcyclus**: een model dat toont hoe een stressvolle gebeurtenis bij een leerling gevoelens oproept, die leiden tot gedrag, dat op zijn beurt een reactie van de volwassene uitlokt, die de stress weer vergroot.

## De cyclus

1. **Stressvolle gebeurtenis**: een slecht cijfer, een opmerking, een moeilijke ochtend thuis.
2. **Gedachten en overtuigingen** van de leerling ("iedereen is tegen mij").
3. **Gevoelens**: boosheid, schaamte, angst.
4. **Gedrag**: roepen, weglopen, weigeren.
5. **Reactie van de omgeving**: de leerkracht verheft de stem, straft, kijkt boos.
6. Die reactie is een nieuwe stressvolle gebeurtenis, en de cirkel draait verder.

Een volwassene die de eigen gevoelens en reacties herkent, kan **uit de cyclus stappen**: niet tegen-agressief reageren, de leerling ruimte geven, en pas daarna het gesprek aangaan.

## Hoe aan de slag?

- Teken de cyclus na een incident samen uit: wat gebeurde er, wat dacht en voelde iedereen?
- Bespreek in het team welke reacties een conflict aanwakkeren en welke het afkoelen.
- Gebruik het gesprek na de crisis om samen een plan te maken voor een volgende keer.

## Meer weten?

LSCI werd ontwikkeld door Nicholas Long, Mary Wood en Frank Fecser. Het Centrum voor Leerzorg gebruikt de conflictcyclus in zijn leerlabo's.$md$,
 '{BEHAVIOUR}', '{PHASE_1,PHASE_2}', '{PRIMARY,SECONDARY,SPECIAL}', '{TEACHER,SCHOOL_TEAM}',
 'Centrum voor Leerzorg (CLZ)', null, '2021-09-15 10:00+02', '2025-09-01'),
(4, 'gepast-reageren-agressiecurve',
 'Gepast reageren op moeilijk hanteerbaar gedrag met de agressiecurve in het achterhoofd',
 'De agressiecurve beschrijft de fasen van een uitbarsting: van rust over spanning en escalatie naar de crisis en het herstel. Per fase een andere, gepaste reactie van de leerkracht.',
 $md$## Wat?

Agressie komt zelden uit het niets. De **agressiecurve** (naar het model van Kaplan en Wheeler) verdeelt een uitbarsting in fasen. Wie herkent in welke fase een leerling zit, kan beter inschatten wat helpt en wat de spanning net doet oplopen.

## De fasen en wat helpt

| fase | wat je ziet | gepaste reactie |
| --- | --- | --- |
| 1. Rust | de leerling functioneert zoals gewoonlijk | relatie opbouwen, voorspelbaarheid, afspraken |
| 2. Spanning (trigger) | onrust, wiebelen, mopperen | signalen opmerken, afleiden, kort en rustig benoemen |
| 3. Escalatie | uitdagen, schelden, weigeren | weinig woorden, ruimte geven, geen publiek, geen discussie |
| 4. Crisis (uitbarsting) | controleverlies | veiligheid van iedereen, niet praten of straffen, hulp inroepen |
| 5. Herstel | uitputting, soms schaamte of spijt | rust laten, later een herstelgesprek |
| 6. Na de crisis | terug naar rust | samen terugblikken, afspraken en herstel |

## Aandachtspunten

- In de fasen van escalatie en crisis is **praten of uitleggen zinloos**: het denkende brein staat even uit.
- Ook de leerkracht doorloopt een curve: zorg voor je eigen rust en vraag een collega om over te nemen.
- Maak afspraken in het team: wie komt helpen, waar kan een leerling tot rust komen (zie ook de fiche over de Rustbox)?

## Meer weten?

Arktos gebruikt de agressiecurve in de Ris+K-trajecten en in vormingen voor schoolteams.$md$,
 '{BEHAVIOUR,WELLBEING}', '{PHASE_0,PHASE_1}', '{PRIMARY,SECONDARY,SPECIAL}', '{TEACHER,SCHOOL_TEAM}',
 'Arktos', null, '2021-09-15 10:00+02', '2025-09-01'),
(5, 'samenwerking-school-ouders-verbeteren',
 'Samenwerking tussen school en ouders verbeteren',
 'Ouders zijn partners in de zorg voor hun kind. Tips om het contact tussen school en ouders warm, laagdrempelig en gelijkwaardig te maken, ook wanneer het moeilijk loopt met hun kind.',
 $md$## Wat?

Leerlingen doen het beter wanneer **ouders en school elkaar vinden en versterken** in hun gedeelde zorg. Toch verloopt het contact met ouders vaak pas wanneer er een probleem is. Deze fiche bundelt wat scholen in Leuven leerden over een goede samenwerking met ouders.

## Principes

- **Investeer in de relatie vóór er problemen zijn**: een positief eerste contact met ouders bij de start van het schooljaar, een telefoontje wanneer iets goed loopt.
- **Gelijkwaardigheid**: ouders zijn experten van hun kind, de school is expert in onderwijs. Vraag wat ouders zien en denken.
- **Laagdrempelig**: verstaanbare taal, een tolk of brugfiguur wanneer nodig, momenten die passen voor werkende ouders.
- **Transparant**: ouders weten wie hun aanspreekpunt is en wat de school doet.
- **Samen zoeken** naar oplossingen in plaats van ouders verantwoordelijk te stellen.

## Hoe aan de slag?

1. Bekijk als schoolteam hoe ouders de school vandaag ervaren (een korte bevraging, een gesprek met het oudercomité).
2. Kies één moment om te verbeteren: het onthaal van nieuwe ouders, het oudercontact, de communicatie bij afwezigheden.
3. Betrek het CLB wanneer een gesprek met ouders vastloopt.
4. Zie ook het **dialoogdocument ouders** van de PLG Limburg voor een gesprek met ouders van een afwezige leerling.

## Meer weten?

De CLB's van Leuven en de oudernetwerken ondersteunen scholen bij hun ouderbeleid.$md$,
 '{PARENTS}', '{PHASE_0,PHASE_1}', '{PRE_SCHOOL,PRIMARY,SECONDARY}', '{SCHOOL_TEAM,TEACHER,PARENTS}',
 'Vrij CLB Leuven', null, '2021-09-15 10:00+02', '2025-09-01'),
(6, 'schoolbeleid-regeloverschrijdend-gedrag-voorkomen',
 'Een schoolbeleid dat regel- en normoverschrijdend gedrag voorkomt',
 'Duidelijke, gedragen afspraken, een consequente en herstelgerichte aanpak en aandacht voor het schoolklimaat voorkomen veel regel- en normoverschrijdend gedrag. Bouwstenen voor een schoolbreed beleid.',
 $md$## Wat?

Regel- en normoverschrijdend gedrag (pesten, agressie, vandalisme, spijbelgedrag) is niet enkel een zaak van individuele leerlingen. Een **schoolbreed beleid** met duidelijke verwachtingen en een voorspelbare aanpak voorkomt veel incidenten en geeft leerkrachten houvast.

## Bouwstenen

- **Weinig, duidelijke en positief geformuleerde afspraken**, samen met leerlingen opgesteld en zichtbaar in de school.
- **Positief gedrag zien en benoemen**: aandacht voor wat goed gaat werkt sterker dan straffen.
- **Een consequente aanpak** bij overschrijdingen: iedereen in het team reageert op dezelfde manier.
- **Herstel vóór straf**: de leerling herstelt de schade en de relatie (zie de fiche over de Sorrybox).
- **Een gedragen tucht- en pestbeleid** met duidelijke stappen en rollen.
- **Oog voor het schoolklimaat**: verbondenheid, toezicht op speelplaats en gangen, activiteiten tijdens de pauzes.
- **Samenwerking met CLB en partners** wanneer gedrag blijft aanhouden.

## Hoe aan de slag?

Breng met een werkgroep in kaart waar en wanneer incidenten gebeuren, kies één bouwsteen om mee te starten en evalueer na enkele maanden.$md$,
 '{CARE_POLICY,BEHAVIOUR}', '{PHASE_0}', '{PRIMARY,SECONDARY}', '{SCHOOL_TEAM}',
 'Koïnoor', null, '2021-09-15 10:00+02', '2025-09-01'),
(7, 'sorrybox-herstelgericht-werken',
 'Herstelgericht aan de slag met de Sorrybox: van sorry-brief tot goedmaakbeleid op school',
 'De Sorrybox is een koffer met materialen om na een conflict samen te herstellen: een sorry-brief, een goedmaakgebaar, een herstelgesprek. Een concrete start voor een herstelgericht beleid op school.',
 $md$## Wat?

Wanneer iemand schade berokkent, gaat het er in een **herstelgerichte aanpak** niet om wie gestraft moet worden, maar om wat er nodig is om de schade en de relatie te herstellen. De **Sorrybox** is een koffer met eenvoudige materialen waarmee leerkrachten en leerlingen na een conflict aan de slag gaan.

## In de Sorrybox

- **Vragenkaarten voor een herstelgesprek**: Wat is er gebeurd? Wie werd erdoor geraakt? Wat is er nodig om het goed te maken?
- **Sorry-brieven** en tekenbladen voor jongere kinderen om een excuus te formuleren.
- **Ideeën voor goedmaakgebaren**: iets herstellen, iets samen doen, een taak voor de klas.
- **Gevoelskaarten** om emoties te benoemen.

## Van sorry-brief tot goedmaakbeleid

De Sorrybox werkt het best als onderdeel van een **goedmaakbeleid** op schoolniveau:

1. het team kiest samen voor herstel als eerste reactie;
2. leerkrachten oefenen het herstelgesprek;
3. er is tijd en ruimte om na een incident te herstellen;
4. ouders worden geïnformeerd over de herstelgerichte aanpak.

## Meer weten?

Herstelgerichte praktijken op school worden ondersteund door de pedagogische begeleidingsdiensten en partners uit welzijn.$md$,
 '{RESTORATIVE,BEHAVIOUR}', '{PHASE_0,PHASE_1}', '{PRIMARY,SECONDARY}', '{TEACHER,SCHOOL_TEAM}',
 'Profo', null, '2021-09-15 10:00+02', '2025-09-01'),
(8, 'preventief-klasklimaat-samenwerken',
 'Preventief klasklimaat bevordert samenwerken',
 'Een klas waarin leerlingen zich veilig en verbonden voelen, voorkomt veel moeilijk gedrag. Werkvormen voor een positief klasklimaat en coöperatief leren, van de eerste schooldag af.',
 $md$## Wat?

Het **klasklimaat** bepaalt mee hoe leerlingen zich gedragen. In een klas met warme relaties, duidelijke structuur en kansen om samen te werken, voelen leerlingen zich veilig en betrokken. Zo wordt veel moeilijk hanteerbaar gedrag voorkomen: preventie in de brede basiszorg.

## Werkvormen

- **Groepsvorming bij de start** van het schooljaar: kennismakingsspelen, samen klasafspraken maken.
- **Coöperatief leren**: werkvormen waarin leerlingen elkaar nodig hebben (denken-delen-uitwisselen, expertgroepen).
- **Rollen en verantwoordelijkheden** in de klas, zodat elke leerling ertoe doet.
- **Dagelijkse rituelen**: een onthaalmoment, een afsluiter.
- **Klasgesprekken** over wat goed loopt en wat beter kan.

## Hoe aan de slag?

Kies één werkvorm, probeer die een maand uit en bespreek met collega's wat het effect was. Leerkrachten van het lerend netwerk Ris+K basisonderwijs delen hun ervaringen in de netwerkmomenten.$md$,
 '{CLASS_CLIMATE,RELATIONSHIP}', '{PHASE_0}', '{PRIMARY,SECONDARY}', '{TEACHER}',
 'Lerend netwerk Ris+K BaO Leuven', null, '2021-09-15 10:00+02', '2025-09-01'),
(9, 'samen-spel-leraar-kindrelatie-kleuteronderwijs',
 'Samen-Spel: de kracht van de leraar-kindrelatie (kleuteronderwijs)',
 'Samen-Spel versterkt de relatie tussen de kleuterleraar en een kleuter die moeilijk gedrag stelt, door korte, dagelijkse speelmomenten waarin het kind de leiding neemt.',
 $md$## Wat?

Een warme, positieve relatie met de leraar is een sterke beschermende factor voor kleuters met moeilijk gedrag. **Samen-Spel** is een aanpak die deze relatie doelgericht versterkt. De leraar speelt enkele keren per week kort één-op-één met de kleuter; de kleuter kiest het spel en neemt de leiding, de leraar volgt, benoemt en toont interesse.

## Zo werkt het

- **Korte speelmomenten** van 5 à 10 minuten, meerdere keren per week.
- **Het kind leidt**: de leraar stelt geen vragen om te toetsen en geeft geen instructies.
- **Benoemen en bevestigen**: de leraar beschrijft wat het kind doet en toont plezier.
- **Coaching** van de leraar door een begeleider, in een team- of casusgebonden traject.

## Binnen Ris+K

In Ris+K basisonderwijs werkt UCLL met **Samen-Spel in Ris+K**: een teamgebonden of casusgebonden variant voor het kleuteronderwijs.

## Meer weten?

UCLL (lerarenopleiding kleuteronderwijs) begeleidt scholen bij Samen-Spel.$md$,
 '{RELATIONSHIP,BEHAVIOUR}', '{PHASE_0,PHASE_1}', '{PRE_SCHOOL}', '{TEACHER}',
 'UCLL', null, '2021-09-15 10:00+02', '2025-09-01'),
(10, 'rustbox-stressregulatie',
 'Rustbox: een hulpmiddel voor stressregulatie',
 'Een Rustbox is een doos met materialen waarmee een leerling tot rust komt wanneer de spanning oploopt: een afgesproken plek en hulpmiddelen om zelf stress te leren reguleren.',
 $md$## Wat?

Leerlingen die snel overspoeld raken door spanning, hebben baat bij een **vaste plek en vaste hulpmiddelen** om tot rust te komen. De **Rustbox** is een doos die samen met de leerling wordt samengesteld, met materialen die helpen om de stress te verlagen vóór ze uitmondt in een uitbarsting.

## Wat zit erin?

- een **stressbal** of kneedgom;
- een **zandloper** of timer;
- **koptelefoon** tegen lawaai;
- **ademhalingskaarten** ("blaas de kaars uit");
- een **gevoelsthermometer** om aan te geven hoe gespannen je bent;
- iets persoonlijks dat rust brengt (een tekening, een foto).

## Hoe aan de slag?

1. Stel de Rustbox **samen met de leerling** samen, op een rustig moment.
2. Spreek af **wanneer** en **waar** de leerling de Rustbox mag gebruiken en hoe lang.
3. Oefen het gebruik wanneer de leerling rustig is.
4. Gebruik de Rustbox nooit als straf.
5. Evalueer regelmatig: wat helpt, wat niet?

De Rustbox past in de fase van spanning op de agressiecurve (zie de fiche over de agressiecurve).$md$,
 '{WELLBEING,BEHAVIOUR}', '{PHASE_0,PHASE_1}', '{PRE_SCHOOL,PRIMARY,SPECIAL}', '{TEACHER}',
 'De Schommel', null, '2021-09-15 10:00+02', '2025-09-01'),
(11, 'preventieplan-afwezigheden',
 'Preventieplan afwezigheden',
 'Een digitaal invuldocument waarmee een school, samen met het CLB, haar aanwezigheidsbeleid vormgeeft volgens het zorgcontinuüm: doelstellingen per fase met checklistvragen, een inschaling op tien, een PDCA-opvolging en een routekaart.',
 $md$## Waarom?

Het spijbelactieplan vroeg om **meer in te zetten op preventie**, als schakel tussen school en CLB. Het Preventieplan afwezigheden van de PLG Antwerpen integreert bestaande leidraden uit andere provincies in één digitaal invuldocument.

## Wat zit erin?

- Een opbouw **volgens het zorgcontinuüm** (fase 0 tot 3).
- **Doelstellingen per fase** met checklistvragen en een **inschaling** ("Schaal je school in voor deze doelstelling: ___/10").
- De vraag "Waar wil je op inzetten om je score te verhogen?"
- Een **PDCA-opvolgtabel**: Wat (geplande actie), Wie (actoren), Wanneer (timing), Check (borgen/bijsturen).
- Een **routekaart aanwezigheidsbeleid**, met als doel schooluitval voorkomen en leerrecht waarborgen.

## Fase 0: brede basiszorg

- De school zet zich in voor een **verbindend schoolklimaat** voor leerlingen, ouders en schoolpersoneel (bijvoorbeeld met methodieken als de proactieve cirkel, nieuwe autoriteit of geweldloos verzet).
- Het **inschrijvingsbeleid** verhoogt gelijke onderwijskansen en is transparant over onderlinge verwachtingen.
- De school beschikt over een strikt beleid voor de **registratie van afwezigheden** (B-, Z-, P- en L-codes).
- De school hanteert een duidelijk beleid rond de **opvolging van afwezigheden** na de registratie.
- De school heeft goede **samenwerkingsafspraken** met haar partners.

## Fase 1 tot 3

- **Verhoogde zorg**: vroegdetectie en interventie, nauwe opvolging, consultatief overleg met het CLB vanaf 5 B-codes, een scan op alle afwezigheidscodes.
- **Uitbreiding van zorg**: gedeelde verantwoordelijkheid, systematisch overleg, een spijbelcontract, de terugkeer voorbereiden.
- **Individueel aangepast curriculum**: alternatieve leerwegen, met alle partners betrokken.

## Voor wie?

De **school** gebruikt het om haar aanwezigheidsbeleid vorm te geven; het **CLB** om met de school in gesprek te gaan over dat beleid.$md$,
 '{ATTENDANCE,CARE_POLICY}', '{PHASE_0,PHASE_1,PHASE_2,PHASE_3}', '{PRIMARY,SECONDARY}', '{SCHOOL_TEAM,CLB}',
 null, 'ANTWERPEN', '2026-06-02 10:00+02', '2026-06-02'),
(12, 'dialoogdocument-school-aanwezigheidsbeleid',
 'Dialoogdocument school en leidraad: in gesprek over het aanwezigheidsbeleid',
 'Een dialoogdocument met basisvragen en verdiepende vragen over registratie, data, beleid en samenwerking school-CLB, met een leidraad en een visuele flow om het gesprek tussen school en CLB over aanwezigheden te voeren.',
 $md$## Waarom?

De PLG van **Brussel en Vlaams-Brabant** (één PLG voor beide) vertrok vanuit een prioriteringsoefening: de keuze voor het thema afwezigheden was bijna unaniem. Het **dialoogdocument** ondersteunt en faciliteert het gesprek tussen school en CLB over het aanwezigheidsbeleid op school.

## Wat zit erin?

Drie documenten:

1. het **dialoogdocument** zelf;
2. een **leidraad** bij het dialoogdocument, voor wie het gesprek begeleidt;
3. een **visuele flow** van het gesprek.

Het document vertrekt vanuit de visietekst van Brussel (in samenwerking met Gil Keppens) en bevat **basisvragen en verdiepende vragen** rond vier topics:

- **registratie** van afwezigheden;
- **data**: wat zeggen de cijfers?
- **beleid**: afspraken, stappen, rollen;
- **samenwerking school-CLB**.

## Voor wie?

De focus ligt op het secundair onderwijs, maar het document is ook bruikbaar in het basisonderwijs.$md$,
 '{ATTENDANCE,CARE_POLICY}', '{PHASE_0,PHASE_1}', '{SECONDARY,PRIMARY}', '{SCHOOL_TEAM,CLB}',
 null, 'BRUSSEL_VLAAMS_BRABANT', '2026-06-02 10:00+02', '2026-06-02'),
(13, 'dialoogfiche-school-aanwezig-op-school',
 'Dialoogfiche school: aanwezig op school',
 'Naar een warm en verbindend aanwezigheidsbeleid op school: een dialoogfiche met ondersteunende fiches die school en CLB in vijf fasen begeleiden, van breed kijken tot vieren, delen en verduurzamen.',
 $md$## Waarom?

De PLG **Limburg** ging van "hobbels naar kansen" en koos één thema: aanwezigheden, met aandacht voor drie lagen (school, leerkracht, ouders). De dialoogfiche **Aanwezig op school** richt zich op het schoolniveau.

## Vijf fasen

Elke fase heeft een terugkerende opbouw: **doel, richtvragen, rol van het CLB, resultaat**.

1. **Breed kijken**: samen het aanwezigheidsbeleid in kaart brengen, vanuit ervaringen en data, met risico- en beschermende factoren als leidraad. Richtvragen over registratie en analyse van afwezigheden, beleid en aanpak, preventie en klimaat, effect en evaluatie.
2. **Focus bepalen**: een problematiek of doelgroep afbakenen, aansluitend bij wat leeft op de werkvloer, gericht op het effect op de leerling; klein starten met een realistische ambitie. Het CLB is kritische vriend.
3. **Plan opmaken**: wat willen we realiseren, wie doet wat, hoe en tegen wanneer, en hoe weten we of het werkt?
4. **Uitvoering**: de werkgroep bewaakt de uitvoering; het CLB is sparringpartner, niet verantwoordelijk voor de uitvoering.
5. **Vieren, delen en verduurzamen**: inspanningen zichtbaar maken (projectmuur, sociale media, infographics), het netwerk gebruiken en borgen wat werkt.

## De rol van het CLB

Het CLB ondersteunt de school in haar groeiproces vanuit een **gelijkwaardig partnerschap**: luisteren en erkennen, bewustwording creëren, een positieve vraagstelling stimuleren. Niet de trekker, wel een richtinggevende stem in een gedeelde dialoog.$md$,
 '{ATTENDANCE,CARE_POLICY}', '{PHASE_0,PHASE_1}', '{SECONDARY,PRIMARY}', '{SCHOOL_TEAM,CLB}',
 null, 'LIMBURG', '2026-06-02 10:00+02', '2026-06-02'),
(14, 'dialoogfiche-leerkracht-aanwezig-in-de-klas',
 'Dialoogfiche leerkracht: aanwezig in de klas',
 'Vanuit warme verbinding en structuur aan de slag met één of meer leerlingen die afwezig blijven: een dialoogfiche voor het gesprek tussen leerkracht en CLB, in dezelfde vijf fasen als de fiche voor de school.',
 $md$## Wat?

De dialoogfiche **Aanwezig in de klas** van de PLG Limburg werkt op **leerkrachtniveau**: rond één of meer leerlingen die (dreigen) af te haken. Ze volgt hetzelfde proces in vijf fasen als de dialoogfiche voor de school.

1. **Breed kijken**: wat zie je bij de leerling, in de klas, in de relatie?
2. **Focus bepalen**: waar wil je als leerkracht op inzetten?
3. **Plan opmaken**: concrete acties in de klas, met afspraken over wie wat doet.
4. **Uitvoering**: uitproberen, opvolgen en bijsturen, met het CLB als sparringpartner.
5. **Vieren, delen en verduurzamen**: wat werkte, delen met collega's.

## Uitgangspunten

- **Warme verbinding**: de relatie met de leerkracht houdt een leerling mee aan boord.
- **Structuur**: duidelijke afspraken en verwachtingen geven houvast.
- De leerkracht staat er niet alleen voor: leerlingbegeleiding en CLB denken mee.

Zie ook het inspiratiedocument **Jij ziet mij** over de leerkracht als schakel bij het voorkomen van schooluitval.$md$,
 '{ATTENDANCE,RELATIONSHIP}', '{PHASE_0,PHASE_1}', '{SECONDARY}', '{TEACHER,CLB}',
 null, 'LIMBURG', '2026-06-02 10:00+02', '2026-06-02'),
(15, 'jij-ziet-mij-leerkracht-als-schakel',
 'Jij ziet mij: de leerkracht als schakel bij het voorkomen van schooluitval',
 'Kleine gebaren, groot verschil: concrete tips van leerkrachten over wat je preventief, tijdens een afwezigheid en bij de terugkeer van een leerling kan doen. Een inspiratiedocument op basis van een bevraging van 31 leerkrachten secundair onderwijs.',
 $md$## Waarom?

De PLG Limburg bevroeg **31 leerkrachten uit het secundair onderwijs**: vinden zij dat ze een schakel kunnen zijn bij een afwezige leerling? Wat doen ze dan, en waarom? Hun ervaringen en tips staan in dit inspiratiedocument.

## 1. Preventief: jouw betrokkenheid maakt een verschil van in het begin

- **Warme relatie**: interesse tonen, informeel in gesprek gaan, iets persoonlijks delen, humor gebruiken.
- **Erkenning**: complimenteren op inspanning en groei, emoties erkennen zonder oordeel, benoemen wat goed loopt.
- **Structuur**: duidelijke regels en afspraken, grenzen en verwachtingen uitspreken.
- **Samenwerken**: van in het begin contact met ouders en hen meenemen in school- en klasafspraken.

## 2. Tijdens afwezigheid: er blijven brugjes

- **Contact houden**: een kaartje sturen, de leerling of ouders eens bellen, buddy's inzetten.
- **Leerproces stimuleren**: materiaal beschikbaar maken via Smartschool, een buddy voor notities, praktische opvolging door de klastitularis.
- **Samenwerken**: leerlingbegeleiding, CLB en externe partners tijdig betrekken; bij lange afwezigheid de klassenraad en een gesprek met ouders over slaagkansen.
- **Eigen grenzen bewaken** en hulp inschakelen.

## 3. Bij terugkeer: je aanwezigheid doet ertoe

- **Warm onthaal** in de klas en op de speelplaats; de leerling individueel aanspreken.
- **Erkenning en begrip**: luisteren, het gevoel geven dat de leerling ertoe doet.
- **Heropstart faciliteren**: herhaling inbouwen, niet alles laten inhalen, afstemmen met de leerling.
- **Samenwerken**: blijven polsen bij ouders, in het team afspraken maken.

Blijvend aandacht nodig: de **draagkracht van leerkrachten** en het aanwezigheidsbeleid op schoolniveau.$md$,
 '{ATTENDANCE,RELATIONSHIP}', '{PHASE_0,PHASE_1}', '{SECONDARY}', '{TEACHER}',
 null, 'LIMBURG', '2026-06-02 10:00+02', '2026-06-02'),
(16, 'dialoogdocument-ouders-spijbelende-leerling',
 'Dialoogdocument ouders: in gesprek over een spijbelende leerling',
 'Richtvragen voor een gesprek met de ouders van een afwezige leerling, gebaseerd op het Window of Tolerance en het Prodiamodel: breed kijken naar thuis, school, sociaal netwerk, individu en cultuur om samen een focus te bepalen.',
 $md$## Wat?

Wanneer een leerling spijbelt of vaak afwezig is, helpt een **breed gesprek met de ouders** om te begrijpen wat er speelt. Dit dialoogdocument van de PLG Limburg biedt richtvragen, gebaseerd op het kader van het **Window of Tolerance** ("Wat maakt het raam groter? Wat maakt het raam kleiner?") en het **Prodiamodel**.

## Vijf topics

- **Thuis**: zijn er praktische problemen (vervoer, financiën)? Hoe is de relatie met de ouders? Legitimeren zij de afwezigheid? Hoe zijn ze betrokken op de schoolloopbaan?
- **School**: hoe voelt de leerling zich op school? Met welke leerkrachten is het contact goed of moeilijk? Zijn er dagen waarop de leerling steeds afwezig is?
- **Sociaal**: bij wie kan de leerling terecht? Wie zijn de vrienden, op en buiten school?
- **Individu**: wat geeft stress, wat geeft energie? Spelen medische factoren mee? Hoe zit het met slaap, voeding en gsm-gebruik?
- **Cultuur**: hoe kijkt de cultuur of geloofsovertuiging naar onderwijs, naar hulp van buitenaf, naar thuisblijven?

## Hoe gebruiken?

Het document is een hulpmiddel om samen met de ouders te bepalen waarop school, ouders en CLB nu en in de toekomst willen inzetten. Zie ook de fiche over de samenwerking tussen school en ouders.$md$,
 '{ATTENDANCE,PARENTS}', '{PHASE_1,PHASE_2}', '{SECONDARY,PRIMARY}', '{CLB,SCHOOL_TEAM}',
 null, 'LIMBURG', '2026-06-02 10:00+02', '2026-06-02'),
(17, 'actieplan-aanwezigheidsbeleid',
 'Actieplan aanwezigheidsbeleid',
 'Wat kan je als school en partner doen in fase 0 en 1 van het zorgcontinuüm om afwezigheden te voorkomen? Een actieplan met info, tips en tools en doorkliklinks, gebaseerd op bestaande spijbelactieplannen.',
 $md$## Wat?

Het **Actieplan aanwezigheidsbeleid** van de PLG **Oost-Vlaanderen** richt zich op het **preventieve niveau**: fase 0 (brede basiszorg) en fase 1 (verhoogde zorg) van het zorgcontinuüm. Het is gebaseerd op bestaande spijbelactieplannen (onder meer van Gent) en andere bronnen.

## Opbouw

Een interactief document met doorkliklinks naar **info, tips en tools**, rond drie vragen:

1. **Zicht krijgen op het huidige beleid**: hoe registreert en volgt de school afwezigheden op?
2. **Waar kunnen we nog op inzetten?**
3. **Concrete stappen**: wat doen we morgen anders?

## Verspreiding

In eerste instantie verspreiden de Oost-Vlaamse CLB's het actieplan naar de scholen.$md$,
 '{ATTENDANCE,CARE_POLICY}', '{PHASE_0,PHASE_1}', '{PRIMARY,SECONDARY}', '{SCHOOL_TEAM,CLB}',
 null, 'OOST_VLAANDEREN', '2026-06-02 10:00+02', '2026-06-02'),
(18, 'psychisch-kwetsbare-jongeren',
 'Psychisch kwetsbare jongeren: schoolweigering en afwezigheden',
 'Een provinciaal, netoverstijgend kader om aan de slag te gaan met schoolweigering en afwezigheden wegens psychische kwetsbaarheid: per fase van het zorgcontinuüm een fiche met de rol van het CLB, bruikbare tools, inspirerende praktijken en aanbevelingen.',
 $md$## Wat?

De PLG **West-Vlaanderen** werkte een kader uit voor situaties van **schoolweigering** en afwezigheden wegens **psychische kwetsbaarheid**, ter inhoudelijke ondersteuning van CLB-medewerkers.

## Opbouw

Per fase van het zorgcontinuüm een fiche met:

- een situering van de fiche;
- de rol van het CLB;
- mogelijke vragen en bruikbare tools;
- inspirerende praktijken;
- aanbevelingen en informatiebronnen.

## Voorbeeld: alternatieve trajecten en de draaischijffunctie (fase 2)

Soms moet het schoollopen (tijdelijk) losgelaten worden. Dat is altijd een weloverwogen keuze met een duidelijk doel, met de vraag: "Hoe kunnen we de jongere en het systeem versterken?" Het CLB:

- toetst af of een alternatief traject het beste is voor de jongere;
- verwijst door naar externe hulp, in overleg met leerling, ouders en school;
- zoekt een passend schoolextern aanbod en coördineert met de school het verdere onderwijstraject;
- verbindt school, leerling, ouders en externe hulpverleners.

**Beschermende factoren**: een beleid op leerlingenbegeleiding en een aanwezigheidsbeleid op school.$md$,
 '{WELLBEING,ATTENDANCE}', '{PHASE_0,PHASE_1,PHASE_2,PHASE_3}', '{SECONDARY}', '{CLB}',
 null, 'WEST_VLAANDEREN', '2026-06-02 10:00+02', '2026-06-02')
) as v (number, slug, title, summary, body, themes, phases, levels, audiences, organisation, province, published,
        reviewed)
left join organisation o on o.name = v.organisation
on conflict (slug) do update
set title = excluded.title, summary = excluded.summary, body = excluded.body, body_html = '',
    themes = excluded.themes, phases = excluded.phases, levels = excluded.levels, audiences = excluded.audiences,
    organisation_id = excluded.organisation_id, plg_province = excluded.plg_province;

select setval('fiche_number_seq', greatest((select max(number) from fiche), 1));

delete from fiche_reference where fiche_id in (select id from fiche where number between 1 and 18);
insert into fiche_reference (fiche_id, position, kind, label, url)
select f.id, r.position, r.kind, r.label, r.url
from (values
(1, 0, 'SOURCE', 'Haim Omer, Nieuwe autoriteit: gezag in de opvoeding en op school', null),
(1, 1, 'ORGANISATION', 'Centrum voor Leerzorg (CLZ), leerlabo''s', null),
(2, 0, 'ORGANISATION', 'Lerend netwerk Ris+K Leuven', null),
(2, 1, 'PERSON', 'Karin Jacobs, coördinator van het lerend netwerk Ris+K', null),
(3, 0, 'SOURCE', 'Nicholas Long, Mary Wood en Frank Fecser, Life Space Crisis Intervention', null),
(4, 0, 'SOURCE', 'Kaplan en Wheeler, Survival guide for the first-hour response to children in crisis (1983)', null),
(4, 1, 'ORGANISATION', 'Arktos', null),
(5, 0, 'ORGANISATION', 'Vrij CLB Leuven en GO! CLB Leuven-Tienen-Landen', null),
(7, 0, 'SOURCE', 'Herstelgericht werken op school', null),
(9, 0, 'ORGANISATION', 'UCLL, lerarenopleiding kleuteronderwijs', null),
(11, 0, 'ORGANISATION', 'PLG Antwerpen, Samen tegen Schooluitval', null),
(12, 0, 'PERSON', 'Gil Keppens, visietekst Brussel', null),
(13, 0, 'ORGANISATION', 'PLG Limburg, Samen tegen Schooluitval', null),
(16, 0, 'SOURCE', 'Window of Tolerance en het Prodiamodel', null),
(18, 0, 'ORGANISATION', 'PLG West-Vlaanderen, Samen tegen Schooluitval', null),
(1, 2, 'ORGANISATION', 'SOM – Samen Onderwijs Maken', 'https://www.samenonderwijsmaken.be/hoe-kunnen-we-zerotolerantie-tegen-schooluitval-waarmaken')
) as r (number, position, kind, label, url)
join fiche f on f.number = r.number;

-- The published snapshot that the public pages and the search read.
insert into fiche_version (fiche_id, number, title, summary, body, body_html, themes, phases, levels, audiences,
                           organisation_id, plg_province, licence, reference_list, published_at, published_by, live)
select f.id, 1, f.title, f.summary, f.body, '', f.themes, f.phases, f.levels, f.audiences, f.organisation_id,
       f.plg_province, f.licence,
       (select coalesce(jsonb_agg(jsonb_build_object('kind', r.kind, 'label', r.label, 'url', r.url)
                                  order by r.position), '[]')
        from fiche_reference r where r.fiche_id = f.id),
       f.published_at, 'Redactie toolbox', true
from fiche f where f.number between 1 and 18
on conflict (fiche_id, number) do update
set title = excluded.title, summary = excluded.summary, body = excluded.body, body_html = '',
    themes = excluded.themes, phases = excluded.phases, levels = excluded.levels, audiences = excluded.audiences,
    organisation_id = excluded.organisation_id, plg_province = excluded.plg_province, licence = excluded.licence,
    reference_list = excluded.reference_list
where fiche_version.number = 1 and fiche_version.live;

refresh materialized view fiche_word;
