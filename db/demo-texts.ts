// Norske demotekster (bokmål) for demodataene: tolv programdeltakere, 20 uker inn i programmet.
// Ingen personopplysninger om arbeidssøkere, og ingen navn på kolleger.

/** 2 variants per challenge slug; each a reflection of 60–160 words in three short paragraphs separated by a blank line, answering: what I did, what happened, what I'll do next time (no headings; natural prose). */
export const challengeReflections: Record<string, string[]> = {
  "trygghet-maling": [
    `Jeg la de sju påstandene inn i et anonymt skjema og ga teamet en uke på å svare. Åtte av ni svarte. Snittet ble 5,4, og jeg kjente meg lettet. Så så jeg spennet: fra 3,1 til 6,6. Lavest kom påstanden om at det er vanskelig å be hverandre om hjelp.

I fagmøtet viste jeg tallene og sa at jeg ikke visste hva de betydde for dem. Det ble stille lenge. Så sa den mest erfarne i teamet at det er lett å be om hjelp når du vet hvem du skal spørre, men at de nye ikke vet det. Jeg hadde lyst til å forklare hvordan vi egentlig har det, men holdt munn og takket.

Vi prøver ti minutter i hvert fagmøte der hvem som helst kan ta opp noe de står fast i. Ved neste måling skal jeg vente lenger før jeg sier noe om tallene selv.`,
    `Gjorde målingen med lapper i en konvolutt, fordi vi ikke fant et skjemaverktøy alle stolte på. Vi er seks i teamet, så jeg viste bare snittet.

Snittet var lavere enn jeg hadde trodd, og det første jeg gjorde, var å forklare at vi har hatt en tung høst med mange nye. En av jobbspesialistene sa tørt: «Det er jo akkurat det vi svarte på.» Det traff. Etterpå kom det en god samtale om at uenighet hos oss tas i gangen og ikke i møtet.

Neste gang leser jeg tallene alene dagen før, så forsvarsreaksjonen er ute av kroppen før jeg står foran teamet. Vi ble enige om at jeg spør «hvem ser dette annerledes?» før vi konkluderer i fagmøtet.`,
  ],
  "trygghet-sett-scenen": [
    `Jeg skrev fire setninger om hvorfor jobbutvikling er usikkert arbeid og øvde på dem i bilen. Likevel hørte jeg at jeg leste opp i fagmøtet. Det ble for mye manus og for lite meg.

Matrisen fungerte bedre. Fem av sju satte krysset i komfortsonen for en vanlig uke, og nesten alle flyttet det mot angstsonen da vi snakket om kvartalstallene. Det ble latter, men nervøs latter. På torsdag kom en av de nyeste innom og fortalte at et arbeidsgivermøte hadde gått skikkelig dårlig. Jeg tror ikke det hadde skjedd uten mandagen.

Neste gang dropper jeg arket og sier det med mine egne ord, selv om det blir mindre presist. Og jeg skal holde det jeg lovet: ikke kommentere tallene før teamet har sagt noe.`,
    `Åpnet fagmøtet med å si at vi ikke styrer arbeidsgivere, helsa til folk eller behandlingsteamene, og at jeg heller vil høre om det som skurrer tidlig enn sent. Jeg tok med at samarbeidet med DPS-teamene også er usikkert terreng for oss.

Kryssene i matrisen spredte seg mer enn jeg hadde ventet. To plasserte teamet i læringssonen, én i apatisonen. Ingen ville si noe om hvorfor, og jeg lot det ligge. Utover uka fikk jeg likevel to meldinger om ting som ikke hadde gått som planlagt. Det er to flere enn vanlig.

Krysset i apatisonen er kanskje det viktigste jeg fikk denne uka. Jeg skal ikke lete etter hvem som satte det. Neste gang spør jeg heller teamet hva som skal til for at noen kan si det samme høyt.`,
  ],
  "trygghet-del-en-feil": [
    `Jeg valgte en feil fra mitt første år som metodeveileder: Jeg ga en jobbspesialist et ferdig svar i en sak hen egentlig ville tenke høyt om, og etterpå tok hen ikke med vanskelige saker til meg på flere måneder. Jeg prøvde historien på treningspartneren først, og fikk høre at jeg pyntet på slutten.

Rett før jeg begynte, hadde jeg hjertet i halsen. Jeg holdt meg til de fire delene og droppet vitsen jeg hadde tenkt å avslutte med. Det ble stille. Så fortalte den mest erfarne i teamet om en gang hen hadde lovet en arbeidsgiver noe hen ikke kunne holde.

Det som slo meg, var hvor lite som skulle til. Neste gang gjør jeg dette tidlig med et nytt team, og venter ikke til jeg selv føler meg trygg.`,
    `Fortalte om en gang jeg presset gjennom et kvartalsmål teamet ikke trodde på, og hvordan det endte med at ingen eide det. Tre minutter, uten pynt.

Reaksjonen var mer avventende enn jeg hadde håpet. Noen nikket, ingen fulgte etter. Etter møtet sa en av jobbspesialistene i døra at det var fint å høre, men at det er lettere for meg å dele feil enn for dem, siden jeg ikke blir målt på samme måte.

Det har jeg tenkt mye på. Kanskje er ikke tryggheten der ennå, kanskje var feilen min for ufarlig. Neste gang velger jeg en feil som ligger nærmere det de selv gjør ute hos arbeidsgivere, og jeg venter lenger i stillheten.`,
  ],
  "trygghet-hva-gikk-ikke": [
    `Jeg varslet runden i fagmøtet uka før og begynte selv: Jeg hadde glemt å følge opp et møte med et behandlingsteam, og vi mistet en hel måned. To minutter, ingen unnskyldninger.

Første runde var forsiktig. Mest små ting, som en avlyst avtale og en e-post som gikk for sent. Men den nyeste i teamet fortalte om et arbeidsgivermøte der hen hadde snakket for mye og ikke spurt om noe, og da våknet rommet. Det vanskeligste var ikke teamet, men meg. Jeg ga et råd før hen var ferdig, og måtte be om unnskyldning for å bryte vår egen regel.

Teamet vil ha runden annenhver uke. Jeg skriver regelen om ingen råd på tavla, mest for min egen skyld.`,
    `Startet runden med dem som satt på Teams, slik utfordringen foreslo. Det var lurt. De to som jobber fra et annet kontor, får ellers ordet sist eller aldri.

Det kom fram tilbakeslag i samarbeidet med Nav-veilederne, blant annet at vi kommer for sent inn. Det er ekte og viktig, men jeg merket at runden gled over i klaging på andre og handlet lite om egne valg. Jeg prøvde å spørre hva de ville gjort annerledes, men det hørtes skolemesteraktig ut.

Vi fortsetter, men hver fjerde uke. Neste gang begynner jeg med noe jeg selv kunne gjort annerledes, ikke noe som skyldes systemet. Kanskje det gir runden en annen retning.`,
  ],
  "veiledning-hva-vil-du-bruke-tiden-til": [
    `Jeg sa fra på fagmøtet mandag og startet fire porteføljegjennomganger med spørsmålet. Jeg hadde skrevet det på en lapp for ikke å glemme det.

To svarte «bare gå gjennom lista». Da jeg spurte om det var en sak de tenkte mer på enn de andre, kom det noe etter noen sekunder i begge samtalene. En tredje ville snakke om hvordan hen planlegger uka, ikke om noen sak i det hele tatt. Det hadde jeg aldri valgt selv. Trangen til å ta styringen var sterkest da jeg så en sak som hadde stått stille lenge. Jeg noterte den og tok den på slutten.

Det tok lengre tid, men energien mot slutten var bedre enn vanlig. Jeg fortsetter, og skal øve på å tåle de første ti sekundene uten å hjelpe til.`,
    `Prøvde spørsmålet i tre av fem gjennomganger. I de to andre glemte jeg det fordi vi var sent ute, og da ble det som før: meg som leste opp lista.

Forskjellen var tydelig. Når jobbspesialisten valgte, snakket vi om det som faktisk var vanskelig, og jeg fikk færre «det går fint». Én sa rett ut at det var første gang hen fikk bestemme i en gjennomgang. Det var godt og litt flaut å høre.

Neste uke legger jeg spørsmålet øverst i innkallingen, så jeg ikke kan glemme det når det haster.`,
  ],
  "veiledning-forventningssamtale": [
    `Jeg tok 15 minutter med tre jobbspesialister: den mest erfarne, en som har vært her et år, og en som begynte i høst. Samme fire spørsmål til alle.

Det som overrasket meg mest, var at den mest erfarne ville ha mer veiledning, ikke mindre, men ute i feltet og ikke ved skrivebordet. Den nyeste visste ikke hva hen skulle svare på hvem som setter agendaen. Ingen hadde spurt før. Alle tre spurte på en eller annen måte om hva jeg tar videre til avdelingsleder. Jeg lovet at de alltid får vite det fra meg først, men jeg var ikke sikker på hva jeg har mandat til å love utover det.

Det må jeg avklare med avdelingsleder før jeg tar resten av teamet neste uke.`,
    `Samtalene ble kortere enn planlagt, fordi to av tre hadde svarene klare. Jeg lot dem holde pennen, og det ble tre helt ulike avtaler på fem linjer.

Én vil ha individuell veiledning hver uke. En annen vil heller ha gruppe annenhver uke og feltveiledning en gang i måneden. Den tredje ønsket tilbakemelding på hvordan hen presenterer seg for arbeidsgivere, noe jeg ikke visste at hen lurte på. Jeg kjente et stikk da en sa at tidligere veiledning hadde føltes som kontroll. Det var ikke hos meg, men det kunne ha vært det.

Vi ser på avtalene igjen ved kvartalsgjennomgangen. I neste runde skal jeg spørre mer om hva som har hjulpet før, og mindre om hyppighet.`,
  ],
  "veiledning-hvem-snakker": [
    `Jeg sa til jobbspesialisten at jeg skulle sette streker på et ark, og vi lo litt av det. Etter fem minutter hadde hen glemt arket. Det hadde ikke jeg.

Jeg hadde gjettet at jeg snakket rundt 40 prosent av tiden. Det ble nærmere 60. Og R-ene kom før S-ene nesten hver gang. Andelen min steg tydelig de siste femten minuttene, da jeg kjente at vi ikke ville rekke alt. Når jeg holdt igjen, ble det først stille, og så kom det ofte noe jeg ikke hadde hørt før.

Neste gang setter jeg av tid til resten av porteføljen fra starten, så jeg ikke får panikk mot slutten. Om to uker teller jeg igjen for å se om noe har flyttet seg.`,
    `Telte i én porteføljegjennomgang. Min andel: omtrent to tredjedeler. Jeg trodde halvparten.

Det verste var ikke andelen, men hva jeg brukte den til. Mest informasjon om regelverk som jobbspesialisten sannsynligvis kunne fra før. Da jeg endelig stilte et spørsmål og var stille, tok det under ett minutt før hen foreslo en løsning jeg ikke hadde tenkt på.

Neste gang sender jeg informasjonen på e-post før samtalen og bruker tiden sammen på spørsmål.`,
  ],
  "resultater-teamtall-pa-en-side": [
    `Det tok lengre tid å finne tallene enn å sette dem opp. Utetiden måtte jeg regne ut selv, og det sier vel noe om hvor mye vi har fulgt med på den. Jeg endte med fem tall over tre kvartaler.

Arbeidsgiverkontaktene gjorde meg glad, de har gått jevnt opp. Avslutning til jobb gjorde meg urolig. Treningspartneren leste arket som om hen var jobbspesialist hos meg, og sa at hen ville lett etter sitt eget bidrag og følt seg utpekt, selv om det ikke sto et eneste navn der. Overskriften «Hva mangler?» var problemet. Jeg byttet den til «Hva ser vi?».

Når jeg legger det fram, begynner jeg med hvor målene kommer fra, og sier at tallene fra Jobbsporet er til fagutvikling, ikke til å måle enkeltpersoner.`,
    `Laget oversikten en fredag ettermiddag: arbeidsgiverkontakter, jobbstarter, andel i arbeid, andel i utdanning og hvor mange som har beholdt jobben i 90 dager. Bare teamet samlet.

Jeg var stolt av 90-dagerstallet og urolig over at jobbstartene har flatet ut. Treningspartneren spurte hva jeg selv lurte på, og da så jeg at jeg ikke hadde skrevet noe om det. Hen sa også at hen som jobbspesialist først ville lurt på hva tallene skulle brukes til.

De første to minuttene skal derfor handle om nettopp det: at vi bruker dem for å lære, ikke for å rangere. Så sier jeg hva jeg er stolt av før jeg sier noe om det som bekymrer meg.`,
  ],
  "resultater-kvartalsgjennomgang": [
    `Jeg sendte arket dagen før og fulgte tidsplanen nesten på minuttet. Det var uvant å være så streng med klokka, men det hjalp meg å ikke prate for mye.

Den første som sa noe om tallene, var den mest erfarne, og hen begynte med å forklare hvorfor jobbstartene var lave. Stemningen ble defensiv med en gang. Jeg spurte hva vi hadde fått til som ikke synes i tallene, og da løsnet det. Målet vi landet på, flere arbeidsgivermøter ansikt til ansikt, var nok halvveis mitt eget forslag i nye klær. Jeg hadde sådd det i rammen.

Neste gang skal rammen bare handle om hvorfor vi gjør dette, ikke om hva jeg håper vi kommer fram til.`,
    `Vi er et nytt team, så jeg sa tydelig at ingen forventer at vi når resultatmålet det første året. Jeg så at skuldrene senket seg rundt bordet.

Samtalen om hva som står bak tallene, var den beste vi har hatt. Det kom fram at vi bruker mye tid på å vente på svar fra andre i Nav, og at utetiden forsvinner i møter som kunne vært kortere. Målet ble teamets eget: minst to faste dager ute i uka for alle. Jeg hadde sett for meg noe helt annet.

Det ble for lite tid til avtalene på slutten, så vi tar dem på mandag. Neste gang kutter jeg rammen til tre minutter.`,
  ],
  "resultater-eget-kvartalsmal": [
    `Jeg hadde samtaler med fire jobbspesialister og brukte de fire spørsmålene. Tallene for egen portefølje sendte jeg dagen før.

Korrigeringsrefleksen kom allerede i første samtale. Jobbspesialisten satte et mål jeg syntes var for forsiktig, og jeg hadde et høyere tall på tunga. Jeg spurte heller hva som skulle til for å nå det, og hen løftet det litt selv. To av fire satte mål for egen praksis i stedet for resultater, som flere førstegangsbesøk hos arbeidsgivere. Det hadde ikke jeg valgt for dem, men det ligger mer innenfor deres kontroll.

Jeg hørte flere «jeg skal» enn jeg pleier når jeg legger fram mål. Neste uke tar jeg resten av teamet, og prøver å sitte enda mer på hendene.`,
    `Tre samtaler denne uka. Én gikk rett i lås: Jobbspesialisten ville ikke sette noe mål og sa at det bare ville bli brukt mot hen senere. Jeg prøvde å utforske det, men merket at jeg ble forsvarer av systemet.

De to andre gikk fint. Målene var mer ambisiøse enn dem jeg ville satt, og jeg måtte spørre meg selv om jeg har for lave forventninger til folk.

Den som ikke ville sette mål, skal jeg snakke med igjen. Men først om hva hen tror målene brukes til. Kanskje er det der det skorter, ikke på motivasjonen.`,
  ],
  "resultater-fra-k4-til-feltveiledning": [
    `Med tallene foran meg så jeg at to i teamet lå under tersklene, og at jeg ikke hadde vært med noen av dem ut på over to måneder. Det var ubehagelig å se. Den ene har jeg unngått, rett og slett fordi samtalene våre ofte blir anspente.

Jeg valgte nettopp hen, og sa «jeg vil gjerne være med deg ut» i stedet for å nevne terskelen. Hen spurte likevel rett ut om det var på grunn av tallene. Jeg sa ja, og at jeg skal være med alle som strever, fordi det er en del av rollen min. Da ble det faktisk lettere.

Vi valgte to ferdigheter, og hen valgte den ene: oppfølgingen etter et første møte. Feltdagen står i kalenderen. Neste gang sier jeg sannheten fra starten.`,
    `Jeg gikk gjennom hvem jeg ikke hadde vært i feltet med dette kvartalet, og lista var lengre enn jeg likte: fire av sju. Kalenderen har spist feltveiledningen.

Jeg startet med en som har god utetid, men få avslutninger til jobb. Hen tok det godt imot, men spurte om jeg skulle være med på alle møtene framover. Jeg merket at hen var redd for å bli fulgt tettere opp enn de andre. Vi ble enige om én feltdag nå og én til neste kvartal, og at hen velger arbeidsgiveren.

Skal dette oppleves som støtte, må jeg være med de tre andre også, og snart. Jeg har satt av én fast dag i måneden til feltveiledning fram til sommeren.`,
  ],
  "resultater-tall-og-fortelling-oppover": [
    `Jeg fikk 30 minutter med Nav-lederen og avdelingslederen i kvartalsmøtet. Tallene tok fem minutter. Så fortalte jeg en sammensatt fortelling om hvordan teamet har jobbet tettere med arbeidsgivere, og hvorfor færre faller fra etter oppstart.

Nav-lederen var mest opptatt av tallene, avdelingslederen av fortellingen. I starten følte jeg meg som et sendebud, men mer som et bindeledd da jeg spurte hva de trenger fra teamet. Svaret var overraskende konkret: færre overraskelser om utetid. Hva teamet trenger fra dem, fikk jeg bare sagt halvveis.

På fagmøtet fortalte jeg at ledelsen hadde lagt merke til arbeidet med arbeidsgiverne. Neste gang begynner jeg med hva teamet trenger, i stedet for å avslutte med det.`,
    `Jeg brukte et møte i et behandlingsteam på DPS. Fem minutter med teamtall, så en muntlig og anonym fortelling om hvordan det å komme tidlig i gang med jobbsøk ofte går hånd i hånd med bedring.

Tallene gikk forbi de fleste. Fortellingen gjorde ikke det. En behandler spurte hvordan de kunne henvise tidligere, og det ble møtets beste samtale. Samtidig fikk jeg et spørsmål om frafall som jeg ikke hadde svar på. Det sier meg at de følger med på mer enn jeg trodde.

Til teamet tok jeg med at behandlerne vil ha oss tidligere inn. Neste gang tar jeg med en av jobbspesialistene, så det ikke bare er meg som er ansiktet vårt der.`,
  ],
  "mi-tell-sporsmal": [
    `Tre samtaler, tre ark med streker. Første samtale: 4 åpne og 14 lukkede. Andre: 6 og 11. I den tredje bestemte jeg meg for å starte med to åpne spørsmål, og endte på 9 og 7.

Det mest interessante var ikke tallene, men hva som skjedde etterpå. Etter et åpent spørsmål snakket jobbspesialisten lenger og begynte å tenke høyt. Etter de lukkede ventet hen på meg. De lukkede hopet seg opp når jeg allerede hadde en løsning i hodet, som om jeg ledet et vitne dit jeg ville.

Fast åpning framover: «Hva har du prøvd så langt?» Det er enkelt, og det gir meg tid til å lytte før jeg begynner å tenke ut løsninger.`,
    `Telte i tre porteføljegjennomganger. Rundt 30 prosent åpne spørsmål. Jeg hadde trodd over halvparten.

Det som overrasket meg, var hvor mange av de lukkede som egentlig var råd forkledd som spørsmål. «Har du tenkt på å ringe?» er jo ikke et spørsmål. Hver gang jeg fikk til et ekte åpent spørsmål, tok samtalen en annen vei.

Jeg tar med meg «Hva er det vanskeligste med dette nå?» som fast åpning.`,
  ],
  "mi-to-refleksjoner": [
    `Jeg valgte en porteføljegjennomgang med en jobbspesialist jeg har god kontakt med, og sa at jeg øvde på noe nytt. De tre setningsstarterne hadde jeg på en lapp.

Det vanskeligste var å la være å spørre. I starten fikk jeg til to refleksjoner, men når det ble stille, sklei jeg tilbake til spørsmål. Én gang traff jeg: Jeg sa «du har gjort alt riktig, og likevel skjer ingenting», og hen satt stille en stund før hen sa at hen egentlig var lei. Det hadde hen aldri sagt etter et spørsmål.

Jeg visste at det traff fordi tempoet i samtalen endret seg. Neste gang øver jeg på å tåle stillheten etter refleksjonen, ikke bare på å finne ordene.`,
    `Dette var vanskeligere enn jeg trodde. Jeg hadde forberedt setningsstarterne, men i samtalen kom refleksjonene ut med stigende tonefall, og jobbspesialisten svarte på dem som spørsmål.

Halvveis sa jeg det rett ut: at jeg prøvde å gi refleksjoner, og at det gikk dårlig. Vi lo, og resten ble bedre. En refleksjon bommet helt, og hen rettet meg. Det var nyttig, for da fikk jeg vite hva som egentlig var vanskelig.

Neste gang øver jeg på treningspartneren før jeg prøver i en ekte gjennomgang. Og jeg slipper å telle til to. Jeg vil heller lytte etter hva som skjer etter den første.`,
  ],
  "rolle-kalenderen-som-speil": [
    `Jeg gikk gjennom forrige uke time for time. 37,5 timer, pluss chat og spørsmål i gangen som jeg anslo til rundt fem timer. Metodeveiledningen utgjorde omtrent 45 prosent, og jeg har ni jobbspesialister. Jeg hadde gjettet på 70.

K3 fikk null timer. Ingen i teamet etterspør kontakten med behandlingsteamene, så den ryker i stillhet. Det som tok plassen, var administrasjon og egen portefølje, som jeg egentlig skulle ha bygd ned for lenge siden. Reaksjonen min var irritasjon, mest på meg selv.

Treningspartneren spurte hvem som hadde bestemt at jeg skal ha egen portefølje. Det vet jeg faktisk ikke. Neste uke tar jeg det opp med avdelingsleder, og før måneden er omme skal jeg ha vært på ett behandlingsteammøte.`,
    `Merket uka med 3.3, 3.4, 3.5 og 1.4. Fagmøtet og porteføljegjennomgangene har fast plass. Feltveiledning: null. Kvartalsmøtet med ledelsen: utsatt to ganger.

Nesten åtte timer gikk til spørsmål i farten. Jeg liker å være tilgjengelig, men jeg ser at teamet kunne løst mye av det selv.

Neste uke prøver jeg to faste tidspunkter om dagen for spørsmål, og blokkerer en halv dag til feltet. Den blokken skal ikke flyttes.`,
  ],
  "rolle-forventningssamtale-med-teameier": [
    `Det tok meg tre uker å be om denne samtalen. Da jeg endelig satt der, gikk det lettere enn jeg hadde fryktet. Avdelingslederen og jeg var enige om det meste av hva jeg eier faglig.

Det tredje spørsmålet, om hva vi gjør når en sak er både fag og personal, viste at vi hadde helt ulike bilder. Hen trodde jeg tok slike saker videre med en gang. Jeg har ofte ventet i ukevis for ikke å gjøre noe til en personalsak. Vi ble enige om en rekkefølge, og om at jobbspesialisten alltid hører det fra meg først. Det punktet blir vanskeligst å holde når det brenner.

Teamet reagerte med lettelse, tror jeg. En sa: «Endelig står det et sted.» Jeg ber om at avtalen følges opp i kvartalsmøtet.`,
    `Jobbspesialistene mine har tre ulike avdelingsledere, så jeg ba om et felles møte. Det fikk jeg ikke. Jeg fikk en samtale med den som har flest av dem.

Fagdelen var vi enige om uten å måtte snakke om den. Men hen sa «selvfølgelig» mange ganger, for eksempel at jeg selvfølgelig sier fra når noen ikke følger metoden. Der ligger en forventning jeg aldri har sagt ja til. Vi landet tre punkter, men jeg er usikker på om de to andre avdelingslederne kjenner seg igjen i dem.

Teamet ble mer urolig enn lettet da jeg delte punktene. En spurte hvem av de tre som egentlig bestemmer. Godt spørsmål. Jeg tar det med til treningspartneren og prøver å få til det felles møtet neste måned.`,
  ],
  "rolle-planlagt-feltveiledning": [
    `Jeg var med en av de nyeste på et førstegangsbesøk hos en arbeidsgiver. På vei dit avtalte vi at jeg bare skulle observere, og at jeg skulle se etter hvordan hen åpnet samtalen og om hen spurte etter arbeidsgiverens behov. Det siste valgte hen selv.

I feltet så jeg noe jeg aldri ville sett i et møterom: Hen var varm og trygg i småpraten, men ble stiv så snart arbeidsgiveren spurte om noe konkret. To ganger holdt jeg på å gå inn, men lot være. I bilen etterpå vurderte hen seg selv mye strengere enn jeg gjorde.

Tilbakemeldingen min var konkret på det som fungerte, og mer vag på det hen kan prøve neste gang. Neste gang skriver jeg ned ett eksempel med en gang vi kommer ut.`,
    `Var med ut med en jobbspesialist som har hatt få jobbstarter i vinter. Jeg var nervøs for at det skulle oppleves som kontroll, så jeg sa det rett ut på forhånd: Dette er jobben min, ikke en mistillitserklæring.

Jeg klarte ikke å holde meg i observatørrollen. Etter ti minutter tok jeg over, uten at vi hadde avtalt at jeg kunne. Jobbspesialisten sa ingenting der og da, men i bilen kom det: «Da fikk du vist hvordan det skal gjøres.» Det var ikke ment som ros.

Jeg ba om unnskyldning. Neste gang avtaler vi et tegn for når jeg kan gå inn, og ellers holder jeg meg ute. Vi skal ut igjen om tre uker.`,
  ],
  "rolle-min-rolle-pa-en-side": [
    `Skrev beskrivelsen på en ettermiddag og var ganske fornøyd. Det var lett å skrive hva jeg gjør for teamet, mye vanskeligere å skrive hva jeg forventer av dem. Den delen ble tre vage linjer.

I fagmøtet markerte de fleste at de kjente seg minst igjen i at jeg er med ut i feltet jevnlig. Ingen sa det stygt, men det var tydelig. Det som overrasket meg, var at punktet om hva som ikke er min oppgave, ga lettelse. Flere hadde trodd at jeg skulle godkjenne alt de gjør.

Jeg skriver om forventningsdelen så den blir konkret, og legger inn en fast rytme for feltveiledning. Den reviderte versjonen kommer om fire uker, og den skal jeg faktisk leve etter.`,
    `Leste rollebeskrivelsen høyt og ga teamet to minutter i stillhet. Den mest erfarne i teamet sa fra først, som vanlig. Tre sa ingenting før jeg spurte dem direkte.

Det som stakk, var at flere ikke visste at jeg ikke har personalansvar. De trodde jeg bare lot være å bruke det. Det sier mye om hvor uklar rollen er, og kanskje også om hvordan jeg oppfører meg.

I neste versjon skriver jeg grensen mellom fag og personal helt øverst. Og jeg spør de tre som var stille, hver for seg, hva de egentlig tenker.`,
  ],
};

