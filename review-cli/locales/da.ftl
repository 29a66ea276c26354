# adscreen review — dansk.
#
# AFVENTER GENNEMLÆSNING af en dansk modersmålstalende: helst en opsøgende
# medarbejder hos Reden International eller AmiAmi (hverdagssproget på
# gaden), og CMM for fagord som "henvist" og "indikator". Skrevet af en
# udvikler; ret frit, men behold nøglerne og { $variabler }.
# (Awaits native-speaker review: an outreach worker at Reden International
# or AmiAmi, and CMM for the legal terms.)
#
# Kun værktøjets egne ord oversættes: annoncetekst, noter, navne og koderne
# i --json og eksporter forbliver, som de er.

## Generic

error-prefix = fejl
loading = Henter…
first-seen = først set
last-seen = sidst set
no-ads-match = Ingen annoncer passer til filtrene.
event-note = note
target-ad = annonce #{ $id }
target-network = netværk #{ $id }

## Review statuses (full words) and their short forms for tables (≤ 9 characters)

status-new = ny
status-needs_outreach = skal opsøges
status-contacted = kontaktet
status-referred = henvist
status-dismissed = afvist (ingen bekymring)
status-independent = selvstændig
status-agency = bureau
status-spam_or_scam = spam eller svindel
status-duplicate = dublet
status-short-new = ny
status-short-needs_outreach = opsøgning
status-short-contacted = kontaktet
status-short-referred = henvist
status-short-dismissed = afvist
status-short-independent = selvst.
status-short-agency = bureau
status-short-spam_or_scam = spam
status-short-duplicate = dublet

## Ad fields and link kinds

field-title = overskrift
field-text = tekst
field-name = navn
field-age = alder
field-location = sted
field-phone = telefon
field-price = pris
field-images = billeder
link-phone = telefon
link-text = tekst
link-image = foto

## Table columns

col-id = id
col-score = score
col-status = status
col-name = navn
col-city = by
col-site = side
col-network = netværk
col-indicators = indikatorer
col-seen = set
col-why = hvorfor forbundet

## Title line and status bar

title-queue-all = Kø — alle annoncer efter prioritet
title-queue-filtered = Kø — { $filters }
title-ad = Annonce #{ $id }
title-network = Netværk #{ $id }
bar-ads = { $count ->
    [one] { $n } annonce
   *[other] { $n } annoncer
}
bar-counting = tæller…
bar-keys = ? hjælp  q afslut

## Queue

queue-empty-db = Databasen har ingen annoncer endnu. Kør `crawler demo`, `crawler crawl` eller `crawler import`.
queue-no-match = Ingen annoncer passer til filtrene. Tryk c for at fjerne dem, f for at ændre dem.

## Key help

help-title = Taster — en vilkårlig tast lukker
help-move = flyt / rul
help-page = side, top, bund
help-open = åbn annoncen
help-network = åbn annoncens netværk
help-back = tilbage
help-search = søg i annonceteksten
help-filters = filtre (side, by, sprog, …)  ryd
help-mark = sæt status: ny, skal opsøges, …
help-note-assign = skriv en note  giv til en medarbejder
help-follow = følg/stop med at følge netværk  nummer
help-browser = åbn annoncen i en browser
help-copy = kopiér telefonnummeret  besked fra en skabelon
help-reload = genindlæs fra databasen
help-help = denne hjælp  afslut

## Overlays

picker-title = Status for { $target }
prompt-search = Søg i annoncetekst (Enter anvender, tom rydder)
prompt-note = Note til { $target } (Enter gemmer)
filters-title = Filtre
filters-hint = Tab næste · Enter anvend · Esc fortryd · datoer 2026-11-22
filter-search = søgning
filter-site = side
filter-city = by
filter-language = sprog
filter-indicator = indikator
filter-status = status
filter-since = fra
filter-until = til
filter-min-score = min. score

## Messages in the title line

msg-no-network = annoncen er ikke forbundet med et netværk
msg-opening = åbner { $url }
msg-copied = nummeret { $number } er kopieret
msg-copied-more = nummeret { $number } er kopieret (også i annoncen: { $others })
msg-ad-no-phone = annoncen har intet telefonnummer
msg-open-ad-for-phone = åbn en annonce (Enter) for at bruge dens telefonnummer
msg-saving-status = gemmer { $status }…
msg-empty-note = tom note ikke gemt
msg-saving-note = gemmer note…
msg-error = fejl: { $error }
msg-marked = { $target } sat til { $status } af { $reviewer }
msg-note-added = note tilføjet til { $target } af { $reviewer }
msg-following = følger { $what }
msg-unfollowed = følger ikke længere { $what }
err-open-db = fejl: kan ikke åbne databasen: { $error }
err-ad-gone = annonce #{ $id } findes ikke længere i databasen
err-network-gone = netværk #{ $id } findes ikke længere i databasen
err-worker-stopped = fejl: databasetråden er stoppet; start review igen
err-browser = fejl: kan ikke åbne en browser ({ $error }); adressen er { $url }
err-copy = kunne ikke kopiere; nummeret er { $number }
err-unknown-status = ukendt status `{ $given }`: brug en af { $codes }
err-unknown-indicator = ukendt indikator `{ $given }`: brug en af { $codes }
err-date = { $flag } `{ $given }`: forventede en dato som 2026-11-22 eller 2026-11-22T10:00:00Z

