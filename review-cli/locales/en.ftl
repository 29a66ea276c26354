# adscreen review — English (the reference language and the fallback).
#
# Native-speaker review: English is the source; other files translate it.
# Every key here must exist in da.ftl, sv.ftl and nb.ftl (a test checks).
# Only the tool's own words are translated: ad text, notes, names, indicator
# codes and status codes in --json and exports never change with the language.

## Generic

error-prefix = error
loading = Loading…
first-seen = first seen
last-seen = last seen
no-ads-match = No ads match these filters.
event-note = note
target-ad = ad #{ $id }
target-network = network #{ $id }

## Review statuses (full words) and their short forms for tables (≤ 9 characters).
## In English the full words are the status codes, which scripts and the
## `--status` filter use.

status-new = new
status-needs_outreach = needs_outreach
status-contacted = contacted
status-referred = referred
status-dismissed = dismissed
status-independent = independent
status-agency = agency
status-spam_or_scam = spam_or_scam
status-duplicate = duplicate
status-short-new = new
status-short-needs_outreach = outreach
status-short-contacted = contacted
status-short-referred = referred
status-short-dismissed = dismissed
status-short-independent = indep.
status-short-agency = agency
status-short-spam_or_scam = spam/scam
status-short-duplicate = duplicate

## Ad fields and link kinds

field-title = title
field-text = text
field-name = name
field-age = age
field-location = location
field-phone = phone
field-price = price
field-images = images
link-phone = phone
link-text = text
link-image = photo

## Table columns

col-id = id
col-score = score
col-status = status
col-name = name
col-city = city
col-site = site
col-network = network
col-indicators = indicators
col-seen = seen
col-why = why linked

## Title line and status bar

title-queue-all = Queue — all ads by priority
title-queue-filtered = Queue — { $filters }
title-ad = Ad #{ $id }
title-network = Network #{ $id }
bar-ads = { $count ->
    [one] { $n } ad
   *[other] { $n } ads
}
bar-counting = counting…
bar-keys = ? help  q quit

## Queue

queue-empty-db = The database has no ads yet. Run `crawler demo`, `crawler crawl` or `crawler import`.
queue-no-match = No ads match these filters. Press c to clear them, f to change them.

## Key help

help-title = Keys — any key closes
help-move = move / scroll
help-page = page, top, bottom
help-open = open the ad
help-network = open the ad's network
help-back = back
help-search = search the ad text
help-filters = filters (site, city, language, …)  clear
help-mark = set status: new, needs_outreach, …
help-note-assign = write a note  give to a reviewer
help-follow = follow/unfollow network  number
help-browser = open the ad in a browser
help-copy = copy the phone number  message from a template
help-reload = reload from the database
help-help = this help  quit

## Overlays

picker-title = Status of { $target }
prompt-search = Search ad text (Enter applies, empty clears)
prompt-note = Note on { $target } (Enter saves)
filters-title = Filters
filters-hint = Tab next · Enter apply · Esc cancel · dates 2026-11-22
filter-search = search
filter-site = site
filter-city = city
filter-language = language
filter-indicator = indicator
filter-status = status
filter-since = since
filter-until = until
filter-min-score = min score

## Messages in the title line

msg-no-network = this ad is not linked to a network
msg-opening = opening { $url }
msg-copied = number { $number } copied
msg-copied-more = number { $number } copied (also in this ad: { $others })
msg-ad-no-phone = this ad has no phone number
msg-open-ad-for-phone = open an ad (Enter) to use its phone number
msg-saving-status = saving { $status }…
msg-empty-note = empty note not saved
msg-saving-note = saving note…
msg-error = error: { $error }
msg-marked = { $target } marked { $status } by { $reviewer }
msg-note-added = note added to { $target } by { $reviewer }
msg-following = following { $what }
msg-unfollowed = no longer following { $what }
err-open-db = error: opening the database: { $error }
err-ad-gone = ad #{ $id } is no longer in the database
err-network-gone = network #{ $id } is no longer in the database
err-worker-stopped = error: the store worker stopped; restart review
err-browser = error: cannot open a browser ({ $error }); the address is { $url }
err-copy = could not copy; the number is { $number }
err-unknown-status = unknown status `{ $given }`: use one of { $codes }
err-unknown-indicator = unknown indicator `{ $given }`: use one of { $codes }
err-date = { $flag } `{ $given }`: expected a date like 2026-11-22 or 2026-11-22T10:00:00Z

