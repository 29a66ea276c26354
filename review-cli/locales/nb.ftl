# adscreen review — norsk bokmål.
#
# VENTER PÅ GJENNOMLESING av en person med norsk som morsmål: helst en
# oppsøkende medarbeider ved Pro Sentret i Oslo eller et tilsvarende
# hjelpetiltak for personer i prostitusjon, og KOM (Koordineringsenheten for
# ofre for menneskehandel) for fagord som "henvist". Skrevet av en utvikler;
# endre fritt, men behold nøklene og { $variablene }.
# (Awaits native-speaker review: a Norwegian outreach worker, e.g. at Pro
# Sentret, and KOM for the legal terms.)
#
# Bare verktøyets egne ord oversettes: annonsetekst, notater, navn og
# kodene i --json og eksporter forblir som de er.

## Generic

error-prefix = feil
loading = Henter…
first-seen = først sett
last-seen = sist sett
no-ads-match = Ingen annonser passer til filtrene.
event-note = notat
target-ad = annonse #{ $id }
target-network = nettverk #{ $id }

## Review statuses (full words) and their short forms for tables (≤ 9 characters)

status-new = ny
status-needs_outreach = skal oppsøkes
status-contacted = kontaktet
status-referred = henvist
status-dismissed = avvist (ingen bekymring)
status-independent = selvstendig
status-agency = byrå
status-spam_or_scam = spam eller svindel
status-duplicate = duplikat
status-short-new = ny
status-short-needs_outreach = oppsøkes
status-short-contacted = kontaktet
status-short-referred = henvist
status-short-dismissed = avvist
status-short-independent = selvst.
status-short-agency = byrå
status-short-spam_or_scam = spam
status-short-duplicate = duplikat

## Ad fields and link kinds

field-title = overskrift
field-text = tekst
field-name = navn
field-age = alder
field-location = sted
field-phone = telefon
field-price = pris
field-images = bilder
link-phone = telefon
link-text = tekst
link-image = foto

## Table columns

col-id = id
col-score = poeng
col-status = status
col-name = navn
col-city = by
col-site = side
col-network = nettverk
col-indicators = indikatorer
col-seen = sett
col-why = hvorfor koblet

## Title line and status bar

title-queue-all = Kø — alle annonser etter prioritet
title-queue-filtered = Kø — { $filters }
title-ad = Annonse #{ $id }
title-network = Nettverk #{ $id }
bar-ads = { $count ->
    [one] { $n } annonse
   *[other] { $n } annonser
}
bar-counting = teller…
bar-keys = ? hjelp  q avslutt

## Queue

queue-empty-db = Databasen har ingen annonser ennå. Kjør `crawler demo`, `crawler crawl` eller `crawler import`.
queue-no-match = Ingen annonser passer til filtrene. Trykk c for å fjerne dem, f for å endre dem.

## Key help

help-title = Taster — en hvilken som helst tast lukker
help-move = flytt / rull
help-page = side, topp, bunn
help-open = åpne annonsen
help-network = åpne annonsens nettverk
help-back = tilbake
help-search = søk i annonseteksten
help-filters = filtre (side, by, språk, …)  fjern
help-mark = sett status: ny, skal oppsøkes, …
help-note-assign = skriv et notat  gi til en medarbeider
help-follow = følg/slutt å følge nettverk  nummer
help-browser = åpne annonsen i en nettleser
help-copy = kopier telefonnummeret  melding fra en mal
help-reload = last inn på nytt fra databasen
help-help = denne hjelpen  avslutt

## Overlays

picker-title = Status for { $target }
prompt-search = Søk i annonsetekst (Enter bruker, tomt fjerner)
prompt-note = Notat om { $target } (Enter lagrer)
filters-title = Filtre
filters-hint = Tab neste · Enter bruk · Esc avbryt · datoer 2026-11-22
filter-search = søk
filter-site = side
filter-city = by
filter-language = språk
filter-indicator = indikator
filter-status = status
filter-since = fra
filter-until = til
filter-min-score = min. poeng

## Messages in the title line

msg-no-network = annonsen er ikke koblet til et nettverk
msg-opening = åpner { $url }
msg-copied = nummeret { $number } er kopiert
msg-copied-more = nummeret { $number } er kopiert (også i annonsen: { $others })
msg-ad-no-phone = annonsen har ikke noe telefonnummer
msg-open-ad-for-phone = åpne en annonse (Enter) for å bruke telefonnummeret
msg-saving-status = lagrer { $status }…
msg-empty-note = tomt notat ble ikke lagret
msg-saving-note = lagrer notat…
msg-error = feil: { $error }
msg-marked = { $target } satt til { $status } av { $reviewer }
msg-note-added = notat lagt til { $target } av { $reviewer }
msg-following = følger { $what }
msg-unfollowed = følger ikke lenger { $what }
err-open-db = feil: kan ikke åpne databasen: { $error }
err-ad-gone = annonse #{ $id } finnes ikke lenger i databasen
err-network-gone = nettverk #{ $id } finnes ikke lenger i databasen
err-worker-stopped = feil: databasetråden har stoppet; start review på nytt
err-browser = feil: kan ikke åpne en nettleser ({ $error }); adressen er { $url }
err-copy = kunne ikke kopiere; nummeret er { $number }
err-unknown-status = ukjent status `{ $given }`: bruk en av { $codes }
err-unknown-indicator = ukjent indikator `{ $given }`: bruk en av { $codes }
err-date = { $flag } `{ $given }`: forventet en dato som 2026-11-22 eller 2026-11-22T10:00:00Z