## Ad view

ad-removed = fjernet
ad-seen-price = først set { $first } · sidst set { $last } · pris { $price }
ad-title = Overskrift
ad-text = Tekst
ad-indicators = Indikatorer
ad-indicators-of = Indikatorer (score { $score }, sprog { $language }, regler { $rules })
ad-none-fired = ingen udløst
ad-not-analysed = ikke analyseret endnu (kør `crawler analyze`)
ad-phones = Telefonnumre
ad-none-found = ingen fundet
ad-written-in = skrevet “{ $raw }” i { $field }
ad-disguised = camoufleret
ad-images = Billeder
ad-none = ingen
ad-not-hashed = ikke hashet: { $error }
ad-not-hashed-yet = ikke hashet endnu
ad-linked = Forbundne annoncer
ad-strength = styrke { $score }
ad-in-network = i netværk #{ $id } — tryk n for at åbne det
ad-versions = Versioner
ad-unchanged = uændret siden først set
ad-until = indtil { $at }
ad-history = Historik
ad-no-decisions = ingen beslutninger endnu

## Network view

net-ads = { $count ->
    [one] { $count } annonce
   *[other] { $count } annoncer
}
net-followed = fulgt
net-links = forbindelser: { $phone } telefon, { $text } tekst, { $photo } foto
net-names = navne
net-phones = numre
net-cities = byer
net-timeline = tidslinje
net-last-decision = seneste beslutning { $at } af { $reviewer }: { $what }

## review show

show-no-title = ingen overskrift
show-age = alder
show-price = pris
show-score = Score { $score } (regler { $rules }, sprog { $language })
show-not-analysed = Ikke analyseret endnu (kør `crawler analyze`).
show-written = skrevet “{ $raw }”
show-versions = { $count ->
    [one] Én tidligere version
   *[other] { $count } tidligere versioner
}

## review mark, note, watch, alerts, audit

cmd-marked = { $target }: { $previous } → { $status } (af { $reviewer }, hændelse { $event })
cmd-noted = note tilføjet til { $target } (af { $reviewer }, hændelse { $event })
watch-none = { $reviewer } følger ikke noget endnu: `review watch 12` (et netværk) eller `review watch +4520123456`
watch-kind-network = netværk
watch-kind-phone = nummer
watch-on = { $reviewer } følger nu { $kind } { $target }
watch-off = { $reviewer } følger ikke længere { $kind } { $target }
alerts-none = Ingen nye annoncer i det, { $reviewer } følger, siden sidst (`review watch` viser det).
alerts-in-network = Nyt i netværk #{ $id }
alerts-in-number = Nyt på nummer { $number }
alerts-peek = (kig: de vises igen næste gang)
audit-none = ingen poster i revisionsloggen
audit-none-for = ingen poster i revisionsloggen for handlingen `{ $action }`
audit-when = hvornår (UTC)
audit-who = hvem
audit-action = handling
audit-details = detaljer

## review stats

stats-heading = Annoncer først set pr. uge ({ $weeks ->
    [one] én uge
   *[other] { $weeks } uger
}; █ annoncer, markeret = mindst én positiv indikator)
stats-week-of = uge fra
stats-ads = annoncer
stats-flagged = markeret
stats-networks = netværk
stats-per-site = Pr. side (annoncer i perioden; udvikling pr. uge)
stats-per-city = Pr. by (annoncer i perioden; udvikling pr. uge)
stats-per-language = Pr. sprog (annoncer i perioden; udvikling pr. uge)
stats-per-indicator = Pr. indikator (annoncer i perioden; udvikling pr. uge)
stats-flagged-short = ({ $count } mark.)
stats-more = … og { $count } flere (se --json)

stats-outreach = Opsøgende arbejde pr. måned (kontakter → samtaler → henvisninger)
stats-month = måned
stats-contacts = kontakter
stats-conversations = samtaler
stats-referrals = henvisninger

## Command-line help (clap)

cli-about = Gennemgangsværktøjet til opsøgende medarbejdere.
cli-long-about = Gennemgangsværktøjet til opsøgende medarbejdere.

    Uden underkommando åbnes køen af annoncer og netværk i fuld skærm, ordnet efter prioritet. Hver statusændring og note gemmes med dit navn og tidspunktet.