## Ad view

ad-removed = removed
ad-seen-price = first seen { $first } · last seen { $last } · price { $price }
ad-title = Title
ad-text = Text
ad-indicators = Indicators
ad-indicators-of = Indicators (score { $score }, language { $language }, rules { $rules })
ad-none-fired = none fired
ad-not-analysed = not analysed yet (run `crawler analyze`)
ad-phones = Phones
ad-none-found = none found
ad-written-in = written “{ $raw }” in { $field }
ad-disguised = disguised
ad-images = Images
ad-none = none
ad-not-hashed = not hashed: { $error }
ad-not-hashed-yet = not hashed yet
ad-linked = Linked ads
ad-strength = strength { $score }
ad-in-network = in network #{ $id } — press n to open it
ad-versions = Versions
ad-unchanged = unchanged since first seen
ad-until = until { $at }
ad-history = History
ad-no-decisions = no decisions yet

## Network view

net-ads = { $count ->
    [one] { $count } ad
   *[other] { $count } ads
}
net-followed = followed
net-links = links: { $phone } phone, { $text } text, { $photo } photo
net-names = names
net-phones = phones
net-cities = cities
net-timeline = timeline
net-last-decision = last decision { $at } by { $reviewer }: { $what }

## review show

show-no-title = no title
show-age = age
show-price = price
show-score = Score { $score } (rules { $rules }, language { $language })
show-not-analysed = Not analysed yet (run `crawler analyze`).
show-written = written “{ $raw }”
show-versions = { $count ->
    [one] One earlier version
   *[other] { $count } earlier versions
}

## review mark, note, watch, alerts, audit

cmd-marked = { $target }: { $previous } → { $status } (by { $reviewer }, event { $event })
cmd-noted = note added to { $target } (by { $reviewer }, event { $event })
watch-none = { $reviewer } follows nothing yet: `review watch 12` (a network) or `review watch +4520123456`
watch-kind-network = network
watch-kind-phone = phone
watch-on = { $reviewer } now follows { $kind } { $target }
watch-off = { $reviewer } no longer follows { $kind } { $target }
alerts-none = No new ads in what { $reviewer } follows since the last look (`review watch` lists it).
alerts-in-network = New in network #{ $id }
alerts-in-number = New in number { $number }
alerts-peek = (peek: these will show again next time)
audit-none = no audit entries
audit-none-for = no audit entries for action `{ $action }`
audit-when = when (UTC)
audit-who = who
audit-action = action
audit-details = details

## review stats

stats-heading = Ads first seen per week ({ $weeks ->
    [one] one week
   *[other] { $weeks } weeks
}; █ ads, flagged = at least one positive indicator)
stats-week-of = week of
stats-ads = ads
stats-flagged = flagged
stats-networks = networks
stats-per-site = Per site (ads in the window; trend per week)
stats-per-city = Per city (ads in the window; trend per week)
stats-per-language = Per language (ads in the window; trend per week)
stats-per-indicator = Per indicator (ads in the window; trend per week)
stats-flagged-short = ({ $count } fl)
stats-more = … and { $count } more (see --json)

stats-outreach = Outreach per month (contacts → conversations → referrals)
stats-month = month
stats-contacts = contacts
stats-conversations = conversations
stats-referrals = referrals

## Command-line help (clap)

cli-about = The review tool for outreach staff.
cli-long-about = The review tool for outreach staff.

    With no subcommand, opens the full-screen queue of ads and networks, ordered by priority. Every status change and note is recorded with your name and the time.
cli-arg-db = Database file (default: $ADSCREEN_DB, or ./adscreen.db).
cli-arg-reviewer = Your name, recorded with every decision (default: $ADSCREEN_REVIEWER or the OS user).
cli-arg-lang = Language of the tool: en, da, sv or nb (default: $ADSCREEN_LANG, then the locale, then English).
cli-cmd-list = List ads in priority order, with filters.
cli-cmd-show = Show everything about one ad: text with evidence, phones, images, links, history.
cli-cmd-mark = Set the status of an ad (or a network with --network).
cli-cmd-note = Add a note to an ad (or a network with --network).
cli-cmd-watch = Follow (or with --off, unfollow) a network id or a phone number.
cli-cmd-alerts = New ads that joined followed networks or numbers since your last look.
cli-cmd-stats = Trends: ads, flags and networks per week, site, city, language and indicator.
cli-cmd-audit = The audit log: exports, status changes, notes, purges, backups.
cli-cmd-export = Export selected cases as JSON for the national centre (CMM).
cli-cmd-backup = Copy the live database to FILE with SQLite's online backup (pg_dump on PostgreSQL).
cli-cmd-restore = Check a backup FILE and restore it to --db (refuses to overwrite without --yes).

