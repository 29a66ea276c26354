"""Word lists and stock text for bench/pipeline/gen.py.

Everything is invented and non-explicit (companionship / massage style). Six
languages: da, sv, nb, en, de, pl. Per language:

  STOCK[lang]    stock sentences that unrelated ads share verbatim (the
                 earlier ones are more popular: gen.py draws them Zipf-like)
  PHRASES[lang]  short stock phrases (closings, one-liners)
  INTRO[lang]    intro templates with {name} {age} {city}
  INDIV[lang]    templates for individual sentences; {slot} names a list in
                 SLOTS[lang] (or SLOTS["*"]), {rare} is a made-up word
  CONTACT[lang]  contact sentences with {phone}
  NOPHONE[lang]  contact sentences without a number
  PRICE[lang]    price sentences with {price}
  TITLES[lang]   title templates ({name} {age} {city} {tag})
  TAGS[lang]     short title taglines
  DIGITS[lang]   digit words 0-9, for numbers written in words
"""

STOCK = {
    "da": """Jeg tilbyder afslappende massage i rolige og rene omgivelser.
Ring eller skriv for at aftale en tid.
Diskretion er en selvfølge.
Du er altid velkommen til en kop kaffe først.
Jeg bor i en hyggelig lejlighed tæt på stationen.
Gratis parkering lige ved døren.
Kun seriøse henvendelser, tak.
Jeg svarer ikke på skjulte numre.
Husk at booke i god tid i weekenden.
Der er altid rene håndklæder og frisk kaffe klar.
Jeg taler dansk, engelsk og lidt tysk.
Åbent alle ugens dage fra morgen til aften.
Betaling kontant eller med MobilePay.
Jeg tager mig altid god tid til dig.
Send gerne en sms, hvis jeg ikke tager telefonen.
Jeg glæder mig til at høre fra dig.
Velkommen til en stund, hvor du kan slappe helt af.
Jeg er smilende, venlig og nem at tale med.
Hygiejne er vigtig for mig, og jeg forventer det samme af dig.
Mødet foregår i en privat og diskret lejlighed.
Jeg kan også komme ud til dig på hotel.
Se mine nye billeder her på siden.
Skriv dit navn og det tidspunkt, du ønsker, i beskeden.
Jeg elsker at grine og få en god snak.
Middag, selskab og gode samtaler er noget af det, jeg holder mest af.
Ingen stress, kun ro og god stemning.
Jeg har mange års erfaring med klassisk massage.
Der er tæt på motorvejen, og stedet er nemt at finde.
Der er elevator i opgangen og adgang for alle.
Ring mellem klokken ti og tiendetiden om aftenen.
Jeg er altid velplejet og klædt pænt på.
Jeg tager imod i min egen lejlighed i et roligt kvarter.
Du kan også finde mig på andre sider under samme navn.
Jeg er her for at give dig en rar oplevelse.
Lad mig forkæle dig efter en lang arbejdsdag.""",
    "sv": """Jag erbjuder avslappnande massage i lugna och rena lokaler.
Ring eller skicka sms för att boka en tid.
Diskretion är en självklarhet.
Du är alltid välkommen på en kopp kaffe först.
Jag bor i en mysig lägenhet nära stationen.
Gratis parkering precis utanför dörren.
Endast seriösa förfrågningar, tack.
Jag svarar inte på dolda nummer.
Kom ihåg att boka i god tid till helgen.
Det finns alltid rena handdukar och nybryggt kaffe.
Jag pratar svenska, engelska och lite tyska.
Öppet alla dagar i veckan från morgon till kväll.
Betalning kontant eller med Swish.
Jag tar mig alltid gott om tid för dig.
Skicka gärna ett sms om jag inte svarar.
Jag ser fram emot att höra från dig.
Välkommen till en stund där du kan koppla av helt.
Jag är glad, vänlig och lätt att prata med.
Hygien är viktigt för mig och jag förväntar mig detsamma av dig.
Mötet sker i en privat och diskret lägenhet.
Jag kan också komma till dig på hotell.
Se mina nya bilder här på sidan.
Skriv ditt namn och önskad tid i meddelandet.
Jag älskar att skratta och prata en stund.
Middag, sällskap och goda samtal är det jag tycker mest om.
Ingen stress, bara lugn och god stämning.
Jag har många års erfarenhet av klassisk massage.
Nära motorvägen och lätt att hitta.
Hiss finns i trappuppgången.
Jag är alltid välvårdad och snyggt klädd.
Jag tar emot i min egen lägenhet i ett lugnt område.
Du hittar mig också på andra sidor under samma namn.
Låt mig skämma bort dig efter en lång arbetsdag.""",
    "nb": """Jeg tilbyr avslappende massasje i rolige og rene omgivelser.
Ring eller send melding for å avtale en tid.
Diskresjon er en selvfølge.
Du er alltid velkommen på en kopp kaffe først.
Jeg bor i en koselig leilighet nær stasjonen.
Gratis parkering rett utenfor døren.
Kun seriøse henvendelser, takk.
Jeg svarer ikke på skjulte nummer.
Husk å bestille i god tid til helgen.
Det er alltid rene håndklær og nytraktet kaffe.
Jeg snakker norsk, engelsk og litt tysk.
Åpent alle ukens dager fra morgen til kveld.
Betaling kontant eller med Vipps.
Jeg tar meg alltid god tid til deg.
Send gjerne en melding hvis jeg ikke tar telefonen.
Jeg gleder meg til å høre fra deg.
Velkommen til en stund der du kan slappe helt av.
Jeg er blid, vennlig og lett å snakke med.
Hygiene er viktig for meg, og jeg forventer det samme av deg.
Møtet skjer i en privat og diskret leilighet.
Jeg kan også komme til deg på hotell.
Se de nye bildene mine her på siden.
Skriv navnet ditt og ønsket tidspunkt i meldingen.
Jeg elsker å le og ta en god prat.
Middag, selskap og gode samtaler er det jeg liker best.
Ingen stress, bare ro og god stemning.
Jeg har mange års erfaring med klassisk massasje.
Nær motorveien og lett å finne.
Jeg er alltid velstelt og pent kledd.
Jeg tar imot i min egen leilighet i et rolig strøk.
Du finner meg også på andre sider under samme navn.
La meg skjemme deg bort etter en lang arbeidsdag.""",
    "en": """I offer relaxing massage in calm and clean surroundings.
Call or text to book an appointment.
Discretion is guaranteed.
You are always welcome to a cup of coffee first.
I live in a cosy apartment close to the station.
Free parking right outside the door.
Serious enquiries only, please.
I do not answer withheld numbers.
Remember to book well ahead for the weekend.
Clean towels and fresh coffee are always ready.
I speak English and a little German.
Open every day of the week from morning to evening.
Payment in cash or by card.
I always take my time with you.
Please send a text if I do not pick up.
I look forward to hearing from you.
Welcome to a moment where you can fully relax.
I am cheerful, friendly and easy to talk to.
Hygiene is important to me and I expect the same from you.
We meet in a private and discreet apartment.
I can also visit you at your hotel.
See my new photos here on the site.
Please write your name and the time you would like in the message.
I love to laugh and have a good chat.
Dinner, company and good conversation are what I enjoy most.
No stress, only calm and a good atmosphere.
I have many years of experience with classic massage.
Close to the motorway and easy to find.
There is a lift in the building.
I am always well groomed and nicely dressed.
I receive guests in my own apartment in a quiet area.
You can also find me on other sites under the same name.
Let me pamper you after a long day at work.
Gentlemen of all ages are welcome.
My photos are real and recent.""",
    "de": """Ich biete entspannende Massagen in ruhiger und sauberer Umgebung.
Ruf an oder schreib eine Nachricht, um einen Termin zu vereinbaren.
Diskretion ist selbstverständlich.
Du bist immer auf eine Tasse Kaffee willkommen.
Ich wohne in einer gemütlichen Wohnung nahe am Bahnhof.
Kostenlose Parkplätze direkt vor der Tür.
Nur ernst gemeinte Anfragen, bitte.
Ich antworte nicht auf unterdrückte Nummern.
Bitte rechtzeitig für das Wochenende buchen.
Saubere Handtücher und frischer Kaffee stehen immer bereit.
Ich spreche Deutsch, Englisch und ein wenig Dänisch.
Geöffnet an allen Tagen der Woche von morgens bis abends.
Bezahlung bar oder mit Karte.
Ich nehme mir immer viel Zeit für dich.
Schreib gern eine SMS, wenn ich nicht rangehe.
Ich freue mich darauf, von dir zu hören.
Willkommen zu einer Stunde, in der du ganz abschalten kannst.
Ich bin fröhlich, freundlich und unkompliziert.
Hygiene ist mir wichtig, und ich erwarte das auch von dir.
Das Treffen findet in einer privaten und diskreten Wohnung statt.
Ich besuche dich auch gern im Hotel.
Sieh dir meine neuen Fotos hier auf der Seite an.
Schreib deinen Namen und deine Wunschzeit in die Nachricht.
Ich lache gern und liebe gute Gespräche.
Abendessen, Begleitung und gute Unterhaltung mag ich am liebsten.
Kein Stress, nur Ruhe und gute Stimmung.
Ich habe viele Jahre Erfahrung mit klassischer Massage.
Nahe der Autobahn und leicht zu finden.
Ich bin immer gepflegt und schön gekleidet.
Ich empfange in meiner eigenen Wohnung in einer ruhigen Gegend.
Lass dich nach einem langen Arbeitstag von mir verwöhnen.""",
    "pl": """Oferuję relaksujący masaż w spokojnym i czystym miejscu.
Zadzwoń lub napisz, aby umówić wizytę.
Dyskrecja jest oczywista.
Zawsze zapraszam najpierw na filiżankę kawy.
Mieszkam w przytulnym mieszkaniu blisko dworca.
Bezpłatny parking tuż przy drzwiach.
Tylko poważne zapytania, proszę.
Nie odbieram połączeń z zastrzeżonych numerów.
Pamiętaj, aby zarezerwować wcześniej na weekend.
Czyste ręczniki i świeża kawa są zawsze gotowe.
Mówię po polsku, angielsku i trochę po duńsku.
Otwarte codziennie od rana do wieczora.
Płatność gotówką lub kartą.
Zawsze mam dla ciebie dużo czasu.
Wyślij SMS, jeśli nie odbieram.
Czekam na wiadomość od ciebie.
Zapraszam na chwilę pełnego odprężenia.
Jestem uśmiechnięta, miła i łatwo się ze mną rozmawia.
Higiena jest dla mnie ważna i oczekuję tego samego.
Spotkanie odbywa się w prywatnym i dyskretnym mieszkaniu.
Mogę też przyjechać do ciebie do hotelu.
Zobacz moje nowe zdjęcia na tej stronie.
Napisz swoje imię i godzinę w wiadomości.
Uwielbiam się śmiać i dobrze porozmawiać.
Kolacja, towarzystwo i dobra rozmowa to to, co lubię najbardziej.
Bez stresu, tylko spokój i dobra atmosfera.
Mam wieloletnie doświadczenie w klasycznym masażu.
Blisko autostrady i łatwo trafić.
Zawsze jestem zadbana i ładnie ubrana.
Przyjmuję we własnym mieszkaniu w cichej okolicy.
Pozwól mi się rozpieszczać po długim dniu pracy.""",
}