cli-arg-db = Databasefil (standard: $ADSCREEN_DB eller ./adscreen.db).
cli-arg-reviewer = Dit navn, som gemmes med hver beslutning (standard: $ADSCREEN_REVIEWER eller brugernavnet).
cli-arg-lang = Værktøjets sprog: en, da, sv eller nb (standard: $ADSCREEN_LANG, så systemets sprog, så engelsk).
cli-cmd-list = Vis annoncer efter prioritet, med filtre.
cli-cmd-show = Vis alt om én annonce: tekst med belæg, numre, billeder, forbindelser, historik.
cli-cmd-mark = Sæt status på en annonce (eller et netværk med --network).
cli-cmd-note = Skriv en note på en annonce (eller et netværk med --network).
cli-cmd-watch = Følg (eller med --off stop med at følge) et netværks-id eller et telefonnummer.
cli-cmd-alerts = Nye annoncer i fulgte netværk eller numre siden sidst.
cli-cmd-stats = Tendenser: annoncer, markeringer og netværk pr. uge, side, by, sprog og indikator.
cli-cmd-audit = Revisionsloggen: eksporter, statusændringer, noter, sletninger, sikkerhedskopier.
cli-cmd-export = Eksportér udvalgte sager som JSON til CMM (Center mod Menneskehandel).
cli-cmd-backup = Kopiér den kørende database til FIL med SQLites online-backup (pg_dump på PostgreSQL).
cli-cmd-restore = Tjek en sikkerhedskopi FIL og gendan den til --db (overskriver kun med --yes).

## Networks screen and `review networks`

title-networks = Netværk — efter prioritet
networks-none = Ingen netværk endnu: annoncer samles i et netværk, når de deler et nummer, en tekst eller et foto.
col-ads = antal
col-assignee = ansvarlig
col-cities = byer
help-tabs = skift skærm: Annoncer, Netværk, Tendenser, Advarsler
cli-cmd-networks = Vis mulige netværk efter prioritet (størrelse, stærkeste indikatorer, seneste aktivitet).

## Teamwork: assign, remind, due, contact, do-not-contact

cmd-assigned = { $target } er givet til { $assignee } (af { $reviewer }, hændelse { $event })
cmd-reminded = { $target }: følg op { $date } (hændelse { $event })
due-none = Intet skal følges op senest { $date }.
due-set-by = sat af
warning = advarsel
contact-not-in-ad = { $number } er ikke et nummer i annonce #{ $id }
contact-no-phone = annonce #{ $id } har intet telefonnummer at kontakte
contact-which = annoncen har flere numre ({ $numbers }): angiv hvilket med --phone
contact-dnc = { $number } står på listen over numre, der ikke må kontaktes ({ $reason }): ikke registreret
contact-too-soon = { $number } blev sidst kontaktet { $date } af { $reviewer } ({ $days ->
    [one] for én dag siden
   *[other] for { $days } dage siden
}); der skal gå mindst { $gap } dage.
contact-confirm = Tilføj --yes for at registrere endnu et forsøg.
contact-recorded = kontakt til { $number } registreret ({ $channel }, { $outcome }) fra { $target }
contact-now-dnc = { $number } står nu på listen over numre, der ikke må kontaktes ({ $reason })
dnc-empty = Listen over numre, der ikke må kontaktes, er tom.
dnc-removed = { $number } står ikke længere på listen over numre, der ikke må kontaktes
channel-sms = sms
channel-call = opkald
channel-visit = besøg
channel-other = andet
outcome-no_reply = intet svar
outcome-replied = svarede
outcome-wrong_number = forkert nummer
outcome-landline = fastnet
outcome-opted_out = ønsker ikke kontakt
outcome-referred_clinic = henvist til sundhedsklinik
outcome-referred_cmm = henvist til CMM
outcome-referred_shelter = henvist til krisecenter
outcome-referred_police = henvist til politiet
dnc-opted_out = ønsker ikke kontakt
dnc-wrong_number = forkert nummer
dnc-landline = fastnet
dnc-partner_request = efter ønske fra en samarbejdspartner
event-assign = givet til { $name }
event-remind = følg op { $date }
event-contact = kontakt: { $what }
ad-contacts = Kontakter (pr. nummer, fra alle annoncer med nummeret)
ad-no-contacts = ingen kontakter endnu
ad-dnc = { $number }: MÅ IKKE KONTAKTES ({ $reason })
ad-assignee = givet til { $name }
prompt-assign = Giv { $target } til (Enter gemmer)
msg-assigned = { $target } er givet til { $assignee }
cli-cmd-assign = Giv en annonce (eller et netværk med --network) til en medarbejder.
cli-cmd-remind = Sæt en opfølgningsdato på en annonce (eller et netværk med --network).
cli-cmd-due = Opfølgninger, der skal ske i dag (eller senest --date), de ældste først.
cli-cmd-contact = Registrér et kontaktforsøg til nummeret i en annonce (logges pr. nummer).
cli-cmd-do-not-contact = Vis, tilføj eller (med --off) fjern et nummer på listen over numre, der ikke må kontaktes.

