# adscreen review — svenska.
#
# VÄNTAR PÅ GRANSKNING av en person med svenska som modersmål: helst en
# uppsökare i en svensk stödverksamhet för personer i sexhandel (till
# exempel en kommunal Mikamottagning eller en ideell organisation), och en
# jurist för termer som "hänvisad". Skriven av en utvecklare; ändra fritt,
# men behåll nycklarna och { $variablerna }.
# (Awaits native-speaker review: a Swedish outreach worker, and a lawyer for
# the legal terms.)
#
# Bara verktygets egna ord översätts: annonstext, anteckningar, namn och
# koderna i --json och exporter förblir som de är.

## Generic

error-prefix = fel
loading = Hämtar…
first-seen = först sedd
last-seen = senast sedd
no-ads-match = Inga annonser matchar filtren.
event-note = anteckning
target-ad = annons #{ $id }
target-network = nätverk #{ $id }

## Review statuses (full words) and their short forms for tables (≤ 9 characters)

status-new = ny
status-needs_outreach = behöver uppsökas
status-contacted = kontaktad
status-referred = hänvisad
status-dismissed = avskriven (ingen oro)
status-independent = självständig
status-agency = byrå
status-spam_or_scam = spam eller bedrägeri
status-duplicate = dubblett
status-short-new = ny
status-short-needs_outreach = uppsökas
status-short-contacted = kontaktad
status-short-referred = hänvisad
status-short-dismissed = avskriven
status-short-independent = självst.
status-short-agency = byrå
status-short-spam_or_scam = spam
status-short-duplicate = dubblett

## Ad fields and link kinds

field-title = rubrik
field-text = text
field-name = namn
field-age = ålder
field-location = plats
field-phone = telefon
field-price = pris
field-images = bilder
link-phone = telefon
link-text = text
link-image = foto

## Table columns

col-id = id
col-score = poäng
col-status = status
col-name = namn
col-city = ort
col-site = sajt
col-network = nätverk
col-indicators = indikatorer
col-seen = sedd
col-why = varför kopplad

## Title line and status bar

title-queue-all = Kö — alla annonser efter prioritet
title-queue-filtered = Kö — { $filters }
title-ad = Annons #{ $id }
title-network = Nätverk #{ $id }
bar-ads = { $count ->
    [one] { $n } annons
   *[other] { $n } annonser
}
bar-counting = räknar…
bar-keys = ? hjälp  q avsluta

## Queue

queue-empty-db = Databasen har inga annonser än. Kör `crawler demo`, `crawler crawl` eller `crawler import`.
queue-no-match = Inga annonser matchar filtren. Tryck c för att ta bort dem, f för att ändra dem.

## Key help

help-title = Tangenter — valfri tangent stänger
help-move = flytta / rulla
help-page = sida, början, slut
help-open = öppna annonsen
help-network = öppna annonsens nätverk
help-back = tillbaka
help-search = sök i annonstexten
help-filters = filter (sajt, ort, språk, …)  rensa
help-mark = sätt status: ny, behöver uppsökas, …
help-note-assign = skriv en anteckning  tilldela en medarbetare
help-follow = följ/sluta följa nätverk  nummer
help-browser = öppna annonsen i en webbläsare
help-copy = kopiera telefonnumret  meddelande från en mall
help-reload = läs in från databasen igen
help-help = denna hjälp  avsluta

## Overlays

picker-title = Status för { $target }
prompt-search = Sök i annonstext (Enter tillämpar, tomt rensar)
prompt-note = Anteckning om { $target } (Enter sparar)
filters-title = Filter
filters-hint = Tab nästa · Enter tillämpa · Esc avbryt · datum 2026-11-22
filter-search = sökning
filter-site = sajt
filter-city = ort
filter-language = språk
filter-indicator = indikator
filter-status = status
filter-since = från
filter-until = till
filter-min-score = min. poäng

## Messages in the title line

msg-no-network = annonsen är inte kopplad till något nätverk
msg-opening = öppnar { $url }
msg-copied = numret { $number } har kopierats
msg-copied-more = numret { $number } har kopierats (finns också i annonsen: { $others })
msg-ad-no-phone = annonsen har inget telefonnummer
msg-open-ad-for-phone = öppna en annons (Enter) för att använda dess telefonnummer
msg-saving-status = sparar { $status }…
msg-empty-note = tom anteckning sparades inte
msg-saving-note = sparar anteckning…
msg-error = fel: { $error }
msg-marked = { $target } satt till { $status } av { $reviewer }
msg-note-added = anteckning tillagd för { $target } av { $reviewer }
msg-following = följer { $what }
msg-unfollowed = följer inte längre { $what }
err-open-db = fel: kan inte öppna databasen: { $error }
err-ad-gone = annons #{ $id } finns inte längre i databasen
err-network-gone = nätverk #{ $id } finns inte längre i databasen
err-worker-stopped = fel: databastråden har stannat; starta review igen
err-browser = fel: kan inte öppna en webbläsare ({ $error }); adressen är { $url }
err-copy = kunde inte kopiera; numret är { $number }
err-unknown-status = okänd status `{ $given }`: använd en av { $codes }
err-unknown-indicator = okänd indikator `{ $given }`: använd en av { $codes }
err-date = { $flag } `{ $given }`: förväntade ett datum som 2026-11-22 eller 2026-11-22T10:00:00Z