PHRASES = {
    "da": """Kys og kram.|Vi ses!|Knus fra mig.|Kun sms.|Ingen skjulte numre.|Ring nu!|Altid diskret.|Ny på siden.|Rolig og tryg atmosfære.|Kaffen er klar.|Book i dag.|Skriv gerne.|Mange hilsner.|Tak for nu.|Kun efter aftale.|Rolig og venlig.|Altid et smil.|Ingen hast.""",
    "sv": """Kram!|Vi ses!|Puss och kram.|Endast sms.|Inga dolda nummer.|Ring nu!|Alltid diskret.|Ny på sidan.|Lugn och trygg miljö.|Kaffet är klart.|Boka idag.|Skriv gärna.|Många hälsningar.|Tack för nu.|Endast efter överenskommelse.|Alltid ett leende.""",
    "nb": """Klem!|Vi ses!|Klem fra meg.|Kun sms.|Ingen skjulte nummer.|Ring nå!|Alltid diskret.|Ny på siden.|Rolig og trygg atmosfære.|Kaffen er klar.|Bestill i dag.|Skriv gjerne.|Mange hilsener.|Takk for nå.|Kun etter avtale.|Alltid et smil.""",
    "en": """Kisses.|See you soon!|Hugs from me.|Text only.|No withheld numbers.|Call now!|Always discreet.|New on the site.|Calm and safe atmosphere.|Coffee is ready.|Book today.|Feel free to write.|Warm regards.|Thank you.|By appointment only.|Always a smile.|No rush.""",
    "de": """Küsschen.|Bis bald!|Liebe Grüße.|Nur SMS.|Keine unterdrückten Nummern.|Ruf jetzt an!|Immer diskret.|Neu auf der Seite.|Ruhige und sichere Atmosphäre.|Der Kaffee ist fertig.|Buch noch heute.|Schreib mir gern.|Herzliche Grüße.|Nur nach Vereinbarung.|Immer ein Lächeln.""",
    "pl": """Buziaki.|Do zobaczenia!|Pozdrawiam.|Tylko SMS.|Bez zastrzeżonych numerów.|Zadzwoń teraz!|Zawsze dyskretnie.|Nowa na stronie.|Spokojna i bezpieczna atmosfera.|Kawa czeka.|Umów się dziś.|Napisz śmiało.|Serdeczne pozdrowienia.|Tylko po umówieniu.|Zawsze z uśmiechem.""",
}