/** 14 free journal entries: title (3–8 words), body (50–180 words), tags (1–3 lowercase Norwegian tags from: "fagmøte","veiledning","trygghet","egen rolle","energi","teamet","måltall","feltveiledning","treningspartner","samling"). */
export const freeEntries: { title: string; body: string; tags: string[] }[] = [
  {
    title: "Fagmøtet som ingen ville avslutte",
    body: `I dag gikk fagmøtet 20 minutter over tiden, og ingen reiste seg. Vi snakket om hvordan vi presenterer oss for arbeidsgivere som har hatt dårlige erfaringer med Nav. Det begynte som en sidebemerkning fra en av de nyeste og ble den beste faglige samtalen vi har hatt på måneder.

Jeg sa nesten ingenting. Det er kanskje poenget.

Jeg skal ikke gjøre dette til en ny fast post. Da dør det. Men jeg vil legge igjen litt luft i agendaen, så det er plass når noe slikt dukker opp.`,
    tags: ["fagmøte", "teamet"],
  },
  {
    title: "Alltid tilgjengelig er ikke en dyd",
    body: `Telte chatmeldinger i går: 31. De fleste var spørsmål jobbspesialistene kunne svart på selv, eller spurt hverandre om. Jeg svarer likevel, fort, fordi det føles godt å være til nytte.

Men jeg ser at jeg har lært teamet å gå til meg først. Og jeg ser at jeg kommer hjem med hodet fullt av småting og ingen energi til det som betyr noe, som å planlegge feltveiledning.

Fra neste uke prøver jeg å svare samlet to ganger om dagen, og å spørre «hva tenker du selv?» før jeg svarer. Det kommer til å skurre. Jeg må tåle at det skurrer.`,
    tags: ["energi", "egen rolle"],
  },
  {
    title: "Nye måltall kom fredag ettermiddag",
    body: `Fikk de nye målene på e-post fredag halv fire, uten forklaring på hvor tallene kom fra. Mandag skal jeg legge dem fram for teamet.

Jeg kjenner igjen følelsen av å være budbringer for noe jeg ikke har vært med på. Hvis jeg legger det fram nøytralt, tror teamet at jeg står bak. Hvis jeg kritiserer, undergraver jeg ledelsen og gjør det lettere for alle å la være å prøve.

Jeg har bestemt meg for å si tre ting: hvor målet kommer fra, hva jeg selv tenker om det, og hva som er vårt å bestemme, nemlig veien dit. Så skal jeg spørre avdelingsleder om jeg kan få være med neste gang målene settes.`,
    tags: ["måltall", "egen rolle"],
  },
  {
    title: "Første samling: ikke alene likevel",
    body: `Kom hjem fra samlingen sliten og glad. Det viktigste var ikke teorien, selv om matrisen var nyttig. Det viktigste var å sitte rundt et bord med andre metodeveiledere som kjenner igjen nøyaktig det samme: fagansvar uten personalansvar, tall som kommer ovenfra, og et team man er glad i og samtidig skal utfordre.

Én sa at hen trodde hen var den eneste som jobbet med teamutvikling på kvelden. Halve bordet lo, litt for kjent.

Jeg tar med meg at ensomheten i rollen ikke er et personlig problem. Den er bygd inn. Da kan vi også gjøre noe med den sammen.`,
    tags: ["samling", "egen rolle"],
  },
  {
    title: "En feltdag som ga mer enn ventet",
    body: `Var med en jobbspesialist ut i dag, egentlig for å se på hvordan hen åpner arbeidsgivermøter. Det gjorde hen bra. Det jeg lærte mest av, var praten i bilen mellom to besøk, der hen fortalte hvordan hen planlegger uka og hva som stresser.

Det hadde jeg aldri fått vite på kontoret. Der snakker vi om saker. I bilen snakket vi om arbeidet.

Jeg merker også at jeg er en bedre veileder når jeg har sett det jeg veileder på. Feltveiledning har vært det første jeg kutter når uka blir full. Det er feil prioritering, og jeg vet det.`,
    tags: ["feltveiledning", "veiledning"],
  },
  {
    title: "Hvem sier minst i fagmøtet?",
    body: `Jeg la merke til det i dag: Den nyeste i teamet har ikke sagt noe i fagmøtet på tre uker, utenom å svare når noen spør direkte. I enesamtalene har hen mange gode tanker.

Jeg vet ikke om det handler om at hen er ny, at hen sitter på Teams fra et annet kontor, eller om det er noe med hvordan vi snakker til hverandre. Kanskje alle tre.

Neste uke vil jeg prøve å gi ordet til dem på Teams først, og jeg vil spørre hen i en enesamtale hva som skal til for at det blir lettere å ta ordet. Jeg vil ikke gjøre det til et problem, bare vise at jeg har sett det.`,
    tags: ["trygghet", "fagmøte", "teamet"],
  },
  {
    title: "Treningspartneren spurte det jeg unngår",
    body: `Samtale med treningspartneren i dag. Jeg fortalte om saken der jeg har ventet i flere uker med å si fra til avdelingsleder, fordi jeg ikke vil gjøre det til en personalsak. Hen spurte: «Hvem beskytter du ved å vente?»

Jeg svarte jobbspesialisten. Så ble jeg stille, for det ærlige svaret er nok meg selv. Jeg gruer meg for samtalen og for å bli den som angir.

Vi ble enige om at jeg snakker med jobbspesialisten først og forteller hva jeg kommer til å ta videre, og hvorfor. Det er jo det jeg har lovet teamet.`,
    tags: ["treningspartner", "egen rolle"],
  },
  {
    title: "Teams-møtene spiser tryggheten",
    body: `Tre av åtte i teamet sitter på et annet kontor og er med på Teams. I dag la jeg merke til hvor sjelden de blir spurt, og hvor ofte de sitter med kameraet av når vi diskuterer noe vanskelig.

Når vi er i samme rom, er det lett å se at noen vil si noe. På skjermen forsvinner det. Og det er gjerne de som sitter alene, som trenger fellesskapet mest.

Jeg har to tiltak jeg vil prøve: alltid starte rundene på Teams, og ha ett fysisk fagmøte i måneden der alle er på samme sted. Det koster reisetid, men jeg tror det er verdt det.`,
    tags: ["trygghet", "fagmøte"],
  },
  {
    title: "Uke med halve teamet borte",
    body: `Tre syke og én på kurs. De fire som var igjen, har løpt hele uka, og jeg har tatt flere av oppfølgingene selv. Ingen fagmøte, ingen porteføljegjennomganger, ingen lederutfordring.

Jeg kjenner på dårlig samvittighet for at alt det jeg har planlagt i programmet, blir liggende. Men det var riktig å prioritere at folk ikke ble stående alene.

Det jeg vil huske fra denne uka: Teamet hjalp hverandre uten at jeg ba om det. Noen byttet avtaler, en av de erfarne tok med seg en ny på et arbeidsgivermøte. Det er også et resultat, selv om det ikke står noe sted.`,
    tags: ["teamet", "energi"],
  },
  {
    title: "Jeg fikk veiledning på veiledningen",
    body: `For første gang på flere år har noen veiledet meg på min egen veiledning. Jeg tok med en porteføljegjennomgang som hadde gått i stå, og treningspartneren spurte hva jeg hadde bestemt meg for før samtalen startet.

Svaret var: ganske mye. Jeg hadde bestemt meg for hva saken handlet om og hva jobbspesialisten burde gjøre. Da er det ikke rart at samtalen gikk i stå.

Det var litt ubehagelig og veldig nyttig. Jeg skjønner bedre hvordan jobbspesialistene kan ha det i samtalene med meg. Det vil jeg ha mer av.`,
    tags: ["veiledning", "treningspartner"],
  },
  {
    title: "Porteføljegjennomgang: verksted eller kontroll?",
    body: `Etter fjorten dager med det nye åpningsspørsmålet merker jeg en forskjell. Jobbspesialistene kommer med færre pene lister og flere spørsmål. En sa at det var første gang gjennomgangen føltes som noe hen hadde nytte av, og ikke noe hen måtte gjennom.

Samtidig er jeg redd for å miste oversikten. Hvis de bare tar opp det de selv vil, hva med sakene som ingen tar opp? Jeg har løst det med de siste ti minuttene til rask gjennomgang av resten, men det føles ikke helt ferdig.

Kanskje handler uroen mer om mitt behov for kontroll enn om risiko for at noe faller ut.`,
    tags: ["veiledning", "egen rolle"],
  },
  {
    title: "Gode tall, og likevel urolig",
    body: `Kvartalstallene kom i dag, og de er de beste vi har hatt. Teamet jublet litt i chatten. Jeg ble glad, og så urolig.

Uroen handler om at tallene ser bedre ut enn det jeg ser i hverdagen. To i teamet har hatt lite å vise til hele høsten, og de andre har dratt lasset. Når vi måles som team, blir det usynlig.

Jeg vil feire det vi har fått til sammen, og det fortjener de. Men i enesamtalene neste uke må jeg tørre å snakke om fordelingen, uten at det blir en rangering.`,
    tags: ["måltall", "teamet"],
  },
  {
    title: "Kveldsjobb igjen denne måneden",
    body: `Satt til halv elleve i går og laget opplegget til fagdagen. Det er tredje gang denne måneden. Jeg gjør det fordi det ikke er tid i arbeidstiden, og fordi jeg vil at det skal bli bra.

Men jeg ser at dette er den samme energilekkasjen vi snakket om på samlingen. Hvis jeg fortsetter slik, har jeg ikke noe igjen i mars.

Til avdelingsleder neste uke: Jeg trenger en halv dag i måneden til å planlegge teamutvikling, og det må stå i kalenderen. Hvis svaret er nei, må fagdagen bli enklere.`,
    tags: ["energi"],
  },
  {
    title: "Andre samling: teorien møter mandagen",
    body: `Denne samlingen var annerledes enn den første. Nå har vi prøvd ting, og samtalene handlet mindre om modeller og mer om hva som faktisk skjedde da vi sto i fagmøtet og skulle si at feil er læring.

Det var godt å høre at andre også hadde fått stillhet og halvhjertede nikk første gang. Det var like godt å høre at det løsnet etter noen uker hos flere.

Jeg tar med meg en ting til teamet: Vi skal teste en fast runde om hva som ikke gikk som planlagt, og vi skal evaluere den sammen etter to måneder. Jeg skal ikke evaluere den alene.`,
    tags: ["samling", "teamet"],
  },
];