## Ad view

ad-removed = borttagen
ad-seen-price = först sedd { $first } · senast sedd { $last } · pris { $price }
ad-title = Rubrik
ad-text = Text
ad-indicators = Indikatorer
ad-indicators-of = Indikatorer (poäng { $score }, språk { $language }, regler { $rules })
ad-none-fired = inga utlösta
ad-not-analysed = inte analyserad än (kör `crawler analyze`)
ad-phones = Telefonnummer
ad-none-found = inga hittade
ad-written-in = skrivet “{ $raw }” i { $field }
ad-disguised = maskerat
ad-images = Bilder
ad-none = inga
ad-not-hashed = inte hashad: { $error }
ad-not-hashed-yet = inte hashad än
ad-linked = Kopplade annonser
ad-strength = styrka { $score }
ad-in-network = i nätverk #{ $id } — tryck n för att öppna det
ad-versions = Versioner
ad-unchanged = oförändrad sedan först sedd
ad-until = fram till { $at }
ad-history = Historik
ad-no-decisions = inga beslut än

## Network view

net-ads = { $count ->
    [one] { $count } annons
   *[other] { $count } annonser
}
net-followed = följs
net-links = kopplingar: { $phone } telefon, { $text } text, { $photo } foto
net-names = namn
net-phones = nummer
net-cities = orter
net-timeline = tidslinje
net-last-decision = senaste beslut { $at } av { $reviewer }: { $what }

## review show

show-no-title = ingen rubrik
show-age = ålder
show-price = pris
show-score = Poäng { $score } (regler { $rules }, språk { $language })
show-not-analysed = Inte analyserad än (kör `crawler analyze`).
show-written = skrivet “{ $raw }”
show-versions = { $count ->
    [one] En tidigare version
   *[other] { $count } tidigare versioner
}

## review mark, note, watch, alerts, audit

cmd-marked = { $target }: { $previous } → { $status } (av { $reviewer }, händelse { $event })
cmd-noted = anteckning tillagd för { $target } (av { $reviewer }, händelse { $event })
watch-none = { $reviewer } följer inget än: `review watch 12` (ett nätverk) eller `review watch +4520123456`
watch-kind-network = nätverk
watch-kind-phone = nummer
watch-on = { $reviewer } följer nu { $kind } { $target }
watch-off = { $reviewer } följer inte längre { $kind } { $target }
alerts-none = Inga nya annonser i det { $reviewer } följer sedan senast (`review watch` visar det).
alerts-in-network = Nytt i nätverk #{ $id }
alerts-in-number = Nytt på nummer { $number }
alerts-peek = (titt: de visas igen nästa gång)
audit-none = inga poster i granskningsloggen
audit-none-for = inga poster i granskningsloggen för åtgärden `{ $action }`
audit-when = när (UTC)
audit-who = vem
audit-action = åtgärd
audit-details = detaljer

## review stats

stats-heading = Annonser först sedda per vecka ({ $weeks ->
    [one] en vecka
   *[other] { $weeks } veckor
}; █ annonser, flaggade = minst en positiv indikator)
stats-week-of = vecka från
stats-ads = annonser
stats-flagged = flaggade
stats-networks = nätverk
stats-per-site = Per sajt (annonser i perioden; trend per vecka)
stats-per-city = Per ort (annonser i perioden; trend per vecka)
stats-per-language = Per språk (annonser i perioden; trend per vecka)
stats-per-indicator = Per indikator (annonser i perioden; trend per vecka)
stats-flagged-short = ({ $count } fl.)
stats-more = … och { $count } till (se --json)

stats-outreach = Uppsökande arbete per månad (kontakter → samtal → hänvisningar)
stats-month = månad
stats-contacts = kontakter
stats-conversations = samtal
stats-referrals = hänvisningar

## Command-line help (clap)

cli-about = Granskningsverktyget för uppsökande personal.
cli-long-about = Granskningsverktyget för uppsökande personal.

    Utan underkommando öppnas kön av annonser och nätverk i helskärm, ordnad efter prioritet. Varje statusändring och anteckning sparas med ditt namn och tiden.