INTRO = {
    "da": [
        "Hej, jeg hedder {name} og er {age} år.",
        "Hej med dig! Mit navn er {name}, jeg er {age} år og bor i {city}.",
        "Jeg hedder {name}, {age} år, og tager imod i {city}.",
        "Velkommen til min annonce. Jeg er {name} fra {city}.",
        "Sød {name}, {age} år, nu i {city}.",
        "Hej, det er {name} igen, {age} år og stadig i {city}.",
    ],
    "sv": [
        "Hej, jag heter {name} och är {age} år.",
        "Hej! Mitt namn är {name}, jag är {age} år och bor i {city}.",
        "Jag heter {name}, {age} år, och tar emot i {city}.",
        "Välkommen till min annons. Jag är {name} från {city}.",
        "Söta {name}, {age} år, nu i {city}.",
    ],
    "nb": [
        "Hei, jeg heter {name} og er {age} år.",
        "Hei! Navnet mitt er {name}, jeg er {age} år og bor i {city}.",
        "Jeg heter {name}, {age} år, og tar imot i {city}.",
        "Velkommen til annonsen min. Jeg er {name} fra {city}.",
        "Søte {name}, {age} år, nå i {city}.",
    ],
    "en": [
        "Hi, my name is {name} and I am {age} years old.",
        "Hello! I am {name}, {age}, living in {city}.",
        "I am {name}, {age} years, receiving in {city}.",
        "Welcome to my ad. I am {name} from {city}.",
        "Sweet {name}, {age}, now in {city}.",
        "Hi gentlemen, it is {name} again, {age} and still in {city}.",
    ],
    "de": [
        "Hallo, ich heiße {name} und bin {age} Jahre alt.",
        "Hallo! Ich bin {name}, {age} Jahre, und wohne in {city}.",
        "Ich bin {name}, {age}, und empfange dich in {city}.",
        "Willkommen in meiner Anzeige. Ich bin {name} aus {city}.",
        "Die süße {name}, {age} Jahre, jetzt in {city}.",
    ],
    "pl": [
        "Cześć, mam na imię {name} i mam {age} lat.",
        "Witaj! Jestem {name}, mam {age} lat i mieszkam w {city}.",
        "Jestem {name}, {age} lat, przyjmuję w {city}.",
        "Witam w moim ogłoszeniu. Jestem {name} z {city}.",
        "Słodka {name}, {age} lat, teraz w {city}.",
    ],
}