/** 2 answers (40–120 words) per module prompt key "module-slug#prompt-id". */
export const promptAnswers: Record<string, string[]> = {
  "metodeveilederens-rolle#hva-ryker-forst": [
    `K4, uten tvil. Feltveiledning krever at både jeg og jobbspesialisten har en halv dag ledig samtidig, og den første som får en akuttsak, avlyser. Fagmøtet holder jeg alltid, fordi hele teamet venter på det. Det sier meg at jeg prioriterer det andre ser at jeg gjør, framfor det som kanskje betyr mest for dem som strever. Jeg må gi feltveiledningen like fast plass som fagmøtet.`,
    `Hos meg er det K3. Behandlingsteamene spør ikke etter meg, og teamet mitt spør ikke etter om jeg har vært der. Så når uka blir full, forsvinner den stille. Jeg tror det også handler om at jeg føler meg mindre trygg i de møtene. Der er jeg gjest, og språket er et annet. Det jeg unngår, er altså ikke det minst viktige, men det minst komfortable.`,
  ],
  "metodeveilederens-rolle#legitimitet-uten-makt": [
    `Mest på at jeg har vært jobbspesialist selv, og at teamet vet at jeg kan metoden. Det holder langt, men det slites. De nyeste har ikke sett meg ute i feltet, og for dem er jeg bare en som leder møter. Legitimiteten ville blitt sterkere hvis jeg var mer med ute, og hvis jeg holdt det jeg lover, også når det er ubeleilig.`,
    `Jeg tror den bygger på relasjonene og på at jeg er tilgjengelig. Det er både en styrke og en felle, for da blir legitimiteten avhengig av at jeg alltid stiller opp. Det som kunne styrket den, er tydelighet: en avklart rolle, avtaler med avdelingsleder som teamet kjenner til, og at jeg tør å si hva jeg forventer. Folk følger lettere en leder som vet hva hen står for.`,
  ],
  "metodeveilederens-rolle#grensen-fag-personal": [
    `Ærlig talt tror jeg ingen vet det helt, heller ikke jeg. Avdelingslederne har hver sin oppfatning, og jobbspesialistene har ulike erfaringer avhengig av hvem som er lederen deres. I praksis går grensen der jeg slutter å tørre å si noe, og det er ikke en god grense. Jeg trenger en samtale der vi sier det høyt og skriver det ned.`,
    `Vi har en avtale på papiret, laget før jeg begynte. Den sier at jeg har fagansvar og at personalsaker går til avdelingsleder. Gråsonen er alt det som starter som fag og blir til personal, som en jobbspesialist som gang på gang ikke følger opp arbeidsgivere. Der er det ingen som vet når det skal over, og jobbspesialistene vet det aller minst.`,
  ],
  "psykologisk-trygghet#jeg-vet-ikke": [
    `For to uker siden, i fagmøtet. En av jobbspesialistene spurte om en regel for tiltakspenger, og jeg svarte raskt og feil. Da det ble rettet opp dagen etter, sa jeg det i neste møte: «Der tok jeg feil.» Ingen reagerte stort, men samme uke var det to andre som sa «jeg er usikker» i diskusjonen. Jeg tror ikke det var tilfeldig.`,
    `Jeg må tenke lenge, og det er kanskje svaret. Jeg sier ofte «la meg sjekke», men sjelden rett ut «jeg vet ikke». Jeg tror jeg er redd for at teamet skal miste tilliten til meg som faglig leder. Samtidig vet jeg at de heller vil ha en leder som er ærlig enn en som alltid har et svar. Det skal jeg øve på.`,
  ],
  "psykologisk-trygghet#matrisen-tirsdag": [
    `En vanlig tirsdag er vi i komfortsonen. Det er trivelig, vi støtter hverandre, og fagmøtet handler mye om hvor vanskelig regelverket er. Ingen spør hvorfor enkelte saker står stille. Uka før kvartalstallene glir vi mot angstsonen: Alle rapporterer at det går fint, og ingen tar opp det som ikke går. Jeg må løfte standardene uten å miste varmen.`,
    `Jeg tror vi er nær læringssonen på gode dager, særlig når vi er samlet i samme rom. Men det varierer mellom personene. For de erfarne er det trygt, for de to nyeste tror jeg det er angstsonen hele tiden, bare at de skjuler det godt. Kvartalstallene gjør det verre for dem. Jeg har lenge sett på snittet, og ikke på spredningen.`,
  ],
  "psykologisk-trygghet#hvem-sier-minst": [
    `Den nyeste, som sitter på et annet kontor og er med på Teams. Hen har god erfaring fra et annet fagfelt og ser ting vi andre har sluttet å se. Når hen er stille, går vi glipp av de naive spørsmålene, de som får oss til å lure på hvorfor vi gjør som vi gjør. Det er mye å gå glipp av.`,
    `Den mest erfarne i teamet, overraskende nok. Hen snakker mye i enesamtaler, men holder seg tilbake i fagmøtet, kanskje for å gi plass til de nye. Det er pent ment, men da mister vi erfaringen som kunne løftet diskusjonene. Jeg skal spørre hen om hen vil ta en mer aktiv rolle, for eksempel som den som stiller det første spørsmålet.`,
  ],
  "veiledning#veiledning-eller-kontroll": [
    `Jeg gikk gjennom de tre siste samtalene i hodet, og mesteparten gikk til status. Hva har skjedd siden sist, har du ringt, har du fulgt opp. Kanskje en fjerdedel gikk til noe som faktisk satte jobbspesialisten i stand til å gjøre noe nytt. Jeg tror jeg sjekker status fordi det er lettere å måle, og fordi jeg er redd for at noe faller mellom stolene.`,
    `Omtrent halvparten av hver. Med de erfarne er det mest veiledning, fordi de selv kommer med det som er vanskelig. Med de nye blir det mye status, og jeg har fortalt meg selv at de trenger det. Men kanskje er det omvendt: At de nye trenger mer tid til å tenke høyt, og at jeg fyller tiden med sjekklister fordi det er tryggere for meg.`,
  ],
  "veiledning#hvem-veileder-deg": [
    `Ingen, egentlig. Avdelingslederen min spør om tall, ikke om hvordan jeg veileder. Det nærmeste jeg har, er nettverket av metodeveiledere i fylket, men der rekker vi sjelden mer enn å dele frustrasjon. Fikk jeg en time, ville jeg tatt opp samtalene med den ene jobbspesialisten der jeg alltid ender med å gi råd, selv om jeg vet at det ikke hjelper.`,
    `Nå er det treningspartneren min, og det er første gang på flere år at noen ser på veiledningen min. Før var jeg overlatt til meg selv og god vilje. Jeg ville brukt en ekstra time på hvordan jeg gir tilbakemelding som faktisk blir hørt, særlig til dem som er mer erfarne enn meg i enkelte deler av jobben.`,
  ],
  "resultatbasert-ledelse#bak-tallene": [
    `Tallene viser færre jobbstarter enn i fjor, men flere arbeidsgiverkontakter. Jeg tror det handler om at vi har jobbet mer med kvaliteten i arbeidsgiverrelasjonene, og at det tar tid før det gir utslag. Det tallene ikke får med seg, er alt arbeidet med å holde folk i jobb. Det synes ikke før langt senere, og det er det teamet er mest stolte av.`,
    `Vi hadde tre nye jobbspesialister i løpet av kvartalet, og mye tid gikk til opplæring. Det forklarer mye av nedgangen. Men ikke alt: Vi har også vært mer på kontoret enn før, og fagmøtene har handlet mer om system enn om praksis. Tallene fanger ikke opp hvordan teamet har tatt imot de nye. Det har vært fint å se.`,
  ],
  "resultatbasert-ledelse#stygge-ulven": [
    `I høst, da vi fikk beskjed om økt krav til utetid. Jeg la det fram som et faktum uten å si hvor det kom fra, og uten å si at jeg også hadde spørsmål ved det. Teamet oppfattet det som min idé. Jeg kunne skilt tydelig mellom hva som var bestemt og hva vi kunne påvirke, og latt dem finne veien selv.`,
    `Forrige måned, med nye rapporteringsrutiner. Jeg var så opptatt av å forsvare dem at jeg ikke hørte innvendingene, og ble den som sto mellom teamet og ledelsen. Det gjorde meg til ulven. Jeg burde tatt innvendingene med tilbake i stedet for å argumentere mot dem. Å være bindeledd betyr at det skal gå begge veier.`,
  ],
  "motiverende-intervju#mi-anden-travel-uke": [
    `Medfølelsen holder jeg fast ved. Jeg vil teamet vel, også når det stormer. Det som glipper først, er fremkallingen. Når det haster, gir jeg svar i stedet for å hente dem fram. Det føles effektivt, men neste uke kommer de med samme type spørsmål igjen. Travle uker gjør meg til en flaskehals, og det er jeg som har bygd den.`,
    `Partnerskapet holder jeg godt, tror jeg. Jeg respekterer at jobbspesialistene kjenner sakene bedre enn meg. Det som går først, er autonomistøtten. I en travel uke begynner jeg å fordele oppgaver og si hvordan ting skal gjøres, fordi det går fortere. Etterpå merker jeg at folk har gjort det jeg sa, men ikke mer.`,
  ],
  "motiverende-intervju#mi-samtalestil-portefolje": [
    `Den styrende, hvis jeg skal være ærlig. Jeg hadde trodd det var den veiledende. Ingen har bestemt at det skal være slik. Jeg tror det har blitt sånn fordi porteføljegjennomgangen har vært en gjennomgang av lister, og da blir det naturlig å stille kontrollspørsmål og gi beskjeder. Formen har bestemt stilen.`,
    `Mest veiledende, men med mange styrende innslag når tiden begynner å renne ut. I praksis har klokka bestemt stilen. Med de nyeste blir det mer styrende, og det er ofte riktig, men jeg har ikke spurt dem hva de vil ha. Det burde jeg gjøre i forventningssamtalen.`,
  ],
};