## Ad view

ad-removed = fjernet
ad-seen-price = først sett { $first } · sist sett { $last } · pris { $price }
ad-title = Overskrift
ad-text = Tekst
ad-indicators = Indikatorer
ad-indicators-of = Indikatorer (poeng { $score }, språk { $language }, regler { $rules })
ad-none-fired = ingen utløst
ad-not-analysed = ikke analysert ennå (kjør `crawler analyze`)
ad-phones = Telefonnumre
ad-none-found = ingen funnet
ad-written-in = skrevet “{ $raw }” i { $field }
ad-disguised = kamuflert
ad-images = Bilder
ad-none = ingen
ad-not-hashed = ikke hashet: { $error }
ad-not-hashed-yet = ikke hashet ennå
ad-linked = Koblede annonser
ad-strength = styrke { $score }
ad-in-network = i nettverk #{ $id } — trykk n for å åpne det
ad-versions = Versjoner
ad-unchanged = uendret siden først sett
ad-until = fram til { $at }
ad-history = Historikk
ad-no-decisions = ingen beslutninger ennå

## Network view

net-ads = { $count ->
    [one] { $count } annonse
   *[other] { $count } annonser
}
net-followed = fulgt
net-links = koblinger: { $phone } telefon, { $text } tekst, { $photo } foto
net-names = navn
net-phones = numre
net-cities = byer
net-timeline = tidslinje
net-last-decision = siste beslutning { $at } av { $reviewer }: { $what }

## review show

show-no-title = ingen overskrift
show-age = alder
show-price = pris
show-score = Poeng { $score } (regler { $rules }, språk { $language })
show-not-analysed = Ikke analysert ennå (kjør `crawler analyze`).
show-written = skrevet “{ $raw }”
show-versions = { $count ->
    [one] Én tidligere versjon
   *[other] { $count } tidligere versjoner
}

## review mark, note, watch, alerts, audit

cmd-marked = { $target }: { $previous } → { $status } (av { $reviewer }, hendelse { $event })
cmd-noted = notat lagt til { $target } (av { $reviewer }, hendelse { $event })
watch-none = { $reviewer } følger ingenting ennå: `review watch 12` (et nettverk) eller `review watch +4520123456`
watch-kind-network = nettverk
watch-kind-phone = nummer
watch-on = { $reviewer } følger nå { $kind } { $target }
watch-off = { $reviewer } følger ikke lenger { $kind } { $target }
alerts-none = Ingen nye annonser i det { $reviewer } følger siden sist (`review watch` viser det).
alerts-in-network = Nytt i nettverk #{ $id }
alerts-in-number = Nytt på nummer { $number }
alerts-peek = (titt: de vises igjen neste gang)
audit-none = ingen oppføringer i revisjonsloggen
audit-none-for = ingen oppføringer i revisjonsloggen for handlingen `{ $action }`
audit-when = når (UTC)
audit-who = hvem
audit-action = handling
audit-details = detaljer

## review stats

stats-heading = Annonser først sett per uke ({ $weeks ->
    [one] én uke
   *[other] { $weeks } uker
}; █ annonser, flagget = minst én positiv indikator)
stats-week-of = uke fra
stats-ads = annonser
stats-flagged = flagget
stats-networks = nettverk
stats-per-site = Per side (annonser i perioden; utvikling per uke)
stats-per-city = Per by (annonser i perioden; utvikling per uke)
stats-per-language = Per språk (annonser i perioden; utvikling per uke)
stats-per-indicator = Per indikator (annonser i perioden; utvikling per uke)
stats-flagged-short = ({ $count } fl.)
stats-more = … og { $count } til (se --json)

stats-outreach = Oppsøkende arbeid per måned (kontakter → samtaler → henvisninger)
stats-month = måned
stats-contacts = kontakter
stats-conversations = samtaler
stats-referrals = henvisninger

## Command-line help (clap)

cli-about = Gjennomgangsverktøyet for oppsøkende ansatte.
cli-long-about = Gjennomgangsverktøyet for oppsøkende ansatte.

    Uten underkommando åpnes køen av annonser og nettverk i fullskjerm, ordnet etter prioritet. Hver statusendring og hvert notat lagres med navnet ditt og tidspunktet.