## Networks screen and `review networks`

title-networks = Networks — by priority
networks-none = No networks yet: ads join a network when they share a number, a text or a photo.
col-ads = ads
col-assignee = assignee
col-cities = cities
help-tabs = switch screen: Ads, Networks, Trends, Alerts
cli-cmd-networks = List possible networks in priority order (size, strongest indicators, recent activity).

## Teamwork: assign, remind, due, contact, do-not-contact

cmd-assigned = { $target } assigned to { $assignee } (by { $reviewer }, event { $event })
cmd-reminded = { $target }: follow up on { $date } (event { $event })
due-none = Nothing due on or before { $date }.
due-set-by = set by
warning = warning
contact-not-in-ad = { $number } is not a number of ad #{ $id }
contact-no-phone = ad #{ $id } has no phone number to contact
contact-which = this ad has several numbers ({ $numbers }): say which with --phone
contact-dnc = { $number } is on the do-not-contact list ({ $reason }): not recorded
contact-too-soon = { $number } was last contacted on { $date } by { $reviewer } ({ $days ->
    [one] one day ago
   *[other] { $days } days ago
}); the minimum gap is { $gap } days.
contact-confirm = Add --yes to record a second attempt.
contact-recorded = contact to { $number } recorded ({ $channel }, { $outcome }) from { $target }
contact-now-dnc = { $number } is now on the do-not-contact list ({ $reason })
dnc-empty = The do-not-contact list is empty.
dnc-removed = { $number } is no longer on the do-not-contact list
channel-sms = text message
channel-call = call
channel-visit = visit
channel-other = other
outcome-no_reply = no reply
outcome-replied = replied
outcome-wrong_number = wrong number
outcome-landline = landline
outcome-opted_out = opted out
outcome-referred_clinic = referred to a health clinic
outcome-referred_cmm = referred to CMM
outcome-referred_shelter = referred to a shelter
outcome-referred_police = referred to the police
dnc-opted_out = opted out
dnc-wrong_number = wrong number
dnc-landline = landline
dnc-partner_request = asked by a partner
event-assign = assigned to { $name }
event-remind = follow up on { $date }
event-contact = contact: { $what }
ad-contacts = Contacts (per number, from every ad with it)
ad-no-contacts = no contacts yet
ad-dnc = { $number }: DO NOT CONTACT ({ $reason })
ad-assignee = assigned to { $name }
prompt-assign = Assign { $target } to (Enter saves)
msg-assigned = { $target } assigned to { $assignee }
cli-cmd-assign = Give an ad (or a network with --network) to a reviewer.
cli-cmd-remind = Set a follow-up date on an ad (or a network with --network).
cli-cmd-due = Follow-ups due today (or by --date), earliest first.
cli-cmd-contact = Record a contact attempt to the number of an ad (kept per number).
cli-cmd-do-not-contact = Show, add to or (with --off) take a number off the do-not-contact list.

## Trends and Alerts screens

title-trends = Trends — { $weeks } weeks
title-alerts = Alerts — new ads in what you follow
trends-keys = + − more/fewer weeks · f filters (as on the queue) · c clear
trends-chart = Ads (cyan) and flagged ads (red) per week, by week number
trends-networks = Networks with new ads, per week
stats-per-site-short = Sites
stats-per-city-short = Cities
stats-per-language-short = Languages
stats-per-indicator-short = Indicators
alerts-screen-none = No new ads in what you follow since your last look. Follow a network with w, a number with W (in the ad view).
alerts-col-followed = followed
msg-acknowledged = { $count ->
    [one] one alert marked seen
   *[other] { $count } alerts marked seen
}
help-weeks = Trends: more / fewer weeks
help-acknowledge = Alerts: mark all seen

## Indicator explanations shown to reviewers (the codes stay untranslated).
## English shows the rules file's own words; these are their translations.