## Trends and Alerts screens

title-trends = Tendenser — { $weeks } uger
title-alerts = Advarsler — nye annoncer i det, du følger
trends-keys = + − flere/færre uger · f filtre (som i køen) · c ryd
trends-chart = Annoncer (cyan) og markerede annoncer (rød) pr. uge, efter ugenummer
trends-networks = Netværk med nye annoncer pr. uge
stats-per-site-short = Sider
stats-per-city-short = Byer
stats-per-language-short = Sprog
stats-per-indicator-short = Indikatorer
alerts-screen-none = Ingen nye annoncer i det, du følger, siden sidst. Følg et netværk med w, et nummer med W (i annoncevisningen).
alerts-col-followed = fulgt
msg-acknowledged = { $count ->
    [one] én advarsel markeret som set
   *[other] { $count } advarsler markeret som set
}
help-weeks = Tendenser: flere / færre uger
help-acknowledge = Advarsler: markér alle som set

## Indicator explanations shown to reviewers (the codes stay untranslated).

ind-obfuscated_phone = Telefonnummeret er skrevet camoufleret (tal som ord, bogstaver for tal, emoji eller opdelte cifre), som for at undgå filtre.
ind-shared_phone = Det samme telefonnummer bruges i annoncer med forskellige navne, aldre eller billeder: en anden kan stå bag flere personer.
ind-phone_multi_city = Det samme telefonnummer annoncerer i flere byer inden for kort tid, hvilket kan betyde, at en person bliver flyttet rundt.
ind-third_person = Annoncen er skrevet om hende af en anden ("hun er …") og ikke af hende selv.
ind-multiple_persons = Én annonce tilbyder flere kvinder ("to piger", "vores piger", "nye piger hver uge").
ind-youth_terms = Annoncen bruger ungdomsord ("ung", "frisk", "lige fyldt 18"), som kan pege på en mindreårig eller meget ung person.
ind-nationality_stated = Annoncen sælger på etnicitet eller nationalitet ("thai pige", "ung rumænsk").
ind-text_template = Teksten ligner næsten ordret annoncer med andre navne eller numre: én person kan skrive mange annoncer.
ind-image_reuse = Et billede (eller en næsten-kopi) går igen i annoncer med andre navne, numre eller byer.
ind-movement_terms = Annoncen siger, at hun er ny i byen eller kun her få dage. Til orientering: forskningen viser, at den formulering ikke er et tegn på menneskehandel.
ind-available_24_7 = Annoncen siger, at hun altid er til rådighed (24/7), hvilket kan betyde, at hun ikke kan sige nej.
ind-risky_services = Annoncen tilbyder ydelser uden beskyttelse, hvilket en person, der selv bestemmer over sit arbejde, sjældent gør.
ind-low_price = Prisen ligger langt under det normale på siden, hvilket kan betyde, at en anden fastsætter den.
ind-emoji_codes = Annoncen bruger emoji, der er kendte koder (f.eks. kirsebær for ung alder, roser for pris, en krone for en bagmand).
ind-trustworthy_language = Annoncen sælger sig selv som troværdig eller professionel ("diskret", "100 % ægte billeder", "verificeret", "sikker og ren", "intet bureau"). Den slags formuleringer er fundet oftere i annoncer i sager om menneskehandel.

## Outreach message templates (`t`)
msg-template-open-ad = åbn en annonce for at skrive til dens nummer
msg-template-no-folder = ingen skabelonmappe: start med --templates MAPPE eller sæt $ADSCREEN_TEMPLATES (se docs/templates.md)
msg-template-error = skabeloner: { $error }
msg-template-no-language = ingen skabelon på annoncens sprog ({ $lang }) og ingen på engelsk
msg-template-copied = beskeden til { $number } er kopieret (y kopierer nummeret); kontakt #{ $contact } er registreret
msg-template-too-soon = { $number } blev kontaktet for { $days } dage siden: tryk t igen for at kopiere og registrere alligevel
msg-template-refused = { $number } står på listen over numre, der ikke må kontaktes ({ $reason }): ingen besked
## Sletning og indsigt efter anmodning: review erase, review subject