INDIV = {
    "da": [
        "Om {season} elsker jeg {hobby} og {hobby2}.",
        "Min yndlingsret er {food}, og jeg drikker helst {drink}.",
        "Jeg er {adj} og {adj2}, og mine venner siger, at jeg er {adj3}.",
        "I weekenden går jeg tit {outing}.",
        "Jeg har {hair} hår og {eyes} øjne.",
        "Jeg lytter meget til {music} og læser gerne {book}.",
        "Engang boede jeg i {abroad}, og jeg savner stadig {miss}.",
        "Min drøm er at rejse til {dest} en dag.",
        "Min lille hund hedder {rare}, og den er {adj}.",
        "Jeg bor tæt ved {rare}vej, hvor der er roligt og grønt.",
        "Når jeg har fri, nyder jeg {hobby} med en kop {drink}.",
        "Mange siger, at jeg minder om en {adj} {animal}.",
    ],
    "sv": [
        "På {season} älskar jag {hobby} och {hobby2}.",
        "Min favoriträtt är {food} och jag dricker helst {drink}.",
        "Jag är {adj} och {adj2}, och mina vänner säger att jag är {adj3}.",
        "På helgerna går jag ofta {outing}.",
        "Jag har {hair} hår och {eyes} ögon.",
        "Jag lyssnar mycket på {music} och läser gärna {book}.",
        "En gång bodde jag i {abroad} och jag saknar fortfarande {miss}.",
        "Min dröm är att resa till {dest} en dag.",
        "Min lilla hund heter {rare} och den är {adj}.",
        "Jag bor nära {rare}gatan, där det är lugnt.",
        "När jag är ledig njuter jag av {hobby} med en kopp {drink}.",
    ],
    "nb": [
        "Om {season} elsker jeg {hobby} og {hobby2}.",
        "Favorittretten min er {food}, og jeg drikker helst {drink}.",
        "Jeg er {adj} og {adj2}, og vennene mine sier at jeg er {adj3}.",
        "I helgene går jeg ofte {outing}.",
        "Jeg har {hair} hår og {eyes} øyne.",
        "Jeg hører mye på {music} og leser gjerne {book}.",
        "En gang bodde jeg i {abroad}, og jeg savner fortsatt {miss}.",
        "Drømmen min er å reise til {dest} en dag.",
        "Den lille hunden min heter {rare}, og den er {adj}.",
        "Jeg bor like ved {rare}veien, der det er rolig.",
        "Når jeg har fri, nyter jeg {hobby} med en kopp {drink}.",
    ],
    "en": [
        "In {season} I love {hobby} and {hobby2}.",
        "My favourite dish is {food} and I prefer to drink {drink}.",
        "I am {adj} and {adj2}, and my friends say I am {adj3}.",
        "At weekends I often go {outing}.",
        "I have {hair} hair and {eyes} eyes.",
        "I listen to a lot of {music} and like to read {book}.",
        "I once lived in {abroad} and I still miss {miss}.",
        "My dream is to travel to {dest} one day.",
        "My little dog is called {rare} and he is {adj}.",
        "I live near {rare} Street, where it is quiet.",
        "When I am off I enjoy {hobby} with a cup of {drink}.",
        "People say I remind them of a {adj} {animal}.",
    ],
    "de": [
        "Im {season} liebe ich {hobby} und {hobby2}.",
        "Mein Lieblingsessen ist {food}, und am liebsten trinke ich {drink}.",
        "Ich bin {adj} und {adj2}, und meine Freundinnen sagen, ich sei {adj3}.",
        "Am Wochenende gehe ich oft {outing}.",
        "Ich habe {hair} Haare und {eyes} Augen.",
        "Ich höre viel {music} und lese gern {book}.",
        "Früher habe ich in {abroad} gewohnt und vermisse noch immer {miss}.",
        "Mein Traum ist eine Reise nach {dest}.",
        "Mein kleiner Hund heißt {rare} und ist {adj}.",
        "Ich wohne nahe der {rare}straße, dort ist es ruhig.",
        "In meiner Freizeit genieße ich {hobby} mit einer Tasse {drink}.",
    ],
    "pl": [
        "{season} uwielbiam {hobby} i {hobby2}.",
        "Moje ulubione danie to {food}, a najchętniej piję {drink}.",
        "Jestem {adj} i {adj2}, a przyjaciółki mówią, że jestem {adj3}.",
        "W weekendy często chodzę {outing}.",
        "Mam {hair} włosy i {eyes} oczy.",
        "Słucham dużo {music} i lubię czytać {book}.",
        "Kiedyś mieszkałam w {abroad} i wciąż tęsknię za {miss}.",
        "Marzę o podróży do {dest}.",
        "Mój mały pies ma na imię {rare} i jest {adj}.",
        "Mieszkam przy ulicy {rare}, gdzie jest cicho.",
        "W wolnym czasie lubię {hobby} przy filiżance {drink}.",
    ],
}