cli-arg-db = Databasefil (standard: $ADSCREEN_DB eller ./adscreen.db).
cli-arg-reviewer = Navnet ditt, som lagres med hver beslutning (standard: $ADSCREEN_REVIEWER eller brukernavnet).
cli-arg-lang = Verktøyets språk: en, da, sv eller nb (standard: $ADSCREEN_LANG, så systemets språk, så engelsk).
cli-cmd-list = Vis annonser etter prioritet, med filtre.
cli-cmd-show = Vis alt om én annonse: tekst med belegg, numre, bilder, koblinger, historikk.
cli-cmd-mark = Sett status på en annonse (eller et nettverk med --network).
cli-cmd-note = Skriv et notat om en annonse (eller et nettverk med --network).
cli-cmd-watch = Følg (eller med --off slutt å følge) en nettverks-id eller et telefonnummer.
cli-cmd-alerts = Nye annonser i fulgte nettverk eller numre siden sist.
cli-cmd-stats = Trender: annonser, flagg og nettverk per uke, side, by, språk og indikator.
cli-cmd-audit = Revisjonsloggen: eksporter, statusendringer, notater, slettinger, sikkerhetskopier.
cli-cmd-export = Eksporter utvalgte saker som JSON til det nasjonale senteret (i Danmark CMM).
cli-cmd-backup = Kopier den kjørende databasen til FIL med SQLites nettbackup (pg_dump på PostgreSQL).
cli-cmd-restore = Sjekk en sikkerhetskopi FIL og gjenopprett den til --db (overskriver bare med --yes).

## Networks screen and `review networks`

title-networks = Nettverk — etter prioritet
networks-none = Ingen nettverk ennå: annonser samles i et nettverk når de deler et nummer, en tekst eller et foto.
col-ads = antall
col-assignee = ansvarlig
col-cities = byer
help-tabs = bytt skjerm: Annonser, Nettverk, Trender, Varsler
cli-cmd-networks = Vis mulige nettverk etter prioritet (størrelse, sterkeste indikatorer, siste aktivitet).

## Teamwork: assign, remind, due, contact, do-not-contact

cmd-assigned = { $target } er gitt til { $assignee } (av { $reviewer }, hendelse { $event })
cmd-reminded = { $target }: følg opp { $date } (hendelse { $event })
due-none = Ingenting skal følges opp innen { $date }.
due-set-by = satt av
warning = advarsel
contact-not-in-ad = { $number } er ikke et nummer i annonse #{ $id }
contact-no-phone = annonse #{ $id } har ikke noe telefonnummer å kontakte
contact-which = annonsen har flere numre ({ $numbers }): angi hvilket med --phone
contact-dnc = { $number } står på listen over numre som ikke skal kontaktes ({ $reason }): ikke registrert
contact-too-soon = { $number } ble sist kontaktet { $date } av { $reviewer } ({ $days ->
    [one] for én dag siden
   *[other] for { $days } dager siden
}); det skal gå minst { $gap } dager.
contact-confirm = Legg til --yes for å registrere et nytt forsøk.
contact-recorded = kontakt med { $number } registrert ({ $channel }, { $outcome }) fra { $target }
contact-now-dnc = { $number } står nå på listen over numre som ikke skal kontaktes ({ $reason })
dnc-empty = Listen over numre som ikke skal kontaktes, er tom.
dnc-removed = { $number } står ikke lenger på listen over numre som ikke skal kontaktes
channel-sms = sms
channel-call = samtale
channel-visit = besøk
channel-other = annet
outcome-no_reply = ikke svar
outcome-replied = svarte
outcome-wrong_number = feil nummer
outcome-landline = fasttelefon
outcome-opted_out = ønsker ikke kontakt
outcome-referred_clinic = henvist til helsetilbud
outcome-referred_cmm = henvist til CMM
outcome-referred_shelter = henvist til krisesenter
outcome-referred_police = henvist til politiet
dnc-opted_out = ønsker ikke kontakt
dnc-wrong_number = feil nummer
dnc-landline = fasttelefon
dnc-partner_request = etter ønske fra en samarbeidspartner
event-assign = gitt til { $name }
event-remind = følg opp { $date }
event-contact = kontakt: { $what }
ad-contacts = Kontakter (per nummer, fra alle annonser med nummeret)
ad-no-contacts = ingen kontakter ennå
ad-dnc = { $number }: SKAL IKKE KONTAKTES ({ $reason })
ad-assignee = gitt til { $name }
prompt-assign = Gi { $target } til (Enter lagrer)
msg-assigned = { $target } er gitt til { $assignee }
cli-cmd-assign = Gi en annonse (eller et nettverk med --network) til en medarbeider.
cli-cmd-remind = Sett en oppfølgingsdato på en annonse (eller et nettverk med --network).
cli-cmd-due = Oppfølginger som skal gjøres i dag (eller innen --date), de eldste først.
cli-cmd-contact = Registrer et kontaktforsøk til nummeret i en annonse (logges per nummer).
cli-cmd-do-not-contact = Vis, legg til eller (med --off) fjern et nummer på listen over numre som ikke skal kontaktes.