ind-obfuscated_phone = The phone number is written in a disguised way (number words, letters for digits, emoji or split digits), as if to avoid filters.
ind-shared_phone = The same phone number is used in ads for different names, ages or photos: someone may manage several people.
ind-phone_multi_city = The same phone number advertises in several cities within a short time, which may mean a person is being moved around.
ind-third_person = The ad is written about her by someone else ("she is ...") rather than by herself.
ind-multiple_persons = One ad offers several women ("two girls", "our girls", "new girls every week").
ind-youth_terms = The ad uses youth language ("young", "fresh", "barely 18"), which may point to a minor or a very young person.
ind-nationality_stated = The ad sells an ethnicity or nationality ("Thai girl", "young Romanian").
ind-text_template = The text is nearly the same as ads for other names or numbers: one writer may produce many ads.
ind-image_reuse = A photo (or a near copy) appears in ads with other names, numbers or cities.
ind-movement_terms = The ad says she is new in town or only here a few days. Informational: the evidence says this wording is not a sign of trafficking.
ind-available_24_7 = The ad says she is always available (24/7), which may mean she cannot refuse.
ind-risky_services = The ad offers services without protection, which a person in control of her own work rarely offers.
ind-low_price = The price is far below what is usual on the site, which may mean someone else sets it.
ind-emoji_codes = The ad uses emoji that are known codes (for example cherries for youth, roses for price, a crown for a controller).
ind-trustworthy_language = The ad sells itself as trustworthy or professional ("discreet", "100% real photos", "verified", "safe and clean", "no agency"). Such wording was found more often in ads of trafficking cases.

## Outreach message templates (`t`)
msg-template-open-ad = open an ad to write to its number
msg-template-no-folder = no templates folder: start with --templates DIR or set $ADSCREEN_TEMPLATES (see docs/templates.md)
msg-template-error = templates: { $error }
msg-template-no-language = no template in this ad's language ({ $lang }) and none in English
msg-template-copied = message copied for { $number } (y copies the number); contact #{ $contact } recorded
msg-template-too-soon = { $number } was contacted { $days } days ago: press t again to copy and record anyway
msg-template-refused = { $number } is on the do-not-contact list ({ $reason }): no message
## Erasure and access on request: review erase, review subject

cli-cmd-erase = Erase everything held about a phone number, an ad or a network (GDPR Art. 17). On PostgreSQL: as the store's owner only.
cli-cmd-subject = Everything held about a phone number, for an access request (GDPR Art. 15). On PostgreSQL: as the store's owner only.
err-phone-number = `{ $given }` is not a phone number (read with region { $region }; give it with the country code, e.g. +45 20 12 34 56, or pass --region)
err-erase-one-subject = say what to erase: exactly one of --phone NUMBER, --ad ID or --network ID
erase-plan = Erasing { $subject } removes:
msg-erase-ads = ads
msg-erase-versions = earlier versions of those ads
msg-erase-analyses = analyses
msg-erase-phones = phone matches
msg-erase-links = links to other ads
msg-erase-notes = history entries and notes
msg-erase-statuses = review statuses
msg-erase-teamwork = assignments and reminders
msg-erase-contacts = contact log entries
msg-erase-dnc = do-not-contact entries
msg-erase-watches = watches
msg-erase-blocked = block-list entries
msg-erase-networks = networks to rebuild
msg-erase-redactions = notes and audit entries that stay, with the number replaced by [erased]
erase-ad-ids = Ads: { $ids }
erase-nothing = Nothing is held about { $subject }.
erase-dry-run = Dry run: nothing was erased.
erase-confirm = Erase all of this for good? It cannot be undone. [y/N]
erase-needs-yes = not confirmed: review erase asks for confirmation on a terminal and none is attached; check the list above and re-run with --yes
erase-not-confirmed = Not confirmed; nothing was erased.
erase-done = Erased { $subject }: { $ads } ads; { $networks } networks rebuilt. Recorded in the audit log (counts only). Backups and exports made before still hold the data.
erase-relink-failed = warning: the erasure is done, but linking the store again failed ({ $error }); the affected networks are rebuilt by the next `crawler analyze`
erase-wal-busy = warning: another program holds the database open, so the WAL still holds old pages; close the other review sessions and the crawler and run `review erase` again for the same subject (it finds nothing and checkpoints)
erase-vacuum-failed = warning: the erasure is committed, but VACUUM did not run, so the erased rows' old versions stay in the tables' files until autovacuum reaches them; run `VACUUM` as the owner
erase-pg-copies = On PostgreSQL the write-ahead log, its archive and base backups keep copies until they are recycled (see docs/deploy-postgres.md).
err-erase-owner = `review { $command }` on PostgreSQL must run as the store's owner (role `{ $role }` is not): only the owner reaches every organisation's notes, contacts, watches and audit entries, which row-level security hides from a reviewer. Ask the administrator to run it with the owner's URL; it is recorded in the audit log
subject-summary = { $number }: { $ads } ads, { $contacts } contacts, { $watches } watches, { $audit } audit entries mention it.
subject-on-dnc = The number is on the do-not-contact list.
subject-json-hint = Use --json for everything held (the answer to an access request).