SLOTS = {
    "*": {
        "dest": "Paris|Rom|Lissabon|Barcelona|Tokyo|New York|Bali|Island|Kreta|Marrakech|Wien|Prag|Sicilien|Mallorca|Kapstaden|Buenos Aires|Havana|Hanoi|Bangkok|Sydney".split("|"),
        "abroad": "London|Berlin|Madrid|Milano|Riga|Vilnius|Bukarest|Sofia|Budapest|Lyon|Porto|Dublin|Kraków|Gdańsk|Tallinn|Helsinki".split("|"),
    },
    "da": {
        "season": "sommeren|vinteren|foråret|efteråret|juletiden|påsken".split("|"),
        "hobby": "at gå lange ture|yoga|at bage|at danse salsa|at male|at cykle|at svømme i havet|at lave mad|at strikke|at læse krimier|at gå i biografen|havearbejde|at tage billeder|at løbe|at spille klaver|at gå på loppemarked|at synge|at gå i teatret".split("|"),
        "food": "lasagne|frikadeller|sushi|thaisuppe|pasta med pesto|stegt flæsk|pizza|tapas|risotto|boller i karry|fiskefrikadeller|pandekager".split("|"),
        "drink": "te|kaffe|rødvin|hyldeblomstsaft|kakao|vand med citron|danskvand|champagne".split("|"),
        "adj": "glad|rolig|nysgerrig|varm|kærlig|sjov|omsorgsfuld|eventyrlysten|blid|charmerende|ærlig|positiv|hyggelig|tålmodig|livlig|elegant".split("|"),
        "outing": "i skoven|på stranden|på café|i svømmehallen|på museum|i parken|på marked|til koncert|på vinbar".split("|"),
        "hair": "langt lyst|kort mørkt|rødt|brunt krøllet|sort|halvlangt blondt".split("|"),
        "eyes": "blå|brune|grønne|grå|mørke".split("|"),
        "music": "jazz|popmusik|klassisk musik|soul|gammel rock|danske viser|reggae|country".split("|"),
        "book": "romaner|digte|rejsebøger|krimier|biografier|tegneserier".split("|"),
        "miss": "solen|maden|havet|bjergene|mine venner der|de lange aftener".split("|"),
        "animal": "kat|sommerfugl|egern|delfin|rådyr|svane".split("|"),
    },
    "sv": {
        "season": "sommaren|vintern|våren|hösten|julen".split("|"),
        "hobby": "långa promenader|yoga|att baka|att dansa salsa|att måla|att cykla|att simma i havet|att laga mat|att sticka|deckare|bio|trädgårdsarbete|att fotografera|att springa|att spela piano|loppisar".split("|"),
        "food": "lasagne|köttbullar|sushi|thaisoppa|pasta med pesto|pizza|tapas|risotto|kanelbullar|pannkakor".split("|"),
        "drink": "te|kaffe|rödvin|fläderdryck|varm choklad|vatten med citron|champagne".split("|"),
        "adj": "glad|lugn|nyfiken|varm|kärleksfull|rolig|omtänksam|äventyrlig|mild|charmig|ärlig|positiv|mysig|tålmodig|livlig|elegant".split("|"),
        "outing": "i skogen|på stranden|på café|på museum|i parken|på marknad|på konsert|på vinbar".split("|"),
        "hair": "långt ljust|kort mörkt|rött|brunt lockigt|svart|halvlångt blont".split("|"),
        "eyes": "blå|bruna|gröna|grå|mörka".split("|"),
        "music": "jazz|popmusik|klassisk musik|soul|gammal rock|visor|reggae|country".split("|"),
        "book": "romaner|dikter|reseböcker|deckare|biografier|serier".split("|"),
        "miss": "solen|maten|havet|bergen|mina vänner där|de långa kvällarna".split("|"),
        "animal": "katt|fjäril|ekorre|delfin|rådjur|svan".split("|"),
    },
    "nb": {
        "season": "sommeren|vinteren|våren|høsten|julen".split("|"),
        "hobby": "lange turer|yoga|å bake|å danse salsa|å male|å sykle|å bade i havet|å lage mat|å strikke|krim|kino|hagearbeid|å ta bilder|å løpe|å spille piano|loppemarked".split("|"),
        "food": "lasagne|kjøttkaker|sushi|thaisuppe|pasta med pesto|pizza|tapas|risotto|vafler|pannekaker".split("|"),
        "drink": "te|kaffe|rødvin|hyllebærsaft|kakao|vann med sitron|champagne".split("|"),
        "adj": "glad|rolig|nysgjerrig|varm|kjærlig|morsom|omtenksom|eventyrlysten|mild|sjarmerende|ærlig|positiv|koselig|tålmodig|livlig|elegant".split("|"),
        "outing": "i skogen|på stranden|på kafé|på museum|i parken|på marked|på konsert|på vinbar".split("|"),
        "hair": "langt lyst|kort mørkt|rødt|brunt krøllete|svart|halvlangt blondt".split("|"),
        "eyes": "blå|brune|grønne|grå|mørke".split("|"),
        "music": "jazz|popmusikk|klassisk musikk|soul|gammel rock|viser|reggae|country".split("|"),
        "book": "romaner|dikt|reisebøker|krim|biografier|tegneserier".split("|"),
        "miss": "sola|maten|havet|fjellene|vennene mine der|de lange kveldene".split("|"),
        "animal": "katt|sommerfugl|ekorn|delfin|rådyr|svane".split("|"),
    },
    "en": {
        "season": "summer|winter|spring|autumn|the holidays".split("|"),
        "hobby": "long walks|yoga|baking|salsa dancing|painting|cycling|swimming in the sea|cooking|knitting|crime novels|the cinema|gardening|photography|running|playing the piano|flea markets|singing|the theatre".split("|"),
        "food": "lasagne|meatballs|sushi|Thai soup|pasta with pesto|pizza|tapas|risotto|pancakes|curry".split("|"),
        "drink": "tea|coffee|red wine|elderflower cordial|hot chocolate|water with lemon|champagne".split("|"),
        "adj": "happy|calm|curious|warm|loving|funny|caring|adventurous|gentle|charming|honest|positive|cosy|patient|lively|elegant".split("|"),
        "outing": "to the woods|to the beach|to a cafe|to a museum|to the park|to the market|to concerts|to a wine bar".split("|"),
        "hair": "long blonde|short dark|red|curly brown|black|shoulder-length fair".split("|"),
        "eyes": "blue|brown|green|grey|dark".split("|"),
        "music": "jazz|pop|classical music|soul|old rock|folk songs|reggae|country".split("|"),
        "book": "novels|poetry|travel books|crime stories|biographies|comics".split("|"),
        "miss": "the sun|the food|the sea|the mountains|my friends there|the long evenings".split("|"),
        "animal": "cat|butterfly|squirrel|dolphin|deer|swan".split("|"),
    },
    "de": {
        "season": "Sommer|Winter|Frühling|Herbst|Advent".split("|"),
        "hobby": "lange Spaziergänge|Yoga|Backen|Salsa tanzen|Malen|Radfahren|Schwimmen im Meer|Kochen|Stricken|Krimis|Kino|Gartenarbeit|Fotografieren|Laufen|Klavier spielen|Flohmärkte".split("|"),
        "food": "Lasagne|Frikadellen|Sushi|Thai-Suppe|Pasta mit Pesto|Pizza|Tapas|Risotto|Pfannkuchen|Käsespätzle".split("|"),
        "drink": "Tee|Kaffee|Rotwein|Holundersaft|heiße Schokolade|Wasser mit Zitrone|Sekt".split("|"),
        "adj": "fröhlich|ruhig|neugierig|herzlich|liebevoll|lustig|fürsorglich|abenteuerlustig|sanft|charmant|ehrlich|positiv|gemütlich|geduldig|lebhaft|elegant".split("|"),
        "outing": "in den Wald|an den Strand|ins Café|ins Museum|in den Park|auf den Markt|auf Konzerte|in eine Weinbar".split("|"),
        "hair": "lange blonde|kurze dunkle|rote|braune lockige|schwarze|halblange helle".split("|"),
        "eyes": "blaue|braune|grüne|graue|dunkle".split("|"),
        "music": "Jazz|Popmusik|klassische Musik|Soul|alten Rock|Volkslieder|Reggae|Country".split("|"),
        "book": "Romane|Gedichte|Reisebücher|Krimis|Biografien|Comics".split("|"),
        "miss": "die Sonne|das Essen|das Meer|die Berge|meine Freunde dort|die langen Abende".split("|"),
        "animal": "Katze|Schmetterling|Eichhörnchen|Delfin|Reh|Schwan".split("|"),
    },
    "pl": {
        "season": "Latem|Zimą|Wiosną|Jesienią|W święta".split("|"),
        "hobby": "długie spacery|jogę|pieczenie|tańczyć salsę|malować|jeździć na rowerze|pływać w morzu|gotować|robić na drutach|kryminały|kino|pracę w ogrodzie|fotografię|biegać|grać na pianinie".split("|"),
        "food": "lasagne|pierogi|sushi|zupa tajska|makaron z pesto|pizza|tapas|risotto|naleśniki|gołąbki".split("|"),
        "drink": "herbatę|kawę|czerwone wino|sok z bzu|gorącą czekoladę|wodę z cytryną|szampana".split("|"),
        "adj": "wesoła|spokojna|ciekawa świata|ciepła|czuła|zabawna|troskliwa|odważna|łagodna|urocza|szczera|pozytywna|cierpliwa|energiczna|elegancka".split("|"),
        "outing": "do lasu|na plażę|do kawiarni|do muzeum|do parku|na targ|na koncerty|do winiarni".split("|"),
        "hair": "długie jasne|krótkie ciemne|rude|brązowe kręcone|czarne|półdługie blond".split("|"),
        "eyes": "niebieskie|brązowe|zielone|szare|ciemne".split("|"),
        "music": "jazzu|popu|muzyki klasycznej|soulu|starego rocka|piosenek ludowych|reggae".split("|"),
        "book": "powieści|wiersze|książki podróżnicze|kryminały|biografie|komiksy".split("|"),
        "miss": "słońcem|jedzeniem|morzem|górami|przyjaciółmi|długimi wieczorami".split("|"),
        "animal": "kot|motyl|wiewiórka|delfin|sarna|łabędź".split("|"),
    },
}