## Trends and Alerts screens

title-trends = Trender — { $weeks } uker
title-alerts = Varsler — nye annonser i det du følger
trends-keys = + − flere/færre uker · f filtre (som i køen) · c fjern
trends-chart = Annonser (cyan) og flaggede annonser (rød) per uke, etter ukenummer
trends-networks = Nettverk med nye annonser per uke
stats-per-site-short = Sider
stats-per-city-short = Byer
stats-per-language-short = Språk
stats-per-indicator-short = Indikatorer
alerts-screen-none = Ingen nye annonser i det du følger siden sist. Følg et nettverk med w, et nummer med W (i annonsevisningen).
alerts-col-followed = fulgt
msg-acknowledged = { $count ->
    [one] ett varsel markert som sett
   *[other] { $count } varsler markert som sett
}
help-weeks = Trender: flere / færre uker
help-acknowledge = Varsler: marker alle som sett

## Indicator explanations shown to reviewers (the codes stay untranslated).

ind-obfuscated_phone = Telefonnummeret er skrevet på en kamuflert måte (tall som ord, bokstaver for tall, emoji eller oppdelte sifre), som for å unngå filtre.
ind-shared_phone = Det samme telefonnummeret brukes i annonser med ulike navn, aldre eller bilder: noen kan styre flere personer.
ind-phone_multi_city = Det samme telefonnummeret annonserer i flere byer på kort tid, noe som kan bety at en person blir flyttet rundt.
ind-third_person = Annonsen er skrevet om henne av noen andre ("hun er …") og ikke av henne selv.
ind-multiple_persons = Én annonse tilbyr flere kvinner ("to jenter", "våre jenter", "nye jenter hver uke").
ind-youth_terms = Annonsen bruker ungdommelige ord ("ung", "frisk", "akkurat fylt 18"), noe som kan peke mot en mindreårig eller svært ung person.
ind-nationality_stated = Annonsen selger på etnisitet eller nasjonalitet ("thaijente", "ung rumensk").
ind-text_template = Teksten er nesten lik annonser med andre navn eller numre: én person kan skrive mange annonser.
ind-image_reuse = Et bilde (eller en nesten-kopi) går igjen i annonser med andre navn, numre eller byer.
ind-movement_terms = Annonsen sier at hun er ny i byen eller bare her noen dager. Til orientering: forskningen viser at denne formuleringen ikke er et tegn på menneskehandel.
ind-available_24_7 = Annonsen sier at hun alltid er tilgjengelig (24/7), noe som kan bety at hun ikke kan si nei.
ind-risky_services = Annonsen tilbyr tjenester uten beskyttelse, noe en person som selv bestemmer over arbeidet sitt sjelden gjør.
ind-low_price = Prisen ligger langt under det vanlige på siden, noe som kan bety at noen andre bestemmer den.
ind-emoji_codes = Annonsen bruker emoji som er kjente koder (for eksempel kirsebær for ung alder, roser for pris, en krone for en bakmann).
ind-trustworthy_language = Annonsen framstiller seg som pålitelig eller profesjonell ("diskret", "100 % ekte bilder", "verifisert", "trygg og ren", "ikke byrå"). Slike formuleringer er funnet oftere i annonser i saker om menneskehandel.

## Outreach message templates (`t`)
msg-template-open-ad = åpne en annonse for å skrive til nummeret
msg-template-no-folder = ingen malmappe: start med --templates MAPPE eller sett $ADSCREEN_TEMPLATES (se docs/templates.md)
msg-template-error = maler: { $error }
msg-template-no-language = ingen mal på annonsens språk ({ $lang }) og ingen på engelsk
msg-template-copied = meldingen til { $number } er kopiert (y kopierer nummeret); kontakt #{ $contact } er registrert
msg-template-too-soon = { $number } ble kontaktet for { $days } dager siden: trykk t igjen for å kopiere og registrere likevel
msg-template-refused = { $number } står på listen over numre som ikke skal kontaktes ({ $reason }): ingen melding
## Sletting og innsyn på forespørsel: review erase, review subject