cli-arg-db = Databasfil (standard: $ADSCREEN_DB eller ./adscreen.db).
cli-arg-reviewer = Ditt namn, som sparas med varje beslut (standard: $ADSCREEN_REVIEWER eller användarnamnet).
cli-arg-lang = Verktygets språk: en, da, sv eller nb (standard: $ADSCREEN_LANG, sedan systemets språk, sedan engelska).
cli-cmd-list = Lista annonser efter prioritet, med filter.
cli-cmd-show = Visa allt om en annons: text med belägg, nummer, bilder, kopplingar, historik.
cli-cmd-mark = Sätt status på en annons (eller ett nätverk med --network).
cli-cmd-note = Skriv en anteckning om en annons (eller ett nätverk med --network).
cli-cmd-watch = Följ (eller med --off sluta följa) ett nätverks-id eller ett telefonnummer.
cli-cmd-alerts = Nya annonser i följda nätverk eller nummer sedan senast.
cli-cmd-stats = Trender: annonser, flaggor och nätverk per vecka, sajt, ort, språk och indikator.
cli-cmd-audit = Granskningsloggen: exporter, statusändringar, anteckningar, rensningar, säkerhetskopior.
cli-cmd-export = Exportera utvalda ärenden som JSON till det nationella centret (i Danmark CMM).
cli-cmd-backup = Kopiera den körande databasen till FIL med SQLites onlinebackup (pg_dump på PostgreSQL).
cli-cmd-restore = Kontrollera en säkerhetskopia FIL och återställ den till --db (skriver bara över med --yes).

## Networks screen and `review networks`

title-networks = Nätverk — efter prioritet
networks-none = Inga nätverk än: annonser förs samman till ett nätverk när de delar ett nummer, en text eller ett foto.
col-ads = antal
col-assignee = ansvarig
col-cities = orter
help-tabs = byt skärm: Annonser, Nätverk, Trender, Bevakningar
cli-cmd-networks = Lista möjliga nätverk efter prioritet (storlek, starkaste indikatorer, senaste aktivitet).

## Teamwork: assign, remind, due, contact, do-not-contact

cmd-assigned = { $target } har tilldelats { $assignee } (av { $reviewer }, händelse { $event })
cmd-reminded = { $target }: följ upp { $date } (händelse { $event })
due-none = Inget att följa upp senast { $date }.
due-set-by = satt av
warning = varning
contact-not-in-ad = { $number } är inte ett nummer i annons #{ $id }
contact-no-phone = annons #{ $id } har inget telefonnummer att kontakta
contact-which = annonsen har flera nummer ({ $numbers }): ange vilket med --phone
contact-dnc = { $number } står på listan över nummer som inte får kontaktas ({ $reason }): inte registrerat
contact-too-soon = { $number } kontaktades senast { $date } av { $reviewer } ({ $days ->
    [one] för en dag sedan
   *[other] för { $days } dagar sedan
}); det ska gå minst { $gap } dagar.
contact-confirm = Lägg till --yes för att registrera ett nytt försök.
contact-recorded = kontakt med { $number } registrerad ({ $channel }, { $outcome }) från { $target }
contact-now-dnc = { $number } står nu på listan över nummer som inte får kontaktas ({ $reason })
dnc-empty = Listan över nummer som inte får kontaktas är tom.
dnc-removed = { $number } står inte längre på listan över nummer som inte får kontaktas
channel-sms = sms
channel-call = samtal
channel-visit = besök
channel-other = annat
outcome-no_reply = inget svar
outcome-replied = svarade
outcome-wrong_number = fel nummer
outcome-landline = fast telefon
outcome-opted_out = vill inte bli kontaktad
outcome-referred_clinic = hänvisad till en hälsomottagning
outcome-referred_cmm = hänvisad till CMM
outcome-referred_shelter = hänvisad till ett skyddat boende
outcome-referred_police = hänvisad till polisen
dnc-opted_out = vill inte bli kontaktad
dnc-wrong_number = fel nummer
dnc-landline = fast telefon
dnc-partner_request = på begäran av en samarbetspartner
event-assign = tilldelad { $name }
event-remind = följ upp { $date }
event-contact = kontakt: { $what }
ad-contacts = Kontakter (per nummer, från alla annonser med numret)
ad-no-contacts = inga kontakter än
ad-dnc = { $number }: FÅR INTE KONTAKTAS ({ $reason })
ad-assignee = tilldelad { $name }
prompt-assign = Tilldela { $target } till (Enter sparar)
msg-assigned = { $target } har tilldelats { $assignee }
cli-cmd-assign = Tilldela en annons (eller ett nätverk med --network) till en medarbetare.
cli-cmd-remind = Sätt ett uppföljningsdatum på en annons (eller ett nätverk med --network).
cli-cmd-due = Uppföljningar som ska göras i dag (eller senast --date), de äldsta först.
cli-cmd-contact = Registrera ett kontaktförsök till numret i en annons (loggas per nummer).
cli-cmd-do-not-contact = Visa, lägg till eller (med --off) ta bort ett nummer på listan över nummer som inte får kontaktas.