CONTACT = {
    "da": ["Ring på {phone}.", "Ring eller sms {phone}.", "Tlf. {phone}", "Kontakt mig på {phone}, kun sms først.",
           "Du kan fange mig på {phone} hele dagen.", "Mit nummer er {phone}.", "Skriv til {phone} for en aftale."],
    "sv": ["Ring {phone}.", "Ring eller sms:a {phone}.", "Tel. {phone}", "Kontakta mig på {phone}, gärna sms först.",
           "Du når mig på {phone} hela dagen.", "Mitt nummer är {phone}."],
    "nb": ["Ring {phone}.", "Ring eller send sms til {phone}.", "Tlf. {phone}", "Kontakt meg på {phone}, gjerne sms først.",
           "Du når meg på {phone} hele dagen.", "Nummeret mitt er {phone}."],
    "en": ["Call {phone}.", "Call or text {phone}.", "Tel. {phone}", "Contact me on {phone}, text first please.",
           "You can reach me on {phone} all day.", "My number is {phone}.", "Text {phone} to book."],
    "de": ["Ruf an: {phone}.", "Anruf oder SMS an {phone}.", "Tel. {phone}", "Erreichbar unter {phone}, gern zuerst per SMS.",
           "Du erreichst mich den ganzen Tag unter {phone}.", "Meine Nummer ist {phone}."],
    "pl": ["Zadzwoń {phone}.", "Dzwoń lub pisz {phone}.", "Tel. {phone}", "Kontakt: {phone}, najpierw SMS.",
           "Jestem dostępna pod numerem {phone} cały dzień.", "Mój numer to {phone}."],
}