## Encryption at rest: review encrypt, the key options

cli-arg-db_key_file = Key file of an encrypted database (default: $ADSCREEN_DB_KEY_FILE, then the config's key_file; without one, the passphrase is asked for on a terminal).
cli-arg-config = Configuration file shared with the crawler (review reads key_file and idle_lock_minutes; default: $ADSCREEN_CONFIG).
cli-cmd-encrypt = Encrypt a plain database in place (a checked encrypted copy, then a rename).
cli-cmd-orgs = Organisations and their reviewers on a shared PostgreSQL store: list, add, register a role
encrypt-needs-key = review encrypt needs a key: pass --key-file FILE (make one with `openssl rand -hex 32 > db.key && chmod 600 db.key`), set $ADSCREEN_DB_KEY_FILE, or run it on a terminal to type a passphrase
encrypt-passphrase = New passphrase for the database:
encrypt-passphrase-again = The same passphrase again:
encrypt-mismatch = the two passphrases differ; nothing was changed
encrypt-done = Encrypted { $db }: { $tables } tables, { $rows } rows checked against the original. Every tool now needs the key; keep a copy of it offline, as without it the database cannot be read. Plain backups made before are still readable: destroy them.

## Idle lock of the full-screen tool

cli-arg-idle_lock = Minutes without a key press before the full-screen tool hides ad text and numbers (default: the config's idle_lock_minutes, or 10; 0: off).
idle-locked = The screen is hidden: no key was pressed for a while.
idle-press-key = Press any key to show it again.

## Messages of review export, backup, restore, encrypt, erase and the
## script commands (errors included). File contents, JSON and the audit log
## stay as written; only these sentences follow the language.

err-not-built = `{ $command }` is not built yet
err-no-database = no database at { $db }: run `crawler demo`, `crawler crawl` or `crawler import` first, or pass --db
err-opening-db = opening database { $db }
err-postgres = this command does not work on PostgreSQL yet ({ $url }); use a SQLite file with --db. On PostgreSQL, `review` does everything but encryption (issue 16)
err-store-stale = { $target } was changed by { $by } at { $at } (its status is now { $status }) since you read it; look at it again and repeat your change if it still holds
err-pg-reviewer = on PostgreSQL you act as your database role `{ $role }`: --reviewer `{ $given }` cannot name someone else (leave it out, or connect as that role)
orgs-sqlite = organisations live on a shared PostgreSQL store (--db postgres://…); one SQLite file is one organisation
orgs-added = organisation { $org } added
orgs-reviewer-added = { $role } now reviews for { $org }
orgs-none = no organisations yet (add one with `review orgs add NAME`)
err-pg-not-yet = `review { $command }` does not work on PostgreSQL yet: on PostgreSQL, `review` does everything but encryption (issue 16)
err-reading = reading { $file }
err-reading-rules = reading rules { $file }
err-no-ad = no ad with id { $id } (see `review list`)
err-no-network = no network with id { $id } (see `review networks`)
err-phone-international = `{ $given }` is not a phone number in international form (e.g. +45 20 12 34 56)
err-watch-target = `{ $given }` is neither a network id (digits, e.g. 12) nor a phone number in international form (e.g. +45 20 12 34 56)
err-unknown-code = { $flag } `{ $given }`: use one of { $codes }
err-min-score = min score `{ $given }`: expected a number like 2.5
err-start-worker = starting the store worker
err-terminal = preparing the terminal
watch-since = since { $since }  last look { $look }

## Store errors, in the reader's language ($message: SQLite's own words)

err-store-io = cannot prepare database location { $path }: { $error }
err-store-busy = database { $db } is busy: another program held it too long ({ $message }); try again in a moment
err-store-full = database { $db }: the disk is full ({ $message })
err-store-read-only = database { $db } cannot be written: it is opened read-only or you have no permission ({ $message })
err-store-too-new = database { $db } has schema version { $found }, but this adscreen knows only up to { $known }; upgrade adscreen
err-store-outdated = database { $db } has schema version { $found }, older than this adscreen's { $known }; it is opened read-only and was not upgraded: run a command that writes to it first (`crawler analyze --db { $db }` or any `review` command)
err-store-corrupt = database { $db }: corrupt { $what }: { $message }
err-store-encrypted = database { $db } is encrypted (or is not a database): give its key with --db-key-file FILE, $ADSCREEN_DB_KEY_FILE or `key_file` in the config, or run on a terminal to be asked for the passphrase
err-store-wrong-key = database { $db }: wrong key (the key file or passphrase does not open this database; nothing was read or changed)
err-store-not-encrypted = database { $db } is not encrypted, but a key was given: encrypt it first with `review --db { $db } encrypt --key-file FILE`, or open it without a key
err-store-no-encryption = database { $db }: this adscreen was built without encryption; build it with `cargo build --release --features store/encryption` (needs libssl-dev)
err-store-other = database { $db }: { $message }
err-store-no-database = no database at { $db }: run `crawler demo`, `crawler crawl` or `crawler import` first, or pass --db
err-store-no-such-case = { $kind ->
    [network] no network with id { $id }
   *[ad] no ad with id { $id }
}
err-store-empty = { $what ->
    [reviewer] a reviewer name must not be empty
    [assignee] the assignee's name must not be empty
   *[note] a note must not be empty
}
note-store-plain = note: database { $db } is not encrypted (see `review encrypt` and docs/data-protection.md)

## review backup and review restore

backup-exists = { $file } already exists; choose a new file name (a backup never overwrites)
backup-writing = backing up to { $file }
backup-check-failed = the backup failed its check and was removed
backup-not-a-file = { $file } does not exist or is not a file
backup-done = backed up { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} to { $file } ({ $bytes } bytes, schema version { $schema }, integrity ok, sha256 { $sha256 }); recorded in the audit log
restore-checking = checking backup { $file }
restore-same-file = the backup and --db are the same file
restore-needs-yes = { $db } exists; restoring would replace it. Re-run with --yes (the current database is saved beside it first)
restore-saving = saving the current database to { $file }
restore-copying = copying { $from } into { $db }
restore-integrity = { $db } fails the integrity check after the restore: { $result }
restore-count = { $db } holds { $restored } ads after the restore, but the backup held { $ads }
restore-done = restored { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} from { $from } into { $db } (schema version { $schema }, integrity ok)
restore-done-saved = restored { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} from { $from } into { $db } (schema version { $schema }, integrity ok); the previous database is saved as { $saved }

## review encrypt and review erase (continued)

encrypt-reading-key = reading the database key file { $file }
encrypt-failed = encrypting { $db } (the original is unchanged)
erase-failed = erasing (nothing was deleted)

## review export

export-format = --format `{ $given }`: use json or jsonl
export-needs-out = --out FILE is required: an export is a file you hand over deliberately (it is never printed)
export-aggregate-pseudonymise = --aggregate carries no numbers or ids; drop --pseudonymise
export-aggregate-jsonl = --aggregate writes one small JSON document; drop --format jsonl
export-all-filters = --all exports everything: drop the filters (or drop --all to export a selection)
export-reading-key = reading the pseudonymisation key file { $file }
export-needs-key = --pseudonymise needs a key: set $ADSCREEN_PSEUDONYM_KEY or pass --key-file FILE (keep the same key to match numbers across exports; never send it with the export)
export-key-short = the pseudonymisation key is { $bytes } bytes; use at least { $min } random bytes (e.g. `openssl rand -hex 32`)
export-selection-all = selection: all
export-selection-ids = selection: ids
export-selection-filter = selection: filter
export-explicit-ids = { $count ->
    [one] { $count } explicit id
   *[other] { $count } explicit ids
}
export-aggregate-format = aggregate { $format }
export-plan-plain = review export will write { $file } ({ $format }, NOT encrypted):
export-plan-encrypted = review export will write { $file } ({ $format }, encrypted to { $count ->
    [one] { $count } age recipient
   *[other] { $count } age recipients
}):
export-counts = { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
}, { $networks ->
    [one] { $networks } possible network
   *[other] { $networks } possible networks
}
export-counts-outside = (their summaries also name { $count ->
    [one] { $count } ad
   *[other] { $count } ads
} outside the selection)
export-counts-only = counts only: no names, phone numbers, texts, URLs or images leave the machine
export-people = people-related fields: names { $names }, phone numbers { $phones }, texts { $texts }, URLs { $urls }, image URLs { $images }
export-people-hashed = people-related fields: names { $names }, phone numbers { $phones } (as keyed hashes), texts { $texts }, URLs { $urls }, image URLs { $images }
export-warning-plain = WARNING: the database is encrypted, but this export is not: the file will hold personal data in plain text. Use --encrypt-to age1... (the recipient's public key) unless the file stays on an encrypted disk.
export-nothing = nothing matches this selection; nothing written (see `review list` with the same filters)
export-not-confirmed = not confirmed; nothing written
export-needs-yes = not confirmed: review export asks for confirmation on a terminal and none is attached; check the summary above and re-run with --yes
export-confirm = Write this export? [y/N]
export-audit-failed = recording the export in the audit log (the file was not written)
export-done = wrote { $file } ({ $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
}, { $networks ->
    [one] { $networks } network
   *[other] { $networks } networks
}, { $bytes } bytes, sha256 { $sha256 }); recorded in the audit log
export-recipients-unreadable = --encrypt-to `{ $given }` is neither an age1… recipient nor a readable recipients file
export-recipient-bad = --encrypt-to: recipient { $n } `{ $given }` is not an age X25519 recipient (age1…): { $error }
export-no-recipients = --encrypt-to `{ $given }`: no recipients found
export-no-folder = --out { $file }: folder { $folder } does not exist
export-out-is-folder = --out { $file } is a folder; give a file name
export-creating = creating { $file }
export-encryption-setup = setting up encryption
export-encryption-start = starting encryption
export-writing = writing the export
export-encryption-finish = finishing encryption
export-syncing = syncing { $file }
export-moving = moving { $from } to { $to }

## Outreach message templates folder (errors)

msg-template-folder = reading the templates folder { $folder }
msg-template-name = { $file }: name a template LABEL.LANG.txt (for example hello.da.txt)
msg-template-lang = { $file }: name a template LABEL.LANG.txt with a language code such as da, sv, nb or en
msg-template-utf8 = { $file }: not readable as UTF-8 text
msg-template-empty = { $file }: the template is empty
msg-template-long = { $file }: the template has more than { $max } characters

## review migrate, and backups on PostgreSQL

cli-cmd-migrate = Copy a whole SQLite store into a PostgreSQL database, checking every table's row count.
migrate-from-missing = { $db } does not exist: --from names the SQLite store to copy (sqlite:PATH or PATH)
migrate-from-not-sqlite = --from { $db } is not a SQLite store: review migrate copies from sqlite:PATH to postgres://…
migrate-to-not-postgres = --to { $db } is not a PostgreSQL database: give postgres://user@host/dbname (create it first with createdb)
migrate-progress = { $table }: { $read } of { $rows } rows
migrate-table = { $table }: { $source ->
    [one] { $source } row
   *[other] { $source } rows
} in SQLite, { $target } in PostgreSQL ({ $copied } copied now)
migrate-failed = copying { $from } into { $to }
migrate-sqlite-only = not copied (PostgreSQL has no such table yet): { $tables }
migrate-sqlite-only-columns = not copied (PostgreSQL has no such column yet): { $columns }
migrate-done = copied { $tables } tables ({ $rows } rows, { $copied } written now) from { $from } into { $to } in { $seconds } s; the row counts match; recorded in the SQLite store's audit log
err-copy-mismatch = table { $table } holds { $source } rows in the source but { $target } in the target after the copy: the target holds other data, or the copy stopped part-way (run it again, or copy into an empty database)
err-copy-target-differs = the target database already holds other data (table { $table }, id { $id } is not the source's); nothing was written: copy into an empty database
backup-done-pg = backed up { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} to { $file } with pg_dump ({ $bytes } bytes, schema version { $schema }, archive checked with pg_restore --list, sha256 { $sha256 }); recorded in the audit log
restore-needs-yes-pg = { $db } already holds an adscreen store; restoring would replace it. Re-run with --yes (the current database is first saved beside the backup with pg_dump)
restore-done-pg = restored { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} from { $from } into { $db } with pg_restore (schema version { $schema })
restore-done-pg-saved = restored { $ads ->
    [one] { $ads } ad
   *[other] { $ads } ads
} from { $from } into { $db } with pg_restore (schema version { $schema }); the previous database is saved as { $saved }