cli-cmd-erase = Slet alt, der er gemt om et telefonnummer, en annonce eller et netværk (GDPR art. 17). På PostgreSQL: kun som lagerets ejer.
cli-cmd-subject = Alt, der er gemt om et telefonnummer, til en anmodning om indsigt (GDPR art. 15). På PostgreSQL: kun som lagerets ejer.
err-phone-number = `{ $given }` er ikke et telefonnummer (læst med region { $region }; angiv det med landekode, fx +45 20 12 34 56, eller brug --region)
err-erase-one-subject = angiv, hvad der skal slettes: præcis én af --phone NUMMER, --ad ID eller --network ID
erase-plan = Sletning af { $subject } fjerner:
msg-erase-ads = annoncer
msg-erase-versions = tidligere versioner af annoncerne
msg-erase-analyses = analyser
msg-erase-phones = fundne telefonnumre
msg-erase-links = forbindelser til andre annoncer
msg-erase-notes = historik og noter
msg-erase-statuses = vurderingsstatusser
msg-erase-teamwork = tildelinger og påmindelser
msg-erase-contacts = poster i kontaktloggen
msg-erase-dnc = poster på listen over numre, der ikke må kontaktes
msg-erase-watches = fulgte numre og netværk
msg-erase-blocked = poster på blokeringslisten
msg-erase-networks = netværk, der bygges igen
msg-erase-redactions = noter og revisionsposter, der bliver, med nummeret erstattet af [erased]
erase-ad-ids = Annoncer: { $ids }
erase-nothing = Der er intet gemt om { $subject }.
erase-dry-run = Prøvekørsel: intet blev slettet.
erase-confirm = Slet alt dette for altid? Det kan ikke fortrydes. [y/N]
erase-needs-yes = ikke bekræftet: review erase beder om bekræftelse i en terminal, og der er ingen; tjek listen ovenfor, og kør igen med --yes
erase-not-confirmed = Ikke bekræftet; intet blev slettet.
erase-done = { $subject } er slettet: { $ads } annoncer; { $networks } netværk bygget igen. Noteret i revisionsloggen (kun antal). Sikkerhedskopier og eksporter fra før indeholder stadig oplysningerne.
erase-relink-failed = advarsel: sletningen er gennemført, men den nye sammenkobling mislykkedes ({ $error }); de berørte netværk bygges igen ved næste `crawler analyze`
erase-wal-busy = advarsel: et andet program har databasen åben, så WAL-filen rummer stadig gamle sider; luk de andre review-sessioner og crawleren, og kør `review erase` igen for det samme (den finder intet og skriver WAL-filen ind)
erase-vacuum-failed = advarsel: sletningen er gennemført, men VACUUM kørte ikke, så de slettede rækkers gamle versioner ligger i tabellernes filer, til autovacuum når dem; kør `VACUUM` som ejeren
erase-pg-copies = På PostgreSQL rummer write-ahead-loggen, dens arkiv og basis-backups kopier, til de genbruges (se docs/deploy-postgres.md).
err-erase-owner = `review { $command }` på PostgreSQL skal køre som lagerets ejer (rollen `{ $role }` er ikke ejeren): kun ejeren når alle organisationers noter, kontakter, overvågninger og audit-poster, som row-level security skjuler for en reviewer. Bed administratoren køre den med ejerens URL; den skrives i audit-loggen
subject-summary = { $number }: { $ads } annoncer, { $contacts } kontakter, { $watches } følgere, { $audit } revisionsposter nævner det.
subject-on-dnc = Nummeret står på listen over numre, der ikke må kontaktes.
subject-json-hint = Brug --json for alt, der er gemt (svaret på en anmodning om indsigt).

## Kryptering af lagrede data: review encrypt, nøgleindstillingerne

cli-arg-db_key_file = Nøglefil til en krypteret database (standard: $ADSCREEN_DB_KEY_FILE, så key_file i konfigurationen; uden den spørges der om adgangsfrasen i terminalen).
cli-arg-config = Konfigurationsfil delt med crawleren (review læser key_file og idle_lock_minutes; standard: $ADSCREEN_CONFIG).
cli-cmd-encrypt = Kryptér en ukrypteret database på stedet (en kontrolleret krypteret kopi, derefter en omdøbning).
cli-cmd-orgs = Organisationer og deres gennemgåere på en fælles PostgreSQL-database: vis, tilføj, registrér en rolle
encrypt-needs-key = review encrypt skal bruge en nøgle: angiv --key-file FIL (lav en med `openssl rand -hex 32 > db.key && chmod 600 db.key`), sæt $ADSCREEN_DB_KEY_FILE, eller kør den i en terminal for at skrive en adgangsfrase
encrypt-passphrase = Ny adgangsfrase til databasen:
encrypt-passphrase-again = Den samme adgangsfrase igen:
encrypt-mismatch = de to adgangsfraser er forskellige; intet blev ændret
encrypt-done = { $db } er krypteret: { $tables } tabeller, { $rows } rækker kontrolleret mod originalen. Alle værktøjer skal nu bruge nøglen; gem en kopi af den offline, for uden den kan databasen ikke læses. Ukrypterede sikkerhedskopier fra før kan stadig læses: destruér dem.