cli-cmd-erase = Slett alt som er lagret om et telefonnummer, en annonse eller et nettverk (GDPR art. 17). På PostgreSQL: bare som lagerets eier.
cli-cmd-subject = Alt som er lagret om et telefonnummer, for en innsynsbegjæring (GDPR art. 15). På PostgreSQL: bare som lagerets eier.
err-phone-number = `{ $given }` er ikke et telefonnummer (lest med region { $region }; oppgi det med landskode, f.eks. +45 20 12 34 56, eller bruk --region)
err-erase-one-subject = si hva som skal slettes: nøyaktig én av --phone NUMMER, --ad ID eller --network ID
erase-plan = Sletting av { $subject } fjerner:
msg-erase-ads = annonser
msg-erase-versions = tidligere versjoner av annonsene
msg-erase-analyses = analyser
msg-erase-phones = funne telefonnumre
msg-erase-links = koblinger til andre annonser
msg-erase-notes = historikk og notater
msg-erase-statuses = vurderingsstatuser
msg-erase-teamwork = tildelinger og påminnelser
msg-erase-contacts = oppføringer i kontaktloggen
msg-erase-dnc = oppføringer på listen over numre som ikke skal kontaktes
msg-erase-watches = fulgte numre og nettverk
msg-erase-blocked = oppføringer på blokkeringslisten
msg-erase-networks = nettverk som bygges på nytt
msg-erase-redactions = notater og revisjonsoppføringer som blir stående, med nummeret byttet ut med [erased]
erase-ad-ids = Annonser: { $ids }
erase-nothing = Ingenting er lagret om { $subject }.
erase-dry-run = Prøvekjøring: ingenting ble slettet.
erase-confirm = Slette alt dette for godt? Det kan ikke angres. [y/N]
erase-needs-yes = ikke bekreftet: review erase ber om bekreftelse i en terminal, og det finnes ingen; sjekk listen over og kjør igjen med --yes
erase-not-confirmed = Ikke bekreftet; ingenting ble slettet.
erase-done = { $subject } er slettet: { $ads } annonser; { $networks } nettverk bygget på nytt. Ført i revisjonsloggen (bare antall). Sikkerhetskopier og eksporter fra før inneholder fortsatt opplysningene.
erase-relink-failed = advarsel: slettingen er fullført, men den nye koblingen mislyktes ({ $error }); de berørte nettverkene bygges på nytt ved neste `crawler analyze`
erase-wal-busy = advarsel: et annet program har databasen åpen, så WAL-filen inneholder fortsatt gamle sider; lukk de andre review-øktene og crawleren, og kjør `review erase` igjen for det samme (den finner ingenting og skriver inn WAL-filen)
erase-vacuum-failed = advarsel: slettingen er gjennomført, men VACUUM kjørte ikke, så de slettede radenes gamle versjoner ligger i tabellenes filer til autovacuum når dem; kjør `VACUUM` som eieren
erase-pg-copies = På PostgreSQL beholder write-ahead-loggen, arkivet dens og basis-sikkerhetskopier kopier til de gjenbrukes (se docs/deploy-postgres.md).
err-erase-owner = `review { $command }` på PostgreSQL må kjøres som lagerets eier (rollen `{ $role }` er ikke eieren): bare eieren når alle organisasjoners notater, kontakter, overvåkinger og revisjonsloggposter, som row-level security skjuler for en reviewer. Be administratoren kjøre den med eierens URL; den skrives i revisjonsloggen
subject-summary = { $number }: { $ads } annonser, { $contacts } kontakter, { $watches } følgere, { $audit } revisjonsoppføringer nevner det.
subject-on-dnc = Nummeret står på listen over numre som ikke skal kontaktes.
subject-json-hint = Bruk --json for alt som er lagret (svaret på en innsynsbegjæring).

## Kryptering av lagrede data: review encrypt, nøkkelvalgene

cli-arg-db_key_file = Nøkkelfil for en kryptert database (standard: $ADSCREEN_DB_KEY_FILE, så key_file i konfigurasjonen; uten den spørres det etter passordfrasen i terminalen).
cli-arg-config = Konfigurasjonsfil delt med crawleren (review leser key_file og idle_lock_minutes; standard: $ADSCREEN_CONFIG).
cli-cmd-encrypt = Krypter en ukryptert database på stedet (en kontrollert kryptert kopi, deretter et navnebytte).
cli-cmd-orgs = Organisasjoner og gjennomgåerne deres i en delt PostgreSQL-database: vis, legg til, registrer en rolle
encrypt-needs-key = review encrypt trenger en nøkkel: oppgi --key-file FIL (lag en med `openssl rand -hex 32 > db.key && chmod 600 db.key`), sett $ADSCREEN_DB_KEY_FILE, eller kjør den i en terminal for å skrive en passordfrase
encrypt-passphrase = Ny passordfrase for databasen:
encrypt-passphrase-again = Den samme passordfrasen igjen:
encrypt-mismatch = de to passordfrasene er forskjellige; ingenting ble endret
encrypt-done = { $db } er kryptert: { $tables } tabeller, { $rows } rader kontrollert mot originalen. Alle verktøy trenger nå nøkkelen; ta vare på en kopi av den offline, for uten den kan databasen ikke leses. Ukrypterte sikkerhetskopier fra før kan fortsatt leses: tilintetgjør dem.