## Trends and Alerts screens

title-trends = Trender — { $weeks } veckor
title-alerts = Bevakningar — nya annonser i det du följer
trends-keys = + − fler/färre veckor · f filter (som i kön) · c rensa
trends-chart = Annonser (cyan) och flaggade annonser (röd) per vecka, efter veckonummer
trends-networks = Nätverk med nya annonser per vecka
stats-per-site-short = Sajter
stats-per-city-short = Orter
stats-per-language-short = Språk
stats-per-indicator-short = Indikatorer
alerts-screen-none = Inga nya annonser i det du följer sedan senast. Följ ett nätverk med w, ett nummer med W (i annonsvyn).
alerts-col-followed = följs
msg-acknowledged = { $count ->
    [one] en bevakning markerad som sedd
   *[other] { $count } bevakningar markerade som sedda
}
help-weeks = Trender: fler / färre veckor
help-acknowledge = Bevakningar: markera alla som sedda

## Indicator explanations shown to reviewers (the codes stay untranslated).

ind-obfuscated_phone = Telefonnumret är skrivet på ett maskerat sätt (siffror som ord, bokstäver för siffror, emoji eller uppdelade siffror), som för att undgå filter.
ind-shared_phone = Samma telefonnummer används i annonser med olika namn, åldrar eller bilder: någon kan styra flera personer.
ind-phone_multi_city = Samma telefonnummer annonserar i flera orter inom kort tid, vilket kan betyda att en person flyttas runt.
ind-third_person = Annonsen är skriven om henne av någon annan ("hon är …") och inte av henne själv.
ind-multiple_persons = En annons erbjuder flera kvinnor ("två tjejer", "våra tjejer", "nya tjejer varje vecka").
ind-youth_terms = Annonsen använder ungdomliga ord ("ung", "fräsch", "precis 18"), vilket kan tyda på en minderårig eller mycket ung person.
ind-nationality_stated = Annonsen säljer på etnicitet eller nationalitet ("thaitjej", "ung rumänska").
ind-text_template = Texten är nästan likadan som annonser med andra namn eller nummer: en och samma person kan skriva många annonser.
ind-image_reuse = En bild (eller en nära kopia) finns i annonser med andra namn, nummer eller orter.
ind-movement_terms = Annonsen säger att hon är ny i stan eller bara här några dagar. För kännedom: forskningen visar att den formuleringen inte är ett tecken på människohandel.
ind-available_24_7 = Annonsen säger att hon alltid är tillgänglig (24/7), vilket kan betyda att hon inte kan säga nej.
ind-risky_services = Annonsen erbjuder tjänster utan skydd, något som en person som själv bestämmer över sitt arbete sällan erbjuder.
ind-low_price = Priset ligger långt under det vanliga på sajten, vilket kan betyda att någon annan sätter det.
ind-emoji_codes = Annonsen använder emoji som är kända koder (till exempel körsbär för ung ålder, rosor för pris, en krona för en hallick).
ind-trustworthy_language = Annonsen framställer sig som pålitlig eller professionell ("diskret", "100 % äkta bilder", "verifierad", "säker och ren", "ingen byrå"). Sådana formuleringar har hittats oftare i annonser i fall av människohandel.

## Outreach message templates (`t`)
msg-template-open-ad = öppna en annons för att skriva till dess nummer
msg-template-no-folder = ingen mallmapp: starta med --templates MAPP eller sätt $ADSCREEN_TEMPLATES (se docs/templates.md)
msg-template-error = mallar: { $error }
msg-template-no-language = ingen mall på annonsens språk ({ $lang }) och ingen på engelska
msg-template-copied = meddelandet till { $number } har kopierats (y kopierar numret); kontakt #{ $contact } registrerad
msg-template-too-soon = { $number } kontaktades för { $days } dagar sedan: tryck t igen för att kopiera och registrera ändå
msg-template-refused = { $number } står på listan över nummer som inte får kontaktas ({ $reason }): inget meddelande
## Radering och registerutdrag på begäran: review erase, review subject