/** 16 partner check-in logs: notes (40–110 words, what we talked about), nextSteps (10–40 words, agreements for next time). */
export const checkInNotes: { notes: string; nextSteps: string }[] = [
  {
    notes: `Første samtale. Vi brukte mest tid på å bli kjent: hvordan teamene våre er satt sammen, og hva vi vil ha ut av programmet. Den ene leder et IPS-team med ni jobbspesialister, den andre et AMS-team på seks. Vi ble overrasket over hvor like utfordringene er, særlig grensen mellom fag og personal.`,
    nextSteps: `Vi møtes annenhver tirsdag kl. 14 på Teams. Begge tar med én konkret situasjon fra uka.`,
  },
  {
    notes: `Snakket om trygghetsmålingen. Den ene hadde gjennomført den og fått et høyt snitt, men stor spredning. Vi diskuterte hvordan man snakker om spredning uten at teamet begynner å lete etter hvem som svarte lavt. Den andre gruer seg til å måle og er redd for å få bekreftet det hen allerede mistenker.`,
    nextSteps: `Gjennomføre målingen innen neste samtale. Dele snittet med hverandre, og hvordan det føltes å legge det fram.`,
  },
  {
    notes: `Vi gikk gjennom kalenderøvelsen. Begge brukte under halvparten av tiden på metodeveiledning. Vi snakket om hvorfor egen portefølje er så vanskelig å slippe: Den gir mestring og kontakt med praksis, og den er et sted å være flink. Det var en ærlig samtale om behovet for å være god på noe.`,
    nextSteps: `Hver av oss skal flytte én time fra egen portefølje til feltveiledning neste uke, og fortelle hva som skjedde.`,
  },
  {
    notes: `Samtalen handlet om å dele en egen feil i fagmøtet. Jeg prøvde historien min, og fikk tilbakemelding på at den ble for pyntet mot slutten. Vi snakket om hvor grensen går mellom å vise sårbarhet og å be teamet om trøst. Nyttig å høre det fra en som ikke er en del av teamet.`,
    nextSteps: `Jeg forteller historien i fagmøtet torsdag. Neste gang snakker vi om hvordan teamet reagerte.`,
  },
  {
    notes: `Vi snakket om porteføljegjennomganger og det åpne spørsmålet. Den ene hadde opplevd at flere jobbspesialister svarte «bare gå gjennom lista». Vi diskuterte om det er motstand eller vane, og landet på at det nok tar tid før noen tror at spørsmålet er ekte ment.`,
    nextSteps: `Begge fortsetter med spørsmålet i to uker til, og noterer hvor mange som velger en sak selv.`,
  },
  {
    notes: `En tung samtale. Den ene er i en situasjon der en jobbspesialist over lang tid ikke har fulgt metoden, og hen nøler med å koble inn avdelingsleder. Vi snakket om hvem man beskytter ved å vente, og om hvordan man kan være tydelig uten at det blir en personalsak med en gang.`,
    nextSteps: `Ta samtalen med jobbspesialisten først, og si åpent hva som tas videre. Kort melding til hverandre etterpå.`,
  },
  {
    notes: `Vi så på hverandres oversikter over teamtallene og lot som vi var jobbspesialister i det andre teamet. Det var overraskende avslørende. En overskrift som var ment nøytralt, føltes som en anklage. Vi snakket også om at tall fra Jobbsporet skal brukes til fagutvikling, og hvordan det kan sies tydelig på arket.`,
    nextSteps: `Begge justerer oversikten og øver på de to første minuttene høyt før kvartalsgjennomgangen.`,
  },
  {
    notes: `Etter samlingen. Vi snakket om hva som satt igjen: mest matrisen og tanken om at tryggheten er ferskvare. Begge kjente igjen at teamene våre er i komfortsonen til vanlig og i angstsonen når tallene kommer. Vi diskuterte hva man gjør for å heve standarden uten å miste varmen.`,
    nextSteps: `Prøve å sette ord på én tydelig forventning i neste fagmøte, og høre hvordan den ble tatt imot.`,
  },
  {
    notes: `Kort samtale, begge hadde en travel uke. Vi snakket mest om energi. Den ene har jobbet med fagdager på kveldstid flere ganger denne måneden. Vi var enige om at dette er et mønster og ikke en unntaksuke, og at det må tas opp med avdelingsleder og ikke bare løses med mer innsats.`,
    nextSteps: `Be om en fast halv dag i måneden til teamutvikling i arbeidstiden. Fortelle neste gang hva svaret ble.`,
  },
  {
    notes: `Vi snakket om forventningssamtalen med teameier. Den ene hadde hatt den og fått tre gode punkter, men teamet reagerte med uro. Vi lurte på om uroen handlet om at grensen endelig ble sagt høyt, eller om at noen har erfart det motsatte. Den andre har ikke fått til samtalen ennå.`,
    nextSteps: `Den som har hatt samtalen, spør teamet hva uroen handler om. Den andre booker samtalen innen neste uke.`,
  },
  {
    notes: `Feltveiledning var tema. Begge har latt den gli. Den ene hadde vært med ute og tatt over samtalen med arbeidsgiveren. Vi snakket om hvordan man avtaler roller på forhånd, og om et tegn for når det er greit å gå inn. Vi lo en del av oss selv, det hjalp.`,
    nextSteps: `Planlegge én feltveiledning hver innen tre uker. Avtale rollene før vi går inn døra.`,
  },
  {
    notes: `Vi øvde på refleksjoner fra MI-modulen. Den ene var jobbspesialist, den andre veileder, så byttet vi. Vanskeligere enn det ser ut. Refleksjonene ble til spørsmål med stigende tonefall. Men da den andre traff en gang, merket vi begge at samtalen gikk dypere.`,
    nextSteps: `Prøve to refleksjoner per spørsmål i én porteføljegjennomgang hver. Dele det som traff.`,
  },
  {
    notes: `Samtale om kvartalsgjennomgangen. Begge hadde gjennomført den. Den ene opplevde at målet teamet satte, egentlig var hens eget forslag i nye klær. Vi diskuterte hvordan man lager en ramme uten å legge føringer, og hvor mye lederen kan mene før det blir styring.`,
    nextSteps: `Neste kvartal: bare si hvorfor vi gjør det og hvor måltallene kommer fra, ikke hva vi bør ende opp med.`,
  },
  {
    notes: `Vi snakket om den stille i teamet. Begge har noen som sier lite i fagmøtet, men mye i enesamtaler. Vi diskuterte Teams-møtenes rolle, og om det hjelper å gi ordet til de digitale først. Den ene hadde prøvd det og sett en liten, men tydelig endring.`,
    nextSteps: `Begge starter rundene med dem på Teams i tre fagmøter, og noterer hvem som tar ordet.`,
  },
  {
    notes: `Veiledning på veiledningen. Jeg tok med en porteføljegjennomgang som hadde stoppet opp, og treningspartneren spurte hva jeg hadde bestemt før samtalen. Det viste seg å være ganske mye. Vi snakket om forskjellen på å ha en plan og å ha bestemt utfallet.`,
    nextSteps: `Før neste gjennomgang med samme jobbspesialist skriver jeg ned hva jeg tror, og legger det bort før vi starter.`,
  },
  {
    notes: `Halvveis i programmet. Vi så tilbake på hva vi har prøvd, og hva som har satt seg. For den ene er det åpningsspørsmålet i porteføljegjennomgangen, for den andre den faste runden om hva som ikke gikk. Begge har skippet noen uker og hatt dårlig samvittighet for det. Vi ble enige om at det er lov.`,
    nextSteps: `Velge ett fokusområde hver for de neste tolv ukene og skrive det ned. Ta det opp igjen om en måned.`,
  },
];