NOPHONE = {
    "da": ["Skriv til mig her på siden.", "Kontakt mig via beskedfunktionen.", "Send en besked gennem siden."],
    "sv": ["Skriv till mig här på sidan.", "Kontakta mig via meddelandefunktionen."],
    "nb": ["Skriv til meg her på siden.", "Kontakt meg via meldingsfunksjonen."],
    "en": ["Write to me here on the site.", "Contact me through the message form.", "Send me a message on this page."],
    "de": ["Schreib mir hier auf der Seite.", "Kontakt über das Nachrichtenformular."],
    "pl": ["Napisz do mnie przez stronę.", "Kontakt przez formularz wiadomości."],
}

PRICE = {
    "da": ["Pris {price} for en time.", "En halv time koster {price}.", "Priser fra {price}.", "{price} pr. time, fast pris."],
    "sv": ["Pris {price} för en timme.", "En halvtimme kostar {price}.", "Priser från {price}."],
    "nb": ["Pris {price} for en time.", "En halvtime koster {price}.", "Priser fra {price}."],
    "en": ["Price {price} for one hour.", "Half an hour is {price}.", "Rates from {price}.", "{price} per hour, fixed."],
    "de": ["Preis {price} pro Stunde.", "Eine halbe Stunde kostet {price}.", "Preise ab {price}."],
    "pl": ["Cena {price} za godzinę.", "Pół godziny kosztuje {price}.", "Ceny od {price}."],
}

TITLES = {
    "da": ["{name}, {age} – {tag}", "{tag} i {city}", "{name} i {city}", "{tag}", "Ny annonce: {name}"],
    "sv": ["{name}, {age} – {tag}", "{tag} i {city}", "{name} i {city}", "{tag}"],
    "nb": ["{name}, {age} – {tag}", "{tag} i {city}", "{name} i {city}", "{tag}"],
    "en": ["{name}, {age} – {tag}", "{tag} in {city}", "{name} in {city}", "{tag}", "New ad: {name}"],
    "de": ["{name}, {age} – {tag}", "{tag} in {city}", "{name} in {city}", "{tag}"],
    "pl": ["{name}, {age} – {tag}", "{tag} w {city}", "{name} w {city}", "{tag}"],
}

TAGS = {
    "da": "diskret og charmerende|afslappende massage|hyggelig selskab|sød og smilende|rolig og venlig|elegant ledsager|din pause i hverdagen|blid massage".split("|"),
    "sv": "diskret och charmig|avslappnande massage|trevligt sällskap|söt och glad|lugn och vänlig|elegant sällskap".split("|"),
    "nb": "diskret og sjarmerende|avslappende massasje|hyggelig selskap|søt og blid|rolig og vennlig|elegant selskap".split("|"),
    "en": "discreet and charming|relaxing massage|pleasant company|sweet and smiling|calm and friendly|elegant companion|your break from the day".split("|"),
    "de": "diskret und charmant|entspannende Massage|angenehme Gesellschaft|süß und fröhlich|ruhig und freundlich|elegante Begleitung".split("|"),
    "pl": "dyskretna i urocza|relaksujący masaż|miłe towarzystwo|słodka i uśmiechnięta|spokojna i miła|elegancka towarzyszka".split("|"),
}