## Skærmlås ved inaktivitet i fuldskærmsværktøjet

cli-arg-idle_lock = Minutter uden tastetryk, før fuldskærmsværktøjet skjuler annoncetekst og numre (standard: idle_lock_minutes i konfigurationen, ellers 10; 0: aldrig).
idle-locked = Skærmen er skjult: der er ikke trykket på en tast i et stykke tid.
idle-press-key = Tryk på en vilkårlig tast for at vise den igen.

## Beskeder fra review export, backup, restore, encrypt, erase og
## scriptkommandoerne (også fejl). Filindhold, JSON og revisionsloggen
## forbliver, som de er; kun disse sætninger følger sproget.

err-not-built = `{ $command }` er ikke bygget endnu
err-no-database = ingen database i { $db }: kør `crawler demo`, `crawler crawl` eller `crawler import` først, eller angiv --db
err-opening-db = åbner databasen { $db }
err-postgres = denne kommando virker endnu ikke på PostgreSQL ({ $url }); brug en SQLite-fil med --db. På PostgreSQL kan `review` alt undtagen kryptering (issue 16)
err-store-stale = { $target } blev ændret af { $by } kl. { $at } (status er nu { $status }), efter du læste den; se den igen, og gentag din ændring, hvis den stadig gælder
err-pg-reviewer = på PostgreSQL handler du som din databaserolle `{ $role }`: --reviewer `{ $given }` kan ikke navngive en anden (udelad det, eller forbind som den rolle)
orgs-sqlite = organisationer findes på en fælles PostgreSQL-database (--db postgres://…); én SQLite-fil er én organisation
orgs-added = organisationen { $org } er tilføjet
orgs-reviewer-added = { $role } gennemgår nu for { $org }
orgs-none = ingen organisationer endnu (tilføj en med `review orgs add NAVN`)
err-pg-not-yet = `review { $command }` virker endnu ikke på PostgreSQL: på PostgreSQL kan `review` alt undtagen kryptering (issue 16)
err-reading = læser { $file }
err-reading-rules = læser reglerne { $file }
err-no-ad = ingen annonce med id { $id } (se `review list`)
err-no-network = intet netværk med id { $id } (se `review networks`)
err-phone-international = `{ $given }` er ikke et telefonnummer på international form (fx +45 20 12 34 56)
err-watch-target = `{ $given }` er hverken et netværks-id (cifre, fx 12) eller et telefonnummer på international form (fx +45 20 12 34 56)
err-unknown-code = { $flag } `{ $given }`: brug en af { $codes }
err-min-score = min. score `{ $given }`: forventede et tal som 2.5
err-start-worker = starter databasetråden
err-terminal = gør terminalen klar
watch-since = siden { $since }  sidst set { $look }

## Databasefejl på læserens sprog ($message: SQLites egne ord)

err-store-io = kan ikke gøre databasens placering { $path } klar: { $error }
err-store-busy = databasen { $db } er optaget: et andet program holdt den for længe ({ $message }); prøv igen om lidt
err-store-full = databasen { $db }: disken er fuld ({ $message })
err-store-read-only = databasen { $db } kan ikke skrives: den er åbnet skrivebeskyttet, eller du har ikke tilladelse ({ $message })
err-store-too-new = databasen { $db } har skemaversion { $found }, men denne adscreen kender kun op til { $known }; opgradér adscreen
err-store-outdated = databasen { $db } har skemaversion { $found }, ældre end denne adscreens { $known }; den er åbnet skrivebeskyttet og blev ikke opgraderet: kør først en kommando, der skriver til den (`crawler analyze --db { $db }` eller en vilkårlig `review`-kommando)
err-store-corrupt = databasen { $db }: beskadiget { $what }: { $message }
err-store-encrypted = databasen { $db } er krypteret (eller er ikke en database): angiv dens nøgle med --db-key-file FIL, $ADSCREEN_DB_KEY_FILE eller `key_file` i konfigurationen, eller kør i en terminal for at blive spurgt om adgangsfrasen
err-store-wrong-key = databasen { $db }: forkert nøgle (nøglefilen eller adgangsfrasen åbner ikke denne database; intet blev læst eller ændret)
err-store-not-encrypted = databasen { $db } er ikke krypteret, men der blev angivet en nøgle: kryptér den først med `review --db { $db } encrypt --key-file FIL`, eller åbn den uden nøgle
err-store-no-encryption = databasen { $db }: denne adscreen er bygget uden kryptering; byg den med `cargo build --release --features store/encryption` (kræver libssl-dev)
err-store-other = databasen { $db }: { $message }
err-store-no-database = ingen database i { $db }: kør først `crawler demo`, `crawler crawl` eller `crawler import`, eller angiv --db
err-store-no-such-case = { $kind ->
    [network] intet netværk med id { $id }
   *[ad] ingen annonce med id { $id }
}
err-store-empty = { $what ->
    [reviewer] en medarbejders navn må ikke være tomt
    [assignee] navnet på den, sagen gives til, må ikke være tomt
   *[note] en note må ikke være tom
}
note-store-plain = bemærk: databasen { $db } er ikke krypteret (se `review encrypt` og docs/data-protection.md)

## review backup og review restore

backup-exists = { $file } findes allerede; vælg et nyt filnavn (en sikkerhedskopi overskriver aldrig)
backup-writing = tager sikkerhedskopi til { $file }
backup-check-failed = sikkerhedskopien bestod ikke kontrollen og er fjernet
backup-not-a-file = { $file } findes ikke eller er ikke en fil
backup-done = sikkerhedskopi af { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} gemt i { $file } ({ $bytes } byte, skemaversion { $schema }, integritet ok, sha256 { $sha256 }); noteret i revisionsloggen
restore-checking = kontrollerer sikkerhedskopien { $file }
restore-same-file = sikkerhedskopien og --db er den samme fil
restore-needs-yes = { $db } findes; en gendannelse ville erstatte den. Kør igen med --yes (den nuværende database gemmes først ved siden af)
restore-saving = gemmer den nuværende database i { $file }
restore-copying = kopierer { $from } ind i { $db }
restore-integrity = { $db } består ikke integritetskontrollen efter gendannelsen: { $result }
restore-count = { $db } indeholder { $restored } annoncer efter gendannelsen, men sikkerhedskopien indeholdt { $ads }
restore-done = { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} gendannet fra { $from } til { $db } (skemaversion { $schema }, integritet ok)
restore-done-saved = { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} gendannet fra { $from } til { $db } (skemaversion { $schema }, integritet ok); den tidligere database er gemt som { $saved }

## review encrypt og review erase (fortsat)

encrypt-reading-key = læser databasens nøglefil { $file }
encrypt-failed = krypterer { $db } (originalen er uændret)
erase-failed = sletter (intet blev slettet)

## review export

export-format = --format `{ $given }`: brug json eller jsonl
export-needs-out = --out FIL er påkrævet: en eksport er en fil, du bevidst afleverer (den skrives aldrig på skærmen)
export-aggregate-pseudonymise = --aggregate indeholder ingen numre eller id'er; fjern --pseudonymise
export-aggregate-jsonl = --aggregate skriver ét lille JSON-dokument; fjern --format jsonl
export-all-filters = --all eksporterer alt: fjern filtrene (eller fjern --all for at eksportere et udvalg)
export-reading-key = læser pseudonymiseringsnøglen { $file }
export-needs-key = --pseudonymise kræver en nøgle: sæt $ADSCREEN_PSEUDONYM_KEY eller angiv --key-file FIL (brug den samme nøgle for at kunne matche numre på tværs af eksporter; send den aldrig med eksporten)
export-key-short = pseudonymiseringsnøglen er { $bytes } byte; brug mindst { $min } tilfældige byte (fx `openssl rand -hex 32`)
export-selection-all = udvalg: alt
export-selection-ids = udvalg: id'er
export-selection-filter = udvalg: filter
export-explicit-ids = { $count ->
    [one] { $count } angivet id
   *[other] { $count } angivne id'er
}
export-aggregate-format = optalt { $format }
export-plan-plain = review export vil skrive { $file } ({ $format }, IKKE krypteret):
export-plan-encrypted = review export vil skrive { $file } ({ $format }, krypteret til { $count ->
    [one] { $count } age-modtager
   *[other] { $count } age-modtagere
}):
export-counts = { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
}, { $networks ->
    [one] { $networks } muligt netværk
   *[other] { $networks } mulige netværk
}
export-counts-outside = (deres resuméer nævner også { $count ->
    [one] { $count } annonce
   *[other] { $count } annoncer
} uden for udvalget)
export-counts-only = kun antal: ingen navne, telefonnumre, tekster, URL'er eller billeder forlader maskinen
export-people = personrelaterede felter: navne { $names }, telefonnumre { $phones }, tekster { $texts }, URL'er { $urls }, billed-URL'er { $images }
export-people-hashed = personrelaterede felter: navne { $names }, telefonnumre { $phones } (som nøglede hash), tekster { $texts }, URL'er { $urls }, billed-URL'er { $images }
export-warning-plain = ADVARSEL: databasen er krypteret, men denne eksport er ikke: filen vil indeholde personoplysninger i klartekst. Brug --encrypt-to age1... (modtagerens offentlige nøgle), medmindre filen bliver på en krypteret disk.
export-nothing = intet passer til dette udvalg; intet skrevet (se `review list` med de samme filtre)
export-not-confirmed = ikke bekræftet; intet skrevet
export-needs-yes = ikke bekræftet: review export beder om bekræftelse i en terminal, og der er ingen; tjek oversigten ovenfor, og kør igen med --yes
export-confirm = Skriv denne eksport? [y/N]
export-audit-failed = noterer eksporten i revisionsloggen (filen blev ikke skrevet)
export-done = skrev { $file } ({ $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
}, { $networks ->
    [one] { $networks } netværk
   *[other] { $networks } netværk
}, { $bytes } byte, sha256 { $sha256 }); noteret i revisionsloggen
export-recipients-unreadable = --encrypt-to `{ $given }` er hverken en age1…-modtager eller en læsbar fil med modtagere
export-recipient-bad = --encrypt-to: modtager { $n } `{ $given }` er ikke en age X25519-modtager (age1…): { $error }
export-no-recipients = --encrypt-to `{ $given }`: ingen modtagere fundet
export-no-folder = --out { $file }: mappen { $folder } findes ikke
export-out-is-folder = --out { $file } er en mappe; angiv et filnavn
export-creating = opretter { $file }
export-encryption-setup = forbereder krypteringen
export-encryption-start = starter krypteringen
export-writing = skriver eksporten
export-encryption-finish = afslutter krypteringen
export-syncing = skriver { $file } til disken
export-moving = flytter { $from } til { $to }

## Mappen med skabeloner til opsøgende beskeder (fejl)

msg-template-folder = læser skabelonmappen { $folder }
msg-template-name = { $file }: navngiv en skabelon ETIKET.SPROG.txt (for eksempel hej.da.txt)
msg-template-lang = { $file }: navngiv en skabelon ETIKET.SPROG.txt med en sprogkode som da, sv, nb eller en
msg-template-utf8 = { $file }: kan ikke læses som UTF-8-tekst
msg-template-empty = { $file }: skabelonen er tom
msg-template-long = { $file }: skabelonen har mere end { $max } tegn

## review migrate, and backups on PostgreSQL

cli-cmd-migrate = Kopiér et helt SQLite-lager over i en PostgreSQL-database og kontrollér hver tabels antal rækker.
migrate-from-missing = { $db } findes ikke: --from angiver det SQLite-lager, der skal kopieres (sqlite:STI eller STI)
migrate-from-not-sqlite = --from { $db } er ikke et SQLite-lager: review migrate kopierer fra sqlite:STI til postgres://…
migrate-to-not-postgres = --to { $db } er ikke en PostgreSQL-database: angiv postgres://bruger@vært/dbnavn (opret den først med createdb)
migrate-progress = { $table }: { $read } af { $rows } rækker
migrate-table = { $table }: { $source ->
    [one] { $source } række
   *[other] { $source } rækker
} i SQLite, { $target } i PostgreSQL ({ $copied } kopieret nu)
migrate-failed = kopierer { $from } over i { $to }
migrate-sqlite-only = ikke kopieret (PostgreSQL har endnu ingen sådan tabel): { $tables }
migrate-sqlite-only-columns = ikke kopieret (PostgreSQL har endnu ingen sådan kolonne): { $columns }
migrate-done = kopierede { $tables } tabeller ({ $rows } rækker, { $copied } skrevet nu) fra { $from } til { $to } på { $seconds } s; antallet af rækker stemmer; noteret i SQLite-lagerets revisionslog
err-copy-mismatch = tabellen { $table } har { $source } rækker i kilden, men { $target } i målet efter kopieringen: målet indeholder andre data, eller kopieringen stoppede undervejs (kør den igen, eller kopiér til en tom database)
err-copy-target-differs = måldatabasen indeholder allerede andre data (tabel { $table }, id { $id } er ikke kildens); intet blev skrevet: kopiér til en tom database
backup-done-pg = sikkerhedskopi af { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} til { $file } med pg_dump ({ $bytes } byte, skemaversion { $schema }, arkivet kontrolleret med pg_restore --list, sha256 { $sha256 }); noteret i revisionsloggen
restore-needs-yes-pg = { $db } indeholder allerede et adscreen-lager; en gendannelse ville erstatte det. Kør igen med --yes (den nuværende database gemmes først ved siden af sikkerhedskopien med pg_dump)
restore-done-pg = gendannede { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} fra { $from } til { $db } med pg_restore (skemaversion { $schema })
restore-done-pg-saved = gendannede { $ads ->
    [one] { $ads } annonce
   *[other] { $ads } annoncer
} fra { $from } til { $db } med pg_restore (skemaversion { $schema }); den tidligere database er gemt som { $saved }