cli-cmd-erase = Radera allt som finns sparat om ett telefonnummer, en annons eller ett nätverk (GDPR art. 17). På PostgreSQL: bara som lagrets ägare.
cli-cmd-subject = Allt som finns sparat om ett telefonnummer, för en begäran om registerutdrag (GDPR art. 15). På PostgreSQL: bara som lagrets ägare.
err-phone-number = `{ $given }` är inte ett telefonnummer (läst med region { $region }; ange det med landskod, t.ex. +45 20 12 34 56, eller använd --region)
err-erase-one-subject = ange vad som ska raderas: exakt en av --phone NUMMER, --ad ID eller --network ID
erase-plan = Radering av { $subject } tar bort:
msg-erase-ads = annonser
msg-erase-versions = tidigare versioner av annonserna
msg-erase-analyses = analyser
msg-erase-phones = hittade telefonnummer
msg-erase-links = kopplingar till andra annonser
msg-erase-notes = historik och anteckningar
msg-erase-statuses = bedömningsstatusar
msg-erase-teamwork = tilldelningar och påminnelser
msg-erase-contacts = poster i kontaktloggen
msg-erase-dnc = poster på listan över nummer som inte får kontaktas
msg-erase-watches = bevakningar
msg-erase-blocked = poster på blockeringslistan
msg-erase-networks = nätverk som byggs om
msg-erase-redactions = anteckningar och loggposter som finns kvar, med numret ersatt av [erased]
erase-ad-ids = Annonser: { $ids }
erase-nothing = Inget finns sparat om { $subject }.
erase-dry-run = Provkörning: inget raderades.
erase-confirm = Radera allt detta för gott? Det går inte att ångra. [y/N]
erase-needs-yes = inte bekräftat: review erase ber om bekräftelse i en terminal och ingen finns; kontrollera listan ovan och kör igen med --yes
erase-not-confirmed = Inte bekräftat; inget raderades.
erase-done = { $subject } är raderat: { $ads } annonser; { $networks } nätverk ombyggda. Antecknat i granskningsloggen (bara antal). Säkerhetskopior och exporter från tidigare innehåller fortfarande uppgifterna.
erase-relink-failed = varning: raderingen är klar, men den nya kopplingen misslyckades ({ $error }); de berörda nätverken byggs om vid nästa `crawler analyze`
erase-wal-busy = varning: ett annat program har databasen öppen, så WAL-filen innehåller fortfarande gamla sidor; stäng de andra review-sessionerna och crawlern och kör `review erase` igen för samma sak (den hittar inget och skriver in WAL-filen)
erase-vacuum-failed = varning: raderingen är genomförd, men VACUUM kördes inte, så de raderade radernas gamla versioner ligger kvar i tabellernas filer tills autovacuum når dem; kör `VACUUM` som ägaren
erase-pg-copies = På PostgreSQL behåller write-ahead-loggen, dess arkiv och bas-säkerhetskopior kopior tills de återanvänds (se docs/deploy-postgres.md).
err-erase-owner = `review { $command }` på PostgreSQL måste köras som lagrets ägare (rollen `{ $role }` är inte ägaren): bara ägaren når alla organisationers anteckningar, kontakter, bevakningar och granskningsloggposter, som row-level security döljer för en granskare. Be administratören köra det med ägarens URL; det skrivs i granskningsloggen
subject-summary = { $number }: { $ads } annonser, { $contacts } kontakter, { $watches } bevakningar, { $audit } loggposter nämner det.
subject-on-dnc = Numret står på listan över nummer som inte får kontaktas.
subject-json-hint = Använd --json för allt som finns sparat (svaret på en begäran om registerutdrag).

## Kryptering av lagrade data: review encrypt, nyckelinställningarna

cli-arg-db_key_file = Nyckelfil för en krypterad databas (standard: $ADSCREEN_DB_KEY_FILE, sedan key_file i konfigurationen; utan den frågas efter lösenfrasen i terminalen).
cli-arg-config = Konfigurationsfil som delas med crawlern (review läser key_file och idle_lock_minutes; standard: $ADSCREEN_CONFIG).
cli-cmd-encrypt = Kryptera en okrypterad databas på plats (en kontrollerad krypterad kopia, sedan ett namnbyte).
cli-cmd-orgs = Organisationer och deras granskare i en delad PostgreSQL-databas: visa, lägg till, registrera en roll
encrypt-needs-key = review encrypt behöver en nyckel: ange --key-file FIL (skapa en med `openssl rand -hex 32 > db.key && chmod 600 db.key`), sätt $ADSCREEN_DB_KEY_FILE, eller kör den i en terminal för att skriva en lösenfras
encrypt-passphrase = Ny lösenfras för databasen:
encrypt-passphrase-again = Samma lösenfras igen:
encrypt-mismatch = de två lösenfraserna skiljer sig åt; inget ändrades
encrypt-done = { $db } är krypterad: { $tables } tabeller, { $rows } rader kontrollerade mot originalet. Alla verktyg behöver nu nyckeln; spara en kopia av den offline, för utan den kan databasen inte läsas. Okrypterade säkerhetskopior från tidigare kan fortfarande läsas: förstör dem.