DIGITS = {
    "da": "nul en to tre fire fem seks syv otte ni".split(),
    "sv": "noll ett två tre fyra fem sex sju åtta nio".split(),
    "nb": "null en to tre fire fem seks sju åtte ni".split(),
    "en": "zero one two three four five six seven eight nine".split(),
    "de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split(),
}

# Danish number words 0-99, for numbers written in pairs ("tyve tolv fireogtredive").
_DA_UNITS = "nul en to tre fire fem seks syv otte ni".split()
_DA_TEENS = "ti elleve tolv tretten fjorten femten seksten sytten atten nitten".split()
_DA_TENS = {2: "tyve", 3: "tredive", 4: "fyrre", 5: "halvtreds", 6: "tres", 7: "halvfjerds", 8: "firs", 9: "halvfems"}


def da_pair(n):
    """Danish words for 0-99 as written in a phone number pair."""
    if n < 10:
        return "nul " + _DA_UNITS[n]
    if n < 20:
        return _DA_TEENS[n - 10]
    t, u = divmod(n, 10)
    return _DA_TENS[t] if u == 0 else _DA_UNITS[u] + "og" + _DA_TENS[t]


NAMES = """Sofie Emma Ida Freja Laura Clara Maja Anna Julie Mathilde Karla Alma Ella Nora Liva Caroline Cecilie Louise
Camilla Nina Bella Lisa Mille Line Sara Maria Elena Natalia Kasia Ola Ewa Marta Zuzanna Agnieszka Linnea Ingrid Astrid Elsa
Wilma Ebba Saga Hedda Thea Ingeborg Silje Maren Tuva Hanna Lena Mia Lea Lina Katharina Johanna Greta Paula Jana Petra
Bianca Ioana Andreea Daria Irina Oksana Olena Yulia Mai Lan Thi Ploy Nok Dao Camila Luna Valentina Isabella Gabriela
Daniela Lucia Carmen Rosa Victoria Chloe Amber Hannah Grace Lily Ruby Jasmin Amira Leila Yasmin Aylin Selin Dina Vera
Alina Sabina Kristina Monika Renata Beata Dorota Iwona Simona Roxana Teodora Mirela Adela Tina Jessica Nicole Vanessa
Melanie Sandra Tanja Kim Jenny Josefine Rebecca Stine Trine Pernille Mette Lone Bente Susanne Helle Dorthe Lotte""".split()

# Cities per market: canonical name -> spellings seen in ads.
CITIES = {
    "DK": {
        "København": ["København", "Copenhagen", "Kbh", "CPH", "København K", "Kbh K", "Kobenhavn", "København Ø", "Kbh. V", "Copenhagen C"],
        "Aarhus": ["Aarhus", "Århus", "Aarhus C", "Arhus"],
        "Odense": ["Odense", "Odense C", "Odense SØ"],
        "Aalborg": ["Aalborg", "Ålborg", "Aalborg C"],
        "Frederiksberg": ["Frederiksberg", "Frb.", "Frederiksberg C"],
        "Esbjerg": ["Esbjerg", "Esbjerg V"],
        "Vejle": ["Vejle"],
        "Kolding": ["Kolding"],
        "Randers": ["Randers", "Randers C"],
        "Horsens": ["Horsens"],
        "Roskilde": ["Roskilde"],
        "Herning": ["Herning"],
        "Helsingør": ["Helsingør", "Elsinore", "Helsingor"],
        "Næstved": ["Næstved", "Naestved"],
        "Køge": ["Køge", "Koge"],
        "Silkeborg": ["Silkeborg"],
        "Glostrup": ["Glostrup"],
        "Amager": ["Amager", "Kastrup", "Amager Øst"],
    },
    "SE": {
        "Stockholm": ["Stockholm", "Sthlm", "Stockholm city"],
        "Göteborg": ["Göteborg", "Gothenburg", "Gbg", "Goteborg"],
        "Malmö": ["Malmö", "Malmo", "Malmö C"],
        "Uppsala": ["Uppsala"],
        "Helsingborg": ["Helsingborg", "Hbg"],
        "Lund": ["Lund"],
    },
    "NO": {
        "Oslo": ["Oslo", "Oslo sentrum"],
        "Bergen": ["Bergen"],
        "Trondheim": ["Trondheim", "Trondhjem"],
        "Stavanger": ["Stavanger"],
        "Drammen": ["Drammen"],
    },
    "DE": {
        "Hamburg": ["Hamburg", "HH"],
        "Berlin": ["Berlin", "Berlin-Mitte"],
        "Kiel": ["Kiel"],
        "Flensburg": ["Flensburg"],
        "Lübeck": ["Lübeck", "Luebeck"],
    },
    "PL": {
        "Warszawa": ["Warszawa", "Warsaw", "Warszawie"],
        "Kraków": ["Kraków", "Krakow"],
        "Gdańsk": ["Gdańsk", "Gdansk"],
        "Szczecin": ["Szczecin"],
    },
}

# Syllables for made-up words ({rare}: a pet's or a street's name).
SYLLABLES = "ka lo mi ren sa to vel ni dor pa li sun ber ta mo gen fa ri ol que da zu em an bo ki lu nes ter vi".split()