## Skjermlås ved inaktivitet i fullskjermverktøyet

cli-arg-idle_lock = Minutter uten tastetrykk før fullskjermverktøyet skjuler annonsetekst og numre (standard: idle_lock_minutes i konfigurasjonen, ellers 10; 0: aldri).
idle-locked = Skjermen er skjult: ingen tast er trykket på en stund.
idle-press-key = Trykk på en hvilken som helst tast for å vise den igjen.

## Meldinger fra review export, backup, restore, encrypt, erase og
## skriptkommandoene (også feil). Filinnhold, JSON og revisjonsloggen
## forblir som de er; bare disse setningene følger språket.

err-not-built = `{ $command }` er ikke bygget ennå
err-no-database = ingen database i { $db }: kjør `crawler demo`, `crawler crawl` eller `crawler import` først, eller oppgi --db
err-opening-db = åpner databasen { $db }
err-postgres = denne kommandoen virker ikke på PostgreSQL ennå ({ $url }); bruk en SQLite-fil med --db. På PostgreSQL kan `review` alt unntatt kryptering (issue 16)
err-store-stale = { $target } ble endret av { $by } kl. { $at } (status er nå { $status }) etter at du leste den; se på den igjen, og gjenta endringen din hvis den fortsatt gjelder
err-pg-reviewer = på PostgreSQL handler du som databaserollen din `{ $role }`: --reviewer `{ $given }` kan ikke navngi en annen (utelat det, eller koble til som den rollen)
orgs-sqlite = organisasjoner finnes i en delt PostgreSQL-database (--db postgres://…); én SQLite-fil er én organisasjon
orgs-added = organisasjonen { $org } er lagt til
orgs-reviewer-added = { $role } gjennomgår nå for { $org }
orgs-none = ingen organisasjoner ennå (legg til en med `review orgs add NAVN`)
err-pg-not-yet = `review { $command }` virker ikke på PostgreSQL ennå: på PostgreSQL kan `review` alt unntatt kryptering (issue 16)
err-reading = leser { $file }
err-reading-rules = leser reglene { $file }
err-no-ad = ingen annonse med id { $id } (se `review list`)
err-no-network = ikke noe nettverk med id { $id } (se `review networks`)
err-phone-international = `{ $given }` er ikke et telefonnummer på internasjonal form (f.eks. +45 20 12 34 56)
err-watch-target = `{ $given }` er verken en nettverks-id (sifre, f.eks. 12) eller et telefonnummer på internasjonal form (f.eks. +45 20 12 34 56)
err-unknown-code = { $flag } `{ $given }`: bruk en av { $codes }
err-min-score = min. poeng `{ $given }`: forventet et tall som 2.5
err-start-worker = starter databasetråden
err-terminal = gjør terminalen klar
watch-since = siden { $since }  sist sett { $look }

## Databasefeil på leserens språk ($message: SQLites egne ord)

err-store-io = kan ikke gjøre databasens plassering { $path } klar: { $error }
err-store-busy = databasen { $db } er opptatt: et annet program holdt den for lenge ({ $message }); prøv igjen om litt
err-store-full = databasen { $db }: disken er full ({ $message })
err-store-read-only = databasen { $db } kan ikke skrives: den er åpnet skrivebeskyttet, eller du mangler tillatelse ({ $message })
err-store-too-new = databasen { $db } har skjemaversjon { $found }, men denne adscreen kjenner bare til versjon { $known }; oppgrader adscreen
err-store-outdated = databasen { $db } har skjemaversjon { $found }, eldre enn denne adscreens { $known }; den er åpnet skrivebeskyttet og ble ikke oppgradert: kjør først en kommando som skriver til den (`crawler analyze --db { $db }` eller en hvilken som helst `review`-kommando)
err-store-corrupt = databasen { $db }: skadet { $what }: { $message }
err-store-encrypted = databasen { $db } er kryptert (eller er ikke en database): oppgi nøkkelen med --db-key-file FIL, $ADSCREEN_DB_KEY_FILE eller `key_file` i konfigurasjonen, eller kjør i en terminal for å bli spurt om passordfrasen
err-store-wrong-key = databasen { $db }: feil nøkkel (nøkkelfilen eller passordfrasen åpner ikke denne databasen; ingenting ble lest eller endret)
err-store-not-encrypted = databasen { $db } er ikke kryptert, men en nøkkel ble oppgitt: krypter den først med `review --db { $db } encrypt --key-file FIL`, eller åpne den uten nøkkel
err-store-no-encryption = databasen { $db }: denne adscreen er bygget uten kryptering; bygg den med `cargo build --release --features store/encryption` (krever libssl-dev)
err-store-other = databasen { $db }: { $message }
err-store-no-database = ingen database i { $db }: kjør først `crawler demo`, `crawler crawl` eller `crawler import`, eller oppgi --db
err-store-no-such-case = { $kind ->
    [network] ingen nettverk med id { $id }
   *[ad] ingen annonse med id { $id }
}
err-store-empty = { $what ->
    [reviewer] navnet til en saksbehandler kan ikke være tomt
    [assignee] navnet på den saken tildeles, kan ikke være tomt
   *[note] et notat kan ikke være tomt
}
note-store-plain = merk: databasen { $db } er ikke kryptert (se `review encrypt` og docs/data-protection.md)

## review backup og review restore

backup-exists = { $file } finnes allerede; velg et nytt filnavn (en sikkerhetskopi overskriver aldri)
backup-writing = tar sikkerhetskopi til { $file }
backup-check-failed = sikkerhetskopien besto ikke kontrollen og er fjernet
backup-not-a-file = { $file } finnes ikke eller er ikke en fil
backup-done = sikkerhetskopi av { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} lagret i { $file } ({ $bytes } byte, skjemaversjon { $schema }, integritet ok, sha256 { $sha256 }); ført i revisjonsloggen
restore-checking = kontrollerer sikkerhetskopien { $file }
restore-same-file = sikkerhetskopien og --db er den samme filen
restore-needs-yes = { $db } finnes; en gjenoppretting ville erstatte den. Kjør igjen med --yes (den nåværende databasen lagres først ved siden av)
restore-saving = lagrer den nåværende databasen i { $file }
restore-copying = kopierer { $from } inn i { $db }
restore-integrity = { $db } består ikke integritetskontrollen etter gjenopprettingen: { $result }
restore-count = { $db } inneholder { $restored } annonser etter gjenopprettingen, men sikkerhetskopien inneholdt { $ads }
restore-done = { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} gjenopprettet fra { $from } til { $db } (skjemaversjon { $schema }, integritet ok)
restore-done-saved = { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} gjenopprettet fra { $from } til { $db } (skjemaversjon { $schema }, integritet ok); den forrige databasen er lagret som { $saved }

## review encrypt og review erase (fortsatt)

encrypt-reading-key = leser databasens nøkkelfil { $file }
encrypt-failed = krypterer { $db } (originalen er uendret)
erase-failed = sletter (ingenting ble slettet)

## review export

export-format = --format `{ $given }`: bruk json eller jsonl
export-needs-out = --out FIL er påkrevd: en eksport er en fil du leverer fra deg med vilje (den skrives aldri ut på skjermen)
export-aggregate-pseudonymise = --aggregate inneholder ingen numre eller id-er; fjern --pseudonymise
export-aggregate-jsonl = --aggregate skriver ett lite JSON-dokument; fjern --format jsonl
export-all-filters = --all eksporterer alt: fjern filtrene (eller fjern --all for å eksportere et utvalg)
export-reading-key = leser pseudonymiseringsnøkkelen { $file }
export-needs-key = --pseudonymise trenger en nøkkel: sett $ADSCREEN_PSEUDONYM_KEY eller oppgi --key-file FIL (bruk samme nøkkel for å kunne matche numre på tvers av eksporter; send den aldri med eksporten)
export-key-short = pseudonymiseringsnøkkelen er { $bytes } byte; bruk minst { $min } tilfeldige byte (f.eks. `openssl rand -hex 32`)
export-selection-all = utvalg: alt
export-selection-ids = utvalg: id-er
export-selection-filter = utvalg: filter
export-explicit-ids = { $count ->
    [one] { $count } oppgitt id
   *[other] { $count } oppgitte id-er
}
export-aggregate-format = opptalt { $format }
export-plan-plain = review export skal skrive { $file } ({ $format }, IKKE kryptert):
export-plan-encrypted = review export skal skrive { $file } ({ $format }, kryptert til { $count ->
    [one] { $count } age-mottaker
   *[other] { $count } age-mottakere
}):
export-counts = { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
}, { $networks ->
    [one] { $networks } mulig nettverk
   *[other] { $networks } mulige nettverk
}
export-counts-outside = (sammendragene deres nevner også { $count ->
    [one] { $count } annonse
   *[other] { $count } annonser
} utenfor utvalget)
export-counts-only = bare antall: ingen navn, telefonnumre, tekster, URL-er eller bilder forlater maskinen
export-people = personrelaterte felt: navn { $names }, telefonnumre { $phones }, tekster { $texts }, URL-er { $urls }, bilde-URL-er { $images }
export-people-hashed = personrelaterte felt: navn { $names }, telefonnumre { $phones } (som nøkkelbaserte hasher), tekster { $texts }, URL-er { $urls }, bilde-URL-er { $images }
export-warning-plain = ADVARSEL: databasen er kryptert, men denne eksporten er ikke det: filen vil inneholde personopplysninger i klartekst. Bruk --encrypt-to age1... (mottakerens offentlige nøkkel) med mindre filen blir liggende på en kryptert disk.
export-nothing = ingenting passer til dette utvalget; ingenting skrevet (se `review list` med de samme filtrene)
export-not-confirmed = ikke bekreftet; ingenting skrevet
export-needs-yes = ikke bekreftet: review export ber om bekreftelse i en terminal, og det finnes ingen; sjekk oversikten over og kjør igjen med --yes
export-confirm = Skrive denne eksporten? [y/N]
export-audit-failed = fører eksporten i revisjonsloggen (filen ble ikke skrevet)
export-done = skrev { $file } ({ $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
}, { $networks ->
    [one] { $networks } nettverk
   *[other] { $networks } nettverk
}, { $bytes } byte, sha256 { $sha256 }); ført i revisjonsloggen
export-recipients-unreadable = --encrypt-to `{ $given }` er verken en age1…-mottaker eller en lesbar fil med mottakere
export-recipient-bad = --encrypt-to: mottaker { $n } `{ $given }` er ikke en age X25519-mottaker (age1…): { $error }
export-no-recipients = --encrypt-to `{ $given }`: fant ingen mottakere
export-no-folder = --out { $file }: mappen { $folder } finnes ikke
export-out-is-folder = --out { $file } er en mappe; oppgi et filnavn
export-creating = oppretter { $file }
export-encryption-setup = forbereder krypteringen
export-encryption-start = starter krypteringen
export-writing = skriver eksporten
export-encryption-finish = avslutter krypteringen
export-syncing = skriver { $file } til disken
export-moving = flytter { $from } til { $to }

## Mappen med maler for oppsøkende meldinger (feil)

msg-template-folder = leser malmappen { $folder }
msg-template-name = { $file }: gi malen navnet ETIKETT.SPRÅK.txt (for eksempel hei.nb.txt)
msg-template-lang = { $file }: gi malen navnet ETIKETT.SPRÅK.txt med en språkkode som da, sv, nb eller en
msg-template-utf8 = { $file }: kan ikke leses som UTF-8-tekst
msg-template-empty = { $file }: malen er tom
msg-template-long = { $file }: malen har mer enn { $max } tegn

## review migrate, and backups on PostgreSQL

cli-cmd-migrate = Kopier et helt SQLite-lager over i en PostgreSQL-database og kontroller hver tabells antall rader.
migrate-from-missing = { $db } finnes ikke: --from angir SQLite-lageret som skal kopieres (sqlite:STI eller STI)
migrate-from-not-sqlite = --from { $db } er ikke et SQLite-lager: review migrate kopierer fra sqlite:STI til postgres://…
migrate-to-not-postgres = --to { $db } er ikke en PostgreSQL-database: oppgi postgres://bruker@vert/dbnavn (opprett den først med createdb)
migrate-progress = { $table }: { $read } av { $rows } rader
migrate-table = { $table }: { $source ->
    [one] { $source } rad
   *[other] { $source } rader
} i SQLite, { $target } i PostgreSQL ({ $copied } kopiert nå)
migrate-failed = kopierer { $from } over i { $to }
migrate-sqlite-only = ikke kopiert (PostgreSQL har ennå ingen slik tabell): { $tables }
migrate-sqlite-only-columns = ikke kopiert (PostgreSQL har ennå ingen slik kolonne): { $columns }
migrate-done = kopierte { $tables } tabeller ({ $rows } rader, { $copied } skrevet nå) fra { $from } til { $to } på { $seconds } s; antallet rader stemmer; notert i SQLite-lagerets revisjonslogg
err-copy-mismatch = tabellen { $table } har { $source } rader i kilden, men { $target } i målet etter kopieringen: målet inneholder andre data, eller kopieringen stoppet underveis (kjør den igjen, eller kopier til en tom database)
err-copy-target-differs = måldatabasen inneholder allerede andre data (tabell { $table }, id { $id } er ikke kildens); ingenting ble skrevet: kopier til en tom database
backup-done-pg = sikkerhetskopi av { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} til { $file } med pg_dump ({ $bytes } byte, skjemaversjon { $schema }, arkivet kontrollert med pg_restore --list, sha256 { $sha256 }); notert i revisjonsloggen
restore-needs-yes-pg = { $db } inneholder allerede et adscreen-lager; en gjenoppretting ville erstatte det. Kjør igjen med --yes (den nåværende databasen lagres først ved siden av sikkerhetskopien med pg_dump)
restore-done-pg = gjenopprettet { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} fra { $from } til { $db } med pg_restore (skjemaversjon { $schema })
restore-done-pg-saved = gjenopprettet { $ads ->
    [one] { $ads } annonse
   *[other] { $ads } annonser
} fra { $from } til { $db } med pg_restore (skjemaversjon { $schema }); den forrige databasen er lagret som { $saved }