/** 8 short reasons (5–15 words) for skipping a week's challenge, e.g. sick team, budget week. */
export const skipReasons: string[] = [
  "Halve teamet var sykt, og fagmøtet ble avlyst.",
  "Budsjettuke, og resten av tiden gikk med til rapportering.",
  "Vinterferie for flere i teamet, så fagmøtet ble ikke holdt.",
  "To nye jobbspesialister startet, og all tid gikk til opplæring.",
  "Jeg var selv syk store deler av uka.",
  "Kvalitetsgjennomgang denne uka, så ingen plass til noe nytt i tillegg.",
  "Fagdag i fylket tok to dager, og resten ble hektisk.",
  "Utfordringen passet ikke nå; tar den når teamet er samlet igjen.",
];

/** 10 short reflections (15–50 words) a partner adds when confirming a logged conversation. */
export const partnerReflections: string[] = [
  "God samtale. Jeg kjente meg igjen i mye av det om fag og personal, og tar med meg spørsmålet om hvem man beskytter ved å vente.",
  "Nyttig å høre hvordan målingen ble mottatt. Det gjør det lettere for meg å gjennomføre den i mitt eget team.",
  "Jeg ble utfordret på egen portefølje, og det var riktig. Takk for et ærlig spørsmål som jeg har tenkt på hele uka.",
  "Kort samtale, men den hjalp. Det er godt å vite at andre også sliter med å holde av tid til feltveiledning.",
  "Jeg opplevde at jeg ga for mange råd denne gangen. Neste gang vil jeg spørre mer og foreslå mindre.",
  "Det er lettere å se mønstrene i andres team enn i sitt eget. Samtalen ga meg et speil jeg trengte.",
  "Vi lo mye i dag, og det trengtes etter en tung uke. Bekrefter at vi snakket om energi og grenser.",
  "Rollespillet var mer lærerikt enn jeg hadde trodd. Å være på mottakersiden av en refleksjon var en aha-opplevelse.",
  "Stemmer med min opplevelse av samtalen. Jeg ser fram til å høre hvordan det gikk med forventningssamtalen.",
  "Godt å ha noen å tenke høyt med som forstår rollen. Det er mye av det jeg manglet før programmet.",
];