## Skärmlås vid inaktivitet i helskärmsverktyget

cli-arg-idle_lock = Minuter utan tangenttryck innan helskärmsverktyget döljer annonstext och nummer (standard: idle_lock_minutes i konfigurationen, annars 10; 0: aldrig).
idle-locked = Skärmen är dold: ingen tangent har tryckts på en stund.
idle-press-key = Tryck på valfri tangent för att visa den igen.

## Meddelanden från review export, backup, restore, encrypt, erase och
## skriptkommandona (även fel). Filinnehåll, JSON och granskningsloggen
## förblir som de är; bara dessa meningar följer språket.

err-not-built = `{ $command }` är inte byggt än
err-no-database = ingen databas i { $db }: kör `crawler demo`, `crawler crawl` eller `crawler import` först, eller ange --db
err-opening-db = öppnar databasen { $db }
err-postgres = det här kommandot fungerar inte på PostgreSQL än ({ $url }); använd en SQLite-fil med --db. På PostgreSQL kan `review` allt utom kryptering (issue 16)
err-store-stale = { $target } ändrades av { $by } { $at } (status är nu { $status }) efter att du läste den; titta på den igen och upprepa din ändring om den fortfarande gäller
err-pg-reviewer = på PostgreSQL agerar du som din databasroll `{ $role }`: --reviewer `{ $given }` kan inte ange någon annan (utelämna det, eller anslut som den rollen)
orgs-sqlite = organisationer finns i en delad PostgreSQL-databas (--db postgres://…); en SQLite-fil är en organisation
orgs-added = organisationen { $org } har lagts till
orgs-reviewer-added = { $role } granskar nu för { $org }
orgs-none = inga organisationer än (lägg till en med `review orgs add NAMN`)
err-pg-not-yet = `review { $command }` fungerar inte på PostgreSQL än: på PostgreSQL kan `review` allt utom kryptering (issue 16)
err-reading = läser { $file }
err-reading-rules = läser reglerna { $file }
err-no-ad = ingen annons med id { $id } (se `review list`)
err-no-network = inget nätverk med id { $id } (se `review networks`)
err-phone-international = `{ $given }` är inte ett telefonnummer i internationell form (t.ex. +45 20 12 34 56)
err-watch-target = `{ $given }` är varken ett nätverks-id (siffror, t.ex. 12) eller ett telefonnummer i internationell form (t.ex. +45 20 12 34 56)
err-unknown-code = { $flag } `{ $given }`: använd en av { $codes }
err-min-score = min. poäng `{ $given }`: förväntade ett tal som 2.5
err-start-worker = startar databastråden
err-terminal = förbereder terminalen
watch-since = sedan { $since }  senast tittat { $look }

## Databasfel på läsarens språk ($message: SQLites egna ord)

err-store-io = kan inte förbereda databasens plats { $path }: { $error }
err-store-busy = databasen { $db } är upptagen: ett annat program höll den för länge ({ $message }); försök igen om en stund
err-store-full = databasen { $db }: disken är full ({ $message })
err-store-read-only = databasen { $db } kan inte skrivas: den är öppnad skrivskyddad eller du saknar behörighet ({ $message })
err-store-too-new = databasen { $db } har schemaversion { $found }, men denna adscreen känner bara till version { $known }; uppgradera adscreen
err-store-outdated = databasen { $db } har schemaversion { $found }, äldre än denna adscreens { $known }; den är öppnad skrivskyddad och uppgraderades inte: kör först ett kommando som skriver till den (`crawler analyze --db { $db }` eller valfritt `review`-kommando)
err-store-corrupt = databasen { $db }: skadad { $what }: { $message }
err-store-encrypted = databasen { $db } är krypterad (eller är inte en databas): ange dess nyckel med --db-key-file FIL, $ADSCREEN_DB_KEY_FILE eller `key_file` i konfigurationen, eller kör i en terminal för att få frågan om lösenfrasen
err-store-wrong-key = databasen { $db }: fel nyckel (nyckelfilen eller lösenfrasen öppnar inte denna databas; inget lästes eller ändrades)
err-store-not-encrypted = databasen { $db } är inte krypterad, men en nyckel angavs: kryptera den först med `review --db { $db } encrypt --key-file FIL`, eller öppna den utan nyckel
err-store-no-encryption = databasen { $db }: denna adscreen är byggd utan kryptering; bygg den med `cargo build --release --features store/encryption` (kräver libssl-dev)
err-store-other = databasen { $db }: { $message }
err-store-no-database = ingen databas i { $db }: kör först `crawler demo`, `crawler crawl` eller `crawler import`, eller ange --db
err-store-no-such-case = { $kind ->
    [network] inget nätverk med id { $id }
   *[ad] ingen annons med id { $id }
}
err-store-empty = { $what ->
    [reviewer] en granskares namn får inte vara tomt
    [assignee] namnet på den som ärendet tilldelas får inte vara tomt
   *[note] en anteckning får inte vara tom
}
note-store-plain = obs: databasen { $db } är inte krypterad (se `review encrypt` och docs/data-protection.md)

## review backup och review restore

backup-exists = { $file } finns redan; välj ett nytt filnamn (en säkerhetskopia skriver aldrig över)
backup-writing = säkerhetskopierar till { $file }
backup-check-failed = säkerhetskopian klarade inte kontrollen och har tagits bort
backup-not-a-file = { $file } finns inte eller är inte en fil
backup-done = säkerhetskopia av { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} sparad i { $file } ({ $bytes } byte, schemaversion { $schema }, integritet ok, sha256 { $sha256 }); antecknat i granskningsloggen
restore-checking = kontrollerar säkerhetskopian { $file }
restore-same-file = säkerhetskopian och --db är samma fil
restore-needs-yes = { $db } finns; en återställning skulle ersätta den. Kör igen med --yes (den nuvarande databasen sparas först bredvid)
restore-saving = sparar den nuvarande databasen i { $file }
restore-copying = kopierar { $from } till { $db }
restore-integrity = { $db } klarar inte integritetskontrollen efter återställningen: { $result }
restore-count = { $db } innehåller { $restored } annonser efter återställningen, men säkerhetskopian innehöll { $ads }
restore-done = { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} återställda från { $from } till { $db } (schemaversion { $schema }, integritet ok)
restore-done-saved = { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} återställda från { $from } till { $db } (schemaversion { $schema }, integritet ok); den tidigare databasen är sparad som { $saved }

## review encrypt och review erase (fortsättning)

encrypt-reading-key = läser databasens nyckelfil { $file }
encrypt-failed = krypterar { $db } (originalet är oförändrat)
erase-failed = raderar (inget raderades)

## review export

export-format = --format `{ $given }`: använd json eller jsonl
export-needs-out = --out FIL krävs: en export är en fil som du lämnar över medvetet (den skrivs aldrig ut på skärmen)
export-aggregate-pseudonymise = --aggregate innehåller inga nummer eller id:n; ta bort --pseudonymise
export-aggregate-jsonl = --aggregate skriver ett litet JSON-dokument; ta bort --format jsonl
export-all-filters = --all exporterar allt: ta bort filtren (eller ta bort --all för att exportera ett urval)
export-reading-key = läser pseudonymiseringsnyckeln { $file }
export-needs-key = --pseudonymise behöver en nyckel: sätt $ADSCREEN_PSEUDONYM_KEY eller ange --key-file FIL (behåll samma nyckel för att kunna matcha nummer mellan exporter; skicka den aldrig med exporten)
export-key-short = pseudonymiseringsnyckeln är { $bytes } byte; använd minst { $min } slumpmässiga byte (t.ex. `openssl rand -hex 32`)
export-selection-all = urval: allt
export-selection-ids = urval: id:n
export-selection-filter = urval: filter
export-explicit-ids = { $count ->
    [one] { $count } angivet id
   *[other] { $count } angivna id:n
}
export-aggregate-format = sammanräknad { $format }
export-plan-plain = review export kommer att skriva { $file } ({ $format }, INTE krypterad):
export-plan-encrypted = review export kommer att skriva { $file } ({ $format }, krypterad till { $count ->
    [one] { $count } age-mottagare
   *[other] { $count } age-mottagare
}):
export-counts = { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
}, { $networks ->
    [one] { $networks } möjligt nätverk
   *[other] { $networks } möjliga nätverk
}
export-counts-outside = (deras sammanfattningar nämner också { $count ->
    [one] { $count } annons
   *[other] { $count } annonser
} utanför urvalet)
export-counts-only = bara antal: inga namn, telefonnummer, texter, URL:er eller bilder lämnar datorn
export-people = personrelaterade fält: namn { $names }, telefonnummer { $phones }, texter { $texts }, URL:er { $urls }, bild-URL:er { $images }
export-people-hashed = personrelaterade fält: namn { $names }, telefonnummer { $phones } (som nyckelbaserade hashar), texter { $texts }, URL:er { $urls }, bild-URL:er { $images }
export-warning-plain = VARNING: databasen är krypterad, men den här exporten är det inte: filen kommer att innehålla personuppgifter i klartext. Använd --encrypt-to age1... (mottagarens publika nyckel) om inte filen stannar på en krypterad disk.
export-nothing = inget matchar detta urval; inget skrevs (se `review list` med samma filter)
export-not-confirmed = inte bekräftat; inget skrevs
export-needs-yes = inte bekräftat: review export ber om bekräftelse i en terminal och ingen finns; kontrollera sammanfattningen ovan och kör igen med --yes
export-confirm = Skriva denna export? [y/N]
export-audit-failed = antecknar exporten i granskningsloggen (filen skrevs inte)
export-done = skrev { $file } ({ $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
}, { $networks ->
    [one] { $networks } nätverk
   *[other] { $networks } nätverk
}, { $bytes } byte, sha256 { $sha256 }); antecknat i granskningsloggen
export-recipients-unreadable = --encrypt-to `{ $given }` är varken en age1…-mottagare eller en läsbar fil med mottagare
export-recipient-bad = --encrypt-to: mottagare { $n } `{ $given }` är inte en age X25519-mottagare (age1…): { $error }
export-no-recipients = --encrypt-to `{ $given }`: inga mottagare hittades
export-no-folder = --out { $file }: mappen { $folder } finns inte
export-out-is-folder = --out { $file } är en mapp; ange ett filnamn
export-creating = skapar { $file }
export-encryption-setup = förbereder krypteringen
export-encryption-start = startar krypteringen
export-writing = skriver exporten
export-encryption-finish = avslutar krypteringen
export-syncing = skriver { $file } till disken
export-moving = flyttar { $from } till { $to }

## Mappen med mallar för uppsökande meddelanden (fel)

msg-template-folder = läser mallmappen { $folder }
msg-template-name = { $file }: namnge en mall ETIKETT.SPRÅK.txt (till exempel hej.sv.txt)
msg-template-lang = { $file }: namnge en mall ETIKETT.SPRÅK.txt med en språkkod som da, sv, nb eller en
msg-template-utf8 = { $file }: kan inte läsas som UTF-8-text
msg-template-empty = { $file }: mallen är tom
msg-template-long = { $file }: mallen har fler än { $max } tecken

## review migrate, and backups on PostgreSQL

cli-cmd-migrate = Kopiera ett helt SQLite-lager till en PostgreSQL-databas och kontrollera varje tabells antal rader.
migrate-from-missing = { $db } finns inte: --from anger det SQLite-lager som ska kopieras (sqlite:SÖKVÄG eller SÖKVÄG)
migrate-from-not-sqlite = --from { $db } är inte ett SQLite-lager: review migrate kopierar från sqlite:SÖKVÄG till postgres://…
migrate-to-not-postgres = --to { $db } är inte en PostgreSQL-databas: ange postgres://användare@värd/dbnamn (skapa den först med createdb)
migrate-progress = { $table }: { $read } av { $rows } rader
migrate-table = { $table }: { $source ->
    [one] { $source } rad
   *[other] { $source } rader
} i SQLite, { $target } i PostgreSQL ({ $copied } kopierade nu)
migrate-failed = kopierar { $from } till { $to }
migrate-sqlite-only = inte kopierade (PostgreSQL har ännu ingen sådan tabell): { $tables }
migrate-sqlite-only-columns = inte kopierade (PostgreSQL har ännu ingen sådan kolumn): { $columns }
migrate-done = kopierade { $tables } tabeller ({ $rows } rader, { $copied } skrivna nu) från { $from } till { $to } på { $seconds } s; antalet rader stämmer; noterat i SQLite-lagrets granskningslogg
err-copy-mismatch = tabellen { $table } har { $source } rader i källan men { $target } i målet efter kopieringen: målet innehåller andra data, eller så avbröts kopieringen (kör den igen, eller kopiera till en tom databas)
err-copy-target-differs = måldatabasen innehåller redan andra data (tabell { $table }, id { $id } är inte källans); inget skrevs: kopiera till en tom databas
backup-done-pg = säkerhetskopia av { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} till { $file } med pg_dump ({ $bytes } byte, schemaversion { $schema }, arkivet kontrollerat med pg_restore --list, sha256 { $sha256 }); noterad i granskningsloggen
restore-needs-yes-pg = { $db } innehåller redan ett adscreen-lager; en återställning skulle ersätta det. Kör igen med --yes (den nuvarande databasen sparas först bredvid säkerhetskopian med pg_dump)
restore-done-pg = återställde { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} från { $from } till { $db } med pg_restore (schemaversion { $schema })
restore-done-pg-saved = återställde { $ads ->
    [one] { $ads } annons
   *[other] { $ads } annonser
} från { $from } till { $db } med pg_restore (schemaversion { $schema }); den tidigare databasen är sparad som { $saved }
