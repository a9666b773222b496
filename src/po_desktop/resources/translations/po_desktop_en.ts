<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name></name>
    <message>
        <source>Lösenfras: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Kommandot kräver ett samordnarvalv (init --coordinator).</source>
        <translation>This command needs a coordinator vault (init --coordinator).</translation>
    </message>
    <message>
        <source>Kommandot kräver ett ombudsvalv, inte ett samordnarvalv.</source>
        <translation>This command needs an ombud vault, not a coordinator vault.</translation>
    </message>
    <message>
        <source>po-desktop: gallringen vid stängning misslyckades ({kind}); den görs vid nästa upplåsning.</source>
        <translation>po-desktop: the purge at closing failed ({kind}); it will be done at the next unlock.</translation>
    </message>
    <message>
        <source>Upprepa lösenfrasen: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika; inget har ändrats.</source>
        <translation>The passphrases do not match; nothing has been changed.</translation>
    </message>
    <message>
        <source>Lösenfrasen får inte vara tom.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <source>Ingen lösenfras: använd --passphrase-file FIL eller miljövariabeln {env}, eller kör i en terminal.</source>
        <translation>No passphrase: use --passphrase-file FILE or the environment variable {env}, or run in a terminal.</translation>
    </message>
    <message>
        <source>Texten på stdin är för lång (högst {mb} MB); inget sparades.</source>
        <translation>The text on stdin is too long (at most {mb} MB); nothing was saved.</translation>
    </message>
    <message>
        <source>Texten på stdin är varken UTF-8 eller Windows-1252 (en binärfil?); spara den som UTF-8 och försök igen</source>
        <translation>The text on stdin is neither UTF-8 nor Windows-1252 (a binary file?); save it as UTF-8 and try again</translation>
    </message>
    <message>
        <source>Lösenfrasfilen</source>
        <translation>The passphrase file</translation>
    </message>
    <message>
        <source>Lösenfrasfilen finns inte: ange sökvägen till en fil vars första rad är lösenfrasen (det du skrev upprepas inte, ifall det var lösenfrasen själv).</source>
        <translation>The passphrase file does not exist: give the path of a file whose first line is the passphrase (what you typed is not repeated, in case it was the passphrase itself).</translation>
    </message>
    <message>
        <source>Kan inte läsa lösenfrasfilen {path}: {err}.</source>
        <translation>Cannot read the passphrase file {path}: {err}.</translation>
    </message>
    <message>
        <source>Lösenfrasfilen {path} är tom.</source>
        <translation>The passphrase file {path} is empty.</translation>
    </message>
    <message>
        <source>En lösenfras ges aldrig som argument (den syns för andra i processlistan): använd --passphrase-file FIL, miljövariabeln {env} eller skriv den i terminalen.</source>
        <translation>A passphrase is never given as an argument (others can see it in the process list): use --passphrase-file FILE, the environment variable {env} or type it in the terminal.</translation>
    </message>
    <message>
        <source>po-desktop: arbetsverktyg för personligt ombud. Utan kommando startar det grafiska programmet.</source>
        <translation>po-desktop: work tool for personligt ombud (PO). Without a command the graphical program starts.</translation>
    </message>
    <message>
        <source>visa programmets version</source>
        <translation>show the program&apos;s version and exit</translation>
    </message>
    <message>
        <source>valvfilen (standard: vault.podb i användarens datamapp)</source>
        <translation>the vault file (default: vault.podb in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>fil vars första rad är lösenfrasen</source>
        <translation>file whose first line is the passphrase</translation>
    </message>
    <message>
        <source>visa fullständiga fel</source>
        <translation>show full errors</translation>
    </message>
    <message>
        <source>skriv en logg utan innehåll i användarens loggmapp (för support)</source>
        <translation>write a log without content to the user&apos;s log folder (for support)</translation>
    </message>
    <message>
        <source>loggens nivå (ger --log)</source>
        <translation>the log&apos;s level (implies --log)</translation>
    </message>
    <message>
        <source>arbeta i team: enhetens kö, bevakningar under frånvaro, överlämning</source>
        <translation>working in a team: the unit&apos;s waiting list, follow-ups during absence, handover</translation>
    </message>
    <message>
        <source>se &apos;assignment list --all&apos;</source>
        <translation>see &apos;assignment list --all&apos;</translation>
    </message>
    <message>
        <source>se &apos;coordinator status --json&apos;</source>
        <translation>see &apos;coordinator status --json&apos;</translation>
    </message>
    <message>
        <source>po-desktop: avbrutet.</source>
        <translation>po-desktop: interrupted.</translation>
    </message>
    <message>
        <source>po-desktop: oväntat fel ({kind}). Kör med --debug för detaljer.</source>
        <translation>po-desktop: unexpected error ({kind}). Run with --debug for details.</translation>
    </message>
    <message>
        <source>skapa ett nytt valv (skriver aldrig över)</source>
        <translation>create a new vault (never overwrites)</translation>
    </message>
    <message>
        <source>samordnarvalv: tar emot enheternas statistikpaket</source>
        <translation>coordinator vault: receives the units&apos; statistics bundles</translation>
    </message>
    <message>
        <source>godta en lösenfras kortare än 8 tecken</source>
        <translation>accept a passphrase shorter than 8 characters</translation>
    </message>
    <message>
        <source>kontroll, säkerhetskopia, lösenfras</source>
        <translation>check, backup, passphrase</translation>
    </message>
    <message>
        <source>statistik förs från detta halvår, t.ex. 2025H2 (standard: innevarande halvår)</source>
        <translation>statistics are kept from this half year, e.g. 2025H2 (default: the current half year)</translation>
    </message>
    <message>
        <source>lås upp och kontrollera valvets integritet</source>
        <translation>unlock and check the vault&apos;s integrity</translation>
    </message>
    <message>
        <source>byt lösenfras (efter en kontrollerad kopia)</source>
        <translation>change the passphrase (after a verified copy)</translation>
    </message>
    <message>
        <source>visa eller ändra halvåret statistiken förs från (ombudsvalv)</source>
        <translation>show or change the half year statistics are kept from (ombud vault)</translation>
    </message>
    <message>
        <source>nytt första halvår, t.ex. 2025H2; tidigare perioder är ej rapporterade</source>
        <translation>new first half year, e.g. 2025H2; earlier periods are not reported</translation>
    </message>
    <message>
        <source>krypterad säkerhetskopia till en fil</source>
        <translation>encrypted backup to a file</translation>
    </message>
    <message>
        <source>återställ valvet från en säkerhetskopia</source>
        <translation>restore the vault from a backup</translation>
    </message>
    <message>
        <source>förstör hela valvet (skrivs över, går inte att ångra)</source>
        <translation>destroy the whole vault (overwritten, cannot be undone)</translation>
    </message>
    <message>
        <source>förstör även valvets säkerhetskopior i mappen backups</source>
        <translation>also destroy the vault&apos;s backups in the backups folder</translation>
    </message>
    <message>
        <source>bekräftelse utan terminal (annars skriver du enhetens namn)</source>
        <translation>confirmation without a terminal (otherwise you type the unit&apos;s name)</translation>
    </message>
    <message>
        <source>valvets automatiska säkerhetskopior (lista, radera)</source>
        <translation>the vault&apos;s automatic backups (list, delete)</translation>
    </message>
    <message>
        <source>lista de automatiska säkerhetskopiorna med datum</source>
        <translation>list the automatic backups with their dates</translation>
    </message>
    <message>
        <source>skriv över och ta bort automatiska säkerhetskopior gjorda före en tidpunkt</source>
        <translation>overwrite and remove automatic backups made before a point in time</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM:SS (lokal tid)</source>
        <translation>YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS (local time)</translation>
    </message>
    <message>
        <source>(Kommandoraden: --allow-short.)</source>
        <translation>(Command line: --allow-short.)</translation>
    </message>
    <message>
        <source>init: --fte krävs för ett ombudsvalv (t.ex. --fte 1.00)</source>
        <translation>init: --fte is required for an ombud vault (e.g. --fte 1.00)</translation>
    </message>
    <message>
        <source>init: --statistics-since gäller ombudsvalv; ett samordnarvalv har ingen.</source>
        <translation>init: --statistics-since applies to ombud vaults; a coordinator vault has none.</translation>
    </message>
    <message>
        <source>Det finns redan en fil på {path}; ett valv skrivs aldrig över.</source>
        <translation>There is already a file at {path}; a vault is never overwritten.</translation>
    </message>
    <message>
        <source>Välj lösenfras: </source>
        <translation>Choose a passphrase: </translation>
    </message>
    <message>
        <source>samordnarvalv</source>
        <translation>coordinator vault</translation>
    </message>
    <message>
        <source>valv</source>
        <translation>vault</translation>
    </message>
    <message>
        <source>Skapade {kind} {path}</source>
        <translation>Created {kind} {path}</translation>
    </message>
    <message>
        <source>Statistik förs från {since}; tidigare perioder är ej rapporterade.</source>
        <translation>Statistics are kept from {since}; earlier periods are not reported.</translation>
    </message>
    <message>
        <source>Integritetskontrollen hittade {n} fel i {path}. Återställ från en säkerhetskopia.</source>
        <translation>The integrity check found {n} errors in {path}. Restore from a backup.</translation>
    </message>
    <message>
        <source>ok: {path} (schema {rev}) klarade cipher_integrity_check och quick_check</source>
        <translation>ok: {path} (schema {rev}) passed cipher_integrity_check and quick_check</translation>
    </message>
    <message>
        <source>Lösenfrasen är bytt. Kopia med den gamla lösenfrasen: {path}</source>
        <translation>The passphrase has been changed. Copy with the old passphrase: {path}</translation>
    </message>
    <message>
        <source>Säkerhetskopia skriven och kontrollerad: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <source>Säkerhetskopian</source>
        <translation>The backup</translation>
    </message>
    <message>
        <source>Säkerhetskopians lösenfras: </source>
        <translation>The backup&apos;s passphrase: </translation>
    </message>
    <message>
        <source>Valvet {path} är återställt från {src}.</source>
        <translation>The vault {path} has been restored from {src}.</translation>
    </message>
    <message>
        <source>Det tidigare valvet är sparat (krypterat) som {path}</source>
        <translation>The previous vault is kept (encrypted) as {path}</translation>
    </message>
    <message>
        <source>vault destroy utan terminal kräver --yes-destroy-everything; inget har förstörts.</source>
        <translation>vault destroy without a terminal needs --yes-destroy-everything; nothing has been destroyed.</translation>
    </message>
    <message>
        <source>Valvet {path} ({label}) skrivs över och tas bort. Det går inte att ångra.</source>
        <translation>The vault {path} ({label}) will be overwritten and removed. This cannot be undone.</translation>
    </message>
    <message>
        <source>Dessa säkerhetskopior förstörs också:</source>
        <translation>These backups are destroyed too:</translation>
    </message>
    <message>
        <source>Dessa säkerhetskopior finns kvar (krypterade):</source>
        <translation>These backups remain (encrypted):</translation>
    </message>
    <message>
        <source>Skriv enhetens namn ({label}) för att bekräfta: </source>
        <translation>Type the unit&apos;s name ({label}) to confirm: </translation>
    </message>
    <message>
        <source>Bekräftelsen stämmer inte med enhetens namn; inget har förstörts.</source>
        <translation>The confirmation does not match the unit&apos;s name; nothing has been destroyed.</translation>
    </message>
    <message>
        <source>Valvet är förstört: {n} filer överskrivna och borttagna.</source>
        <translation>The vault is destroyed: {n} files overwritten and removed.</translation>
    </message>
    <message>
        <source>Förstörd säkerhetskopia: {path}</source>
        <translation>Destroyed backup: {path}</translation>
    </message>
    <message>
        <source>Säkerhetskopior finns kvar (krypterade; ta bort dem med --include-backups):</source>
        <translation>Backups remain (encrypted; remove them with --include-backups):</translation>
    </message>
    <message>
        <source>Inga automatiska säkerhetskopior.</source>
        <translation>No automatic backups.</translation>
    </message>
    <message>
        <source>Raderad (överskriven): {path}</source>
        <translation>Deleted (overwritten): {path}</translation>
    </message>
    <message>
        <source>Inställningsfilen</source>
        <translation>The settings file</translation>
    </message>
    <message>
        <source>Inställningsfilen {path} går inte att läsa: {err}.</source>
        <translation>The settings file {path} cannot be read: {err}.</translation>
    </message>
    <message>
        <source>{key} i {path} ska vara en mapp, t.ex. &quot;~/PO&quot;.</source>
        <translation>{key} in {path} must be a folder, e.g. &quot;~/PO&quot;.</translation>
    </message>
    <message>
        <source>{key} i {path} ska vara en fullständig sökväg (nu: {value}).</source>
        <translation>{key} in {path} must be a full path (now: {value}).</translation>
    </message>
    <message>
        <source>idle_lock_minutes i {path} ska vara ett heltal mellan {low} och {high} (nu: {value}).</source>
        <translation>idle_lock_minutes in {path} must be a whole number from {low} to {high} (now: {value}).</translation>
    </message>
    <message>
        <source>log_level i {path} ska vara &quot;off&quot;, &quot;error&quot;, &quot;warning&quot;, &quot;info&quot; eller &quot;debug&quot; (nu: {value}).</source>
        <translation>log_level in {path} must be &quot;off&quot;, &quot;error&quot;, &quot;warning&quot;, &quot;info&quot; or &quot;debug&quot; (now: {value}).</translation>
    </message>
    <message>
        <source>remember_vaults i {path} ska vara true eller false (nu: {value}).</source>
        <translation>remember_vaults in {path} must be true or false (now: {value}).</translation>
    </message>
    <message>
        <source>language i {path} ska vara &quot;system&quot;, &quot;sv&quot; eller &quot;en&quot; (nu: {value}).</source>
        <translation>language in {path} must be &quot;system&quot;, &quot;sv&quot; or &quot;en&quot; (now: {value}).</translation>
    </message>
    <message>
        <source>Ogiltigt antal årsarbeten: {value}. Ange t.ex. 1,50.</source>
        <translation>Invalid number of full-time equivalents: {value}. Enter e.g. 1.50.</translation>
    </message>
    <message>
        <source>Ogiltigt antal årsarbeten: {value}. Ange ett tal mellan 0 och 100.</source>
        <translation>Invalid number of full-time equivalents: {value}. Enter a number from 0 to 100.</translation>
    </message>
    <message>
        <source>Årsarbeten anges med högst två decimaler: {value}.</source>
        <translation>Full-time equivalents take at most two decimals: {value}.</translation>
    </message>
    <message>
        <source>Enhetens namn saknas (t.ex. &quot;PO Mora&quot;).</source>
        <translation>The unit&apos;s name is missing (e.g. &quot;PO Mora&quot;).</translation>
    </message>
    <message>
        <source>Enhetens namn är för långt (högst 120 tecken).</source>
        <translation>The unit&apos;s name is too long (at most 120 characters).</translation>
    </message>
    <message>
        <source>Ange minst en kommun som verksamheten täcker.</source>
        <translation>Enter at least one municipality the service covers.</translation>
    </message>
    <message>
        <source>Enhetens namn och kommunnamnen får inte innehålla styrtecken ({char}).</source>
        <translation>The unit name and the municipality names must not contain control characters ({char}).</translation>
    </message>
    <message>
        <source>Enhetens namn och kommunnamnen lämnar valvet i statistikpaketen och får inte innehålla {found}.</source>
        <translation>The unit name and the municipality names leave the vault in the statistics bundles and must not contain {found}.</translation>
    </message>
    <message>
        <source>Valvfilen</source>
        <translation>The vault file</translation>
    </message>
    <message>
        <source>Argon2id {mib} MiB, {t} varv, {p} trådar</source>
        <translation>Argon2id {mib} MiB, {t} passes, {p} lanes</translation>
    </message>
    <message>
        <source>Valvets nyckelhärledning ({params}) är svagare än dagens standard; den höjs när du byter lösenfras nästa gång.</source>
        <translation>The vault&apos;s key derivation ({params}) is weaker than today&apos;s default; it is raised the next time you change the passphrase.</translation>
    </message>
    <message>
        <source>Nyckelhärledningen är höjd från {old} till {new}.</source>
        <translation>The key derivation was raised from {old} to {new}.</translation>
    </message>
    <message>
        <source>Ogiltigt värde för {key}: {value}.</source>
        <translation>Invalid value for {key}: {value}.</translation>
    </message>
    <message>
        <source>Kan inte skapa låsfilen {path}: behörighet saknas. Välj en mapp du får skriva i.</source>
        <translation>Cannot create the lock file {path}: permission denied. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>Låsfilen {path} är en symbolisk länk; po-desktop följer den inte. Ta bort länken och försök igen.</source>
        <translation>The lock file {path} is a symbolic link; po-desktop does not follow it. Remove the link and try again.</translation>
    </message>
    <message>
        <source>Kan inte skapa låsfilen {path}: {err}.</source>
        <translation>Cannot create the lock file {path}: {err}.</translation>
    </message>
    <message>
        <source>Valvet {path} är redan öppet i ett annat program eller fönster. Stäng det först.</source>
        <translation>The vault {path} is already open in another program or window. Close it first.</translation>
    </message>
    <message>
        <source>Disken är full: {path} kunde inte skrivas. Frigör utrymme och försök igen; inget sparat har ändrats.</source>
        <translation>The disk is full: {path} could not be written. Free some space and try again; nothing saved has changed.</translation>
    </message>
    <message>
        <source>Skrivskyddad fil eller mapp: {path}. Välj en plats du får skriva i.</source>
        <translation>Read-only file or folder: {path}. Choose a place you may write to.</translation>
    </message>
    <message>
        <source>{path} är en mapp; ange ett filnamn.</source>
        <translation>{path} is a folder; give a file name.</translation>
    </message>
    <message>
        <source>Mappen {folder} finns inte; ingen fil skrevs.</source>
        <translation>The folder {folder} does not exist; no file was written.</translation>
    </message>
    <message>
        <source>{path} är ingen vanlig fil (en namngiven pipe, en enhet eller liknande); ange ett annat filnamn. Ingen fil skrevs.</source>
        <translation>{path} is not a regular file (a named pipe, a device or the like); give another file name. No file was written.</translation>
    </message>
    <message>
        <source>{what} är en mapp; ange en fil.</source>
        <translation>{what} is a folder; give a file.</translation>
    </message>
    <message>
        <source>{what} är ingen vanlig fil (en namngiven pipe, en enhet eller liknande); ange en vanlig fil.</source>
        <translation>{what} is not a regular file (a named pipe, a device or similar); give a regular file.</translation>
    </message>
    <message>
        <source>{what} finns inte.</source>
        <translation>{what} does not exist.</translation>
    </message>
    <message>
        <source>Kan inte läsa {what}: {err}.</source>
        <translation>Cannot read {what}: {err}.</translation>
    </message>
    <message>
        <source>{what} är för stor (högst {size}).</source>
        <translation>{what} is too large (at most {size}).</translation>
    </message>
    <message>
        <source>{what} är inte en textfil i UTF-8.</source>
        <translation>{what} is not a UTF-8 text file.</translation>
    </message>
    <message>
        <source>Sida {n} av {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <source>Innehållet får inte plats på sidan (en text i en ruta som inte kan delas är för lång); ingen PDF skrevs.</source>
        <translation>The content does not fit on the page (a text in a box that cannot be split is too long); no PDF was written.</translation>
    </message>
    <message>
        <source>Kan inte skriva {path}: {err}.</source>
        <translation>Cannot write {path}: {err}.</translation>
    </message>
    <message>
        <source>Kunde inte skriva {path}: disken är full eller har ett skrivfel. Frigör utrymme och försök igen; inget sparat har ändrats.</source>
        <translation>Could not write {path}: the disk is full or has a write error. Free some space and try again; nothing saved has changed.</translation>
    </message>
    <message>
        <source>Valvet {path} är upptaget av en annan åtgärd just nu. Försök igen om en stund; inget sparat har ändrats.</source>
        <translation>The vault {path} is busy with another operation right now. Try again in a moment; nothing saved has changed.</translation>
    </message>
    <message>
        <source>Valvet {path} är skrivskyddat. Kontrollera filens och mappens behörighet.</source>
        <translation>The vault {path} is read-only. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Kan inte öppna {path}: kontrollera att mappen finns och att du får skriva i den.</source>
        <translation>Cannot open {path}: check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>Valvet {path} är skadat och kan inte läsas. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is damaged and cannot be read. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>filen är avkortad ({pages} sidor väntade)</source>
        <extracomment>Decrypted pages a connection keeps, in KiB. Every page read past SQLite&apos;s page cache is read from the file and decrypted + authenticated again (AES-256-CBC + HMAC-SHA512, ~10 µs a 4 KiB page), so a cache smaller than what a search or a scan of the notes touches repeats that work on every query (3× plain SQLite for a scan of all notes with the 8 MiB default). SQLite allocates the cache as pages are read, so a small vault never uses the whole budget. The pages are plaintext in memory while the vault is unlocked (as every row read is) and freed when the connection closes at lock. Every connection&apos;s settings after the key (the plain-SQLite twin of the load benchmark uses the same list). ``temp_store = MEMORY`` is a security setting, not only speed: SQLCipher does not encrypt temporary files (with ``temp_store = FILE`` a temp table&apos;s rows lie in plaintext in an unlinked ``etilqs_*`` file; checked with SQLCipher 4.19), so sorts, temp tables and VACUUM&apos;s copy must stay in memory.</extracomment>
        <translation>the file is truncated ({pages} pages expected)</translation>
    </message>
    <message>
        <source>Det finns inget valv på {path}. Skapa ett med &apos;po-desktop init&apos; eller ange rätt fil med --vault.</source>
        <translation>There is no vault at {path}. Create one with &apos;po-desktop init&apos; or give the right file with --vault.</translation>
    </message>
    <message>
        <source>{path} är en mapp, inte ett valv.</source>
        <translation>{path} is a folder, not a vault.</translation>
    </message>
    <message>
        <source>Kan inte läsa {path}: behörighet saknas.</source>
        <translation>Cannot read {path}: permission denied.</translation>
    </message>
    <message>
        <source>{path} är en okrypterad SQLite-databas, inte ett po-desktop-valv.</source>
        <translation>{path} is an unencrypted SQLite database, not a po-desktop vault.</translation>
    </message>
    <message>
        <source>Valvet {path} är skapat av en nyare version av po-desktop. Uppdatera programmet för att öppna det.</source>
        <translation>The vault {path} was made by a newer version of po-desktop. Update the program to open it.</translation>
    </message>
    <message>
        <source>Valvets filhuvud är skadat eller manipulerat ({path}): det begär orimliga nyckelparametrar och öppnas inte. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault&apos;s header is damaged or tampered with ({path}): it asks for unreasonable key parameters and is not opened. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>Valvet {path} är tomt eller avkortat och kan inte läsas. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is empty or truncated and cannot be read. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>{path} är inte ett po-desktop-valv (okänt filformat).</source>
        <translation>{path} is not a po-desktop vault (unknown file format).</translation>
    </message>
    <message>
        <source>Valvets filhuvud är skadat ({path}): lösenfrasen är rätt men kontrollbytena stämmer inte. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault&apos;s header is damaged ({path}): the passphrase is right but the check bytes do not match. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>Fel lösenfras för valvet {path}. Försök igen; filen är oförändrad.</source>
        <translation>Wrong passphrase for the vault {path}. Try again; the file is unchanged.</translation>
    </message>
    <message>
        <source>Valvet {path} är skrivskyddat (filen eller mappen den ligger i). Flytta det till en mapp du får skriva i eller ändra behörigheten; inget har ändrats.</source>
        <translation>The vault {path} is read-only (the file or its folder). Move it to a folder you may write to or change the permissions; nothing has changed.</translation>
    </message>
    <message>
        <source>{path} är en symbolisk länk; po-desktop följer inga länkar bredvid valvet. Ta bort länken och försök igen; inget har ändrats.</source>
        <translation>{path} is a symbolic link; po-desktop follows no links beside the vault. Remove the link and try again; nothing has changed.</translation>
    </message>
    <message>
        <source>Kopian {path} klarade inte kontrollen: {problem}</source>
        <translation>The copy {path} failed the check: {problem}</translation>
    </message>
    <message>
        <source>Kopian {path} är ofullständig.</source>
        <translation>The copy {path} is incomplete.</translation>
    </message>
    <message>
        <source>Filen {path} finns redan; välj ett annat namn.</source>
        <translation>The file {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>Ogiltiga nyckelparametrar för det nya valvet.</source>
        <translation>Invalid key parameters for the new vault.</translation>
    </message>
    <message>
        <source>Valvet {path} är avkortat eller skadat och kan inte läsas. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is truncated or damaged and cannot be read. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>Valvet {path} är skadat ({problem}). Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is damaged ({problem}). Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>Valvet {path} har flera schemaversioner.</source>
        <translation>The vault {path} has several schema versions.</translation>
    </message>
    <message>
        <source>Fel lösenfras för valvet {path}. Inget har förstörts.</source>
        <translation>Wrong passphrase for the vault {path}. Nothing has been destroyed.</translation>
    </message>
    <message>
        <source>Navigering</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>po-desktop</source>
        <translation>po-desktop</translation>
    </message>
    <message>
        <source>Valvfil (en ny eller en befintlig)</source>
        <translation>Vault file (a new or an existing one)</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lås valvet</source>
        <translation>&amp;Lock the vault</translation>
    </message>
    <message>
        <source>Valvet låstes på din begäran.</source>
        <translation>The vault was locked at your request.</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Uppdatera vyn</source>
        <translation>&amp;Refresh the view</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Gå till</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Arbete</source>
        <translation>&amp;Work</translation>
    </message>
    <message>
        <source>Här finns inget osparat: anteckningar sparas medan du skriver.</source>
        <extracomment>what a view keeps through a lock: (kind, alias, item id, state), see services/drafts.py the navigation key of the view</extracomment>
        <translation>Nothing unsaved here: notes are saved while you type.</translation>
    </message>
    <message>
        <source>Valvet är låst. Lås upp det först.</source>
        <translation>The vault is locked. Unlock it first.</translation>
    </message>
    <message>
        <source>po-desktop — låst</source>
        <translation>po-desktop — locked</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>samordnare</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <source>ombud</source>
        <translation>ombud</translation>
    </message>
    <message>
        <source>po-desktop — {unit}</source>
        <translation>po-desktop — {unit}</translation>
    </message>
    <message>
        <source>{unit} ({mode}) · låses efter {minutes} min utan aktivitet · Ctrl+L låser nu</source>
        <translation>{unit} ({mode}) · locks after {minutes} min without activity · Ctrl+L locks now</translation>
    </message>
    <message>
        <source>Valvet låstes automatiskt efter en stund utan aktivitet.</source>
        <translation>The vault was locked automatically after a while without activity.</translation>
    </message>
    <message>
        <source>uppdrag</source>
        <translation>assignment</translation>
    </message>
    <message>
        <source>bevakning</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>förfrågan</source>
        <translation>inquiry</translation>
    </message>
    <message>
        <source>ny aktivitet</source>
        <translation>new activity</translation>
    </message>
    <message>
        <source>ny enkätomgång</source>
        <translation>new survey round</translation>
    </message>
    <message>
        <source>inställningar</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>Osparade uppgifter</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <source>När valvet låstes fanns osparade uppgifter i: {what}. De har sparats krypterat i valvet. Vill du fortsätta med dem?</source>
        <translation>When the vault locked, there was unsaved work in: {what}. It was kept encrypted in the vault. Do you want to continue with it?</translation>
    </message>
    <message>
        <source>Fortsätt där jag var</source>
        <translation>Continue where I was</translation>
    </message>
    <message>
        <source>Kasta utkasten</source>
        <translation>Discard the drafts</translation>
    </message>
    <message>
        <source>PDF-filen skapas…</source>
        <translation>Creating the PDF file…</translation>
    </message>
    <message>
        <source>Arbetsanteckningar för {alias}</source>
        <translation>Work notes for {alias}</translation>
    </message>
    <message>
        <source>arbetsanteckningar-{date}.pdf</source>
        <translation>work-notes-{date}.pdf</translation>
    </message>
    <message>
        <source>Identifiera systemfel</source>
        <translation>Identify system failure</translation>
    </message>
    <message>
        <source>systemfel.pdf</source>
        <translation>system-failure.pdf</translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud</source>
        <translation>Application for personligt ombud</translation>
    </message>
    <message>
        <source>ansokan-personligt-ombud.pdf</source>
        <translation>application-personligt-ombud.pdf</translation>
    </message>
    <message>
        <source>Förstörda säkerhetskopior: {n}.</source>
        <translation>Destroyed backups: {n}.</translation>
    </message>
    <message>
        <source>Säkerhetskopior som finns kvar (krypterade):</source>
        <translation>Backups that remain (encrypted):</translation>
    </message>
    <message>
        <source>Valvet är förstört</source>
        <translation>The vault is destroyed</translation>
    </message>
    <message>
        <source>Valvet förstörs…</source>
        <translation>Destroying the vault…</translation>
    </message>
    <message>
        <source>Vänta tills arbetet är klart; stäng sedan.</source>
        <translation>Wait until the work is done; then close.</translation>
    </message>
    <message>
        <source>Valvet används redan</source>
        <translation>The vault is already in use</translation>
    </message>
    <message>
        <source>Säkerhetskopian {path} är skadad ({problem}).</source>
        <translation>The backup {path} is damaged ({problem}).</translation>
    </message>
    <message>
        <source>Om po-desktop</source>
        <translation>About po-desktop</translation>
    </message>
    <message>
        <source>Arbetsverktyg för personligt ombud och samordnare. Allt sparas krypterat i en enda fil på den här datorn; programmet använder aldrig nätverket.</source>
        <translation>Work tool for personligt ombud (PO) and coordinators. Everything is stored encrypted in a single file on this computer; the program never uses the network.</translation>
    </message>
    <message>
        <source>Licens: {licence} · Språk: {language}</source>
        <translation>Licence: {licence} · Language: {language}</translation>
    </message>
    <message>
        <source>Komponent</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Används till</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Välj en komponent för att läsa dess licens.</source>
        <translation>Choose a component to read its licence.</translation>
    </message>
    <message>
        <source>Komponenter som följer med programmet:</source>
        <translation>Components included with the program:</translation>
    </message>
    <message>
        <source>Inställningsfiler (den sista vinner): {files}</source>
        <translation>Settings files (the last one wins): {files}</translation>
    </message>
    <message>
        <source>{name}: licensen {licence}.</source>
        <translation>{name}: the {licence} licence.</translation>
    </message>
    <message>
        <source>programspråket</source>
        <translation>the programming language</translation>
    </message>
    <message>
        <source>fönster, utskrift och översättning</source>
        <translation>windows, printing and translation</translation>
    </message>
    <message>
        <source>Qt för Python</source>
        <translation>Qt for Python</translation>
    </message>
    <message>
        <source>krypteringen av valvet</source>
        <translation>encrypting the vault</translation>
    </message>
    <message>
        <source>kryptografin i SQLCipher (statiskt länkad)</source>
        <translation>the cryptography in SQLCipher (statically linked)</translation>
    </message>
    <message>
        <source>Qt för Python (PDF-visning)</source>
        <translation>Qt for Python (PDF viewing)</translation>
    </message>
    <message>
        <source>SQLCipher för Python</source>
        <translation>SQLCipher for Python</translation>
    </message>
    <message>
        <source>databaslagret</source>
        <translation>the database layer</translation>
    </message>
    <message>
        <source>uppgradering av valvets schema</source>
        <translation>upgrading the vault&apos;s schema</translation>
    </message>
    <message>
        <source>Alembics mallar</source>
        <translation>Alembic&apos;s templates</translation>
    </message>
    <message>
        <source>nyckeln från lösenfrasen (Argon2id)</source>
        <translation>the key from the passphrase (Argon2id)</translation>
    </message>
    <message>
        <source>Argon2</source>
        <translation>Argon2</translation>
    </message>
    <message>
        <source>PDF-blanketter och rapporter</source>
        <translation>PDF forms and reports</translation>
    </message>
    <message>
        <source>bilder (logotyper) i PDF:erna</source>
        <translation>images (logos) in the PDFs</translation>
    </message>
    <message>
        <source>inställningsfilen config.toml</source>
        <translation>the settings file config.toml</translation>
    </message>
    <message>
        <source>det här programmet</source>
        <translation>this program</translation>
    </message>
    <message>
        <source>typsnitt i PDF:erna</source>
        <translation>fonts in the PDFs</translation>
    </message>
    <message>
        <source>helgdagar för överklagandefrister</source>
        <translation>public holidays for appeal deadlines</translation>
    </message>
    <message>
        <source>helgdagar</source>
        <translation>public holidays</translation>
    </message>
    <message>
        <source>kontroll av statistikpaket</source>
        <translation>checking statistics bundles</translation>
    </message>
    <message>
        <source>jsonschema</source>
        <translation>jsonschema</translation>
    </message>
    <message>
        <source>programmets mappar</source>
        <translation>the program&apos;s folders</translation>
    </message>
    <message>
        <source>lösenfrasens styrka</source>
        <translation>the passphrase&apos;s strength</translation>
    </message>
    <message>
        <source>utländska telefonnummer i kontrollen av personuppgifter</source>
        <translation>foreign phone numbers in the personal-data check</translation>
    </message>
    <message>
        <source>verksamhetsberättelsen som Word-fil</source>
        <translation>the annual report as a Word file</translation>
    </message>
    <message>
        <source>python-docx</source>
        <translation>python-docx</translation>
    </message>
    <message>
        <source>ikonerna i fönstret</source>
        <translation>the icons in the window</translation>
    </message>
    <message>
        <source>{what} {date} ligger utanför {first} – {last}; kontrollera årtalet</source>
        <extracomment>The first day a date in the casework may be (a start, an end, a note, a follow-up, an activity, a systemfel, an inquiry): earlier is a typing error (&quot;0001-01-01&quot;, &quot;1026-…&quot;). How far ahead a date of something that happened (or is booked) may be: two years. How far ahead a deadline (a follow-up&apos;s last day) may be: five years.</extracomment>
        <translation>{what} {date} is outside {first} – {last}; check the year</translation>
    </message>
    <message>
        <source>aliaset saknas: ange t.ex. initialer och ett nummer (AB12)</source>
        <translation>the alias is missing: enter e.g. initials and a number (AB12)</translation>
    </message>
    <message>
        <source>aliaset är för långt (högst {n} tecken)</source>
        <translation>the alias is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>aliaset &apos;{alias}&apos; ser ut som ett {kind}; välj ett alias som inte identifierar klienten (t.ex. AB12)</source>
        <translation>the alias &apos;{alias}&apos; looks like a {kind}; choose an alias that does not identify the client (e.g. AB12)</translation>
    </message>
    <message>
        <source>alias som börjar med &apos;{prefix}&apos; är reserverade för gallrade uppdrag</source>
        <translation>aliases beginning with &apos;{prefix}&apos; are reserved for purged assignments</translation>
    </message>
    <message>
        <source>födelseår saknas</source>
        <translation>birth year is missing</translation>
    </message>
    <message>
        <source>födelseåret {year} gör klienten minderårig ({age} år) vid start {start}; personligt ombud är för vuxna från 18 år</source>
        <translation>birth year {year} makes the client a minor ({age} years) at the start {start}; personligt ombud is for adults from 18</translation>
    </message>
    <message>
        <source>födelseåret {year} är inte rimligt</source>
        <translation>birth year {year} is not plausible</translation>
    </message>
    <message>
        <source>slutdatumet {end} är före startdatumet {start}</source>
        <translation>the end date {end} is before the start date {start}</translation>
    </message>
    <message>
        <source>okänt värde för {what}: &apos;{code}&apos;; giltiga: {valid}</source>
        <translation>unknown value for {what}: &apos;{code}&apos;; valid: {valid}</translation>
    </message>
    <message>
        <source>alias (pseudonym, t.ex. AB12); vid update: nytt alias</source>
        <translation>alias (pseudonym, e.g. AB12); with update: new alias</translation>
    </message>
    <message>
        <source>födelseår, eller &apos;unknown&apos; när uppgift saknas</source>
        <translation>birth year, or &apos;unknown&apos; when not known</translation>
    </message>
    <message>
        <source>krävs vid add utan --from-inquiry</source>
        <translation>required for add without --from-inquiry</translation>
    </message>
    <message>
        <source>kan upprepas; vid update ersätts listan</source>
        <translation>may be repeated; with update the list is replaced</translation>
    </message>
    <message>
        <source>första hembesöket gjordes av två ombud</source>
        <translation>the first home visit was made by two ombud</translation>
    </message>
    <message>
        <source>uppdrag: lägg till, ändra, avsluta, lista</source>
        <translation>assignments: add, change, close, list</translation>
    </message>
    <message>
        <source>nytt uppdrag</source>
        <translation>new assignment</translation>
    </message>
    <message>
        <source>förfrågan som antas: kontaktväg och prioritering hämtas från den och dess utfall blir antagen</source>
        <translation>inquiry being accepted: referral source and priority flags are taken from it and its outcome becomes accepted</translation>
    </message>
    <message>
        <source>ändra ett uppdrags uppgifter</source>
        <translation>change an assignment&apos;s details</translation>
    </message>
    <message>
        <source>töm prioriteringarna</source>
        <translation>clear the priority flags</translation>
    </message>
    <message>
        <source>töm uppdragsområdena</source>
        <translation>clear the assignment areas</translation>
    </message>
    <message>
        <source>rätta slutdatum (avslutat uppdrag)</source>
        <translation>correct the end date (closed assignment)</translation>
    </message>
    <message>
        <source>rätta avslutsorsak (avslutat uppdrag)</source>
        <translation>correct the end reason (closed assignment)</translation>
    </message>
    <message>
        <source>avsluta; anteckningarna gallras enligt gallringsregeln</source>
        <translation>close; the notes are purged according to the retention rule</translation>
    </message>
    <message>
        <source>aktiva (eller alla) uppdrag</source>
        <translation>active (or all) assignments</translation>
    </message>
    <message>
        <source>även avslutade</source>
        <translation>closed ones too</translation>
    </message>
    <message>
        <source>ett uppdrag</source>
        <translation>one assignment</translation>
    </message>
    <message>
        <source>gallringsloggen (utan innehåll)</source>
        <translation>the purge log (without content)</translation>
    </message>
    <message>
        <source>arbetsanteckningar och sökning</source>
        <translation>work notes and search</translation>
    </message>
    <message>
        <source>ny anteckning; texten från stdin om --text saknas</source>
        <translation>new note; the text from stdin when --text is absent</translation>
    </message>
    <message>
        <source>ändra en anteckning; texten från stdin om --text saknas</source>
        <translation>change a note; the text from stdin when --text is absent</translation>
    </message>
    <message>
        <source>förstör en anteckning</source>
        <translation>destroy a note</translation>
    </message>
    <message>
        <source>ett uppdrags anteckningar</source>
        <translation>an assignment&apos;s notes</translation>
    </message>
    <message>
        <source>fritextsökning i alla anteckningar</source>
        <translation>full-text search in all notes</translation>
    </message>
    <message>
        <source>bevakningar</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>ett bevakningssteg; med --served-on beräknas överklagandefristen</source>
        <translation>a follow-up step; with --served-on the appeal deadline is computed</translation>
    </message>
    <message>
        <source>egen sista dag (ersätter förslaget)</source>
        <translation>own last day (replaces the proposal)</translation>
    </message>
    <message>
        <source>öppna bevakningar, närmast först</source>
        <translation>open follow-ups, soonest first</translation>
    </message>
    <message>
        <source>bara försenade</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <source>bara detta uppdrag</source>
        <translation>this assignment only</translation>
    </message>
    <message>
        <source>även klara</source>
        <translation>done ones too</translation>
    </message>
    <message>
        <source>markera en bevakning som klar</source>
        <translation>mark a follow-up as done</translation>
    </message>
    <message>
        <source>datum (standard: i dag)</source>
        <translation>date (default: today)</translation>
    </message>
    <message>
        <source>förfrågningar och väntelista</source>
        <translation>inquiries and waiting list</translation>
    </message>
    <message>
        <source>ny förfrågan</source>
        <translation>new inquiry</translation>
    </message>
    <message>
        <source>instans vid hänvisning</source>
        <translation>where the person was referred to</translation>
    </message>
    <message>
        <source>ändra en förfrågan (t.ex. utfall)</source>
        <translation>change an inquiry (e.g. outcome)</translation>
    </message>
    <message>
        <source>väntelistan i prioritetsordning</source>
        <translation>the waiting list in priority order</translation>
    </message>
    <message>
        <source>bara väntelistan</source>
        <translation>the waiting list only</translation>
    </message>
    <message>
        <source>systemfel</source>
        <translation>system failures</translation>
    </message>
    <message>
        <source>nytt systemfel; skriver ut dess id</source>
        <translation>new system failure; prints its id</translation>
    </message>
    <message>
        <source>ändra ett systemfel</source>
        <translation>change a system failure</translation>
    </message>
    <message>
        <source>ansvarig myndighet: en kod i profilen, t.ex. social_insurance</source>
        <translation>responsible authority: a code of the profile, e.g. social_insurance</translation>
    </message>
    <message>
        <source>ökar stödet självständighet eller beroende?</source>
        <translation>does the support increase independence or dependence?</translation>
    </message>
    <message>
        <source>systemfelsregistret</source>
        <translation>the system failure register</translation>
    </message>
    <message>
        <source>ett systemfel</source>
        <translation>one system failure</translation>
    </message>
    <message>
        <source>startvyn: ärendemängd, bevakningar, väntelista</source>
        <translation>the start view: caseload, follow-ups, waiting list</translation>
    </message>
    <message>
        <source>Födelseåret</source>
        <translation>The birth year</translation>
    </message>
    <message>
        <source>aktivt</source>
        <translation>active</translation>
    </message>
    <message>
        <source>avslutat {end} ({reason})</source>
        <translation>closed {end} ({reason})</translation>
    </message>
    <message>
        <source>assignment add: --referral-source krävs (eller --from-inquiry ID)</source>
        <translation>assignment add: --referral-source is required (or --from-inquiry ID)</translation>
    </message>
    <message>
        <source>Förfrågans id</source>
        <translation>The inquiry&apos;s id</translation>
    </message>
    <message>
        <source>Uppdraget {alias} är tillagt (start {start}) från förfrågan {id}, som nu är antagen.</source>
        <translation>Assignment {alias} added (start {start}) from inquiry {id}, which is now accepted.</translation>
    </message>
    <message>
        <source>Uppdraget {alias} är tillagt (start {start}).</source>
        <translation>The assignment {alias} has been added (start {start}).</translation>
    </message>
    <message>
        <source>Inget att ändra: ange minst en flagga (se &apos;assignment update --help&apos;).</source>
        <translation>Nothing to change: give at least one flag (see &apos;assignment update --help&apos;).</translation>
    </message>
    <message>
        <source>Uppdraget {alias} är ändrat.</source>
        <translation>The assignment {alias} has been changed.</translation>
    </message>
    <message>
        <source>{n} anteckning</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} anteckningar</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{n} bevakning</source>
        <translation>{n} follow-up</translation>
    </message>
    <message>
        <source>{n} bevakningar</source>
        <translation>{n} follow-ups</translation>
    </message>
    <message>
        <source>Uppdraget är avslutat {end}. Gallrat: {notes} och {follow_ups}; uppdraget heter nu {ref}.</source>
        <translation>The assignment was closed on {end}. Purged: {notes} and {follow_ups}; the assignment is now called {ref}.</translation>
    </message>
    <message>
        <source>{at}	{ref}	{notes}, {follow_ups} gallrade</source>
        <translation>{at}	{ref}	{notes}, {follow_ups} purged</translation>
    </message>
    <message>
        <source>Uppdraget {alias} är avslutat {end}. Anteckningar och bevakningar gallras {on}.</source>
        <translation>The assignment {alias} was closed {end}. Notes and follow-ups will be purged {on}.</translation>
    </message>
    <message>
        <source>Radera dem nu? [j/N] </source>
        <translation>Delete them now? [y/N] </translation>
    </message>
    <message>
        <source>Raderade automatiska säkerhetskopior: {n}.</source>
        <translation>Automatic backups deleted: {n}.</translation>
    </message>
    <message>
        <source>Radera dem med: po-desktop vault backups delete --before {stamp}</source>
        <translation>Delete them with: po-desktop vault backups delete --before {stamp}</translation>
    </message>
    <message>
        <source>Inga uppdrag.</source>
        <translation>No assignments.</translation>
    </message>
    <message>
        <source>kontaktväg: {r}; prioritering: {p}; områden: {ar}; första besöket av två ombud: {two}</source>
        <translation>referral source: {r}; priority: {p}; areas: {ar}; first visit by two ombud: {two}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Ingen gallring har gjorts.</source>
        <translation>No purge has been made.</translation>
    </message>
    <message>
        <source>Skicka anteckningens text på stdin (t.ex. &apos;po-desktop note add AB12 --date 2026-02-01 &lt; text.txt&apos; eller via en pipe), eller skriv den när du får frågan i terminalen och avsluta med Ctrl-D. Undvik --text: allt på kommandoraden syns för andra i processlistan och hamnar i skalets historik.</source>
        <translation>Send the note&apos;s text on stdin (e.g. &apos;po-desktop note add AB12 --date 2026-02-01 &lt; text.txt&apos; or through a pipe), or type it when asked on a terminal and end with Ctrl-D. Avoid --text: everything on the command line is visible to others in the process list and ends up in the shell&apos;s history.</translation>
    </message>
    <message>
        <source>anteckningens text; syns i processlistan och skalets historik, så använd hellre stdin</source>
        <translation>the note&apos;s text; visible in the process list and the shell&apos;s history, so prefer stdin</translation>
    </message>
    <message>
        <source>Skriv anteckningen och avsluta med Ctrl-D på en egen rad (Ctrl-Z och Enter i Windows):</source>
        <translation>Type the note and end it with Ctrl-D on a line of its own (Ctrl-Z and Enter on Windows):</translation>
    </message>
    <message>
        <source>Anteckning {id} sparad för {alias} ({date}).</source>
        <translation>Note {id} saved for {alias} ({date}).</translation>
    </message>
    <message>
        <source>Anteckning {id} ändrad.</source>
        <translation>Note {id} changed.</translation>
    </message>
    <message>
        <source>Anteckning {id} är förstörd.</source>
        <translation>Note {id} has been destroyed.</translation>
    </message>
    <message>
        <source>Inga anteckningar.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>Inga träffar.</source>
        <translation>No matches.</translation>
    </message>
    <message>
        <source>Bevakning {id} sparad ({step}).</source>
        <translation>Follow-up {id} saved ({step}).</translation>
    </message>
    <message>
        <source>Sista dag {due} (egen; förslaget var {proposed}).</source>
        <translation>Last day {due} (own; the proposal was {proposed}).</translation>
    </message>
    <message>
        <source>Sista dag för överklagande {due} (tre veckor från delgivningen {served}).</source>
        <translation>Last day for appeal {due} (three weeks from service {served}).</translation>
    </message>
    <message>
        <source>Bevaka senast {due} (förslag för steget; ändra med --due).</source>
        <translation>Check by {due} (proposed for the step; change it with --due).</translation>
    </message>
    <message>
        <source>Sista dag {due}.</source>
        <translation>Last day {due}.</translation>
    </message>
    <message>
        <source>Inga öppna bevakningar.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <source>FÖRSENAD</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>egen sista dag, förslag {d}</source>
        <translation>own last day, proposal {d}</translation>
    </message>
    <message>
        <source>klar {d}</source>
        <translation>done {d}</translation>
    </message>
    <message>
        <source>Bevakning {id} är klar ({on}).</source>
        <translation>Follow-up {id} is done ({on}).</translation>
    </message>
    <message>
        <source>Förfrågan {id} sparad ({outcome}).</source>
        <translation>Inquiry {id} saved ({outcome}).</translation>
    </message>
    <message>
        <source>Inget att ändra: ange minst en flagga.</source>
        <translation>Nothing to change: give at least one flag.</translation>
    </message>
    <message>
        <source>Förfrågan {id} ändrad ({outcome}).</source>
        <translation>Inquiry {id} changed ({outcome}).</translation>
    </message>
    <message>
        <source>Väntelistan är tom.</source>
        <translation>The waiting list is empty.</translation>
    </message>
    <message>
        <source>Inga förfrågningar.</source>
        <translation>No inquiries.</translation>
    </message>
    <message>
        <source>Systemfel {id} ändrat.</source>
        <translation>System failure {id} changed.</translation>
    </message>
    <message>
        <source>Inga systemfel.</source>
        <translation>No system failures.</translation>
    </message>
    <message>
        <source>rapporterat {d}</source>
        <translation>reported {d}</translation>
    </message>
    <message>
        <source>ej rapporterat</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>återkoppling fått</source>
        <translation>feedback received</translation>
    </message>
    <message>
        <source>ingen återkoppling</source>
        <translation>no feedback</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>identifierat</source>
        <translation>identified</translation>
    </message>
    <message>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <source>beskrivning</source>
        <translation>description</translation>
    </message>
    <message>
        <source>självständighet/beroende</source>
        <translation>independence/dependence</translation>
    </message>
    <message>
        <source>åtgärder</source>
        <translation>measures</translation>
    </message>
    <message>
        <source>rapporterat till</source>
        <translation>reported to</translation>
    </message>
    <message>
        <source>rapporterat</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>återkoppling begärd</source>
        <translation>feedback requested</translation>
    </message>
    <message>
        <source>ja </source>
        <translation>yes </translation>
    </message>
    <message>
        <source>återkoppling</source>
        <translation>feedback</translation>
    </message>
    <message>
        <source>Aktiva uppdrag: {n} (mål {lo}–{hi} för {fte} årsarbeten)</source>
        <translation>Active assignments: {n} (target {lo}–{hi} for {fte} FTE)</translation>
    </message>
    <message>
        <source>Äldre än 18 månader: {list}</source>
        <translation>Older than 18 months: {list}</translation>
    </message>
    <message>
        <source>Försenade bevakningar: {n}; kommande 14 dagar: {m}</source>
        <translation>Overdue follow-ups: {n}; next 14 days: {m}</translation>
    </message>
    <message>
        <source>Väntelistan: {n}</source>
        <translation>Waiting list: {n}</translation>
    </message>
    <message>
        <source>mycket svag</source>
        <extracomment>zxcvbn score (0–4) from which no warning is given.</extracomment>
        <translation>very weak</translation>
    </message>
    <message>
        <source>svag</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>godtagbar</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>stark</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>mycket stark</source>
        <translation>very strong</translation>
    </message>
    <message>
        <source>Lösenfrasen är för kort (minst {n} tecken).</source>
        <translation>The passphrase is too short (at least {n} characters).</translation>
    </message>
    <message>
        <source>Lösenfrasen är {word} och lätt att gissa. Flera ovanliga ord är bättre.</source>
        <translation>The passphrase is {word} and easy to guess. Several unusual words are better.</translation>
    </message>
    <message>
        <source>Lösenfrasen är för kort (minst {n} tecken). Välj en längre, eller bekräfta att du vill använda den ändå.</source>
        <translation>The passphrase is too short (at least {n} characters). Choose a longer one, or confirm that you want to use it anyway.</translation>
    </message>
    <message>
        <source>Använd den ändå, fast den är kortare än {n} tecken</source>
        <translation>Use it anyway, although it is shorter than {n} characters</translation>
    </message>
    <message>
        <source>Lösenfras:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Styrka:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Upprepa lösenfrasen:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Lösenfrasens styrka</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Lösenfrasens styrka: {word}. Flera ovanliga ord är bättre än ett kort krångligt ord.</source>
        <translation>Passphrase strength: {word}. Several unusual words are better than one short complicated word.</translation>
    </message>
    <message>
        <source>Välj en lång lösenfras, gärna flera ord.</source>
        <translation>Choose a long passphrase, preferably several words.</translation>
    </message>
    <message>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>Valvet är låst</source>
        <extracomment>What the workspace needs once the vault is open, beyond what the unlock itself imports: the views of both modes (in navigation order) and, through them, the services, SQLAlchemy&apos;s ORM, the holiday calendar… About a second of imports on a busy machine.</extracomment>
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Lås upp</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Låser upp…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Återställ från en säkerhetskopia…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Öppna eller skapa ett annat valv…</source>
        <translation>Open or create another vault…</translation>
    </message>
    <message>
        <source>{unit} är låst</source>
        <translation>{unit} is locked</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen för att låsa upp.</source>
        <translation>Type the passphrase to unlock.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen för valvet {name} för att låsa upp.</source>
        <translation>Type the passphrase of the vault {name} to unlock.</translation>
    </message>
    <message>
        <source>Skriv lösenfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Valvet krypteras om med den nya lösenfrasen. Först sparas en krypterad säkerhetskopia med den gamla lösenfrasen i mappen backups bredvid valvet.</source>
        <translation>The vault is re-encrypted with the new passphrase. First an encrypted backup with the old passphrase is saved in the folder backups beside the vault.</translation>
    </message>
    <message>
        <source>Ny lösenfras:</source>
        <translation>New passphrase:</translation>
    </message>
    <message>
        <source>Förstör valvet</source>
        <translation>Destroy the vault</translation>
    </message>
    <message>
        <source>Hela valvet {path} skrivs över med slumpdata och tas bort: alla importerade statistikpaket, ekonomi, årsuppgifter och inställningar. Det går inte att ångra.</source>
        <translation>The whole vault {path} is overwritten with random data and removed: all imported statistics bundles, economy, annual data and settings. This cannot be undone.</translation>
    </message>
    <message>
        <source>Hela valvet {path} skrivs över med slumpdata och tas bort: alla uppdrag, anteckningar, bevakningar, förfrågningar, systemfel och inställningar. Det går inte att ångra.</source>
        <translation>The whole vault {path} is overwritten with random data and removed: all assignments, notes, follow-ups, inquiries, system failures and settings. This cannot be undone.</translation>
    </message>
    <message>
        <source>Förstör även säkerhetskopiorna ovan</source>
        <translation>Also destroy the backups above</translation>
    </message>
    <message>
        <source>Säkerhetskopior (krypterade), som annars finns kvar:</source>
        <translation>Backups (encrypted) that otherwise remain:</translation>
    </message>
    <message>
        <source>Skriv enhetens namn ({label}):</source>
        <translation>Type the unit&apos;s name ({label}):</translation>
    </message>
    <message>
        <source>Valvets lösenfras:</source>
        <translation>The vault&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Verksamheten</source>
        <translation>The unit</translation>
    </message>
    <message>
        <source>Enhetens namn:</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>Kommuner (en per rad):</source>
        <translation>Municipalities (one per line):</translation>
    </message>
    <message>
        <source>Årsarbeten:</source>
        <translation>Full-time equivalents:</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Inlämning senast efter periodens slut:</source>
        <translation>Hand in at the latest after the period ends:</translation>
    </message>
    <message>
        <source>Statistik förs från (halvår):</source>
        <translation>Statistics kept from (half year):</translation>
    </message>
    <message>
        <source>T.ex. 2026H1. Perioder före detta halvår är ej rapporterade, också när du har lagt in uppdrag som började tidigare.</source>
        <translation>E.g. 2026H1. Periods before this half year are not reported, even when you have entered assignments that started earlier.</translation>
    </message>
    <message>
        <source>Lås och gallring</source>
        <translation>Locking and purging</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lås automatiskt efter:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <source>Spara anteckningar efter avslut i:</source>
        <translation>Keep notes after closing for:</translation>
    </message>
    <message>
        <source>0 dagar: anteckningarna och bevakningarna förstörs när uppdraget avslutas (efter att du fått skriva ut dem åt klienten).</source>
        <translation>0 days: the notes and follow-ups are destroyed when the assignment is closed (after you have had the chance to print them for the client).</translation>
    </message>
    <message>
        <source>Låsning</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Ändringarna är inte sparade ännu: tryck Spara.</source>
        <translation>The changes are not saved yet: press Save.</translation>
    </message>
    <message>
        <source>Blanketter</source>
        <extracomment>a field of the filled form: a line, a text box, or a choice&apos;s check boxes</extracomment>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Uppgifter du fyller i här används bara för utskriften. De sparas aldrig i valvet och försvinner när du lämnar vyn eller låser.</source>
        <translation>Details you fill in here are used only for printing. They are never saved in the vault and disappear when you leave the view or lock.</translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud – tom…</source>
        <translation>Application for personligt ombud – blank…</translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud – ifylld…</source>
        <translation>Application for personligt ombud – filled in…</translation>
    </message>
    <message>
        <source>Identifiera systemfel – tom…</source>
        <translation>Identify system failure – blank…</translation>
    </message>
    <message>
        <source>Fyll i ansökan (sparas inte)</source>
        <translation>Fill in the application (not saved)</translation>
    </message>
    <message>
        <source>Blankettdefinition: {path}</source>
        <translation>Form definition: {path}</translation>
    </message>
    <message>
        <source>(programmets inbyggda blanketter)</source>
        <translation>(the program&apos;s built-in forms)</translation>
    </message>
    <message>
        <source>Välj mapp…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Mapp med egna blankettdefinitioner:</source>
        <translation>Folder with your own form definitions:</translation>
    </message>
    <message>
        <source>Spara inställningarna (Ctrl+S)</source>
        <translation>Save the settings (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lösenfras och säkerhetskopior</source>
        <translation>Passphrase and backups</translation>
    </message>
    <message>
        <source>Byt lösenfras…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <source>Säkerhetskopiera…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Återställ från säkerhetskopia…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>Kontrollera valvet</source>
        <translation>Check the vault</translation>
    </message>
    <message>
        <source>Förstör valvet…</source>
        <translation>Destroy the vault…</translation>
    </message>
    <message>
        <source>Gallringslogg (vad som förstörts, utan innehåll)</source>
        <translation>Purge log (what was destroyed, without content)</translation>
    </message>
    <message>
        <source>Gallrat</source>
        <translation>Purged</translation>
    </message>
    <message>
        <source>Inställningarna du skrev före låsningen är tillbaka men inte sparade: tryck Spara för att använda dem.</source>
        <translation>The settings you typed before the lock are back but not saved: press Save to use them.</translation>
    </message>
    <message>
        <source>Valvfil: {path}</source>
        <translation>Vault file: {path}</translation>
    </message>
    <message>
        <source>Kontaktperson för ansökan</source>
        <translation>Contact person for the application</translation>
    </message>
    <message>
        <source>Uppgifterna skrivs bara ut; de sparas inte.</source>
        <translation>The details are only printed; they are not stored.</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Postadress</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Namnförtydligande och befattning</source>
        <translation>Name in block letters and title</translation>
    </message>
    <message>
        <source>Ekonomi</source>
        <translation>Economy</translation>
    </message>
    <message>
        <source>Ekonomi: kostnad, statsbidrag och fördelning</source>
        <translation>Economy: cost, state grant and cost sharing</translation>
    </message>
    <message>
        <source>t.ex. 300 180</source>
        <translation>e.g. 300 180</translation>
    </message>
    <message>
        <source>Ny aktivitet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Slag:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>t.ex. Information till psykiatrins öppenvård</source>
        <translation>e.g. Information for the psychiatric outpatient clinic</translation>
    </message>
    <message>
        <source>Rubrik:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Planerad</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Planerad månad:</source>
        <translation>Planned month:</translation>
    </message>
    <message>
        <source>Målgrupp:</source>
        <translation>Audience:</translation>
    </message>
    <message>
        <source>antal (frivilligt)</source>
        <translation>number (optional)</translation>
    </message>
    <message>
        <source>Deltagare:</source>
        <translation>Participants:</translation>
    </message>
    <message>
        <source>t.ex. 1,5 (frivilligt)</source>
        <translation>e.g. 1.5 (optional)</translation>
    </message>
    <message>
        <source>Timmar:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Rubriken kommer med i verksamhetsberättelsen: skriv inga uppgifter om klienter. Målgrupp krävs för information och uppsökande verksamhet.</source>
        <translation>The title appears in the annual report: write nothing about clients. An audience is required for information and outreach.</translation>
    </message>
    <message>
        <source>välj slag av aktivitet</source>
        <translation>choose the kind of activity</translation>
    </message>
    <message>
        <source>välj målgrupp för {kind}</source>
        <translation>choose the audience for {kind}</translation>
    </message>
    <message>
        <source>Markera som genomförd</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Aktivitet:</source>
        <translation>Activity:</translation>
    </message>
    <message>
        <source>Genomförd den:</source>
        <translation>Done on:</translation>
    </message>
    <message>
        <source>ange datum</source>
        <translation>give the date</translation>
    </message>
    <message>
        <source>okänt antal</source>
        <translation>an unknown number of</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM, t.ex. {year}-03</source>
        <translation>YYYY-MM, e.g. {year}-03</translation>
    </message>
    <message>
        <source>ange dagen aktiviteten genomfördes, eller välj Planerad</source>
        <translation>enter the day the activity took place, or choose Planned</translation>
    </message>
    <message>
        <source>ange planerad månad (ÅÅÅÅ-MM)</source>
        <translation>enter the planned month (YYYY-MM)</translation>
    </message>
    <message>
        <source>ange dagen aktiviteten genomfördes</source>
        <translation>enter the day the activity took place</translation>
    </message>
    <message>
        <source>År:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Ny aktivitet…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <source>Markera genomförd…</source>
        <translation>Mark done…</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>genomförd</source>
        <translation>done</translation>
    </message>
    <message>
        <source>planerad</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Rubrik</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>En planerad aktivitet (årets informationsplan) har en planerad månad; när den är gjord markeras den genomförd med datum. Verksamhetsberättelsen visar planerat mot genomfört.</source>
        <translation>A planned activity (the year&apos;s information plan) has a planned month; when it has taken place, mark it done with its date. The annual report shows planned against done.</translation>
    </message>
    <message>
        <source>{year}: {done} genomförda ({hours} timmar), {participants} deltagare vid information och uppsökande verksamhet; planerade {planned}, varav genomförda {planned_done}.</source>
        <translation>{year}: {done} done ({hours} hours), {participants} participants in information and outreach; planned {planned}, of which done {planned_done}.</translation>
    </message>
    <message>
        <source>Sparad: {title}</source>
        <translation>Saved: {title}</translation>
    </message>
    <message>
        <source>Välj en planerad aktivitet i listan först.</source>
        <translation>Select a planned activity in the list first.</translation>
    </message>
    <message>
        <source>Aktiviteten är redan genomförd ({date}).</source>
        <translation>The activity is already done ({date}).</translation>
    </message>
    <message>
        <source>Ta bort aktivitet</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Ta bort aktiviteten &quot;{title}&quot;?</source>
        <translation>Delete the activity &quot;{title}&quot;?</translation>
    </message>
    <message>
        <source>Aktiviteten är borttagen.</source>
        <translation>The activity is removed.</translation>
    </message>
    <message>
        <source>Nyckel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>Statsbidrag per årsarbete (kr):</source>
        <translation>State grant per FTE (SEK):</translation>
    </message>
    <message>
        <source>Fakturor per år:</source>
        <translation>Invoices per year:</translation>
    </message>
    <message>
        <source>Tom ansökan…</source>
        <translation>Blank application…</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Kronor</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>Procent</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>Sort: dubbelklicka och välj i listan. PO-påslag (personalomkostnad) i kronor eller procent av personalkostnaderna.</source>
        <translation>Type: double-click and choose from the list. Payroll overhead in kronor or as a percentage of staff costs.</translation>
    </message>
    <message>
        <source>Ny post</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Ta bort post</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>ej angivet</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>Hur många gånger per år kommunerna faktureras (t.ex. 2 för halvår). Ej angivet: beloppen visas per år, inte per faktura.</source>
        <translation>How many times a year the municipalities are invoiced (e.g. 2 for half-yearly). Not entered: the amounts are shown per year, not per invoice.</translation>
    </message>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Andel %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>Folkmängd</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Folkmängd 18+</source>
        <translation>Population 18+</translation>
    </message>
    <message>
        <source>Folkmängdens datum:</source>
        <translation>Population as of:</translation>
    </message>
    <message>
        <source>Importera folkmängd (CSV)…</source>
        <translation>Import population (CSV)…</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Sökande kommun:</source>
        <translation>Applying municipality:</translation>
    </message>
    <message>
        <source>t.ex. Arbetsförmedlingen (en per rad)</source>
        <translation>e.g. Arbetsförmedlingen (one per line)</translation>
    </message>
    <message>
        <source>Ledningsgruppens parter:</source>
        <translation>Steering group parties:</translation>
    </message>
    <message>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Föreslå</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Ett förslag ur föregående års sammanslagna siffror</source>
        <translation>A proposal from the previous year&apos;s merged figures</translation>
    </message>
    <message>
        <source>Kontaktperson och namnförtydligande skrivs in vid utskriften; de sparas inte.</source>
        <translation>The contact person and the name in block letters are typed when printing; they are not stored.</translation>
    </message>
    <message>
        <source>Inga texter ännu: de sparas för {year} och föreslås nästa år.</source>
        <translation>No texts yet: they are saved for {year} and offered next year.</translation>
    </message>
    <message>
        <source>Texterna från {old}; de sparas för {year} när du sparar.</source>
        <translation>The texts from {old}; they are saved for {year} when you save.</translation>
    </message>
    <message>
        <source>Texterna för {year}.</source>
        <translation>The texts for {year}.</translation>
    </message>
    <message>
        <source>Ansökan</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Lägg till kommun…</source>
        <translation>Add municipality…</translation>
    </message>
    <message>
        <source>Ta bort kommun</source>
        <translation>Remove municipality</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Per år (kr)</source>
        <translation>Per year (SEK)</translation>
    </message>
    <message>
        <source>Per faktura (kr)</source>
        <translation>Per invoice (SEK)</translation>
    </message>
    <message>
        <source>kr/inv.</source>
        <translation>SEK/inh.</translation>
    </message>
    <message>
        <source>kr/inv. 18+</source>
        <translation>SEK/inh. 18+</translation>
    </message>
    <message>
        <source>Inv./årsarb.</source>
        <translation>Inh./FTE</translation>
    </message>
    <message>
        <source>Bara där årsarbeten är fördelade på kommunen ensam.</source>
        <translation>Only where FTE are allocated to the municipality alone.</translation>
    </message>
    <message>
        <source>Per kommun</source>
        <translation>Per municipality</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Statsbidragets andel</source>
        <translation>Grant share</translation>
    </message>
    <message>
        <source>Lägg till kommun</source>
        <translation>Add municipality</translation>
    </message>
    <message>
        <source>Kommunens namn:</source>
        <translation>Municipality name:</translation>
    </message>
    <message>
        <source>Markera kommunen som ska tas bort i tabellen först.</source>
        <translation>Select the municipality to remove in the table first.</translation>
    </message>
    <message>
        <source>Spara (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Kostnadsfördelning (PDF)…</source>
        <translation>Cost distribution (PDF)…</translation>
    </message>
    <message>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>t.ex. 907 200</source>
        <translation>e.g. 907 200</translation>
    </message>
    <message>
        <source>t.ex. 3,00</source>
        <translation>e.g. 3.00</translation>
    </message>
    <message>
        <source>Beslutat statsbidrag (kr):</source>
        <translation>Grant decided (SEK):</translation>
    </message>
    <message>
        <source>för årsarbeten:</source>
        <translation>for FTE:</translation>
    </message>
    <message>
        <source>Tjänster och bemanning per månad (årsarbeten i tjänst)</source>
        <translation>Posts and staffing per month (FTE in place)</translation>
    </message>
    <message>
        <source>Tjänst</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Årsarb.</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Statsbidrag</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>En rad per tjänst. Statsbidrag: ja eller nej (en chef utan klienter ger inget statsbidrag). Område: namnet på området tjänsten hör till (tomt: hela organisationen). Part: den kommun eller part som anställer och betalar tjänsten (nyckeln egna tjänster; tomt: ingen). Månaderna: årsarbeten i tjänst, t.ex. 0 under en vakans, 0,50 vid halvtidsledighet.</source>
        <translation>One row per post. Grant: yes or no (a manager without clients gives no state grant). Area: the name of the area the post belongs to (empty: the whole organisation). Party: the municipality or party that employs and pays for the post (key own posts; empty: none). The months: FTE in place, e.g. 0 during a vacancy, 0.50 during half-time leave.</translation>
    </message>
    <message>
        <source>Ny tjänst</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Ta bort tjänst</source>
        <translation>Remove post</translation>
    </message>
    <message>
        <source>Bara tjänster med statsbidrag räknas i statsbidraget; kostnaden räknar alla.</source>
        <translation>Only posts with a grant count towards the grant; the cost counts all.</translation>
    </message>
    <message>
        <source>Utfall per budgetpost</source>
        <translation>Actual cost per budget line</translation>
    </message>
    <message>
        <source>Budgetpost</source>
        <translation>Budget line</translation>
    </message>
    <message>
        <source>Budget (kr)</source>
        <translation>Budget (SEK)</translation>
    </message>
    <message>
        <source>Utfall (kr)</source>
        <translation>Actual (SEK)</translation>
    </message>
    <message>
        <source>Avvikelse</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Importera utfall (CSV)…</source>
        <translation>Import actual costs (CSV)…</translation>
    </message>
    <message>
        <source>Redovisning</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Fakturerat</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>Enligt utfall</source>
        <translation>By actual cost</translation>
    </message>
    <message>
        <source>Återbetalning</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Tilläggsfaktura</source>
        <translation>Extra invoice</translation>
    </message>
    <message>
        <source>Spara utfall</source>
        <translation>Save actual costs</translation>
    </message>
    <message>
        <source>Redovisning av statsbidrag (PDF)…</source>
        <translation>Account of the grant (PDF)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>{name}: ange tjänstens årsarbeten.</source>
        <translation>{name}: enter the post&apos;s FTE.</translation>
    </message>
    <message>
        <source>{name}: Statsbidrag ska vara ja eller nej.</source>
        <translation>{name}: Grant must be yes or no.</translation>
    </message>
    <message>
        <source>{name}: fyll i alla tolv månader.</source>
        <translation>{name}: fill in all twelve months.</translation>
    </message>
    <message>
        <source>Beslutat statsbidrag</source>
        <translation>Grant decided</translation>
    </message>
    <message>
        <source>Beslutade årsarbeten</source>
        <translation>FTE decided</translation>
    </message>
    <message>
        <source>Årsarbetsmånader med statsbidrag {months} · förbrukat statsbidrag {used} kr · ej förbrukat att återredovisa {unspent} kr</source>
        <translation>FTE months with grant {months} · grant used SEK {used} · unspent, to report back SEK {unspent}</translation>
    </message>
    <message>
        <source>Kostnad: budget {budget} kr, utfall {actual} kr · kommunernas faktiska del {part} kr</source>
        <translation>Cost: budget SEK {budget}, actual SEK {actual} · the municipalities&apos; actual part SEK {part}</translation>
    </message>
    <message>
        <source>Återbetalningar {refund} kr · tilläggsfakturor {extra} kr</source>
        <translation>Refunds SEK {refund} · extra invoices SEK {extra}</translation>
    </message>
    <message>
        <source>redovisning-statsbidrag-{year}.pdf</source>
        <translation>grant-account-{year}.pdf</translation>
    </message>
    <message>
        <source>redovisning-statsbidrag-{year}.csv</source>
        <translation>grant-account-{year}.csv</translation>
    </message>
    <message>
        <source>Utfall per budgetpost (CSV)</source>
        <translation>Actual cost per budget line (CSV)</translation>
    </message>
    <message>
        <source>Underlag för ansökan om statsbidrag…</source>
        <translation>Basis for the state grant application…</translation>
    </message>
    <message>
        <source>Statsbidrag per årsarbete</source>
        <translation>State grant per FTE</translation>
    </message>
    <message>
        <source>Ändrat, inte sparat.</source>
        <translation>Changed, not saved.</translation>
    </message>
    <message>
        <source>Budget och fördelning</source>
        <translation>Budget and distribution</translation>
    </message>
    <message>
        <source>Utfall och redovisning</source>
        <translation>Actual costs and account</translation>
    </message>
    <message>
        <source>Årets tjänster (fliken Utfall och redovisning) ger årsarbetena: {fte}, med statsbidrag {eligible}. Enheternas årsarbeten visas här som jämförelse.</source>
        <translation>The year&apos;s posts (tab Actual costs and account) give the FTE: {fte}, with grant {eligible}. The units&apos; FTE are shown here for comparison.</translation>
    </message>
    <message>
        <source>Årsarbeten hämtas ur enheternas årspaket (helår). För {year} finns bara halvårspaket från {units}: skriv in årsarbetena här eller importera årspaketen.</source>
        <translation>FTE are taken from the units&apos; year bundles (whole year). For {year} there are only half-year bundles from {units}: type the FTE here or import the year bundles.</translation>
    </message>
    <message>
        <source>Inga årsarbeten för {units}: summan och statsbidraget räknar bara enheterna med årsarbeten. Skriv in dem här.</source>
        <translation>No FTE for {units}: the total and the state grant count only the units with FTE. Enter them here.</translation>
    </message>
    <message>
        <source>Inga enheter ännu: lägg till förväntade enheter eller importera deras årspaket.</source>
        <translation>No units yet: add expected units or import their year bundles.</translation>
    </message>
    <message>
        <source>Total kostnad {cost} kr · statsbidrag {grant} kr ({share} av kostnaden)</source>
        <translation>Total cost SEK {cost} · grant SEK {grant} ({share} of the cost)</translation>
    </message>
    <message>
        <source>Kommunernas del {munis} kr</source>
        <translation>The municipalities&apos; part SEK {munis}</translation>
    </message>
    <message>
        <source>Årsarbeten {fte}, med statsbidrag {eligible}</source>
        <translation>FTE {fte}, with grant {eligible}</translation>
    </message>
    <message>
        <source>{year}: kostnad {cost} kr · statsbidrag {grant} kr ({share}) · kommunernas del {munis} kr</source>
        <translation>{year}: cost SEK {cost} · state grant SEK {grant} ({share}) · municipalities&apos; part SEK {munis}</translation>
    </message>
    <message>
        <source>Lägg till {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>kan inte beräknas</source>
        <translation>cannot be calculated</translation>
    </message>
    <message>
        <source>Kronor per kommun och år</source>
        <translation>SEK per municipality and year</translation>
    </message>
    <message>
        <source>Det du skrev för {year} är sparat.</source>
        <translation>What you typed for {year} is saved.</translation>
    </message>
    <message>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Sparat. Fördelningen är inte klar: {why}</source>
        <translation>Saved. The distribution is not complete: {why}</translation>
    </message>
    <message>
        <source>Kostnadsfördelning {year}</source>
        <translation>Cost distribution {year}</translation>
    </message>
    <message>
        <source>kostnadsfordelning-{year}.pdf</source>
        <translation>cost-distribution-{year}.pdf</translation>
    </message>
    <message>
        <source>kostnadsfordelning-{year}.csv</source>
        <translation>cost-distribution-{year}.csv</translation>
    </message>
    <message>
        <source>Underlag för ansökan om statsbidrag {year}</source>
        <translation>Basis for the state grant application {year}</translation>
    </message>
    <message>
        <source>ansokan-statsbidrag-{year}.pdf</source>
        <translation>state-grant-application-{year}.pdf</translation>
    </message>
    <message>
        <source>Folkmängd per kommun (CSV)</source>
        <translation>Population per municipality (CSV)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt);;Alla filer (*)</source>
        <translation>CSV (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Folkmängd importerad för {n} kommuner.</source>
        <translation>Population imported for {n} municipalities.</translation>
    </message>
    <message>
        <source>Välj mapp med blanketter</source>
        <translation>Choose the folder with forms</translation>
    </message>
    <message>
        <source>Lösenfrasen byts…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>Lösenfrasen är bytt. Säkerhetskopia med den gamla: {path}</source>
        <translation>The passphrase has been changed. Backup with the old one: {path}</translation>
    </message>
    <message>
        <source>Spara säkerhetskopia</source>
        <translation>Save backup</translation>
    </message>
    <message>
        <source>Valv (*.podb)</source>
        <translation>Vaults (*.podb)</translation>
    </message>
    <message>
        <source>Säkerhetskopian skrivs…</source>
        <translation>Writing the backup…</translation>
    </message>
    <message>
        <source>Krypterad säkerhetskopia sparad: {path}</source>
        <translation>Encrypted backup saved: {path}</translation>
    </message>
    <message>
        <source>Välj säkerhetskopia</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Valvet ersätts med säkerhetskopian. Det nuvarande valvet flyttas krypterat till mappen backups. Fortsätt?</source>
        <translation>The vault will be replaced by the backup. The current vault is moved, encrypted, to the folder backups. Continue?</translation>
    </message>
    <message>
        <source>Säkerhetskopians lösenfras:</source>
        <translation>The backup&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Valvet återställs från säkerhetskopian.</source>
        <translation>The vault is being restored from the backup.</translation>
    </message>
    <message>
        <source>Valvet är återställt. Det tidigare valvet ligger krypterat i {path}. Lås upp med säkerhetskopians lösenfras.</source>
        <translation>The vault has been restored. The previous vault is kept, encrypted, in {path}. Unlock with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Återställningen misslyckades: {error}</source>
        <translation>The restore failed: {error}</translation>
    </message>
    <message>
        <source>Valvet återställs…</source>
        <translation>Restoring the vault…</translation>
    </message>
    <message>
        <source>Valvet har fel: {problem}</source>
        <translation>The vault has errors: {problem}</translation>
    </message>
    <message>
        <source>Valvet är felfritt.</source>
        <translation>The vault has no errors.</translation>
    </message>
    <message>
        <source>Valvet kontrolleras…</source>
        <translation>Checking the vault…</translation>
    </message>
    <message>
        <source>Oväntat fel ({kind}). Inget mer har ändrats än det som redan syns.</source>
        <translation>Unexpected error ({kind}). Nothing has changed beyond what is already shown.</translation>
    </message>
    <message>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>(inget datum)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>{label} (krävs):</source>
        <translation>{label} (required):</translation>
    </message>
    <message>
        <source>vill gå med</source>
        <translation>wants to join</translation>
    </message>
    <message>
        <source>t.ex. en nätverksmapp eller en synkad mapp</source>
        <translation>e.g. a network folder or a synced folder</translation>
    </message>
    <message>
        <source>Välj…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Teamets delade mapp</source>
        <translation>The team&apos;s shared folder</translation>
    </message>
    <message>
        <source>Starta ett team</source>
        <translation>Start a team</translation>
    </message>
    <message>
        <source>Välj en mapp som alla i enheten når (en nätverksmapp, en synkad molnmapp eller ett USB-minne). Var och en skriver bara sin egen fil där; allt är krypterat och signerat.</source>
        <translation>Choose a folder everyone in the unit can reach (a network folder, a synced cloud folder or a USB stick). Each member writes only their own file there; everything is encrypted and signed.</translation>
    </message>
    <message>
        <source>Delad mapp:</source>
        <translation>Shared folder:</translation>
    </message>
    <message>
        <source>det namn kollegorna känner igen, t.ex. Anna</source>
        <translation>the name your colleagues recognise, e.g. Anna</translation>
    </message>
    <message>
        <source>Ditt namn i teamet:</source>
        <translation>Your name in the team:</translation>
    </message>
    <message>
        <source>Starta</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Gå med i ett team</source>
        <translation>Join a team</translation>
    </message>
    <message>
        <source>Kollegans fingeravtryck:</source>
        <translation>Colleague&apos;s fingerprint:</translation>
    </message>
    <message>
        <source>Kollegan som lägger till dig läser upp sitt fingeravtryck (Team-vyn); skriv in det här. Läs sedan upp ditt för kollegan.</source>
        <translation>The colleague who adds you reads their fingerprint aloud (the Team view); type it here. Then read yours aloud to the colleague.</translation>
    </message>
    <message>
        <source>Gå med</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>Lägg till kollega</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Vill gå med (jämför med det kollegan läser upp):</source>
        <translation>Wants to join (compare with what the colleague reads aloud):</translation>
    </message>
    <message>
        <source>Ingen har bett om att gå med ännu: kollegan kör först Gå med i ett team mot samma mapp.</source>
        <translation>Nobody has asked to join yet: the colleague first runs Join a team against the same folder.</translation>
    </message>
    <message>
        <source>Fingeravtryck som kollegan läser upp:</source>
        <translation>Fingerprint the colleague reads aloud:</translation>
    </message>
    <message>
        <source>Välj kollega</source>
        <translation>Choose a colleague</translation>
    </message>
    <message>
        <source>Lägg in frånvaro</source>
        <translation>Record an absence</translation>
    </message>
    <message>
        <source>Första dagen:</source>
        <translation>First day:</translation>
    </message>
    <message>
        <source>Sista dagen:</source>
        <translation>Last day:</translation>
    </message>
    <message>
        <source>Täcks av:</source>
        <translation>Covered by:</translation>
    </message>
    <message>
        <source>Kollegan ser dina bevakningar med sista dag under frånvaron på sin startsida: alias, steg och datum — aldrig anteckningar.</source>
        <translation>The colleague sees your follow-ups due during the absence on their start view: alias, step and date — never notes.</translation>
    </message>
    <message>
        <source>Välj kollegan som täcker upp; inget sparades.</source>
        <translation>Choose the colleague who covers; nothing was saved.</translation>
    </message>
    <message>
        <source>Ange första och sista dagen; inget sparades.</source>
        <translation>Enter the first and the last day; nothing was saved.</translation>
    </message>
    <message>
        <source>Lämna över uppdrag</source>
        <translation>Hand over an assignment</translation>
    </message>
    <message>
        <source>Välj uppdrag</source>
        <translation>Choose an assignment</translation>
    </message>
    <message>
        <source>Klienten har samtyckt till överlämningen</source>
        <translation>The client has consented to the handover</translation>
    </message>
    <message>
        <source>Uppdrag:</source>
        <translation>Assignment:</translation>
    </message>
    <message>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Uppdraget med anteckningar och bevakningar krypteras till kollegan ensam. Din kopia gallras (gallringsloggen: överlämnad) när kollegan har tagit emot det.</source>
        <translation>The assignment with its notes and follow-ups is encrypted to the colleague alone. Your copy is purged (purge log: överlämnad) when the colleague has received it.</translation>
    </message>
    <message>
        <source>Lämna över</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Välj uppdrag och kollega; inget skickades.</source>
        <translation>Choose an assignment and a colleague; nothing was sent.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Arbeta i team</source>
        <translation>Working in a team</translation>
    </message>
    <message>
        <source>Enhetens ombud delar kö, täcker varandras bevakningar under frånvaro och kan lämna över klienter — genom filer i en mapp ni redan har, krypterade och signerade, utan server.</source>
        <translation>The unit&apos;s ombud share a waiting list, cover each other&apos;s follow-ups during absence and can hand clients over — through files in a folder you already have, encrypted and signed, without a server.</translation>
    </message>
    <message>
        <source>Starta ett team…</source>
        <translation>Start a team…</translation>
    </message>
    <message>
        <source>Gå med i ett team…</source>
        <translation>Join a team…</translation>
    </message>
    <message>
        <source>Ditt fingeravtryck:</source>
        <translation>Your fingerprint:</translation>
    </message>
    <message>
        <source>Synka nu</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Medlemmar</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Fingeravtryck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Lägg till kollega…</source>
        <translation>Add a colleague…</translation>
    </message>
    <message>
        <source>Ta bort ur teamet…</source>
        <translation>Remove from the team…</translation>
    </message>
    <message>
        <source>Frånvaro</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Täcks av</source>
        <translation>Covered by</translation>
    </message>
    <message>
        <source>Lägg in frånvaro…</source>
        <translation>Record an absence…</translation>
    </message>
    <message>
        <source>Ta bort min frånvaro</source>
        <translation>Remove my absence</translation>
    </message>
    <message>
        <source>Överlämning</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Till / från</source>
        <translation>To / from</translation>
    </message>
    <message>
        <source>Lämna över uppdrag…</source>
        <translation>Hand over an assignment…</translation>
    </message>
    <message>
        <source>Noteringar</source>
        <translation>Notices</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Medlem</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kvittera noteringarna</source>
        <translation>Acknowledge the notices</translation>
    </message>
    <message>
        <source>De kvitterade visas inte igen; samma sak visas på nytt bara om den kommer tillbaka.</source>
        <translation>Acknowledged notices are not shown again; the same thing is shown anew only if it comes back.</translation>
    </message>
    <message>
        <source>Byt krypteringsnyckel…</source>
        <translation>Change encryption key…</translation>
    </message>
    <message>
        <source>Lämna teamet…</source>
        <translation>Leave the team…</translation>
    </message>
    <message>
        <source>väntar: kollegan lägger till dig med ditt fingeravtryck, sedan synkar du</source>
        <translation>waiting: a colleague adds you with your fingerprint, then you sync</translation>
    </message>
    <message>
        <source>borttagen ur teamet</source>
        <translation>removed from the team</translation>
    </message>
    <message>
        <source>Du är {label} ({state}) i teamet i {folder}. Senaste synk: {last}.</source>
        <translation>You are {label} ({state}) in the team in {folder}. Last sync: {last}.</translation>
    </message>
    <message>
        <source>Noteringar ({n})</source>
        <translation>Notices ({n})</translation>
    </message>
    <message>
        <source>Läser teammappen…</source>
        <translation>Reading the team folder…</translation>
    </message>
    <message>
        <source>Mottaget: {aliases}.</source>
        <translation>Received: {aliases}.</translation>
    </message>
    <message>
        <source>{n} överlämnade gallrade.</source>
        <translation>{n} handed over and purged.</translation>
    </message>
    <message>
        <source>{n} förfrågningar tagna av flera: fördela igen.</source>
        <translation>{n} inquiries taken by several members: distribute them again.</translation>
    </message>
    <message>
        <source>{n} noteringar (se fliken).</source>
        <translation>{n} notices (see the tab).</translation>
    </message>
    <message>
        <source>Din fil skrivs vid nästa synk.</source>
        <translation>Your file is written at the next sync.</translation>
    </message>
    <message>
        <source>Synkar med teamet…</source>
        <translation>Syncing with the team…</translation>
    </message>
    <message>
        <source>Lämna teamet</source>
        <translation>Leave the team</translation>
    </message>
    <message>
        <source>Lämna teamet? Kollegorna ser det när de synkar och skriver inte längre till dig. Valvet glömmer teamets uppgifter; dina uppdrag och förfrågningar finns kvar. En överlämning som väntar på kvittens måste bli klar först.</source>
        <translation>Leave the team? Your colleagues see it when they sync and no longer write to you. The vault forgets the team&apos;s data; your assignments and inquiries stay. A handover waiting for its receipt must be completed first.</translation>
    </message>
    <message>
        <source>Lämnar teamet…</source>
        <translation>Leaving the team…</translation>
    </message>
    <message>
        <source>Du har lämnat teamet.</source>
        <translation>You have left the team.</translation>
    </message>
    <message>
        <source>Byt krypteringsnyckel</source>
        <translation>Change encryption key</translation>
    </message>
    <message>
        <source>Byta din krypteringsnyckel i teamet? Nya poster krypteras till den nya nyckeln när kollegorna har synkat; äldre går fortfarande att läsa. Ditt fingeravtryck ändras: läs upp det nya vid nästa möte.</source>
        <translation>Change your encryption key in the team? New records are encrypted to the new key once your colleagues have synced; older ones can still be read. Your fingerprint changes: read the new one aloud at the next meeting.</translation>
    </message>
    <message>
        <source>Byter nyckel…</source>
        <translation>Changing key…</translation>
    </message>
    <message>
        <source>Ny nyckel. Ditt nya fingeravtryck: {fp}</source>
        <translation>New key. Your new fingerprint: {fp}</translation>
    </message>
    <message>
        <source>Välj först en kollega i listan.</source>
        <translation>First choose a colleague in the list.</translation>
    </message>
    <message>
        <source>Ta bort ur teamet</source>
        <translation>Remove from the team</translation>
    </message>
    <message>
        <source>Ta bort {label} ur teamet? Det som skrivs efter detta krypteras inte till hen.</source>
        <translation>Remove {label} from the team? What is written after this is no longer encrypted to them.</translation>
    </message>
    <message>
        <source>Välj först en egen frånvaro i listan.</source>
        <translation>First choose one of your own absences in the list.</translation>
    </message>
    <message>
        <source>Enhetens lista (teamet)</source>
        <translation>The unit&apos;s list (the team)</translation>
    </message>
    <message>
        <source>Registrerad av</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Tas av</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Jag tar den</source>
        <translation>I&apos;ll take it</translation>
    </message>
    <message>
        <source>Fördela till</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>Välj först en förfrågan i enhetens lista.</source>
        <translation>First choose an inquiry in the unit&apos;s list.</translation>
    </message>
    <message>
        <source>{label} tar förfrågan; kollegorna ser det när de synkar.</source>
        <translation>{label} takes the inquiry; colleagues see it when they sync.</translation>
    </message>
    <message>
        <source>Bevakningar under frånvaro</source>
        <translation>Follow-ups during absence</translation>
    </message>
    <message>
        <source>För</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Välj lösenfras</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Viktigt: om du glömmer lösenfrasen går uppgifterna inte att få tillbaka. Det finns ingen bakdörr och ingen återställning.</source>
        <translation>Important: if you forget the passphrase, the data cannot be recovered. There is no back door and no reset.</translation>
    </message>
    <message>
        <source>Välkommen till po-desktop</source>
        <translation>Welcome to po-desktop</translation>
    </message>
    <message>
        <source>Här skriver du arbetsanteckningar, bevakningar, kö och systemfel, och tar fram statistiken för halvåret. Allt sparas i ett krypterat valv på den här datorn — ingenting skickas någonstans.

Först väljer du en lösenfras som låser valvet, sedan fyller du i verksamhetens namn och kommuner. Det tar ett par minuter.</source>
        <translation>Here you write work notes, follow-ups, the waiting list and system failures, and produce the half-year statistics. Everything is kept in an encrypted vault on this computer — nothing is sent anywhere.

First you choose a passphrase that locks the vault, then you fill in the unit&apos;s name and municipalities. It takes a couple of minutes.</translation>
    </message>
    <message>
        <source>Annan plats…</source>
        <translation>Another place…</translation>
    </message>
    <message>
        <source>Annan plats för valvet</source>
        <translation>Another place for the vault</translation>
    </message>
    <message>
        <source>Valvet skapas i {path}.</source>
        <translation>The vault is created in {path}.</translation>
    </message>
    <message>
        <source>Valvet sparas på standardplatsen för ditt konto.</source>
        <translation>The vault is kept in the default place for your account.</translation>
    </message>
    <message>
        <source>Allt du skriver sparas krypterat med lösenfrasen.</source>
        <translation>Everything you write is stored encrypted with the passphrase.</translation>
    </message>
    <message>
        <source>Jag förstår att en förlorad lösenfras betyder förlorade uppgifter.</source>
        <translation>I understand that a lost passphrase means lost data.</translation>
    </message>
    <message>
        <source>Uppgifterna används i statistik och på blanketter. De kan ändras senare under Inställningar.</source>
        <translation>These details are used in statistics and on forms. They can be changed later under Settings.</translation>
    </message>
    <message>
        <source>Personligt ombud (eget arbete)</source>
        <translation>Personligt ombud (own casework)</translation>
    </message>
    <message>
        <source>Samordnare (sammanställer enheternas statistik)</source>
        <translation>Coordinator (merges the units&apos; statistics)</translation>
    </message>
    <message>
        <source>Valvet är för:</source>
        <translation>The vault is for:</translation>
    </message>
    <message>
        <source>t.ex. 1,00 (krävs)</source>
        <translation>e.g. 1.00 (required)</translation>
    </message>
    <message>
        <source>Valvet sparas i {name} (vald plats).</source>
        <translation>The vault is kept in {name} (chosen place).</translation>
    </message>
    <message>
        <source>Valvet skapas…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>ersätter en äldre</source>
        <translation>replaces an older one</translation>
    </message>
    <message>
        <source>avvisad: en nyare finns</source>
        <translation>rejected: a newer one exists</translation>
    </message>
    <message>
        <source>inget paket än</source>
        <translation>no bundle yet</translation>
    </message>
    <message>
        <source>{period} (mottaget {at})</source>
        <translation>{period} (received {at})</translation>
    </message>
    <message>
        <source>{status} – varning</source>
        <translation>{status} – warning</translation>
    </message>
    <message>
        <source>varning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>Släpp statistikpaket (.pobundle) här</source>
        <translation>Drop statistics bundles (.pobundle) here</translation>
    </message>
    <message>
        <source>Enheter och import</source>
        <translation>Units and import</translation>
    </message>
    <message>
        <source>Enheter som ska rapportera</source>
        <translation>Units expected to report</translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>t.ex. PO Mora</source>
        <translation>e.g. PO Mora</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Importera statistikpaket</source>
        <translation>Import statistics bundles</translation>
    </message>
    <message>
        <source>Välj filer… (Ctrl+I)</source>
        <translation>Choose files… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior (innehåller anteckningar som kan ha gallrats i valvet)</source>
        <translation>Automatic backups (they hold notes that may have been purged in the vault)</translation>
    </message>
    <message>
        <source>Gjord</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Radera vald…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>Radera alla gjorda före senaste gallringen…</source>
        <translation>Delete all made before the last purge…</translation>
    </message>
    <message>
        <source>Radera säkerhetskopior</source>
        <translation>Delete backups</translation>
    </message>
    <message>
        <source>Välj en säkerhetskopia i listan först.</source>
        <translation>Choose a backup in the list first.</translation>
    </message>
    <message>
        <source>Säkerhetskopian från {when} skrivs över och tas bort. Det går inte att ångra. Fortsätt?</source>
        <translation>The backup from {when} is overwritten and removed. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Alla automatiska säkerhetskopior gjorda före den senaste gallringen skrivs över och tas bort. Det går inte att ångra. Fortsätt?</source>
        <translation>All automatic backups made before the last purge are overwritten and removed. This cannot be undone. Continue?</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>Radera dem nu?</source>
        <translation>Delete them now?</translation>
    </message>
    <message>
        <source>De automatiska säkerhetskopiorna finns kvar; radera dem under Inställningar.</source>
        <translation>The automatic backups are still there; delete them under Settings.</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior i mappen backups som innehåller anteckningarna: {n}. De finns kvar efter gallringen; du får frågan om att radera dem.</source>
        <translation>Automatic backups in the backups folder that hold the notes: {n}. They remain after the purge; you will be asked whether to delete them.</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Importera statistikpaket…</source>
        <translation>Import statistics bundles…</translation>
    </message>
    <message>
        <source>Välj statistikpaket</source>
        <translation>Choose statistics bundles</translation>
    </message>
    <message>
        <source>Statistikpaket (*.pobundle);;Alla filer (*)</source>
        <translation>Statistics bundles (*.pobundle);;All files (*)</translation>
    </message>
    <message>
        <source>Importerar {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>{ok} av {n} filer importerade; {bad} avvisade.</source>
        <translation>{ok} of {n} files imported; {bad} rejected.</translation>
    </message>
    <message>
        <source>Statistikpaket importeras…</source>
        <translation>Importing statistics bundles…</translation>
    </message>
    <message>
        <source>Perioder och rapport</source>
        <translation>Periods and report</translation>
    </message>
    <message>
        <source>Period: status och sammanställd rapport</source>
        <translation>Period: status and merged report</translation>
    </message>
    <message>
        <source>Rapporterat</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>{state} – inte förväntad, räknas inte</source>
        <translation>{state} – not expected, not counted</translation>
    </message>
    <message>
        <source>ingen än</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>osignerat</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>ny nyckel: {fingerprint} – jämför per telefon</source>
        <translation>new key: {fingerprint} – compare by phone</translation>
    </message>
    <message>
        <source>Senaste paket</source>
        <translation>Latest bundle</translation>
    </message>
    <message>
        <source>Nyckel</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Jämför med enhetens nyckel per telefon.</source>
        <translation>Compare with the unit&apos;s key by phone.</translation>
    </message>
    <message>
        <source>Inga enheter än. Skriv namnet på varje enhet som ska rapportera (t.ex. PO Mora) och tryck Lägg till; importera sedan deras statistikpaket till höger.</source>
        <translation>No units yet. Type the name of each unit that reports (e.g. PO Mora) and press Add; then import their statistics bundles on the right.</translation>
    </message>
    <message>
        <source>Enheten har ny dator: byt nyckel…</source>
        <translation>The unit has a new computer: change key…</translation>
    </message>
    <message>
        <source>Släpper den valda enhetens nyckel (loggas); nästa signerade paket från enheten binder den nya. Jämför den nya nyckeln per telefon efter importen.</source>
        <translation>Releases the selected unit&apos;s key (logged); the unit&apos;s next signed bundle binds the new one. Compare the new key by phone after the import.</translation>
    </message>
    <message>
        <source>Paket från enheter som inte är förväntade</source>
        <translation>Bundles from units that are not expected</translation>
    </message>
    <message>
        <source>Paket från</source>
        <translation>Bundles from</translation>
    </message>
    <message>
        <source>Förväntad enhet</source>
        <translation>Expected unit</translation>
    </message>
    <message>
        <source>är</source>
        <translation>is</translation>
    </message>
    <message>
        <source>Det är den förväntade enheten</source>
        <translation>It is the expected unit</translation>
    </message>
    <message>
        <source>Lägg till som ny förväntad enhet</source>
        <translation>Add as a new expected unit</translation>
    </message>
    <message>
        <source>Orsak eller varning</source>
        <translation>Reason or warning</translation>
    </message>
    <message>
        <source>Signatur</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>{label} (id {id}…; {periods})</source>
        <translation>{label} (id {id}…; {periods})</translation>
    </message>
    <message>
        <source>{n} enhet har skickat paket men är inte förväntad. Är det en av de förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas.</source>
        <translation>{n} unit has sent bundles but is not expected. Is it one of the expected units (e.g. under another name)? The answer is remembered.</translation>
    </message>
    <message>
        <source>{n} enheter har skickat paket men är inte förväntade. Är det några av de förväntade enheterna (t.ex. med ett annat namn)? Svaret sparas.</source>
        <translation>{n} units have sent bundles but are not expected. Are some of them expected units (e.g. under another name)? The answer is remembered.</translation>
    </message>
    <message>
        <source>Välj en enhet som har en nyckel.</source>
        <translation>Choose a unit that has a key.</translation>
    </message>
    <message>
        <source>Byt nyckel</source>
        <translation>Change key</translation>
    </message>
    <message>
        <source>Nyckeln {fingerprint} för {unit} släpps; nästa signerade paket från enheten binder en ny nyckel. Gör det bara när enheten har bekräftat per telefon att den har en ny dator. Fortsätt?</source>
        <translation>The key {fingerprint} of {unit} is released; the unit&apos;s next signed bundle binds a new key. Do this only when the unit has confirmed by phone that it has a new computer. Continue?</translation>
    </message>
    <message>
        <source>Nyckeln för {unit} är släppt. Importera enhetens nya paket och jämför den nya nyckeln per telefon.</source>
        <translation>The key of {unit} is released. Import the unit&apos;s new bundle and compare the new key by phone.</translation>
    </message>
    <message>
        <source>Paketen räknas nu som {label}.</source>
        <translation>The bundles now count as {label}.</translation>
    </message>
    <message>
        <source>{label} är nu en förväntad enhet.</source>
        <translation>{label} is now an expected unit.</translation>
    </message>
    <message>
        <source>Namnet &apos;{label}&apos; liknar &apos;{other}&apos; som redan finns. Siffror och bokstäver som 0 och O, 1 och l är lätta att förväxla: är det samma enhet, välj Avbryt, den finns redan. Godkänn bara om du vet att det är en annan enhet.</source>
        <translation>The name &apos;{label}&apos; looks like &apos;{other}&apos;, which already exists. Digits and letters such as 0 and O, 1 and l are easily confused: if it is the same unit, choose Cancel, it exists already. Accept only if you know it is another unit.</translation>
    </message>
    <message>
        <source>Namnet &apos;{label}&apos; liknar &apos;{other}&apos; som redan finns. Siffror och bokstäver som 0 och O, 1 och l är lätta att förväxla: är det samma enhet, välj Avbryt och koppla paketen till den. Godkänn bara om du vet att det är en annan enhet.</source>
        <translation>The name &apos;{label}&apos; looks like &apos;{other}&apos;, which already exists. Digits and letters such as 0 and O, 1 and l are easily confused: if it is the same unit, choose Cancel and link the bundles to it. Accept only if you know it is another unit.</translation>
    </message>
    <message>
        <source>Inget godkändes: namnet liknar en enhet som redan finns.</source>
        <translation>Nothing was accepted: the name looks like a unit that already exists.</translation>
    </message>
    <message>
        <source>Namnet liknar en annan enhet</source>
        <translation>The name looks like another unit</translation>
    </message>
    <message>
        <source>Godkänn ändå</source>
        <translation>Accept anyway</translation>
    </message>
    <message>
        <source>{ok} av {n} fil importerad; {bad} avvisad.</source>
        <translation>{ok} of {n} file imported; {bad} rejected.</translation>
    </message>
    <message>
        <source>Varning för {n} paket: perioden har inte slutat, siffrorna är inte slutliga.</source>
        <translation>Warning for {n} bundle(s): the period has not ended, the figures are not final.</translation>
    </message>
    <message>
        <source>Jämför med samma period året innan</source>
        <translation>Compare with the same period a year earlier</translation>
    </message>
    <message>
        <source>Namn i paketet</source>
        <translation>Name in the bundle</translation>
    </message>
    <message>
        <source>Mottaget</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ersatta paket</source>
        <translation>Replaced bundles</translation>
    </message>
    <message>
        <source>Paketet skapat</source>
        <translation>Bundle created</translation>
    </message>
    <message>
        <source>Återkalla enhetens paket…</source>
        <translation>Withdraw the unit&apos;s bundle…</translation>
    </message>
    <message>
        <source>Raderar det paket som gäller för den valda enheten (loggas); ett paket det ersatte gäller igen.</source>
        <translation>Deletes the bundle that counts for the selected unit (logged); a bundle it replaced counts again.</translation>
    </message>
    <message>
        <source>Vilka har rapporterat</source>
        <translation>Who has reported</translation>
    </message>
    <message>
        <source>Sammanställda siffror (exakta)</source>
        <translation>Merged figures (exact)</translation>
    </message>
    <message>
        <source>Identifierat</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Systemfel</source>
        <translation>System failures</translation>
    </message>
    <message>
        <source>Rapporten som PDF (maskerad)…</source>
        <translation>The report as PDF (masked)…</translation>
    </message>
    <message>
        <source>CSV för publicering…</source>
        <translation>CSV for publication…</translation>
    </message>
    <message>
        <source>CSV internt (exakta tal)…</source>
        <translation>CSV internal (exact figures)…</translation>
    </message>
    <message>
        <source>Godkänn perioden</source>
        <translation>Approve the period</translation>
    </message>
    <message>
        <source>Öppna perioden igen</source>
        <translation>Reopen the period</translation>
    </message>
    <message>
        <source>Ingen enhet har rapporterat {period}: inga sammanställda siffror.</source>
        <translation>No unit has reported {period}: no merged figures.</translation>
    </message>
    <message>
        <source>Godkänn enheten under Enheter och import (lägg till den som förväntad enhet) så räknas dess paket.</source>
        <translation>Accept the unit under Units and import (add it as an expected unit) and its bundles count.</translation>
    </message>
    <message>
        <source>Perioden godkändes {date}; nya paket avvisas tills den öppnas igen.</source>
        <translation>The period was approved {date}; new bundles are rejected until it is reopened.</translation>
    </message>
    <message>
        <source>Sammanställd rapport {period}</source>
        <translation>Merged report {period}</translation>
    </message>
    <message>
        <source>rapport-{period}.pdf</source>
        <translation>report-{period}.pdf</translation>
    </message>
    <message>
        <source>rapport-{period}-internt.csv</source>
        <translation>report-{period}-internal.csv</translation>
    </message>
    <message>
        <source>rapport-{period}.csv</source>
        <translation>report-{period}.csv</translation>
    </message>
    <message>
        <source>Spara CSV</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV sparad: {path}</source>
        <translation>CSV saved: {path}</translation>
    </message>
    <message>
        <source>Godkänn perioden {label}? Paket som kommer senare för den avvisas tills du öppnar den igen.</source>
        <translation>Approve the period {label}? Bundles for it that arrive later are rejected until you reopen it.</translation>
    </message>
    <message>
        <source>{n} förväntad enhet har inte rapporterat: {units}.</source>
        <translation>{n} expected unit has not reported: {units}.</translation>
    </message>
    <message>
        <source>{n} förväntade enheter har inte rapporterat: {units}.</source>
        <translation>{n} expected units have not reported: {units}.</translation>
    </message>
    <message>
        <source>Perioden har inte slutat än.</source>
        <translation>The period has not ended yet.</translation>
    </message>
    <message>
        <source>Godkänn</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Välj en enhet som har rapporterat.</source>
        <translation>Select a unit that has reported.</translation>
    </message>
    <message>
        <source>Återkalla paket</source>
        <translation>Withdraw bundle</translation>
    </message>
    <message>
        <source>Paketet från {unit} ({id}) raderas ur samordnarvalvet; det loggas. Fortsätt?</source>
        <translation>The bundle from {unit} ({id}) is deleted from the coordinator vault; this is logged. Continue?</translation>
    </message>
    <message>
        <source>En kommun per rad, t.ex.
Mora
Orsa</source>
        <translation>One municipality per line, e.g.
Mora
Orsa</translation>
    </message>
    <message>
        <source>Kommuner:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <source>Skapa ett nytt valv</source>
        <translation>Create a new vault</translation>
    </message>
    <message>
        <source>Skapa valvet</source>
        <translation>Create the vault</translation>
    </message>
    <message>
        <source>Nästa &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Tillbaka</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Spara</source>
        <extracomment>(kind, alias, item id) set by the view that opens the dialog: what is typed is kept as an encrypted draft if the vault locks while it is open (gui/drafts.py, services/drafts.py)</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>; inget sparades.</source>
        <translation>; nothing was saved.</translation>
    </message>
    <message>
        <source>verksamhetsaktiviteter: information, uppsökande, utbildning, handledning …</source>
        <translation>activities: information, outreach, training, supervision …</translation>
    </message>
    <message>
        <source>en aktivitet (genomförd med --date, planerad med --planned-month); skriver ut dess id</source>
        <translation>an activity (done with --date, planned with --planned-month); prints its id</translation>
    </message>
    <message>
        <source>målgrupp (information och uppsökande)</source>
        <translation>audience (information and outreach)</translation>
    </message>
    <message>
        <source>markera en planerad aktivitet som genomförd</source>
        <translation>mark a planned activity as done</translation>
    </message>
    <message>
        <source>aktiviteterna (ett år)</source>
        <translation>the activities (of a year)</translation>
    </message>
    <message>
        <source>ta bort en aktivitet</source>
        <translation>delete an activity</translation>
    </message>
    <message>
        <source>klientenkäten: omgångar, registrering, sammanställning</source>
        <translation>the client survey: rounds, tally entry, results</translation>
    </message>
    <message>
        <source>enkätomgångar</source>
        <translation>survey rounds</translation>
    </message>
    <message>
        <source>en enkätomgång på den aktuella enkäten; skriver ut dess id</source>
        <translation>a survey round on the current survey; prints its id</translation>
    </message>
    <message>
        <source>enkätomgångarna, senaste först</source>
        <translation>the survey rounds, latest first</translation>
    </message>
    <message>
        <source>inlämnade enkäter</source>
        <translation>returned forms</translation>
    </message>
    <message>
        <source>en inlämnad enkät: ett svar per fråga (obesvarad fråga = no_answer); fritextsvar sparas inte</source>
        <translation>one returned form: one answer per question (unanswered = no_answer); free-text answers are not stored</translation>
    </message>
    <message>
        <source>en enkätomgångs sammanställning</source>
        <translation>a survey round&apos;s results</translation>
    </message>
    <message>
        <source>årets analys i verksamhetsberättelsen</source>
        <translation>the year&apos;s analysis in the annual report</translation>
    </message>
    <message>
        <source>spara årets analys (texten från stdin om --text saknas)</source>
        <translation>save the year&apos;s analysis (text from stdin when --text is absent)</translation>
    </message>
    <message>
        <source>visa årets analys</source>
        <translation>show the year&apos;s analysis</translation>
    </message>
    <message>
        <source>Aktiviteten</source>
        <translation>The activity</translation>
    </message>
    <message>
        <source>Aktivitet {id} genomförd {date}.</source>
        <translation>Activity {id} done {date}.</translation>
    </message>
    <message>
        <source>Inga aktiviteter.</source>
        <translation>No activities.</translation>
    </message>
    <message>
        <source>planerad {month}</source>
        <translation>planned {month}</translation>
    </message>
    <message>
        <source>{n} deltagare</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{h} tim</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>Aktivitet {id} borttagen.</source>
        <translation>Activity {id} deleted.</translation>
    </message>
    <message>
        <source>Inga enkätomgångar.</source>
        <translation>No survey rounds.</translation>
    </message>
    <message>
        <source>{id}  {label} ({start} – {end}): {n} av {h} registrerade, enkät {did} version {dv}</source>
        <translation>{id}  {label} ({start} – {end}): {n} of {h} entered, survey {did} version {dv}</translation>
    </message>
    <message>
        <source>Antal utdelade enkäter</source>
        <translation>Number of surveys handed out</translation>
    </message>
    <message>
        <source>svaret &apos;{item}&apos; ska skrivas FRÅGA=SVAR, t.ex. heard=4</source>
        <translation>write the answer &apos;{item}&apos; as QUESTION=ANSWER, e.g. heard=4</translation>
    </message>
    <message>
        <source>Enkätomgången</source>
        <translation>The survey round</translation>
    </message>
    <message>
        <source>Enkät registrerad: {n} av {h} utdelade.</source>
        <translation>Form entered: {n} of {h} handed out.</translation>
    </message>
    <message>
        <source>Enkätomgång {id}: {label} ({start} – {end}), enkät {did} version {dv}</source>
        <translation>Survey round {id}: {label} ({start} – {end}), survey {did} version {dv}</translation>
    </message>
    <message>
        <source>Svar: {n} av {h} utdelade ({rate})</source>
        <translation>Responses: {n} of {h} handed out ({rate})</translation>
    </message>
    <message>
        <source>fritext: svaren läses på papperet och sparas inte</source>
        <translation>free text: the answers are read on paper and not stored</translation>
    </message>
    <message>
        <source>medelvärde (1–5): {mean}</source>
        <translation>mean (1–5): {mean}</translation>
    </message>
    <message>
        <source>Ingen text på stdin; analysen ändrades inte (ta bort den med --text &quot;&quot;).</source>
        <translation>No text on stdin; the analysis was not changed (remove it with --text &quot;&quot;).</translation>
    </message>
    <message>
        <source>Analysen för {year} sparad ({n} tecken).</source>
        <translation>The analysis for {year} saved ({n} characters).</translation>
    </message>
    <message>
        <source>Analysen för {year} är tom och borttagen.</source>
        <translation>The analysis for {year} is empty and removed.</translation>
    </message>
    <message>
        <source>Ingen analys för {year}.</source>
        <translation>No analysis for {year}.</translation>
    </message>
    <message>
        <source>Ärendehantering finns bara i ett ombudsvalv, inte i ett samordnarvalv.</source>
        <extracomment>``birth_year=BIRTH_YEAR_UNKNOWN``: the ombud chose &quot;uppgift saknas&quot; (age band ``unknown``); None means nothing was chosen and is refused.</extracomment>
        <translation>Casework exists only in an ombud vault, not in a coordinator vault.</translation>
    </message>
    <message>
        <source>{what} saknas</source>
        <translation>{what} is missing</translation>
    </message>
    <message>
        <source>{what} måste vara text</source>
        <translation>{what} must be text</translation>
    </message>
    <message>
        <source>{what} är för lång (högst {n} tecken)</source>
        <translation>{what} is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>Välj {what}</source>
        <translation>Choose the {what}</translation>
    </message>
    <message>
        <source>Välj kommun</source>
        <translation>Choose the municipality</translation>
    </message>
    <message>
        <source>Kommunen &apos;{name}&apos; finns inte i valvets lista ({known})</source>
        <translation>The municipality &apos;{name}&apos; is not in the vault&apos;s list ({known})</translation>
    </message>
    <message>
        <source>Okänt alias &apos;{alias}&apos;: inget uppdrag har det</source>
        <translation>Unknown alias &apos;{alias}&apos;: no assignment has it</translation>
    </message>
    <message>
        <source>kön</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>Ett gallrat uppdrag kan inte få ett alias igen</source>
        <translation>A purged assignment cannot get an alias again</translation>
    </message>
    <message>
        <source>Aliaset &apos;{alias}&apos; används redan av ett aktivt uppdrag</source>
        <translation>The alias &apos;{alias}&apos; is already used by an active assignment</translation>
    </message>
    <message>
        <source>Välj födelseår (eller &quot;uppgift saknas&quot;)</source>
        <translation>Choose a birth year (or &quot;not known&quot;)</translation>
    </message>
    <message>
        <source>Födelseåret måste vara ett årtal (ÅÅÅÅ)</source>
        <translation>The birth year must be a year (YYYY)</translation>
    </message>
    <message>
        <source>kontaktväg</source>
        <translation>referral source</translation>
    </message>
    <message>
        <source>prioritering</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>uppdragsområde</source>
        <translation>assignment area</translation>
    </message>
    <message>
        <source>fas</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum och avslutsorsak anges när uppdraget avslutas</source>
        <translation>The end date and the reason are given when the assignment is closed</translation>
    </message>
    <message>
        <source>Förfrågan {id} har utfallet &apos;{outcome}&apos; och kan inte bli ett uppdrag; ändra utfallet först.</source>
        <translation>Inquiry {id} has the outcome &apos;{outcome}&apos; and cannot become an assignment; change the outcome first.</translation>
    </message>
    <message>
        <source>Startdatum {start} är före förfrågan ({date})</source>
        <translation>Start date {start} is before the inquiry ({date})</translation>
    </message>
    <message>
        <source>Uppdraget &apos;{alias}&apos; är redan avslutat ({end})</source>
        <translation>The assignment &apos;{alias}&apos; is already closed ({end})</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>avslutsorsak</source>
        <translation>end reason</translation>
    </message>
    <message>
        <source>Anteckningens text</source>
        <extracomment>The notes&apos; full-text indexes: words (word starts, bm25) and trigrams (substrings).</extracomment>
        <translation>The note&apos;s text</translation>
    </message>
    <message>
        <source>Uppdraget är gallrat; anteckningar kan inte läggas till.</source>
        <translation>The assignment has been purged; notes cannot be added.</translation>
    </message>
    <message>
        <source>Ingen anteckning med id {id}</source>
        <translation>No note with id {id}</translation>
    </message>
    <message>
        <source>Ändra uppdrag</source>
        <translation>Change assignment</translation>
    </message>
    <message>
        <source>Nytt uppdrag från förfrågan {date}</source>
        <translation>New assignment from inquiry {date}</translation>
    </message>
    <message>
        <source>Nytt uppdrag</source>
        <translation>New assignment</translation>
    </message>
    <message>
        <source>t.ex. initialer och nummer: AB12</source>
        <translation>e.g. initials and a number: AB12</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Aldrig personnummer, namn eller adress: klienten registreras inte.</source>
        <translation>Never a personal identity number, name or address: the client is not registered.</translation>
    </message>
    <message>
        <source>Kön:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>Födelseår:</source>
        <translation>Birth year:</translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <source>Kontaktväg:</source>
        <translation>Referral source:</translation>
    </message>
    <message>
        <source>Fas:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Startdatum:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Första hembesöket gjordes av två ombud</source>
        <translation>The first home visit was made by two ombud</translation>
    </message>
    <message>
        <source>Prioriterad grupp:</source>
        <translation>Priority group:</translation>
    </message>
    <message>
        <source>Uppdragsområden:</source>
        <translation>Assignment areas:</translation>
    </message>
    <message>
        <source>Kontaktväg och prioritering kommer från förfrågan (inkom {date}); den markeras som antagen när du sparar. Ange dagen uppdraget startade.</source>
        <translation>Referral source and priority come from the inquiry (received {date}); it is marked accepted when you save. Enter the day the assignment started.</translation>
    </message>
    <message>
        <source>Ändra bevakning för {alias}</source>
        <translation>Change follow-up for {alias}</translation>
    </message>
    <message>
        <source>Ny bevakning för {alias}</source>
        <translation>New follow-up for {alias}</translation>
    </message>
    <message>
        <source>Steg:</source>
        <translation>Step:</translation>
    </message>
    <message>
        <source>ange slutdatum (dagen uppdraget avslutades)</source>
        <translation>enter the end date (the day the assignment ended)</translation>
    </message>
    <message>
        <source>välj orsak till avslut</source>
        <translation>choose the reason for closing</translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Annan sista dag (t.ex. laglighetsprövning, särskild lag):</source>
        <translation>Other last day (e.g. legality review, special law):</translation>
    </message>
    <message>
        <source>vad bevakningen gäller, t.ex. bostadsbidrag</source>
        <translation>what the follow-up is about, e.g. housing allowance</translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <source>välj steg</source>
        <translation>choose the step</translation>
    </message>
    <message>
        <source>ange dagen klienten fick beslutet</source>
        <translation>enter the day the client received the decision</translation>
    </message>
    <message>
        <source>ange den egna sista dagen</source>
        <translation>enter your own last day</translation>
    </message>
    <message>
        <source>Avsluta uppdraget {alias}</source>
        <translation>Close the assignment {alias}</translation>
    </message>
    <message>
        <source>Slutdatum:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>Avslutsorsak:</source>
        <translation>End reason:</translation>
    </message>
    <message>
        <source>Skriv ut anteckningarna åt klienten…</source>
        <translation>Print the notes for the client…</translation>
    </message>
    <message>
        <source>Jag förstår att anteckningarna och bevakningarna förstörs och inte kan återskapas.</source>
        <translation>I understand that the notes and follow-ups are destroyed and cannot be recovered.</translation>
    </message>
    <message>
        <source>Avsluta uppdraget</source>
        <translation>Close the assignment</translation>
    </message>
    <message>
        <source>Anteckningarna och bevakningarna förstörs efter slutdatum (ange det). Bara de anonyma statistikuppgifterna finns kvar.</source>
        <translation>The notes and follow-ups are destroyed after the end date (enter it). Only the anonymous statistics remain.</translation>
    </message>
    <message>
        <source>Anteckningarna och bevakningarna förstörs när uppdraget avslutas. Bara de anonyma statistikuppgifterna finns kvar.</source>
        <translation>The notes and follow-ups are destroyed when the assignment is closed. Only the anonymous statistics remain.</translation>
    </message>
    <message>
        <source>Anteckningarna och bevakningarna förstörs {date} ({days} dagar efter slutdatum). Bara de anonyma statistikuppgifterna finns kvar.</source>
        <translation>The notes and follow-ups are destroyed on {date} ({days} days after the end date). Only the anonymous statistics remain.</translation>
    </message>
    <message>
        <source>Skriv arbetsanteckningen här. Den sparas krypterat medan du skriver.</source>
        <translation>Write the work note here. It is saved encrypted as you type.</translation>
    </message>
    <message>
        <source>Inte sparad ännu…</source>
        <translation>Not saved yet…</translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Sparad</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>En tom anteckning sparas inte.</source>
        <translation>An empty note is not saved.</translation>
    </message>
    <message>
        <source>Sparad {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Uppdrag</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Filtrera (alias, kommun …)</source>
        <translation>Filter (alias, municipality …)</translation>
    </message>
    <message>
        <source>Visa avslutade</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Start</source>
        <extracomment>below this width (logical pixels) the cards stack in one column (e.g. 150 % on 1366×768) stacked, a table is as tall as its rows, from 2 up to 8 (then it scrolls; so does the view)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fas</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Slut</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Nytt uppdrag… (Ctrl+N)</source>
        <translation>New assignment… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation>Change details…</translation>
    </message>
    <message>
        <source>Avsluta uppdraget…</source>
        <translation>Close the assignment…</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ny anteckning (Ctrl+Shift+N)</source>
        <translation>New note (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Förstör anteckningen…</source>
        <translation>Destroy the note…</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>försenad – {when}</source>
        <translation>overdue – {when}</translation>
    </message>
    <message>
        <source>{date} (egen)</source>
        <translation>{date} (own)</translation>
    </message>
    <message>
        <source>Eget datum; förslaget var {date}</source>
        <translation>Own date; the proposal was {date}</translation>
    </message>
    <message>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Bevaka senast</source>
        <translation>Check by</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Delgivet</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Klar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Delgivet (dagen klienten fick beslutet):</source>
        <translation>Served (the day the client received the decision):</translation>
    </message>
    <message>
        <source>Delgivet en annan dag än ovan:</source>
        <translation>Served on a different day than above:</translation>
    </message>
    <message>
        <source>Ett beslut är delgivet (dagen då klienten fick det):</source>
        <translation>A decision was served (the day the client received it):</translation>
    </message>
    <message>
        <source>Sista dag att överklaga: {date} ({left})</source>
        <translation>Last day to appeal: {date} ({left})</translation>
    </message>
    <message>
        <source>Tre veckor från dagen klienten fick beslutet {served} (förvaltningslagen 44 §), flyttat till nästa vardag om det infaller på en lördag, söndag eller helgdag. Andra frister gäller t.ex. vid laglighetsprövning.</source>
        <translation>Three weeks from the day the client received the decision, {served} (Administrative Procedure Act, section 44), moved to the next weekday if it falls on a Saturday, Sunday or public holiday. Other time limits apply e.g. to a judicial review of a municipal decision.</translation>
    </message>
    <message>
        <source>Bevaka senast: {date} ({left})</source>
        <translation>Check by: {date} ({left})</translation>
    </message>
    <message>
        <source>Förslag för steget (statistikprofilens tabell), flyttat till nästa vardag. Ändra det vid behov.</source>
        <translation>Proposed for the step (the statistics profile&apos;s table), moved to the next weekday. Change it if needed.</translation>
    </message>
    <message>
        <source>– du har valt en egen sista dag.</source>
        <translation>– you have chosen your own last day.</translation>
    </message>
    <message>
        <source>Skriv för att börja en ny anteckning</source>
        <translation>Type to start a new note</translation>
    </message>
    <message>
        <source>Ny bevakning… (Ctrl+B)</source>
        <translation>New follow-up… (Ctrl+B)</translation>
    </message>
    <message>
        <source>Ändra…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Markera som klar</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Visa klara</source>
        <translation>Show done</translation>
    </message>
    <message>
        <source>Bevakningar</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Nytt uppdrag…</source>
        <translation>New assignment…</translation>
    </message>
    <message>
        <source>Ny bevakning…</source>
        <translation>New follow-up…</translation>
    </message>
    <message>
        <source>Ny anteckning för klient… (snabbval)</source>
        <translation>New note for client… (quick switch)</translation>
    </message>
    <message>
        <source>Välj ett uppdrag i listan, eller skapa ett nytt.</source>
        <translation>Choose an assignment in the list, or create a new one.</translation>
    </message>
    <message>
        <source>Uppdrag {alias}</source>
        <translation>Assignment {alias}</translation>
    </message>
    <message>
        <source>Kön: {v}</source>
        <translation>Gender: {v}</translation>
    </message>
    <message>
        <source>Födelseår: {v}</source>
        <translation>Birth year: {v}</translation>
    </message>
    <message>
        <source>Kommun: {v}</source>
        <translation>Municipality: {v}</translation>
    </message>
    <message>
        <source>Kontaktväg: {v}</source>
        <translation>Referral source: {v}</translation>
    </message>
    <message>
        <source>Fas: {v}</source>
        <translation>Phase: {v}</translation>
    </message>
    <message>
        <source>Start: {v}</source>
        <translation>Start: {v}</translation>
    </message>
    <message>
        <source>Avslutat {date}: {reason}</source>
        <translation>Closed {date}: {reason}</translation>
    </message>
    <message>
        <source>första hembesöket med två ombud</source>
        <translation>first home visit by two ombud</translation>
    </message>
    <message>
        <source>Prioriterad: {v}</source>
        <translation>Priority: {v}</translation>
    </message>
    <message>
        <source>Områden: {v}</source>
        <translation>Areas: {v}</translation>
    </message>
    <message>
        <source>Anteckningar och bevakningar är gallrade.</source>
        <translation>Notes and follow-ups have been purged.</translation>
    </message>
    <message>
        <source>Uppdraget är avslutat; anteckningarna och bevakningarna är förstörda.</source>
        <translation>The assignment is closed; the notes and follow-ups have been destroyed.</translation>
    </message>
    <message>
        <source>Uppdraget är avslutat; anteckningarna förstörs när sparandetiden gått ut.</source>
        <translation>The assignment is closed; the notes are destroyed when the retention period has ended.</translation>
    </message>
    <message>
        <source>Ta bort anteckningen</source>
        <translation>Remove the note</translation>
    </message>
    <message>
        <source>Anteckningen tas bort. Du kan ångra i statusraden under några sekunder; sedan är den förstörd. Fortsätt?</source>
        <translation>The note is removed. You can undo it in the status bar for a few seconds; then it is destroyed. Continue?</translation>
    </message>
    <message>
        <source>Anteckningen är borttagen.</source>
        <translation>The note is removed.</translation>
    </message>
    <message>
        <source>Ny bevakning för …</source>
        <translation>New follow-up for …</translation>
    </message>
    <message>
        <source>Välj först ett uppdrag i listan; bevakningen hör till det.</source>
        <translation>First choose an assignment in the list; the follow-up belongs to it.</translation>
    </message>
    <message>
        <source>Ingen anteckning med id {id}.</source>
        <translation>No note with id {id}.</translation>
    </message>
    <message>
        <source>Uppdraget finns inte längre; anteckningen kan inte återställas.</source>
        <translation>The assignment no longer exists; the note cannot be restored.</translation>
    </message>
    <message>
        <source>Anteckningen finns redan.</source>
        <translation>The note already exists.</translation>
    </message>
    <message>
        <source>Ange minst ett ord att söka efter.</source>
        <extracomment>Words of at least this many characters match anywhere inside a word (the trigram index); shorter ones (&quot;id&quot;, &quot;SI&quot;) match word starts (the word index), since a trigram index cannot look up fewer than three characters.</extracomment>
        <translation>Enter at least one word to search for.</translation>
    </message>
    <message>
        <source>steg</source>
        <translation>step</translation>
    </message>
    <message>
        <source>Delgivningsdatum</source>
        <translation>Date served</translation>
    </message>
    <message>
        <source>Sista dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Datumet {date} ligger för långt fram</source>
        <translation>The date {date} is too far in the future</translation>
    </message>
    <message>
        <source>Sista dagen {due} är före delgivningen {served}</source>
        <translation>The last day {due} is before the decision was served {served}</translation>
    </message>
    <message>
        <source>Uppdraget är gallrat; bevakningar kan inte läggas till.</source>
        <translation>The assignment has been purged; follow-ups cannot be added.</translation>
    </message>
    <message>
        <source>Texten</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>Ingen bevakning med id {id}</source>
        <translation>No follow-up with id {id}</translation>
    </message>
    <message>
        <source>Klart-datum</source>
        <translation>Done date</translation>
    </message>
    <message>
        <source>utfall</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>Datumet för utfallet {o} är före förfrågan {d}</source>
        <translation>The date of the outcome {o} is before the inquiry {d}</translation>
    </message>
    <message>
        <source>Ingen förfrågan med id {id}</source>
        <translation>No inquiry with id {id}</translation>
    </message>
    <message>
        <source>ange datum för utfallet (dagen det avgjordes)</source>
        <translation>enter the date of the outcome (the day it was decided)</translation>
    </message>
    <message>
        <source>Ändra förfrågan</source>
        <translation>Change inquiry</translation>
    </message>
    <message>
        <source>Ny förfrågan</source>
        <translation>New inquiry</translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>vilken instans (vid hänvisning)</source>
        <translation>which body (when referred)</translation>
    </message>
    <message>
        <source>Hänvisad till:</source>
        <translation>Referred to:</translation>
    </message>
    <message>
        <source>Datum för utfallet:</source>
        <translation>Date of the outcome:</translation>
    </message>
    <message>
        <source>ange datum (dagen förfrågan kom in)</source>
        <translation>enter the date (the day the inquiry came in)</translation>
    </message>
    <message>
        <source>Förfrågningar och kö</source>
        <translation>Inquiries and waiting list</translation>
    </message>
    <message>
        <source>Bara kön (i prioritetsordning)</source>
        <translation>Waiting list only (in priority order)</translation>
    </message>
    <message>
        <source>Filtrera</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Prioriterad grupp</source>
        <translation>Priority group</translation>
    </message>
    <message>
        <source>Kontaktväg</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Hänvisad till</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Utfallsdatum</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <source>Ny förfrågan… (Ctrl+Shift+F)</source>
        <translation>New inquiry… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Ändra / nytt utfall…</source>
        <translation>Change / new outcome…</translation>
    </message>
    <message>
        <source>Anta och starta uppdrag…</source>
        <translation>Accept and start assignment…</translation>
    </message>
    <message>
        <source>Ett nytt uppdrag med förfrågans kontaktväg och prioritering; förfrågan blir antagen.</source>
        <translation>A new assignment with the inquiry&apos;s referral source and priority; the inquiry becomes accepted.</translation>
    </message>
    <message>
        <source>Ny förfrågan…</source>
        <translation>New inquiry…</translation>
    </message>
    <message>
        <source>{n} i kön.</source>
        <translation>{n} on the waiting list.</translation>
    </message>
    <message>
        <source>Välj först en förfrågan i listan.</source>
        <translation>First select an inquiry in the list.</translation>
    </message>
    <message>
        <source>Datum för utfallet</source>
        <translation>Date of the outcome</translation>
    </message>
    <message>
        <source>Datum då systemfelet identifierades</source>
        <translation>Date the system failure was identified</translation>
    </message>
    <message>
        <source>ansvarig myndighet</source>
        <translation>responsible authority</translation>
    </message>
    <message>
        <source>Datum för rapporteringen</source>
        <translation>Date of reporting</translation>
    </message>
    <message>
        <source>Datum då återkoppling begärdes</source>
        <translation>Date feedback was requested</translation>
    </message>
    <message>
        <source>Datum då återkoppling kom</source>
        <translation>Date feedback was received</translation>
    </message>
    <message>
        <source>Datumet {d} är före datumet då systemfelet identifierades ({i})</source>
        <translation>The date {d} is before the date the system failure was identified ({i})</translation>
    </message>
    <message>
        <source>Systemfelet får inte innehålla klientuppgifter; hittade {found}. Ta bort dem och försök igen</source>
        <translation>The system failure must not contain client data; found {found}. Remove it and try again</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Beskrivningen</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>Självständighet/beroende</source>
        <translation>Independence/dependence</translation>
    </message>
    <message>
        <source>Åtgärder</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Rapporterat till</source>
        <translation>Reported to</translation>
    </message>
    <message>
        <source>Återkopplingen</source>
        <translation>The feedback</translation>
    </message>
    <message>
        <source>{field}: {what}</source>
        <translation>{field}: {what}</translation>
    </message>
    <message>
        <source>Inget systemfel med id &apos;{id}&apos;.</source>
        <translation>No system failure with id &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>kvinna</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>annat/ickebinär</source>
        <translation>other/non-binary</translation>
    </message>
    <message>
        <source>uppgift saknas: antal deltagare saknas för alla {k} tillfällen</source>
        <translation>not stated: the number of participants is missing for all {k} occasions</translation>
    </message>
    <message>
        <source>uppgift saknas: timmar saknas för alla {k} tillfällen</source>
        <translation>not stated: hours are missing for all {k} occasions</translation>
    </message>
    <message>
        <source>uppgift saknas</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>{n} (antal saknas för {m} av {k} tillfällen)</source>
        <translation>{n} (number missing for {m} of {k} occasions)</translation>
    </message>
    <message>
        <source>{n} (timmar saknas för {m} av {k} tillfällen)</source>
        <translation>{n} (hours missing for {m} of {k} occasions)</translation>
    </message>
    <message>
        <source>18–24</source>
        <translation>18–24</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34</translation>
    </message>
    <message>
        <source>35–44</source>
        <translation>35–44</translation>
    </message>
    <message>
        <source>45–54</source>
        <translation>45–54</translation>
    </message>
    <message>
        <source>55–64</source>
        <translation>55–64</translation>
    </message>
    <message>
        <source>65+</source>
        <translation>65+</translation>
    </message>
    <message>
        <source>klienten själv</source>
        <translation>the client themself</translation>
    </message>
    <message>
        <source>anhörig/närstående</source>
        <translation>relative/close person</translation>
    </message>
    <message>
        <source>socialtjänst</source>
        <translation>social services</translation>
    </message>
    <message>
        <source>psykiatri</source>
        <translation>psychiatry</translation>
    </message>
    <message>
        <source>primärvård</source>
        <translation>primary care</translation>
    </message>
    <message>
        <source>Försäkringskassan</source>
        <translation>Försäkringskassan (Social Insurance Agency)</translation>
    </message>
    <message>
        <source>Arbetsförmedlingen</source>
        <translation>Arbetsförmedlingen (Public Employment Service)</translation>
    </message>
    <message>
        <source>brukar-/intresseorganisation</source>
        <translation>user/interest organisation</translation>
    </message>
    <message>
        <source>hyresvärd/bostadsbolag</source>
        <translation>landlord/housing company</translation>
    </message>
    <message>
        <source>annan</source>
        <translation>other</translation>
    </message>
    <message>
        <source>akut situation (vräkning, Kronofogden, omhändertagande av barn)</source>
        <translation>acute situation (eviction, Kronofogden, children taken into care)</translation>
    </message>
    <message>
        <source>hemmavarande minderåriga barn</source>
        <translation>minor children living at home</translation>
    </message>
    <message>
        <source>ung vuxen 18–25 år</source>
        <translation>young adult 18–25 years</translation>
    </message>
    <message>
        <source>hemlöshet eller risk för hemlöshet</source>
        <translation>homelessness or risk of homelessness</translation>
    </message>
    <message>
        <source>saknar nätverk / våld i nära relation</source>
        <translation>no network / violence in a close relationship</translation>
    </message>
    <message>
        <source>ekonomi/skulder</source>
        <translation>finances/debts</translation>
    </message>
    <message>
        <source>boende</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>arbete/sysselsättning</source>
        <translation>work/occupation</translation>
    </message>
    <message>
        <source>psykiatrisk vård</source>
        <translation>psychiatric care</translation>
    </message>
    <message>
        <source>somatisk vård/tandvård</source>
        <translation>somatic care/dental care</translation>
    </message>
    <message>
        <source>socialtjänst/insatser</source>
        <translation>social services/support</translation>
    </message>
    <message>
        <source>juridik/överklaganden</source>
        <translation>legal matters/appeals</translation>
    </message>
    <message>
        <source>familj/nätverk/relationer</source>
        <translation>family/network/relationships</translation>
    </message>
    <message>
        <source>missbruk/beroende</source>
        <translation>substance abuse/addiction</translation>
    </message>
    <message>
        <source>vardag/praktiskt</source>
        <translation>everyday/practical matters</translation>
    </message>
    <message>
        <source>annat</source>
        <translation>other</translation>
    </message>
    <message>
        <source>uppdraget slutfört</source>
        <translation>assignment completed</translation>
    </message>
    <message>
        <source>klienten avslutade</source>
        <translation>the client ended it</translation>
    </message>
    <message>
        <source>kontakten upphörde</source>
        <translation>contact ceased</translation>
    </message>
    <message>
        <source>flyttat</source>
        <translation>moved away</translation>
    </message>
    <message>
        <source>övergått till annan insats</source>
        <translation>moved on to other support</translation>
    </message>
    <message>
        <source>avliden</source>
        <translation>deceased</translation>
    </message>
    <message>
        <source>antagen</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>i kö</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>hänvisad till annan instans</source>
        <translation>referred elsewhere</translation>
    </message>
    <message>
        <source>ej målgrupp</source>
        <translation>not in the target group</translation>
    </message>
    <message>
        <source>återtagen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>region psykiatri</source>
        <translation>region psychiatry</translation>
    </message>
    <message>
        <source>region primärvård</source>
        <translation>region primary care</translation>
    </message>
    <message>
        <source>kommun (socialtjänst m.fl.)</source>
        <translation>municipality (social services etc.)</translation>
    </message>
    <message>
        <source>Kronofogden</source>
        <translation>Kronofogden (Enforcement Authority)</translation>
    </message>
    <message>
        <source>bostad/hyresvärd</source>
        <translation>housing/landlord</translation>
    </message>
    <message>
        <source>0–6 mån</source>
        <translation>0–6 months</translation>
    </message>
    <message>
        <source>6–12 mån</source>
        <translation>6–12 months</translation>
    </message>
    <message>
        <source>12–18 mån</source>
        <translation>12–18 months</translation>
    </message>
    <message>
        <source>18 mån eller mer</source>
        <translation>18 months or more</translation>
    </message>
    <message>
        <source>informationstillfälle</source>
        <translation>information session</translation>
    </message>
    <message>
        <source>uppsökande verksamhet</source>
        <translation>outreach</translation>
    </message>
    <message>
        <source>utbildning/kompetensutveckling</source>
        <translation>training/professional development</translation>
    </message>
    <message>
        <source>bevaka senast</source>
        <translation>check by</translation>
    </message>
    <message>
        <source>fast fördelning</source>
        <translation>fixed split</translation>
    </message>
    <message>
        <source>folkmängd 18 år och äldre</source>
        <translation>population aged 18 and over</translation>
    </message>
    <message>
        <source>folkmängd, alla åldrar</source>
        <translation>population, all ages</translation>
    </message>
    <message>
        <source>andel aktiva uppdrag</source>
        <translation>share of active assignments</translation>
    </message>
    <message>
        <source>egna tjänster + lika del per part</source>
        <translation>own posts + equal part per party</translation>
    </message>
    <message>
        <source>ingen nyckel vald</source>
        <translation>no key chosen</translation>
    </message>
    <message>
        <source>personalkostnad</source>
        <translation>staff cost</translation>
    </message>
    <message>
        <source>personalomkostnad (PO-påslag)</source>
        <translation>payroll overhead</translation>
    </message>
    <message>
        <source>lokaler</source>
        <translation>premises</translation>
    </message>
    <message>
        <source>resor</source>
        <translation>travel</translation>
    </message>
    <message>
        <source>handledning</source>
        <translation>supervision</translation>
    </message>
    <message>
        <source>utbildning</source>
        <translation>training</translation>
    </message>
    <message>
        <source>övrigt</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Den fasta fördelningen summerar till {d} %, inte 100,00 %; ange alla kommuners andelar så att de blir 100,00 %.</source>
        <translation>The fixed split sums to {d} %, not 100.00 %; give every municipality&apos;s share so that they make 100.00 %.</translation>
    </message>
    <message>
        <source>Kommunen {s} saknar folkmängd (alla åldrar) för nyckeln; ange den under Kommuner eller importera folkmängden.</source>
        <translation>The municipality {s} has no population (all ages) for the key; enter it under Municipalities or import the population.</translation>
    </message>
    <message>
        <source>Kommunen {s} saknar folkmängd 18 år och äldre för nyckeln; ange den under Kommuner eller importera folkmängden.</source>
        <translation>The municipality {s} has no population aged 18 and over for the key; enter it under Municipalities or import the population.</translation>
    </message>
    <message>
        <source>Budgetposten {s} har en okänd sort.</source>
        <translation>The budget line {s} has an unknown kind.</translation>
    </message>
    <message>
        <source>Budgetposten {s}: bara personalomkostnad (PO-påslag) kan anges i procent.</source>
        <translation>Budget line {s}: only staff overhead (payroll on-cost) can be given as a percentage.</translation>
    </message>
    <message>
        <source>Okänd nyckel {s}.</source>
        <translation>Unknown key {s}.</translation>
    </message>
    <message>
        <source>Årsarbetena är inte angivna för året, så statsbidraget kan inte räknas ut: ange dem under Årsarbeten eller som tjänster, eller importera enheternas årspaket.</source>
        <translation>The FTE are not entered for the year, so the state grant cannot be calculated: enter them under FTE or as posts, or import the units&apos; year bundles.</translation>
    </message>
    <message>
        <source>Statsbidraget ({s} kr) är större än kostnaden ({d} kr), så kommunerna har ingen del att betala: ange hela budgeten för året.</source>
        <translation>The grant (SEK {s}) is larger than the cost (SEK {d}), so the municipalities have no part to pay: enter the whole budget for the year.</translation>
    </message>
    <message>
        <source>{s} är varken en av organisationens kommuner eller en annan part; lägg till parten först.</source>
        <translation>{s} is neither one of the organisation&apos;s municipalities nor another party; add the party first.</translation>
    </message>
    <message>
        <source>Rad {d} i utfallsfilen ska ha kolumnerna budgetpost;kronor.</source>
        <translation>Line {d} of the actual-cost file must have the columns budget line;SEK.</translation>
    </message>
    <message>
        <source>Rad {d} i utfallsfilen ({s}): beloppet är inte hela kronor.</source>
        <translation>Line {d} of the actual-cost file ({s}): the amount is not whole kronor.</translation>
    </message>
    <message>
        <source>Rad {d} i utfallsfilen ({s}): beloppet får inte vara negativt.</source>
        <translation>Line {d} of the actual-cost file ({s}): the amount must not be negative.</translation>
    </message>
    <message>
        <source>Rad {d} i utfallsfilen saknar budgetpostens namn.</source>
        <translation>Line {d} of the actual-cost file has no budget line name.</translation>
    </message>
    <message>
        <source>Rad {d} i utfallsfilen: {s} finns redan på en tidigare rad.</source>
        <translation>Line {d} of the actual-cost file: {s} is already on an earlier line.</translation>
    </message>
    <message>
        <source>Utfallsfilen innehåller inga rader budgetpost;kronor.</source>
        <translation>The actual-cost file has no lines budget line;SEK.</translation>
    </message>
    <message>
        <source>Underlaget kan inte användas ({code}).</source>
        <translation>The inputs cannot be used ({code}).</translation>
    </message>
    <message>
        <source>Aktiva uppdrag per kommun saknas för året: importera enheternas årspaket först.</source>
        <translation>Active assignments per municipality are missing for the year: import the units&apos; year bundles first.</translation>
    </message>
    <message>
        <source>Nyckeln ger ingen fördelning (alla värden är 0).</source>
        <translation>The key gives no distribution (every value is 0).</translation>
    </message>
    <message>
        <source>{s}: ett belopp, en andel eller ett antal får inte vara negativt.</source>
        <translation>{s}: an amount, share or count must not be negative.</translation>
    </message>
    <message>
        <source>{s} finns två gånger.</source>
        <translation>{s} is given twice.</translation>
    </message>
    <message>
        <source>Antal faktureringar per år ska vara 1–12.</source>
        <translation>Invoices per year must be 1–12.</translation>
    </message>
    <message>
        <source>Ingen fördelningsnyckel är vald för året.</source>
        <translation>No cost-sharing key is chosen for the year.</translation>
    </message>
    <message>
        <source>Statsbidrag per årsarbete är inte angivet för året.</source>
        <translation>The state grant per FTE is not given for the year.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen ska ha kolumnerna kommun;folkmängd;folkmängd 18+.</source>
        <translation>Line {d} of the population file must have the columns municipality;population;population 18+.</translation>
    </message>
    <message>
        <source>Rad {d} i filen har en cell som är för lång eller inte kan läsas; spara filen som semikolonseparerad text igen.</source>
        <translation>Line {d} of the file has a cell that is too long or cannot be read; save the file as semicolon-separated text again.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen ({s}): folkmängden är inte ett heltal.</source>
        <translation>Line {d} of the population file ({s}): the population is not a whole number.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen ({s}): folkmängden får inte vara negativ.</source>
        <translation>Line {d} of the population file ({s}): the population must not be negative.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen ({s}): folkmängd 18+ är större än folkmängden.</source>
        <translation>Line {d} of the population file ({s}): population 18+ is larger than the population.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen: {s} finns redan på en tidigare rad.</source>
        <translation>Line {d} of the population file: {s} is already on an earlier line.</translation>
    </message>
    <message>
        <source>Rad {d} i folkmängdsfilen saknar kommunens namn.</source>
        <translation>Line {d} of the population file has no municipality name.</translation>
    </message>
    <message>
        <source>Folkmängdsfilen innehåller inga rader kommun;folkmängd;folkmängd 18+.</source>
        <translation>The population file has no lines municipality;population;population 18+.</translation>
    </message>
    <message>
        <source>Ekonomin finns bara i ett samordnarvalv.</source>
        <translation>The economy exists only in a coordinator vault.</translation>
    </message>
    <message>
        <source>Ogiltigt år {year}; ange t.ex. 2026.</source>
        <translation>Invalid year {year}; give e.g. 2026.</translation>
    </message>
    <message>
        <source>{what}: beloppet får inte vara negativt ({value}).</source>
        <translation>{what}: the amount must not be negative ({value}).</translation>
    </message>
    <message>
        <source>{what}: {value} är inte ett belopp i hela kronor.</source>
        <translation>{what}: {value} is not an amount in whole kronor.</translation>
    </message>
    <message>
        <source>{what}: folkmängden får inte vara negativ ({value}).</source>
        <translation>{what}: the population must not be negative ({value}).</translation>
    </message>
    <message>
        <source>{what}: {value} är inte ett heltal.</source>
        <translation>{what}: {value} is not a whole number.</translation>
    </message>
    <message>
        <source>{what}: {value} är inte en procentsats.</source>
        <translation>{what}: {value} is not a percentage.</translation>
    </message>
    <message>
        <source>{what}: procentsatsen ska vara {low}–{high}, inte {value}.</source>
        <translation>{what}: the percentage must be {low}–{high}, not {value}.</translation>
    </message>
    <message>
        <source>{what}: årsarbeten ska vara 0–100 med högst två decimaler.</source>
        <translation>{what}: FTE must be 0–100 with at most two decimals.</translation>
    </message>
    <message>
        <source>Budgetposten {name}: sorten ska vara en av {kinds}.</source>
        <translation>Budget line {name}: the kind must be one of {kinds}.</translation>
    </message>
    <message>
        <source>Budgetposten {name}: ange kronor eller procent.</source>
        <translation>Budget line {name}: give kronor or a percentage.</translation>
    </message>
    <message>
        <source>Budgetposten {text} ska skrivas NAMN=SORT:KRONOR med SORT en av {kinds}.</source>
        <translation>The budget line {text} must be written NAME=KIND:SEK with KIND one of {kinds}.</translation>
    </message>
    <message>
        <source>{what}: procentsatsen anges med högst två decimaler.</source>
        <translation>{what}: the percentage takes at most two decimals.</translation>
    </message>
    <message>
        <source>{option} ska skrivas NAMN=VÄRDE, inte {text}.</source>
        <translation>{option} is written NAME=VALUE, not {text}.</translation>
    </message>
    <message>
        <source>Texten innehåller {kinds}; budgetposter och ledningsgruppens parter skrivs ut i rapporter och får inte innehålla personuppgifter.</source>
        <translation>The text contains {kinds}; budget items and steering-group parties are printed in reports and must not contain personal data.</translation>
    </message>
    <message>
        <source>{what} ska vara ett heltal {low}–{high}.</source>
        <translation>{what} must be a whole number {low}–{high}.</translation>
    </message>
    <message>
        <source>Antal faktureringar per år</source>
        <translation>Invoices per year</translation>
    </message>
    <message>
        <source>{name}: andelen ska vara 0–100 %.</source>
        <translation>{name}: the share must be 0–100 %.</translation>
    </message>
    <message>
        <source>{name} är inte en av organisationens kommuner ({known}); lägg till kommunen först.</source>
        <translation>{name} is not one of the organisation&apos;s municipalities ({known}); add the municipality first.</translation>
    </message>
    <message>
        <source>Budgetpostens namn ska vara 1–120 tecken.</source>
        <translation>A budget item&apos;s name must be 1–120 characters.</translation>
    </message>
    <message>
        <source>Budgetposten {name}: ange antingen kronor eller procent.</source>
        <translation>Budget item {name}: give either kronor or a percentage.</translation>
    </message>
    <message>
        <source>Ange folkmängdens datum.</source>
        <translation>Give the date of the population figures.</translation>
    </message>
    <message>
        <source>Folkmängd för {name}</source>
        <translation>Population of {name}</translation>
    </message>
    <message>
        <source>Folkmängd 18+ för {name}</source>
        <translation>Population 18+ of {name}</translation>
    </message>
    <message>
        <source>Enheten {label} är okänd; kända enheter: {known}.</source>
        <translation>The unit {label} is unknown; known units: {known}.</translation>
    </message>
    <message>
        <source>{label}: årsarbeten ska vara 0–100 med högst två decimaler.</source>
        <translation>{label}: FTE must be 0–100 with at most two decimals.</translation>
    </message>
    <message>
        <source>Budgetposten {name} finns inte för {year}.</source>
        <translation>The budget item {name} does not exist for {year}.</translation>
    </message>
    <message>
        <source>{what} får vara högst 200 tecken.</source>
        <translation>{what} may be at most 200 characters.</translation>
    </message>
    <message>
        <source>En annan part</source>
        <translation>Another party</translation>
    </message>
    <message>
        <source>{name} är redan en av organisationens kommuner.</source>
        <translation>{name} is already one of the organisation&apos;s municipalities.</translation>
    </message>
    <message>
        <source>En part i ledningsgruppen</source>
        <translation>A party of the steering group</translation>
    </message>
    <message>
        <source>Belopp per part</source>
        <translation>Amount per party</translation>
    </message>
    <message>
        <source>Tjänstens namn ska vara 1–120 tecken.</source>
        <translation>The post&apos;s name must be 1–120 characters.</translation>
    </message>
    <message>
        <source>{name}: tjänstens årsarbeten ska vara 0–10 med högst två decimaler.</source>
        <translation>{name}: the post&apos;s FTE must be 0–10 with at most two decimals.</translation>
    </message>
    <message>
        <source>{name}: ange om tjänsten ger statsbidrag.</source>
        <translation>{name}: say whether the post gives a grant.</translation>
    </message>
    <message>
        <source>Områdets namn får vara högst 80 tecken.</source>
        <translation>The area&apos;s name may be at most 80 characters.</translation>
    </message>
    <message>
        <source>{name}: bemanningen ska vara tolv månader med 0–{fte} årsarbeten var (högst två decimaler).</source>
        <translation>{name}: the staffing must be twelve months of 0–{fte} FTE each (at most two decimals).</translation>
    </message>
    <message>
        <source>Högst 200 tjänster per år.</source>
        <translation>At most 200 posts per year.</translation>
    </message>
    <message>
        <source>Uppräkningen ska vara −50–50 %.</source>
        <translation>The index must be −50–50 %.</translation>
    </message>
    <message>
        <source>{year} har ingen budget att räkna upp från.</source>
        <translation>{year} has no budget to index from.</translation>
    </message>
    <message>
        <source>{year} har redan en budget; ta bort posterna först eller ändra dem en och en.</source>
        <translation>{year} already has a budget; remove its lines first or change them one by one.</translation>
    </message>
    <message>
        <source>Kommunens namn ska vara 1–80 tecken.</source>
        <translation>The municipality&apos;s name must be 1–80 characters.</translation>
    </message>
    <message>
        <source>{name} finns redan bland kommunerna.</source>
        <translation>{name} is already among the municipalities.</translation>
    </message>
    <message>
        <source>{name} är redan en annan part i fördelningen.</source>
        <translation>{name} is already another party of the distribution.</translation>
    </message>
    <message>
        <source>{what} är för stor (högst 5 MB).</source>
        <translation>{what} is too large (at most 5 MB).</translation>
    </message>
    <message>
        <source>Folkmängdsfilen</source>
        <translation>The population file</translation>
    </message>
    <message>
        <source>Rad {line} i folkmängdsfilen: {name} är inte en av organisationens kommuner ({known}); inget importerades.</source>
        <translation>Line {line} of the population file: {name} is not one of the organisation&apos;s municipalities ({known}); nothing was imported.</translation>
    </message>
    <message>
        <source>Invånare per årsarbete</source>
        <translation>Inhabitants per FTE</translation>
    </message>
    <message>
        <source>{year} (ej rapporterat)</source>
        <translation>{year} (not reported)</translation>
    </message>
    <message>
        <source>Kronor {year}</source>
        <translation>SEK {year}</translation>
    </message>
    <message>
        <source>Procent av personalkostnaden</source>
        <translation>Percent of the staff cost</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>Andel (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Belopp per år (kr)</source>
        <translation>Amount per year (SEK)</translation>
    </message>
    <message>
        <source>Faktura {n} (kr)</source>
        <translation>Invoice {n} (SEK)</translation>
    </message>
    <message>
        <source>Belopp {year} (kr)</source>
        <translation>Amount {year} (SEK)</translation>
    </message>
    <message>
        <source>Kr per invånare</source>
        <translation>SEK per inhabitant</translation>
    </message>
    <message>
        <source>Kr per invånare 18+</source>
        <translation>SEK per inhabitant 18+</translation>
    </message>
    <message>
        <source>Egna tjänster netto (kr)</source>
        <translation>Own posts, net (SEK)</translation>
    </message>
    <message>
        <source>Ej fördelat av de fasta beloppen (kr)</source>
        <translation>Not covered by the fixed amounts (SEK)</translation>
    </message>
    <message>
        <source>Statsbidragets andel (%)</source>
        <translation>Grant share (%)</translation>
    </message>
    <message>
        <source>Kostnadsfördelning</source>
        <translation>Cost distribution</translation>
    </message>
    <message>
        <source>Fördelningsnyckel</source>
        <translation>Cost-sharing key</translation>
    </message>
    <message>
        <source>Statsbidragets andel av kostnaden (%)</source>
        <translation>State grant&apos;s share of the cost (%)</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <extracomment>Stored per year: (key, Swedish label, maximum length).</extracomment>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Organisationsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>Plus- eller bankgiro</source>
        <translation>Plusgiro or bankgiro</translation>
    </message>
    <message>
        <source>Referens på utbetalningen</source>
        <translation>Reference on the payment</translation>
    </message>
    <message>
        <source>Nämnd som beslutat om ansökan</source>
        <translation>Committee that decided on the application</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>Driftsform</source>
        <translation>Form of operation</translation>
    </message>
    <message>
        <source>Utförare</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Andra myndigheter och organisationer</source>
        <translation>Other authorities and organisations</translation>
    </message>
    <message>
        <source>Hur ombuden ska arbeta med målgruppen</source>
        <translation>How the ombudsmen will work with the target group</translation>
    </message>
    <message>
        <source>Prioriteringar inom målgruppen</source>
        <translation>Priorities within the target group</translation>
    </message>
    <message>
        <source>Planering och dokumentation</source>
        <translation>Planning and documentation</translation>
    </message>
    <message>
        <source>Utbildning och handledning</source>
        <translation>Training and supervision</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Egen regi</source>
        <translation>Own operation</translation>
    </message>
    <message>
        <source>Kommunalförbund</source>
        <translation>Association of local authorities</translation>
    </message>
    <message>
        <source>Värdkommun</source>
        <translation>Host municipality</translation>
    </message>
    <message>
        <source>Entreprenad</source>
        <translation>Contracted out</translation>
    </message>
    <message>
        <source>Organisationsnumret skrivs NNNNNN-NNNN (tio siffror).</source>
        <extracomment>The free texts printed in the application sent to Länsstyrelsen: scanned for personal data like every text that leaves the vault (the address, phone and e-mail fields are the administration&apos;s own contact details, and the number fields have checks of their own).</extracomment>
        <translation>The organisation number is written NNNNNN-NNNN (ten digits).</translation>
    </message>
    <message>
        <source>Det ser ut som ett personnummer, inte ett organisationsnummer (NNNNNN-NNNN).</source>
        <translation>That looks like a personal identity number, not an organisation number (NNNNNN-NNNN).</translation>
    </message>
    <message>
        <source>{field} får vara högst {n} tecken.</source>
        <translation>{field} may be at most {n} characters.</translation>
    </message>
    <message>
        <source>{field} innehåller {kinds}; ansökan lämnar valvet och får inte innehålla personuppgifter. Inget sparades.</source>
        <translation>{field} contains {kinds}; the application leaves the vault and may not contain personal data. Nothing was saved.</translation>
    </message>
    <message>
        <source>Driftsformen ska vara en av: {forms}.</source>
        <translation>The form of operation must be one of: {forms}.</translation>
    </message>
    <message>
        <source>Beslutsdatum skrivs ÅÅÅÅ-MM-DD.</source>
        <translation>The decision date is written YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Ansökan har inget fält {key}; kända fält: {known}.</source>
        <translation>The application has no field {key}; known fields: {known}.</translation>
    </message>
    <message>
        <source>{field} ska vara text.</source>
        <translation>{field} must be text.</translation>
    </message>
    <message>
        <source>Inga aktiviteter rapporterade för {year}.</source>
        <translation>No activities reported for {year}.</translation>
    </message>
    <message>
        <source>Under {year} genomfördes {training} utbildningstillfällen ({training_hours} timmar) och {supervision} handledningstillfällen ({supervision_hours} timmar) enligt enheternas årspaket. Handledning och kompetensutveckling fortsätter under {next}.</source>
        <translation>In {year}, {training} training sessions ({training_hours} hours) and {supervision} supervision sessions ({supervision_hours} hours) were held according to the units&apos; year bundles. Supervision and professional development continue in {next}.</translation>
    </message>
    <message>
        <source>Ingen enhet har rapporterat för {year}.</source>
        <translation>No unit has reported for {year}.</translation>
    </message>
    <message>
        <source>Statistik förs per halvår och år och jämförs med föregående år: under {year} {active} aktiva uppdrag, {new} nya och {ended} avslutade.</source>
        <translation>Statistics are kept per half year and year and compared with the previous year: in {year} {active} active assignments, {new} new and {ended} ended.</translation>
    </message>
    <message>
        <source>Klientenkät: {rounds} omgång(ar) med {responses} svar.</source>
        <translation>Client survey: {rounds} round(s) with {responses} responses.</translation>
    </message>
    <message>
        <source>(utan statsbidrag)</source>
        <translation>(without grant)</translation>
    </message>
    <message>
        <source>Okänt fält {key} för kontaktpersonen.</source>
        <translation>Unknown field {key} for the contact person.</translation>
    </message>
    <message>
        <source>Kontaktpersonens uppgifter får vara högst 200 tecken per fält.</source>
        <translation>The contact person&apos;s details may be at most 200 characters per field.</translation>
    </message>
    <message>
        <source>{n} kr</source>
        <translation>SEK {n}</translation>
    </message>
    <message>
        <source>ledningsgruppsmöte</source>
        <translation>steering group meeting</translation>
    </message>
    <message>
        <source>nätverks-/samverkansmöte</source>
        <translation>network/cooperation meeting</translation>
    </message>
    <message>
        <source>församling/diakoni</source>
        <translation>church/diaconal work</translation>
    </message>
    <message>
        <source>allmänheten</source>
        <translation>the public</translation>
    </message>
    <message>
        <source>inledning</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>arbete</source>
        <translation>working</translation>
    </message>
    <message>
        <source>avslutning</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>ansökan skickad</source>
        <translation>application posted</translation>
    </message>
    <message>
        <source>ansökan mottagen</source>
        <translation>application received</translation>
    </message>
    <message>
        <source>beslut fattat</source>
        <translation>decision made</translation>
    </message>
    <message>
        <source>beslut delgivet och förstått</source>
        <translation>decision served and understood</translation>
    </message>
    <message>
        <source>överklagande skrivet</source>
        <translation>appeal written</translation>
    </message>
    <message>
        <source>överklagande skickat</source>
        <translation>appeal posted</translation>
    </message>
    <message>
        <source>överklagande mottaget</source>
        <translation>appeal received</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>sista dag</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hjälp om po-desktop</source>
        <translation>&amp;Help on po-desktop</translation>
    </message>
    <message>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Språk</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Som datorn</source>
        <translation>As the computer</translation>
    </message>
    <message>
        <source>&amp;Om po-desktop</source>
        <translation>&amp;About po-desktop</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språkvalet kunde inte sparas: {err}</source>
        <translation>The language choice could not be saved: {err}</translation>
    </message>
    <message>
        <source>Språket byts nästa gång programmet startar (sparat i {path}).</source>
        <translation>The language changes the next time the program starts (saved in {path}).</translation>
    </message>
    <message>
        <source>(hela filen)</source>
        <translation>(the whole file)</translation>
    </message>
    <message>
        <source>fältet {field} saknas</source>
        <translation>the field {field} is missing</translation>
    </message>
    <message>
        <source>okänt fält {field} (bundlen får bara innehålla formatets fält)</source>
        <translation>unknown field {field} (the bundle may only contain the format&apos;s fields)</translation>
    </message>
    <message>
        <source>{where} ska vara ett heltal, inte {value}</source>
        <translation>{where} must be an integer, not {value}</translation>
    </message>
    <message>
        <source>{where} har fel typ (ska vara {type})</source>
        <translation>{where} has the wrong type (should be {type})</translation>
    </message>
    <message>
        <source>{where} är mindre än {min}</source>
        <translation>{where} is less than {min}</translation>
    </message>
    <message>
        <source>{where} har fel form: {value}</source>
        <translation>{where} has the wrong form: {value}</translation>
    </message>
    <message>
        <source>{where} är större än {max}</source>
        <translation>{where} is greater than {max}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>paketet har {n} systemfel; högst {max} ryms i ett paket</source>
        <translation>the bundle has {n} system failures; at most {max} fit in one bundle</translation>
    </message>
    <message>
        <source>systemfelens texter är {n} tecken tillsammans; högst {max} ryms i ett paket</source>
        <translation>the system failures&apos; texts are {n} characters together; at most {max} fit in one bundle</translation>
    </message>
    <message>
        <source>filen är för stor för ett statistikpaket</source>
        <translation>the file is too large for a statistics bundle</translation>
    </message>
    <message>
        <source>är ingen vanlig fil (inget statistikpaket)</source>
        <translation>is not a regular file (not a statistics bundle)</translation>
    </message>
    <message>
        <source>är en mapp, inte en fil</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>filen finns inte</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>kan inte läsa filen: {err}</source>
        <translation>cannot read the file: {err}</translation>
    </message>
    <message>
        <source>inte en UTF-8-textfil (inget statistikpaket)</source>
        <translation>not a UTF-8 text file (not a statistics bundle)</translation>
    </message>
    <message>
        <source>inte giltig JSON: för djupt nästlad (inget statistikpaket)</source>
        <translation>not valid JSON: nested too deeply (not a statistics bundle)</translation>
    </message>
    <message>
        <source>talet {value} är oändligt stort; ett statistikpaket har bara ändliga tal</source>
        <translation>the number {value} is infinitely large; a statistics bundle has only finite numbers</translation>
    </message>
    <message>
        <source>inte giltig JSON för ett statistikpaket: nyckeln {key} finns två gånger</source>
        <translation>not valid JSON for a statistics bundle: the key {key} occurs twice</translation>
    </message>
    <message>
        <source>inte giltig JSON (avkortad eller skadad fil?), rad {line}</source>
        <translation>not valid JSON (truncated or damaged file?), line {line}</translation>
    </message>
    <message>
        <source>{where} innehåller ogiltig Unicode (ett ensamt surrogattecken); inget statistikpaket</source>
        <translation>{where} holds invalid Unicode (a lone surrogate); not a statistics bundle</translation>
    </message>
    <message>
        <source>inte ett JSON-objekt (inget statistikpaket)</source>
        <translation>not a JSON object (not a statistics bundle)</translation>
    </message>
    <message>
        <source>för djupt nästlad JSON (högst {n} nivåer; inget statistikpaket)</source>
        <translation>JSON nested too deeply (at most {n} levels; not a statistics bundle)</translation>
    </message>
    <message>
        <source>fältet format saknas (inget statistikpaket)</source>
        <translation>the field format is missing (not a statistics bundle)</translation>
    </message>
    <message>
        <source>okänt format {fmt} (väntade {expected})</source>
        <translation>unknown format {fmt} (expected {expected})</translation>
    </message>
    <message>
        <source>formatversion {v} är nyare än programmet kan läsa (högst {max}); uppdatera po-desktop</source>
        <translation>format version {v} is newer than the program can read (at most {max}); update po-desktop</translation>
    </message>
    <message>
        <source>okänd formatversion {v}</source>
        <translation>unknown format version {v}</translation>
    </message>
    <message>
        <source>negativt antal i {field} ({value})</source>
        <translation>negative count in {field} ({value})</translation>
    </message>
    <message>
        <source>created_at {at} är ingen tidpunkt som finns</source>
        <translation>created_at {at} is not a time that exists</translation>
    </message>
    <message>
        <source>perioden slutar {end} före sin början {start}</source>
        <translation>the period ends {end} before it begins {start}</translation>
    </message>
    <message>
        <source>period.label {label} stämmer inte med perioden {start} – {end} (väntade {expected})</source>
        <translation>period.label {label} does not match the period {start} – {end} (expected {expected})</translation>
    </message>
    <message>
        <source>{where} innehåller ett styrtecken ({char}); sådana tecken tillåts inte i ett statistikpaket</source>
        <translation>{where} contains a control character ({char}); such characters are not allowed in a statistics bundle</translation>
    </message>
    <message>
        <source>unit.label {label}: {reason}</source>
        <translation>unit.label {label}: {reason}</translation>
    </message>
    <message>
        <source>kontrollsumman (sha256) stämmer inte: filen är ändrad eller skadad efter exporten</source>
        <translation>the checksum (sha256) does not match: the file was changed or damaged after the export</translation>
    </message>
    <message>
        <source>created_at {at} ligger mer än ett dygn i framtiden; kontrollera datorns klocka hos enheten och exportera igen</source>
        <translation>created_at {at} is more than a day in the future; check the unit&apos;s computer clock and export again</translation>
    </message>
    <message>
        <source>okänd statistikprofil {name}</source>
        <translation>unknown statistics profile {name}</translation>
    </message>
    <message>
        <source>kategorin {code} saknas i figures.{group}.{key}</source>
        <translation>the category {code} is missing in figures.{group}.{key}</translation>
    </message>
    <message>
        <source>okänd kategori {code} i figures.{group}.{key}</source>
        <translation>unknown category {code} in figures.{group}.{key}</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: summan av figures.{group}.{key} är {sum}, men figures.{tgroup}.{tkey} är {total}</source>
        <translation>the figures do not add up: the sum of figures.{group}.{key} is {sum}, but figures.{tgroup}.{tkey} is {total}</translation>
    </message>
    <message>
        <source>figures.assignments.by_municipality har {n} kommuner; Sverige har {max}</source>
        <translation>figures.assignments.by_municipality has {n} municipalities; Sweden has {max}</translation>
    </message>
    <message>
        <source>kommunen {a} finns två gånger i figures.assignments.by_municipality (också som {b})</source>
        <translation>the municipality {a} appears twice in figures.assignments.by_municipality (also as {b})</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: active är inte ended + ongoing_at_end</source>
        <translation>the figures do not add up: active is not ended + ongoing_at_end</translation>
    </message>
    <message>
        <source>systemfelet {id} har okänd myndighet {code} (inte en kod i profilen {profile})</source>
        <translation>system failure {id} has an unknown responsible authority {code} (not a code of the profile {profile})</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: {n} systemfel i listan, men figures.system_failures.identified är {m}</source>
        <translation>the figures do not add up: {n} system failures in the list, but figures.system_failures.identified is {m}</translation>
    </message>
    <message>
        <source>systemfelet {id} identifierades {day}, utanför perioden</source>
        <translation>the system failure {id} was identified {day}, outside the period</translation>
    </message>
    <message>
        <source>figures.capacity.fte har fler än två decimaler ({value})</source>
        <translation>figures.capacity.fte has more than two decimals ({value})</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.capacity.active_per_fte är {value} men fte är 0 (då ska den vara null)</source>
        <translation>the figures do not add up: figures.capacity.active_per_fte is {value} but fte is 0 (it must then be null)</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.capacity.active_per_fte är {value}, men ongoing_at_end / fte är {expected}</source>
        <translation>the figures do not add up: figures.capacity.active_per_fte is {value}, but ongoing_at_end / fte is {expected}</translation>
    </message>
    <message>
        <source>samordnarens sammanställning av enheternas paket</source>
        <translation>the coordinator&apos;s merge of the units&apos; bundles</translation>
    </message>
    <message>
        <source>en enhet som förväntas rapportera</source>
        <translation>a unit expected to report</translation>
    </message>
    <message>
        <source>enhets-id från redan importerade paket (minst 8 tecken räcker)</source>
        <translation>unit id from bundles already imported (8 characters are enough)</translation>
    </message>
    <message>
        <source>paketen med detta enhets-id kommer från en förväntad enhet (kommer ihåg det)</source>
        <translation>the bundles with this unit id come from an expected unit (remembered)</translation>
    </message>
    <message>
        <source>enhets-id (visas av &apos;coordinator status&apos;; minst 8 tecken räcker)</source>
        <translation>unit id (shown by &apos;coordinator status&apos;; 8 characters are enough)</translation>
    </message>
    <message>
        <source>den förväntade enhetens namn</source>
        <translation>the expected unit&apos;s name</translation>
    </message>
    <message>
        <source>godkänn en enhet som inte är förväntad: dess paket räknas i siffrorna (under namnet i paketet)</source>
        <translation>accept a unit that is not expected: its bundles count in the figures (under the name in its bundle)</translation>
    </message>
    <message>
        <source>enheten har en ny dator: släpp dess bundna nyckel; nästa signerade paket binder den nya (loggas)</source>
        <translation>the unit has a new computer: release its bound key; its next signed bundle binds the new one (logged)</translation>
    </message>
    <message>
        <source>importera statistikpaket (.pobundle)</source>
        <translation>import statistics bundles (.pobundle)</translation>
    </message>
    <message>
        <source>vilka enheter har rapporterat för en period</source>
        <translation>which units have reported for a period</translation>
    </message>
    <message>
        <source>sammanställd statistik för en period</source>
        <translation>merged statistics for a period</translation>
    </message>
    <message>
        <source>rapporten som PDF (maskerad för publicering)</source>
        <translation>the report as PDF (masked for publication)</translation>
    </message>
    <message>
        <source>tabellen som CSV, maskerad för publicering (se --internal)</source>
        <translation>the table as CSV, masked for publication (see --internal)</translation>
    </message>
    <message>
        <source>CSV med exakta antal, märkt &quot;internt&quot; (får inte publiceras)</source>
        <translation>CSV with exact counts, marked &quot;internal&quot; (must not be published)</translation>
    </message>
    <message>
        <source>antal under N visas som &lt;N vid publicering (standard 5)</source>
        <translation>counts below N are shown as &lt;N when published (default 5)</translation>
    </message>
    <message>
        <source>visa siffrorna bredvid en tidigare period (--json: &quot;compare&quot;)</source>
        <translation>show the figures beside an earlier period (--json: &quot;compare&quot;)</translation>
    </message>
    <message>
        <source>den sammanställda verksamhetsberättelsen för ett år</source>
        <translation>the merged annual report for a year</translation>
    </message>
    <message>
        <source>samma rapport som Word-fil (.docx)</source>
        <translation>the same report as a Word file (.docx)</translation>
    </message>
    <message>
        <source>exakta tal märkta INTERNT; annars maskeras små tal för publicering</source>
        <translation>exact counts marked INTERNAL; otherwise small counts are masked for publication</translation>
    </message>
    <message>
        <source>godkänn en period: senare paket för den avvisas</source>
        <translation>approve a period: later bundles for it are rejected</translation>
    </message>
    <message>
        <source>godkänn utan att fråga, också när förväntade enheter inte har rapporterat</source>
        <translation>approve without asking, also when expected units have not reported</translation>
    </message>
    <message>
        <source>öppna en godkänd period igen</source>
        <translation>reopen an approved period</translation>
    </message>
    <message>
        <source>återkalla (radera) ett importerat paket; loggas</source>
        <translation>withdraw (delete) an imported bundle; logged</translation>
    </message>
    <message>
        <source>paketets bundle_id (minst de 8 första tecknen)</source>
        <translation>the bundle&apos;s bundle_id (at least its first 8 characters)</translation>
    </message>
    <message>
        <source>släpp en förväntad enhets koppling till sitt enhets-id (enheten har ett nytt valv)</source>
        <translation>release an expected unit&apos;s binding to its unit id (the unit has a new vault)</translation>
    </message>
    <message>
        <source>namnet liknar en enhet som redan finns (t.ex. P0 Mora och PO Mora), men det är en annan enhet: godkänn ändå</source>
        <translation>the name looks like a unit that already exists (e.g. P0 Mora and PO Mora), but it is another unit: accept anyway</translation>
    </message>
    <message>
        <source>Förväntad enhet: {label}</source>
        <translation>Expected unit: {label}</translation>
    </message>
    <message>
        <source>Paketen med enhets-id {id} räknas nu som {label}.</source>
        <translation>Bundles with unit id {id} now count as {label}.</translation>
    </message>
    <message>
        <source>{label} (enhets-id {id}) är godkänd; dess paket räknas nu i siffrorna.</source>
        <translation>{label} (unit id {id}) is accepted; its bundles now count in the figures.</translation>
    </message>
    <message>
        <source>Nyckeln för {label} ({old}) är släppt; nästa signerade paket från enheten binder dess nya nyckel. Jämför den nya nyckeln med enheten per telefon efter importen.</source>
        <translation>The key of {label} ({old}) is released; the unit&apos;s next signed bundle binds its new key. Compare the new key with the unit by phone after the import.</translation>
    </message>
    <message>
        <source>importerad</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>redan importerad</source>
        <translation>already imported</translation>
    </message>
    <message>
        <source>importerad, ersätter tidigare paket</source>
        <translation>imported, replaces an earlier bundle</translation>
    </message>
    <message>
        <source>inte importerad: ersatt av en nyare export</source>
        <translation>not imported: superseded by a newer export</translation>
    </message>
    <message>
        <source>avvisad</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>avvisad: konflikt</source>
        <translation>rejected: conflict</translation>
    </message>
    <message>
        <source>inte förväntad enhet: paketet räknas inte i siffrorna förrän du godkänner den (coordinator accept --unit-id ID, match eller expect)</source>
        <translation>unit not expected: the bundle does not count in the figures until you accept it (coordinator accept --unit-id ID, match or expect)</translation>
    </message>
    <message>
        <source>po-desktop: varning för {path}: {warning}</source>
        <translation>po-desktop: warning for {path}: {warning}</translation>
    </message>
    <message>
        <source>po-desktop: ingen av {total} filer importerades.</source>
        <translation>po-desktop: none of {total} files was imported.</translation>
    </message>
    <message>
        <source>po-desktop: {n} av {total} filer importerades inte; de övriga är importerade.</source>
        <translation>po-desktop: {n} of {total} files were not imported; the others are imported.</translation>
    </message>
    <message>
        <source>osignerat paket (äldre format): avsändaren kan inte kontrolleras</source>
        <translation>unsigned bundle (older format): the sender cannot be checked</translation>
    </message>
    <message>
        <source>ny nyckel bunden för enheten: {fingerprint} – jämför med enheten per telefon (enheten ser sin i bundle export)</source>
        <translation>new key bound for the unit: {fingerprint} – compare with the unit by phone (the unit sees its key in bundle export)</translation>
    </message>
    <message>
        <source>signerat med enhetens nyckel {fingerprint}</source>
        <translation>signed with the unit&apos;s key {fingerprint}</translation>
    </message>
    <message>
        <source>({n} ersatt paket)</source>
        <translation>({n} replaced bundle)</translation>
    </message>
    <message>
        <source>({n} ersatta paket)</source>
        <translation>({n} replaced bundles)</translation>
    </message>
    <message>
        <source>coordinator approve: {n} förväntad enhet har inte rapporterat ({units}); godkänn ändå med --yes. Inget godkändes.</source>
        <translation>coordinator approve: {n} expected unit has not reported ({units}); approve anyway with --yes. Nothing was approved.</translation>
    </message>
    <message>
        <source>coordinator approve: {n} förväntade enheter har inte rapporterat ({units}); godkänn ändå med --yes. Inget godkändes.</source>
        <translation>coordinator approve: {n} expected units have not reported ({units}); approve anyway with --yes. Nothing was approved.</translation>
    </message>
    <message>
        <source>{n} förväntad enhet har inte rapporterat: {units}. Godkänn perioden ändå? [j/N] </source>
        <translation>{n} expected unit has not reported: {units}. Approve the period anyway? [y/N] </translation>
    </message>
    <message>
        <source>{n} förväntade enheter har inte rapporterat: {units}. Godkänn perioden ändå? [j/N] </source>
        <translation>{n} expected units have not reported: {units}. Approve the period anyway? [y/N] </translation>
    </message>
    <message>
        <source>Perioden godkändes inte.</source>
        <translation>The period was not approved.</translation>
    </message>
    <message>
        <source>ej rapporterat: ingen enhet har rapporterat {period}</source>
        <translation>not reported: no unit has reported {period}</translation>
    </message>
    <message>
        <source>Skrev den sammanställda verksamhetsberättelsen {year}: {path}</source>
        <translation>Wrote the merged annual report {year}: {path}</translation>
    </message>
    <message>
        <source>Godkänd {date}.</source>
        <translation>Approved {date}.</translation>
    </message>
    <message>
        <source>saknas</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>mottagen {at}</source>
        <translation>received {at}</translation>
    </message>
    <message>
        <source> (efter sista dag)</source>
        <translation> (after the last day)</translation>
    </message>
    <message>
        <source> (inte förväntad, räknas inte; enhets-id {id}: godkänn med &apos;coordinator accept&apos; eller koppla med &apos;coordinator match&apos;)</source>
        <translation> (not expected, not counted; unit id {id}: accept with &apos;coordinator accept&apos; or link with &apos;coordinator match&apos;)</translation>
    </message>
    <message>
        <source>--threshold måste vara minst 2.</source>
        <translation>--threshold must be at least 2.</translation>
    </message>
    <message>
        <source>--internal gäller CSV-filen: ange också --csv FIL.</source>
        <translation>--internal applies to the CSV file: also give --csv FILE.</translation>
    </message>
    <message>
        <source>godkänn en enhet med coordinator accept --unit-id ID (eller match/expect)</source>
        <translation>accept a unit with coordinator accept --unit-id ID (or match/expect)</translation>
    </message>
    <message>
        <source>po-desktop: {text} {hint}</source>
        <translation>po-desktop: {text} {hint}</translation>
    </message>
    <message>
        <source>Osignerade paket (äldre format): {units}</source>
        <translation>Unsigned bundles (older format): {units}</translation>
    </message>
    <message>
        <source>Paketet {id} ({unit}, {period}) är återkallat.</source>
        <translation>Bundle {id} ({unit}, {period}) has been withdrawn.</translation>
    </message>
    <message>
        <source>Nu gäller paketet {id}.</source>
        <translation>Bundle {id} now counts.</translation>
    </message>
    <message>
        <source>Enheten {label} är inte längre kopplad till ett enhets-id; nästa paket kopplar den.</source>
        <translation>The unit {label} is no longer bound to a unit id; its next bundle binds it.</translation>
    </message>
    <message>
        <source>Sammanställning för {label} jämförd med {earlier}</source>
        <translation>Summary for {label} compared with {earlier}</translation>
    </message>
    <message>
        <source>Utan aktiviteter och enkät (paketformat 1): {units}</source>
        <translation>Without activities and survey (bundle format 1): {units}</translation>
    </message>
    <message>
        <source>{n} enheter, period {label}</source>
        <translation>{n} units, period {label}</translation>
    </message>
    <message>
        <source>CSV skriven ({kind}): {path}</source>
        <translation>CSV written ({kind}): {path}</translation>
    </message>
    <message>
        <source>internt, exakta antal</source>
        <translation>internal, exact counts</translation>
    </message>
    <message>
        <source>maskerad för publicering</source>
        <translation>masked for publication</translation>
    </message>
    <message>
        <source>PDF-rapporten finns inte i den här versionen ännu; använd --csv eller --json.</source>
        <translation>The PDF report is not in this version yet; use --csv or --json.</translation>
    </message>
    <message>
        <source>PDF skriven: {path}</source>
        <translation>PDF written: {path}</translation>
    </message>
    <message>
        <source>Sammanställning för {label} ({start} – {end}): {n} enheter</source>
        <translation>Merged figures for {label} ({start} – {end}): {n} units</translation>
    </message>
    <message>
        <source>Saknas: {units}</source>
        <translation>Missing: {units}</translation>
    </message>
    <message>
        <source>po-desktop: godkänd utan {units}.</source>
        <translation>po-desktop: approved without {units}.</translation>
    </message>
    <message>
        <source>Perioden {label} är godkänd {date}; senare paket för den avvisas.</source>
        <translation>The period {label} was approved {date}; later bundles for it are rejected.</translation>
    </message>
    <message>
        <source>Perioden {label} är öppen igen.</source>
        <translation>The period {label} is open again.</translation>
    </message>
    <message>
        <source>skriv ut blanketter, statistik och anteckningar som PDF</source>
        <translation>print forms, statistics and notes as PDF</translation>
    </message>
    <message>
        <source>blanketten Ansökan om personligt ombud</source>
        <translation>the form Application for personligt ombud</translation>
    </message>
    <message>
        <source>PDF-filen som skrivs</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>tom blankett att fylla i för hand</source>
        <translation>a blank form to fill in by hand</translation>
    </message>
    <message>
        <source>ifyllda uppgifter (TOML eller JSON, &apos;-&apos; = standard in); sparas aldrig</source>
        <translation>filled-in details (TOML or JSON, &apos;-&apos; = standard input); never saved</translation>
    </message>
    <message>
        <source>blanketten Identifiera systemfel</source>
        <translation>the form Identify system failure</translation>
    </message>
    <message>
        <source>systemfelets id (utelämnas med --blank)</source>
        <translation>the system failure&apos;s id (left out with --blank)</translation>
    </message>
    <message>
        <source>tom blankett</source>
        <translation>blank form</translation>
    </message>
    <message>
        <source>ombudets namn eller beteckning på blanketten</source>
        <translation>the ombud&apos;s name or designation on the form</translation>
    </message>
    <message>
        <source>periodens statistik med diagram</source>
        <translation>the period&apos;s statistics with charts</translation>
    </message>
    <message>
        <source>exakta tal (internt); annars maskeras små tal för publicering</source>
        <translation>exact figures (internal); otherwise small counts are masked for publication</translation>
    </message>
    <message>
        <source>ta med periodens systemfel per ansvarig myndighet</source>
        <translation>include the period&apos;s system failures per responsible authority</translation>
    </message>
    <message>
        <source>jämför med en tidigare period, t.ex. samma period året innan</source>
        <translation>compare with an earlier period, e.g. the same period a year before</translation>
    </message>
    <message>
        <source>den tomma klientenkäten att dela ut</source>
        <translation>the blank client survey to hand out</translation>
    </message>
    <message>
        <source>enhetens verksamhetsberättelse för ett år</source>
        <translation>the unit&apos;s annual report for a year</translation>
    </message>
    <message>
        <source>visa, kopiera eller välj enhetens blankettdefinitioner</source>
        <translation>show, copy or choose the unit&apos;s form definitions</translation>
    </message>
    <message>
        <source>kopiera definitionerna som används till en mapp, för att ändra</source>
        <translation>copy the definitions in use to a folder, to change them</translation>
    </message>
    <message>
        <source>använd definitionerna i mappen (kontrolleras först)</source>
        <translation>use the definitions in the folder (checked first)</translation>
    </message>
    <message>
        <source>använd programmets egna definitioner igen</source>
        <translation>use the program&apos;s own definitions again</translation>
    </message>
    <message>
        <source>ett uppdrags anteckningar, till klienten vid avslut</source>
        <translation>an assignment&apos;s notes, for the client at closing</translation>
    </message>
    <message>
        <source>standard in</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>Värdefilen {path} är ingen vanlig fil.</source>
        <translation>The values file {path} is not a regular file.</translation>
    </message>
    <message>
        <source>Värdefilen {path} är för stor (högst 1 MB).</source>
        <translation>The values file {path} is too large (at most 1 MB).</translation>
    </message>
    <message>
        <source>Värdefilen {path} finns inte.</source>
        <translation>The values file {path} does not exist.</translation>
    </message>
    <message>
        <source>Kan inte läsa värdefilen {path}: {err}.</source>
        <translation>Cannot read the values file {path}: {err}.</translation>
    </message>
    <message>
        <source>Värdefilen {path} är inte giltig JSON (rad {line}, kolumn {col}).</source>
        <translation>The values file {path} is not valid JSON (line {line}, column {col}).</translation>
    </message>
    <message>
        <source>Värdefilen {path} är inte giltig TOML eller JSON.</source>
        <translation>The values file {path} is not valid TOML or JSON.</translation>
    </message>
    <message>
        <source>Värdefilen {path} ska innehålla nyckel = värde.</source>
        <translation>The values file {path} must contain key = value.</translation>
    </message>
    <message>
        <source>Fyll i blanketten. Tom rad = lämna rutan tom. Uppgifterna sparas inte.</source>
        <translation>Fill in the form. Empty line = leave the box empty. The details are not saved.</translation>
    </message>
    <message>
        <source>{label} (flera rader; avsluta med en tom rad)</source>
        <translation>{label} (several lines; end with an empty line)</translation>
    </message>
    <message>
        <source>  nummer eller text: </source>
        <translation>  number or text: </translation>
    </message>
    <message>
        <source>ifylld</source>
        <translation>filled-in</translation>
    </message>
    <message>
        <source>tom</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>Skrev {kind} blankett: {path}</source>
        <translation>Wrote {kind} form: {path}</translation>
    </message>
    <message>
        <source>print system-failure: ange systemfelets ID, eller --blank</source>
        <translation>print system-failure: give the system failure&apos;s ID, or --blank</translation>
    </message>
    <message>
        <source>print system-failure: ange antingen ID eller --blank, inte båda</source>
        <translation>print system-failure: give either ID or --blank, not both</translation>
    </message>
    <message>
        <source>Skrev systemfelsblanketten: {path}</source>
        <translation>Wrote the system failure form: {path}</translation>
    </message>
    <message>
        <source>Skrev statistiken för {period}: {path}</source>
        <translation>Wrote the statistics for {period}: {path}</translation>
    </message>
    <message>
        <source>Skrev {n} anteckningar: {path}</source>
        <translation>Wrote {n} notes: {path}</translation>
    </message>
    <message>
        <source>Skrev {n} anteckning: {path}</source>
        <translation>Wrote {n} note: {path}</translation>
    </message>
    <message>
        <source>Kopierade {path}</source>
        <translation>Copied {path}</translation>
    </message>
    <message>
        <source>Använder {path}</source>
        <translation>Using {path}</translation>
    </message>
    <message>
        <source>Skrev den tomma klientenkäten: {path}</source>
        <translation>Wrote the blank client survey: {path}</translation>
    </message>
    <message>
        <source>Skrev verksamhetsberättelsen {year}: {path}</source>
        <translation>Wrote the annual report {year}: {path}</translation>
    </message>
    <message>
        <source>statistiken för en period (statistics.md §3)</source>
        <translation>the statistics for a period (statistics.md §3)</translation>
    </message>
    <message>
        <source>2026, 2026H1, 2026H2 eller 2026-01-01..2026-03-31</source>
        <translation>2026, 2026H1, 2026H2 or 2026-01-01..2026-03-31</translation>
    </message>
    <message>
        <source>maskinläsbart</source>
        <translation>machine-readable</translation>
    </message>
    <message>
        <source>visa siffrorna bredvid en tidigare period, t.ex. 2025</source>
        <translation>show the figures beside an earlier period, e.g. 2025</translation>
    </message>
    <message>
        <source>statistikpaket till samordnaren</source>
        <translation>statistics bundle for the coordinator</translation>
    </message>
    <message>
        <source>skriv ett .pobundle för en period</source>
        <translation>write a .pobundle for a period</translation>
    </message>
    <message>
        <source>{label}: {reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <source>Statistik för {unit}, period {label} ({start} – {end})</source>
        <translation>Statistics for {unit}, period {label} ({start} – {end})</translation>
    </message>
    <message>
        <source>Statistik för {unit}, period {label} jämförd med {earlier}</source>
        <translation>Statistics for {unit}, period {label} compared with {earlier}</translation>
    </message>
    <message>
        <source>Statistikpaket för {label} skrivet: {path}</source>
        <translation>Statistics bundle for {label} written: {path}</translation>
    </message>
    <message>
        <source>Signerat med valvets nyckel {fingerprint}; läs upp den för samordnaren när du skickar första paketet (eller från en ny dator).</source>
        <translation>Signed with the vault&apos;s key {fingerprint}; read it to the coordinator when you send your first bundle (or from a new computer).</translation>
    </message>
    <message>
        <source>{n} sidor</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <source>{n} sida</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <source>Skriv ut… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Skriv ut (förhandsvisningen av en PDF)</source>
        <translation>Print (the preview of a PDF)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;po-desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;po-desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Allt du skriver sparas krypterat i &lt;b&gt;valvet&lt;/b&gt;, en fil på den här datorn. Inget skickas över nätet. Utan lösenfrasen kan ingen läsa valvet, inte heller vi: en glömd lösenfras går inte att återställa.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Everything you write is stored encrypted in the &lt;b&gt;vault&lt;/b&gt;, a file on this computer. Nothing is sent over the network. Without the passphrase nobody can read the vault, not even us: a forgotten passphrase cannot be recovered.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Valvet &lt;b&gt;låses&lt;/b&gt; när du trycker Ctrl+L och av sig självt efter en stund utan aktivitet (tiden ställs in under Inställningar). Det du höll på att skriva sparas krypterat och erbjuds igen när du låser upp.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The vault &lt;b&gt;locks&lt;/b&gt; when you press Ctrl+L and by itself after a while without activity (set the time under Settings). What you were typing is kept encrypted and offered again when you unlock.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Gå mellan vyerna med listan till vänster eller Ctrl+1 … Ctrl+9. Menyn &lt;b&gt;Arbete&lt;/b&gt; har det du gör oftast; Hjälp → Kortkommandon visar alla tangenter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Move between the views with the list on the left or Ctrl+1 … Ctrl+9. The &lt;b&gt;Work&lt;/b&gt; menu has what you do most; Help → Keyboard shortcuts shows every key.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Som &lt;b&gt;samordnare&lt;/b&gt; tar du emot enheternas statistikpaket under Enheter och import, ser den sammanslagna rapporten och räknar kostnadsfördelningen under Ekonomi. Valvet innehåller inga klientuppgifter.&lt;/p&gt;</source>
        <translation>&lt;p&gt;As a &lt;b&gt;coordinator&lt;/b&gt; you receive the units&apos; statistics bundles under Units and import, see the merged report and compute the cost sharing under Economy. The vault holds no client data.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Som &lt;b&gt;ombud&lt;/b&gt; för du uppdrag under ett alias (aldrig namn eller personnummer), med anteckningar och bevakningar. &lt;b&gt;Start&lt;/b&gt; visar vad som är bråttom. Statistiken räknas fram ur uppdragen; det du skickar till samordnaren är ett paket med siffror, aldrig anteckningar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;As an &lt;b&gt;ombud&lt;/b&gt; you keep assignments under an alias (never a name or personal identity number), with notes and follow-ups. &lt;b&gt;Start&lt;/b&gt; shows what is urgent. The statistics are computed from the assignments; what you send to the coordinator is a bundle of figures, never notes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Avslutade uppdrag &lt;b&gt;gallras&lt;/b&gt; efter den tid som står under Inställningar: anteckningar och bevakningar förstörs, siffrorna finns kvar. Tar du bort en anteckning eller aktivitet av misstag kan du ångra det i statusraden under några sekunder.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Closed assignments are &lt;b&gt;purged&lt;/b&gt; after the time set under Settings: notes and follow-ups are destroyed, the figures remain. If you remove a note or an activity by mistake you can undo it in the status bar for a few seconds.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ta &lt;b&gt;säkerhetskopior&lt;/b&gt; under Inställningar. En säkerhetskopia är krypterad med samma lösenfras som valvet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Make &lt;b&gt;backups&lt;/b&gt; under Settings. A backup is encrypted with the same passphrase as the vault.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hjälp om po-desktop</source>
        <translation>Help on po-desktop</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gå till {view}</source>
        <translation>Go to {view}</translation>
    </message>
    <message>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tangenter</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Gör</source>
        <translation>Does</translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Halvår</source>
        <translation>Half year</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>första halvåret (jan–jun)</source>
        <translation>first half (Jan–Jun)</translation>
    </message>
    <message>
        <source>andra halvåret (jul–dec)</source>
        <translation>second half (Jul–Dec)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Sök i anteckningar</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <source>Ord att söka efter (alla ord måste finnas; början av ett ord räcker)</source>
        <translation>Words to search for (all words must be present; the beginning of a word is enough)</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Träff</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>{n} träffar.</source>
        <translation>{n} matches.</translation>
    </message>
    <message>
        <source>{n} träff.</source>
        <translation>{n} match.</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Uppdrag och kö</source>
        <translation>Assignments and waiting list</translation>
    </message>
    <message>
        <source>Visa uppdragen</source>
        <translation>Show the assignments</translation>
    </message>
    <message>
        <source>Visa kön</source>
        <translation>Show the waiting list</translation>
    </message>
    <message>
        <source>Uppdrag äldre än 18 månader</source>
        <translation>Assignments older than 18 months</translation>
    </message>
    <message>
        <source>Försenade bevakningar</source>
        <translation>Overdue follow-ups</translation>
    </message>
    <message>
        <source>Välkommen</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Inga uppdrag än — Nytt uppdrag (Ctrl+N)</source>
        <translation>No assignments yet — New assignment (Ctrl+N)</translation>
    </message>
    <message>
        <source>Kommande bevakningar (14 dagar)</source>
        <translation>Upcoming follow-ups (14 days)</translation>
    </message>
    <message>
        <source>Enter eller dubbelklick: ny anteckning för klienten</source>
        <translation>Enter or double-click: a new note for the client</translation>
    </message>
    <message>
        <source>Ny anteckning (Enter)</source>
        <translation>New note (Enter)</translation>
    </message>
    <message>
        <source>eller Ctrl+K och en del av aliaset</source>
        <translation>or Ctrl+K and part of the alias</translation>
    </message>
    <message>
        <source>{n} pågående uppdrag (inga årsarbeten angivna).</source>
        <translation>{n} ongoing assignments (no FTE given).</translation>
    </message>
    <message>
        <source>{n} pågående uppdrag på {fte} årsarbeten: {per} per årsarbete ({status}; målet är 10–15 samtidiga klienter per årsarbete, alltså {lo}–{hi} uppdrag).</source>
        <translation>{n} ongoing assignments on {fte} FTE: {per} per FTE ({status}; the target is 10–15 simultaneous clients per FTE, that is {lo}–{hi} assignments).</translation>
    </message>
    <message>
        <source>under målet</source>
        <translation>below the target</translation>
    </message>
    <message>
        <source>inom målet</source>
        <translation>within the target</translation>
    </message>
    <message>
        <source>över målet</source>
        <translation>above the target</translation>
    </message>
    <message>
        <source>{n} väntar i kön.</source>
        <translation>{n} waiting on the list.</translation>
    </message>
    <message>
        <source>{n} avslutade uppdrag väntar på gallring; nästa {date}.</source>
        <translation>{n} closed assignments are waiting to be purged; next {date}.</translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Året innan</source>
        <translation>Year before</translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Statistik för en period</source>
        <translation>Statistics for a period</translation>
    </message>
    <message>
        <source>Exportera statistikpaket… (Ctrl+E)</source>
        <translation>Export statistics bundle… (Ctrl+E)</translation>
    </message>
    <message>
        <source>PDF och utskrift…</source>
        <translation>PDF and printing…</translation>
    </message>
    <message>
        <source>Exakta tal (internt, inte för publicering)</source>
        <translation>Exact figures (internal, not for publication)</translation>
    </message>
    <message>
        <source>Med systemfelen</source>
        <translation>With the system failures</translation>
    </message>
    <message>
        <source>Exportera statistikpaket…</source>
        <translation>Export statistics bundle…</translation>
    </message>
    <message>
        <source>inga siffror visas</source>
        <translation>no figures are shown</translation>
    </message>
    <message>
        <source>{unit}: {start} – {end}</source>
        <translation>{unit}: {start} – {end}</translation>
    </message>
    <message>
        <source>jämfört med {start} – {end}</source>
        <translation>compared with {start} – {end}</translation>
    </message>
    <message>
        <source>Exportera statistikpaket</source>
        <translation>Export statistics bundle</translation>
    </message>
    <message>
        <source>Statistikpaket (*.pobundle)</source>
        <translation>Statistics bundles (*.pobundle)</translation>
    </message>
    <message>
        <source>Statistikpaketet skrivs…</source>
        <translation>Writing the statistics bundle…</translation>
    </message>
    <message>
        <source>Statistikpaketet är sparat: {path}. Skicka det till samordnaren. Det är signerat med valvets nyckel {fingerprint}: läs upp den för samordnaren när hen frågar.</source>
        <translation>The statistics bundle is saved: {path}. Send it to the coordinator. It is signed with the vault&apos;s key {fingerprint}: read it to the coordinator when asked.</translation>
    </message>
    <message>
        <source>Statistik {period}</source>
        <translation>Statistics {period}</translation>
    </message>
    <message>
        <source>statistik-{period}.pdf</source>
        <translation>statistics-{period}.pdf</translation>
    </message>
    <message>
        <source>Systemfel – brister i samhällets stöd</source>
        <translation>System failures – shortcomings in society&apos;s support</translation>
    </message>
    <message>
        <source>Nytt systemfel</source>
        <translation>New system failure</translation>
    </message>
    <message>
        <source>Inga klientuppgifter: inga namn, personnummer, telefonnummer, e-postadresser eller alias.</source>
        <translation>No client data: no names, personal identity numbers, phone numbers, e-mail addresses or aliases.</translation>
    </message>
    <message>
        <source>Identifierat:</source>
        <translation>Identified:</translation>
    </message>
    <message>
        <source>Område:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Vilka brister gör att klienten söker stöd hos PO?</source>
        <translation>What shortcomings make the client seek support from PO?</translation>
    </message>
    <message>
        <source>ökar stödet självständighet eller beroende</source>
        <translation>whether the support increases independence or dependence</translation>
    </message>
    <message>
        <source>Ökar stödet klientens självständighet eller beroendeställning?</source>
        <translation>Does the support increase the client&apos;s independence or dependence?</translation>
    </message>
    <message>
        <source>Åtgärder (vidtagna / föreslagna):</source>
        <translation>Measures (taken / proposed):</translation>
    </message>
    <message>
        <source>Rapporterat till (ledningsgruppens kontakt):</source>
        <translation>Reported to (the steering group&apos;s contact):</translation>
    </message>
    <message>
        <source>Återkopplingens innehåll:</source>
        <translation>Content of the feedback:</translation>
    </message>
    <message>
        <source>Ansvarig myndighet:</source>
        <translation>Responsible authority:</translation>
    </message>
    <message>
        <source>Rapporterat datum:</source>
        <translation>Date reported:</translation>
    </message>
    <message>
        <source>Återkoppling begärd:</source>
        <translation>Feedback requested:</translation>
    </message>
    <message>
        <source>Återkoppling har kommit</source>
        <translation>Feedback has been received</translation>
    </message>
    <message>
        <source>Spara systemfelet (Ctrl+S)</source>
        <translation>Save the system failure (Ctrl+S)</translation>
    </message>
    <message>
        <source>Skriv ut blanketten…</source>
        <translation>Print the form…</translation>
    </message>
    <message>
        <source>Systemfel {id}</source>
        <translation>System failure {id}</translation>
    </message>
    <message>
        <source>Utkastet från före låsningen är tillbaka; det är inte sparat ännu.</source>
        <translation>The draft from before the lock is back; it is not saved yet.</translation>
    </message>
    <message>
        <source>Ta bort eller skriv om: {what}</source>
        <translation>Remove or rewrite: {what}</translation>
    </message>
    <message>
        <source>Systemfelet är sparat.</source>
        <translation>The system failure is saved.</translation>
    </message>
    <message>
        <source>Värdet för {key} finns inte bland blankettens alternativ.</source>
        <translation>The value for {key} is not among the form&apos;s options.</translation>
    </message>
    <message>
        <source>{label} (forts.)</source>
        <translation>{label} (cont.)</translation>
    </message>
    <message>
        <source>Blanketten {form} har inget fält {key}; kända fält: {keys}.</source>
        <translation>The form {form} has no field {key}; known fields: {keys}.</translation>
    </message>
    <message>
        <source>Fältet {key} tar ett enda värde, inte en lista.</source>
        <translation>The field {key} takes a single value, not a list.</translation>
    </message>
    <message>
        <source>Fältet {key} har ett värde som inte är text.</source>
        <translation>The field {key} has a value that is not text.</translation>
    </message>
    <message>
        <source>Fel i blankettdefinitionen {file}: {key}: {problem}</source>
        <translation>Error in the form definition {file}: {key}: {problem}</translation>
    </message>
    <message>
        <source>ska vara en tabell ([{key}])</source>
        <translation>must be a table ([{key}])</translation>
    </message>
    <message>
        <source>saknas (obligatorisk nyckel)</source>
        <translation>is missing (required key)</translation>
    </message>
    <message>
        <source>ska vara {kind}, inte {value!r}</source>
        <translation>must be {kind}, not {value!r}</translation>
    </message>
    <message>
        <source>får inte vara tom</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>okänd nyckel (stavfel?); tillåtna: {keys}</source>
        <translation>unknown key (typo?); allowed: {keys}</translation>
    </message>
    <message>
        <source>okänd blocktyp {t!r}; tillåtna: {types}</source>
        <translation>unknown block type {t!r}; allowed: {types}</translation>
    </message>
    <message>
        <source>ska vara en av {styles}, inte {s!r}</source>
        <translation>must be one of {styles}, not {s!r}</translation>
    </message>
    <message>
        <source>ska bestå av a–z, 0–9 och _, inte {k!r}</source>
        <translation>must consist of a–z, 0–9 and _, not {k!r}</translation>
    </message>
    <message>
        <source>nyckeln {k!r} finns redan i blanketten</source>
        <translation>the key {k!r} already exists in the form</translation>
    </message>
    <message>
        <source>ska vara ett tal större än 0 och högst 10</source>
        <translation>must be a number greater than 0 and at most 10</translation>
    </message>
    <message>
        <source>ska vara ett heltal från 1 till {n}, inte {v}</source>
        <translation>must be a whole number from 1 to {n}, not {v}</translation>
    </message>
    <message>
        <source>ska vara en text eller {{ code = …, label = … }}, inte {v!r}</source>
        <translation>must be a text or {{ code = …, label = … }}, not {v!r}</translation>
    </message>
    <message>
        <source>ska vara ett heltal från 1 till 6, inte {v}</source>
        <translation>must be a whole number from 1 to 6, not {v}</translation>
    </message>
    <message>
        <source>bildfilen</source>
        <translation>the image file</translation>
    </message>
    <message>
        <source>kan inte läsa bildfilen {p} ({err})</source>
        <translation>cannot read the image file {p} ({err})</translation>
    </message>
    <message>
        <source>bildfilen {p} är för stor ({mb:.1f} MB; högst {max} MB)</source>
        <translation>the image file {p} is too large ({mb:.1f} MB; at most {max} MB)</translation>
    </message>
    <message>
        <source>bildfilen {p} är skadad eller inte en bild</source>
        <translation>the image file {p} is damaged or not an image</translation>
    </message>
    <message>
        <source>bilden {p} är {w} × {h} bildpunkter; en logotyp får ha högst {max} miljoner bildpunkter</source>
        <translation>the image {p} is {w} × {h} pixels; a logo may have at most {max} million pixels</translation>
    </message>
    <message>
        <source>version {v} stöds inte (programmet kan version {k})</source>
        <translation>version {v} is not supported (the program knows version {k})</translation>
    </message>
    <message>
        <source>saknas (obligatorisk tabell [form])</source>
        <translation>is missing (required table [form])</translation>
    </message>
    <message>
        <source>ogiltig sökväg till bildfilen ({err})</source>
        <translation>invalid path to the image file ({err})</translation>
    </message>
    <message>
        <source>bildfilen {p} finns inte</source>
        <translation>the image file {p} does not exist</translation>
    </message>
    <message>
        <source>ska vara en PNG-, JPG- eller GIF-bild</source>
        <translation>must be a PNG, JPG or GIF image</translation>
    </message>
    <message>
        <source>blanketten har inga block ([[{n}]])</source>
        <translation>the form has no blocks ([[{n}]])</translation>
    </message>
    <message>
        <source>kan bara fortsätta en rad efter ett fält</source>
        <translation>can only continue a row after a field</translation>
    </message>
    <message>
        <source>filen</source>
        <translation>the file</translation>
    </message>
    <message>
        <source>filen är inte UTF-8</source>
        <translation>the file is not UTF-8</translation>
    </message>
    <message>
        <source>vet inte</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <source>inget svar</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Enkät {id}, version {version}</source>
        <translation>Survey {id}, version {version}</translation>
    </message>
    <message>
        <source>Fel i enkätdefinitionen {file}: {key}: {problem}</source>
        <translation>Error in the survey definition {file}: {key}: {problem}</translation>
    </message>
    <message>
        <source>ska vara text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>för lång (högst {n} tecken)</source>
        <translation>too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>okänd nyckel</source>
        <translation>unknown key</translation>
    </message>
    <message>
        <source>okänd version {v}</source>
        <translation>unknown version {v}</translation>
    </message>
    <message>
        <source>tabellen [survey] saknas</source>
        <translation>the table [survey] is missing</translation>
    </message>
    <message>
        <source>ska vara 1–60 tecken: bokstäver, siffror, . _ -</source>
        <translation>must be 1–60 characters: letters, digits, . _ -</translation>
    </message>
    <message>
        <source>ska vara ett heltal, minst 1</source>
        <translation>must be a whole number, at least 1</translation>
    </message>
    <message>
        <source>minst en fråga ([[question]]) behövs</source>
        <translation>at least one question ([[question]]) is needed</translation>
    </message>
    <message>
        <source>högst {n} frågor</source>
        <translation>at most {n} questions</translation>
    </message>
    <message>
        <source>ska vara en tabell</source>
        <translation>must be a table</translation>
    </message>
    <message>
        <source>ska vara 1–40 tecken: a–z, siffror och _, börja med en bokstav</source>
        <translation>must be 1–40 characters: a–z, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>{id} finns två gånger</source>
        <translation>{id} appears twice</translation>
    </message>
    <message>
        <source>ska vara scale, yes_no eller free_text</source>
        <translation>must be scale, yes_no or free_text</translation>
    </message>
    <message>
        <source>bara en scale-fråga har low och high</source>
        <translation>only a scale question has low and high</translation>
    </message>
    <message>
        <source>inte giltig TOML: {err}</source>
        <translation>not valid TOML: {err}</translation>
    </message>
    <message>
        <source>(filen)</source>
        <translation>(the file)</translation>
    </message>
    <message>
        <source>okänd fråga &apos;{qid}&apos; (enkäten {id} version {v} har {known})</source>
        <translation>unknown question &apos;{qid}&apos; (survey {id} version {v} has {known})</translation>
    </message>
    <message>
        <source>fråga {qid} har fått två svar</source>
        <translation>question {qid} was given two answers</translation>
    </message>
    <message>
        <source>fråga {qid} är en fritextfråga: svaret sparas inte, ange inget svar (eller no_answer)</source>
        <translation>question {qid} is a free-text question: its answer is not stored, give no answer (or no_answer)</translation>
    </message>
    <message>
        <source>svaret &apos;{code}&apos; passar inte fråga {qid} (tillåtet: {codes})</source>
        <translation>the answer &apos;{code}&apos; does not fit question {qid} (allowed: {codes})</translation>
    </message>
    <message>
        <source>för djupt nästlade listor eller tabeller</source>
        <translation>lists or tables nested too deeply</translation>
    </message>
    <message>
        <source>Små tal är maskerade för publicering: &lt;{t} betyder 1–{n}; x är dolt för att ett maskerat tal inte ska kunna räknas fram ur summan; .. betyder att uppgiften inte redovisas. 0 visas som 0. Systemfel gäller inte personer och visas exakt.</source>
        <translation>Small counts are masked for publication: &lt;{t} means 1–{n}; x is hidden so that a masked count cannot be worked out from the sum; .. means the figure is not reported. 0 is shown as 0. System failures do not concern persons and are shown exactly.</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kronor per år</source>
        <translation>SEK per year</translation>
    </message>
    <message>
        <source>Varav årsarbeten med statsbidrag</source>
        <translation>Of which FTE with grant</translation>
    </message>
    <message>
        <source>Fördelningsnyckel: {key}</source>
        <translation>Cost-sharing key: {key}</translation>
    </message>
    <message>
        <source>Folkmängd per {dates}</source>
        <translation>Population as of {dates}</translation>
    </message>
    <message>
        <source>Fakturering {n} gånger per år</source>
        <translation>Invoiced {n} times a year</translation>
    </message>
    <message>
        <source>Utskriven {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Kostnad och statsbidrag</source>
        <translation>Cost and state grant</translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation>Key figure</translation>
    </message>
    <message>
        <source>Statsbidrag per årsarbete (kr)</source>
        <translation>State grant per FTE (SEK)</translation>
    </message>
    <message>
        <source>Total kostnad (kr)</source>
        <translation>Total cost (SEK)</translation>
    </message>
    <message>
        <source>Statsbidrag (kr)</source>
        <translation>State grant (SEK)</translation>
    </message>
    <message>
        <source>Kommunernas del (kr)</source>
        <translation>Municipalities&apos; part (SEK)</translation>
    </message>
    <message>
        <source>Statsbidragets andel av kostnaden</source>
        <translation>State grant&apos;s share of the cost</translation>
    </message>
    <message>
        <source>Kostnad per invånare (kr)</source>
        <translation>Cost per inhabitant (SEK)</translation>
    </message>
    <message>
        <source>Kostnad per invånare 18+ (kr)</source>
        <translation>Cost per inhabitant 18+ (SEK)</translation>
    </message>
    <message>
        <source>{year}: ej rapporterat (–).</source>
        <translation>{year}: not reported (–).</translation>
    </message>
    <message>
        <source>({pct} av personalkostnaden)</source>
        <translation>({pct} of the staff cost)</translation>
    </message>
    <message>
        <source>egen kostnad för {party}</source>
        <translation>own cost of {party}</translation>
    </message>
    <message>
        <source>Summa kostnader</source>
        <translation>Total costs</translation>
    </message>
    <message>
        <source>Egna tjänster (kr)</source>
        <translation>Own posts (SEK)</translation>
    </message>
    <message>
        <source>Kommun / part</source>
        <translation>Municipality / party</translation>
    </message>
    <message>
        <source>Gemensam kostnad som de fasta beloppen inte täcker: {kr} kr (negativt: de fasta beloppen överstiger kostnaden).</source>
        <translation>Shared cost not covered by the fixed amounts: SEK {kr} (negative: the fixed amounts exceed the cost).</translation>
    </message>
    <message>
        <source>Inv./årsarb. per kommun visas bara där årsarbeten är fördelade på kommunen ensam; summaraden är organisationens.</source>
        <translation>Inh./FTE per municipality is shown only where FTE are allocated to the municipality alone; the total row is the organisation&apos;s.</translation>
    </message>
    <message>
        <source>Antal faktureringar per år ej angivet</source>
        <translation>Number of invoices per year not entered</translation>
    </message>
    <message>
        <source>Budgeten uppräknad med {pct} från {year}</source>
        <translation>Budget indexed by {pct} from {year}</translation>
    </message>
    <message>
        <source>Tjänster</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>hela organisationen</source>
        <translation>the whole organisation</translation>
    </message>
    <message>
        <source>anställd av {party}</source>
        <translation>employed by {party}</translation>
    </message>
    <message>
        <source>Årsarbeten per enhet</source>
        <translation>FTE per unit</translation>
    </message>
    <message>
        <source>Bara halvårspaket för {year} från: {units}.</source>
        <translation>Only half-year bundles for {year} from: {units}.</translation>
    </message>
    <message>
        <source>Kostnad (kr)</source>
        <translation>Cost (SEK)</translation>
    </message>
    <message>
        <source>Kommunerna (kr)</source>
        <translation>The municipalities (SEK)</translation>
    </message>
    <message>
        <source>Statsbidragets andel av kostnaden över åren</source>
        <translation>The grant&apos;s share of the cost over the years</translation>
    </message>
    <message>
        <source>Summa</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fördelning per kommun</source>
        <translation>Distribution per municipality</translation>
    </message>
    <message>
        <source>Per faktura</source>
        <translation>Per invoice</translation>
    </message>
    <message>
        <source>Per halvår</source>
        <translation>Per half year</translation>
    </message>
    <message>
        <source>{n} × {kr}</source>
        <translation>{n} × {kr}</translation>
    </message>
    <message>
        <source>{n} × {low}–{high}</source>
        <translation>{n} × {low}–{high}</translation>
    </message>
    <message>
        <source>Belopp per kommun och år</source>
        <translation>Amount per municipality and year</translation>
    </message>
    <message>
        <source>Bemanning</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Invånare per årsarbete: {n} (riktmärke 25 000–30 000)</source>
        <translation>Inhabitants per FTE: {n} (guide 25,000–30,000)</translation>
    </message>
    <message>
        <source>Beloppen är avrundade till hela kronor så att kommunernas belopp summerar exakt till kommunernas del (största rest); likaså fakturorna till årsbeloppet.</source>
        <translation>Amounts are rounded to whole kronor so that the municipalities&apos; amounts add up exactly to their part (largest remainder); the invoices likewise add up to the yearly amount.</translation>
    </message>
    <message>
        <source>Värde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Avslutade uppdrag: medianlängd per enhet, spann (dagar)</source>
        <translation>Closed assignments: median length per unit, range (days)</translation>
    </message>
    <message>
        <source>Summa: {label}</source>
        <translation>Total: {label}</translation>
    </message>
    <message>
        <source>Återkoppling mottagen</source>
        <translation>Feedback received</translation>
    </message>
    <message>
        <source>Rapporterat {date}; väntar på återkoppling</source>
        <translation>Reported {date}; waiting for feedback</translation>
    </message>
    <message>
        <source>Inte rapporterat</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Inga systemfel identifierades under perioden.</source>
        <translation>No system failures were identified during the period.</translation>
    </message>
    <message>
        <source>{authority} ({n} st)</source>
        <translation>{authority} ({n})</translation>
    </message>
    <message>
        <source>Åtgärder: </source>
        <translation>Measures: </translation>
    </message>
    <message>
        <source>Aktiva uppdrag</source>
        <translation>Active assignments</translation>
    </message>
    <message>
        <source>Vid årets slut hade enheten {n} pågående uppdrag på {fte} årsarbeten, {per} per årsarbete.</source>
        <translation>At the end of the year the unit had {n} ongoing assignments on {fte} FTE, {per} per FTE.</translation>
    </message>
    <message>
        <source>I genomsnitt över årets månadsslut {avg} pågående uppdrag per årsarbete: {status} 10–15 samtidiga klienter per årsarbete.</source>
        <translation>On average over the year&apos;s month ends {avg} ongoing assignments per FTE: {status} 10–15 simultaneous clients per FTE.</translation>
    </message>
    <message>
        <source>Det är {status} 10–15 samtidiga klienter per årsarbete.</source>
        <translation>That is {status} 10–15 simultaneous clients per FTE.</translation>
    </message>
    <message>
        <source>Pågående uppdrag per årsarbete kan inte redovisas ({value}); riktmärket är 10–15 samtidiga klienter per årsarbete.</source>
        <translation>Ongoing assignments per FTE cannot be shown ({value}); the guide is 10–15 simultaneous clients per FTE.</translation>
    </message>
    <message>
        <source>Pågående uppdrag per årsarbete, genomsnitt av månadssluten (riktmärke 10–15)</source>
        <translation>Ongoing assignments per FTE, average of the month ends (guide 10–15)</translation>
    </message>
    <message>
        <source>Klienter under året per årsarbete</source>
        <translation>Clients during the year per FTE</translation>
    </message>
    <message>
        <source>Riktmärket gäller samtidiga klienter: pågående uppdrag per årsarbete. Klienter under året räknar alla som hade ett uppdrag någon gång under året och jämförs inte med riktmärket.</source>
        <translation>The guide is about simultaneous clients: ongoing assignments per FTE. Clients during the year counts everyone who had an assignment at some time in the year and is not compared with the guide.</translation>
    </message>
    <message>
        <source>{n} uppdrag hade pågått längre än 18 månader vid årets slut (normalt högst 18 månader).</source>
        <translation>{n} assignments had been ongoing for more than 18 months at the end of the year (normally at most 18 months).</translation>
    </message>
    <message>
        <source>Klientstatistik</source>
        <translation>Client statistics</translation>
    </message>
    <message>
        <source>Förfrågningar och väntelista</source>
        <translation>Inquiries and waiting list</translation>
    </message>
    <message>
        <source>Förfrågningar under året</source>
        <translation>Inquiries during the year</translation>
    </message>
    <message>
        <source>i år</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>föregående år</source>
        <translation>previous year</translation>
    </message>
    <message>
        <source>Rapporterat {date}, väntar på återkoppling</source>
        <translation>Reported {date}, awaiting feedback</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Myndighet</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Identifierade</source>
        <translation>Identified</translation>
    </message>
    <message>
        <source>Rapporterade</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Med återkoppling</source>
        <translation>With feedback</translation>
    </message>
    <message>
        <source>Inga systemfel identifierades under året.</source>
        <translation>No system failures were identified during the year.</translation>
    </message>
    <message>
        <source>Svar: </source>
        <translation>Answer: </translation>
    </message>
    <message>
        <source>Aktiviteter: information, utbildning och samverkan</source>
        <translation>Activities: information, training and cooperation</translation>
    </message>
    <message>
        <source>Enheter som inte har rapporterat aktiviteter och klientenkät (äldre statistikpaket): {units}. Deras uppgifter visas som –.</source>
        <translation>Units that have not reported activities and the client survey (older statistics bundles): {units}. Their figures are shown as –.</translation>
    </message>
    <message>
        <source>Aktiviteter är inte rapporterade för året (–).</source>
        <translation>Activities are not reported for the year (–).</translation>
    </message>
    <message>
        <source>Genomförda aktiviteter efter slag</source>
        <translation>Activities done, by kind</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Timmar</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Tillfällen</source>
        <translation>Occasions</translation>
    </message>
    <message>
        <source>Deltagare vid information och uppsökande verksamhet: {n}.</source>
        <translation>Participants in information and outreach: {n}.</translation>
    </message>
    <message>
        <source>Deltagare vid information och uppsökande verksamhet: uppgift saknas (inget antal angivet för de {k} tillfällena).</source>
        <translation>Participants in information and outreach: not stated (no number given for the {k} occasions).</translation>
    </message>
    <message>
        <source>Deltagare vid information och uppsökande verksamhet: {n} (antal saknas för {m} av {k} tillfällen).</source>
        <translation>Participants in information and outreach: {n} (number missing for {m} of {k} occasions).</translation>
    </message>
    <message>
        <source>Timmar saknas för {m} av {k} genomförda aktiviteter; summorna räknar bara de angivna.</source>
        <translation>Hours are missing for {m} of {k} activities done; the sums count only those given.</translation>
    </message>
    <message>
        <source>Informationsplanen: planerat och genomfört</source>
        <translation>The information plan: planned and done</translation>
    </message>
    <message>
        <source>Planerade aktiviteter under året: {p}, varav genomförda: {d}.</source>
        <translation>Activities planned for the year: {p}, of which done: {d}.</translation>
    </message>
    <message>
        <source>ej genomförd</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>Planerad månad</source>
        <translation>Planned month</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Målgrupp</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Genomförd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Klientenkäten</source>
        <translation>The client survey</translation>
    </message>
    <message>
        <source>Klientenkäten är inte rapporterad för året (–).</source>
        <translation>The client survey is not reported for the year (–).</translation>
    </message>
    <message>
        <source>Ingen enkätomgång avslutades under året.</source>
        <translation>No survey round ended during the year.</translation>
    </message>
    <message>
        <source>Besvarade enkäter</source>
        <translation>Forms returned</translation>
    </message>
    <message>
        <source>Svarsfrekvens</source>
        <translation>Response rate</translation>
    </message>
    <message>
        <source>Besvarade enkäter {year}</source>
        <translation>Forms returned {year}</translation>
    </message>
    <message>
        <source>För få svar för att redovisa resultatet per fråga (färre än {t} besvarade enkäter).</source>
        <translation>Too few answers to show the result per question (fewer than {t} forms returned).</translation>
    </message>
    <message>
        <source>Fritextsvar sparas inte i programmet; ombudet läser dem på papperet.</source>
        <translation>Free-text answers are not stored in the application; the ombud reads them on paper.</translation>
    </message>
    <message>
        <source>(medelvärde {mean} på skalan 1–5)</source>
        <translation>(mean {mean} on the scale 1–5)</translation>
    </message>
    <message>
        <source>{too_few}: färre än {t} svar på frågan.</source>
        <translation>{too_few}: fewer than {t} answers to the question.</translation>
    </message>
    <message>
        <source>(medelvärde: {too_few})</source>
        <translation>(mean: {too_few})</translation>
    </message>
    <message>
        <source>Antal svar (n)</source>
        <translation>Answers (n)</translation>
    </message>
    <message>
        <source>{k} av de besvarade enkäterna lämnade frågan obesvarad.</source>
        <translation>{k} of the returned forms left the question unanswered.</translation>
    </message>
    <message>
        <source>Analys</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Ingen analys är skriven för {year}.</source>
        <translation>No analysis has been written for {year}.</translation>
    </message>
    <message>
        <source>INTERNT – exakta tal, inte för publicering.</source>
        <translation>INTERNAL – exact figures, not for publication.</translation>
    </message>
    <message>
        <source>Små tal om personer är maskerade för publicering: &lt;{t} betyder 1–{n}; x är dolt för att ett maskerat tal inte ska kunna räknas fram ur rapportens övriga tal (summor, föregående år, förändringar); .. betyder att uppgiften inte redovisas; – betyder att uppgiften inte är rapporterad. 0 visas som 0. Systemfel gäller inte personer och visas exakt, liksom verksamhetens aktiviteter (tillfällen, timmar, deltagare). Enkätsvaren är anonyma: varje fråga redovisas i procent med antalet svar (n) när minst {t} har svarat, annars som ”för få svar”.</source>
        <translation>Small counts of people are masked for publication: &lt;{t} means 1–{n}; x is hidden so that a masked count cannot be worked out from the report&apos;s other figures (totals, the previous year, changes); .. means the figure is not published; – means it was not reported. 0 is shown as 0. System failures are not people and are shown exactly, as are the unit&apos;s activities (occasions, hours, participants). Survey answers are anonymous: each question is shown in percent with its number of answers (n) when at least {t} answered it, otherwise as “too few answers”.</translation>
    </message>
    <message>
        <source>Verksamhetsberättelse {year}</source>
        <translation>Annual report {year}</translation>
    </message>
    <message>
        <source>Sammanställning för {n} enheter: {units}</source>
        <translation>Merged over {n} units: {units}</translation>
    </message>
    <message>
        <source>Kommuner: {names}</source>
        <translation>Municipalities: {names}</translation>
    </message>
    <message>
        <source>Verksamhetsår: {year} (1 januari – 31 december)</source>
        <translation>Year: {year} (1 January – 31 December)</translation>
    </message>
    <message>
        <source>För publicering: små tal är maskerade.</source>
        <translation>For publication: small counts are masked.</translation>
    </message>
    <message>
        <source>Nyckeltal och jämförelse med föregående år</source>
        <translation>Key figures compared with the previous year</translation>
    </message>
    <message>
        <source>Det finns inga uppgifter för {y} att jämföra med.</source>
        <translation>There are no figures for {y} to compare with.</translation>
    </message>
    <message>
        <source>sammanställning</source>
        <translation>merged report</translation>
    </message>
    <message>
        <source>verksamhetsberättelse</source>
        <translation>annual report</translation>
    </message>
    <message>
        <source>Statistik personligt ombud</source>
        <translation>Statistics personligt ombud</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Period: {period}</translation>
    </message>
    <message>
        <source>Utskriven {date} · statistikprofil {profile}</source>
        <translation>Printed {date} · statistics profile {profile}</translation>
    </message>
    <message>
        <source>Fördelningar</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Systemfel per ansvarig myndighet</source>
        <translation>System failures per responsible authority</translation>
    </message>
    <message>
        <source>{unit} · statistik {period}</source>
        <translation>{unit} · statistics {period}</translation>
    </message>
    <message>
        <source>Perioden godkänd {date}.</source>
        <translation>Period approved {date}.</translation>
    </message>
    <message>
        <source>Preliminär: perioden är inte godkänd.</source>
        <translation>Preliminary: the period is not approved.</translation>
    </message>
    <message>
        <source>Rapporterande enheter: {n} av {m} förväntade</source>
        <translation>Reporting units: {n} of {m} expected</translation>
    </message>
    <message>
        <source>Personligt ombud – sammanställd rapport</source>
        <translation>Personligt ombud – merged report</translation>
    </message>
    <message>
        <source>Siffrorna omfattar bara de enheter som har rapporterat; {n} enhet saknas.</source>
        <translation>The figures cover only the units that have reported; {n} unit is missing.</translation>
    </message>
    <message>
        <source>Siffrorna omfattar bara de enheter som har rapporterat; {n} enheter saknas.</source>
        <translation>The figures cover only the units that have reported; {n} units are missing.</translation>
    </message>
    <message>
        <source>Rapporterande enheter: {n} av {m}</source>
        <translation>Reporting units: {n} of {m}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statistikpaket skapat</source>
        <translation>Statistics bundle created</translation>
    </message>
    <message>
        <source> – inte förväntad</source>
        <translation> – not expected</translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Rapporterad efter sista dag</source>
        <translation>Reported after the last day</translation>
    </message>
    <message>
        <source> (ersätter ett tidigare paket)</source>
        <translation> (replaces an earlier bundle)</translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Medianlängd avslutade uppdrag (dagar)</source>
        <translation>Median length of closed assignments (days)</translation>
    </message>
    <message>
        <source>Medianlängd per enhet (medianer summeras inte)</source>
        <translation>Median length per unit (medians are not added up)</translation>
    </message>
    <message>
        <source>Systemfel som enheterna har identifierat under perioden, med status för rapportering till ledningsgruppen och återkoppling.</source>
        <translation>System failures the units identified during the period, with the status of reporting to the steering group and feedback.</translation>
    </message>
    <message>
        <source>Personligt ombud · sammanställd rapport {period}</source>
        <translation>Personligt ombud · merged report {period}</translation>
    </message>
    <message>
        <source>Arbetsanteckningar</source>
        <translation>Work notes</translation>
    </message>
    <message>
        <source>Uppdrag: {alias}</source>
        <translation>Assignment: {alias}</translation>
    </message>
    <message>
        <source>Utskrivna {date} för dig att behålla. Ombudets anteckningar förstörs i programmet när uppdraget avslutas.</source>
        <translation>Printed {date} for you to keep. The ombud&apos;s notes are destroyed in the program when the assignment is closed.</translation>
    </message>
    <message>
        <source>Det finns inga anteckningar för uppdraget.</source>
        <translation>There are no notes for the assignment.</translation>
    </message>
    <message>
        <source>Arbetsanteckningar · {alias}</source>
        <translation>Work notes · {alias}</translation>
    </message>
    <message>
        <source>Enheten {label} är redan förväntad.</source>
        <translation>The unit {label} is already expected.</translation>
    </message>
    <message>
        <source>Paketen från den enheten hör redan till {label}.</source>
        <translation>The bundles from that unit already belong to {label}.</translation>
    </message>
    <message>
        <source>systemfelet {id} ({field})</source>
        <translation>system failure {id} ({field})</translation>
    </message>
    <message>
        <source>{where} innehåller {kinds}; be enheten ta bort uppgiften och exportera igen</source>
        <translation>{where} contains {kinds}; ask the unit to remove it and export again</translation>
    </message>
    <message>
        <source>samma bundle_id {id} som ett redan importerat paket men annat innehåll</source>
        <translation>the same bundle_id {id} as an already imported bundle but different content</translation>
    </message>
    <message>
        <source>enhetsnamnet {label} hör till en annan enhet ({other}…) än detta paket ({this}…); om enheten har ett nytt valv: lösgör enhetsnamnet från den gamla enheten eller återkalla dess paket</source>
        <translation>the unit name {label} belongs to another unit ({other}…) than this bundle ({this}…); if the unit has a new vault: unbind the unit name from the old unit, or withdraw its bundles</translation>
    </message>
    <message>
        <source>enheten är bunden till {other}</source>
        <translation>the unit is bound to {other}</translation>
    </message>
    <message>
        <source>perioden godkändes {date}; öppna den igen (coordinator reopen) för att ta emot nya paket</source>
        <translation>the period was approved {date}; reopen it (coordinator reopen) to accept new bundles</translation>
    </message>
    <message>
        <source>statistikprofilen {new} skiljer sig från {old} som periodens övriga paket har</source>
        <translation>the statistics profile {new} differs from {old} that the period&apos;s other bundles have</translation>
    </message>
    <message>
        <source>en nyare export från {unit} för {period} gäller redan (skapad {at}); detta paket är äldre</source>
        <translation>a newer export from {unit} for {period} already applies (created {at}); this bundle is older</translation>
    </message>
    <message>
        <source>gäller: {id}</source>
        <translation>in force: {id}</translation>
    </message>
    <message>
        <source>ersätter {old}</source>
        <translation>replaces {old}</translation>
    </message>
    <message>
        <source>enkäten {id} version {version} har andra frågor än i paketet från {unit}; enheten ska ge sin ändrade enkät ett nytt versionsnummer och exportera igen</source>
        <translation>the survey {id} version {version} has other questions than in the bundle from {unit}; the unit must give its changed survey a new version number and export again</translation>
    </message>
    <message>
        <source>Enhetens namn: {reason} (t.ex. &quot;PO Mora&quot;).</source>
        <translation>Unit name: {reason} (e.g. &quot;PO Mora&quot;).</translation>
    </message>
    <message>
        <source>Enhetens namn &apos;{label}&apos; liknar &apos;{other}&apos; som redan finns (0/O, 1/l/I, rn/m, mellanslag); är det samma enhet: koppla paketen till den; är det en annan enhet: bekräfta att namnet ska godkännas.</source>
        <translation>The unit name &apos;{label}&apos; looks like &apos;{other}&apos;, which already exists (0/O, 1/l/I, rn/m, spaces); if it is the same unit: link the bundles to it; if it is another unit: confirm that the name is to be accepted.</translation>
    </message>
    <message>
        <source>Inget importerat paket med id {id}.</source>
        <translation>No imported bundle with id {id}.</translation>
    </message>
    <message>
        <source>Perioden {label} godkändes {date}; öppna den igen (coordinator reopen) innan ett paket återkallas.</source>
        <translation>Period {label} was approved on {date}; reopen it (coordinator reopen) before withdrawing a bundle.</translation>
    </message>
    <message>
        <source>gäller nu: {id}</source>
        <translation>now counts: {id}</translation>
    </message>
    <message>
        <source>Enheten {label} är inte förväntad (coordinator expect).</source>
        <translation>The unit {label} is not expected (coordinator expect).</translation>
    </message>
    <message>
        <source>oväntat fel vid importen ({kind}); filen importerades inte</source>
        <translation>unexpected error during import ({kind}); the file was not imported</translation>
    </message>
    <message>
        <source>Inte medräknade (enheten är inte förväntad): {units}.</source>
        <translation>Not counted (the unit is not expected): {units}.</translation>
    </message>
    <message>
        <source>({n} paket från enheter som inte är förväntade räknas inte: coordinator accept.)</source>
        <translation>({n} bundles from units that are not expected do not count: coordinator accept.)</translation>
    </message>
    <message>
        <source>Ingen enhet har rapporterat för {label}: importera enheternas paket (coordinator import) eller välj en annan period; ingen rapport skrevs.</source>
        <translation>No unit has reported for {label}: import the units&apos; bundles (coordinator import) or choose another period; no report was written.</translation>
    </message>
    <message>
        <source>Perioden {label} är redan godkänd ({date}).</source>
        <translation>The period {label} is already approved ({date}).</translation>
    </message>
    <message>
        <source>Perioden {label} är inte godkänd; inget att öppna.</source>
        <translation>The period {label} is not approved; nothing to reopen.</translation>
    </message>
    <message>
        <source>{path} finns redan och är ingen mapp; ange en ny eller tom mapp.</source>
        <translation>{path} already exists and is not a folder; give a new or empty folder.</translation>
    </message>
    <message>
        <source>{path} kan inte bli en mapp (en fil ligger i vägen); ange en annan mapp.</source>
        <translation>{path} cannot become a folder (a file is in the way); give another folder.</translation>
    </message>
    <message>
        <source>Kan inte skapa mappen {path}: {err}.</source>
        <translation>Cannot create the folder {path}: {err}.</translation>
    </message>
    <message>
        <source>{paths} finns redan; inget kopierades.</source>
        <translation>{paths} already exist; nothing was copied.</translation>
    </message>
    <message>
        <source>Mappen {path} finns inte.</source>
        <translation>The folder {path} does not exist.</translation>
    </message>
    <message>
        <source>Mappen {path} innehåller varken intake.toml eller system_failure.toml.</source>
        <translation>The folder {path} contains neither intake.toml nor system_failure.toml.</translation>
    </message>
    <message>
        <source>Systemfelet {id} ({field}) innehåller klientuppgifter: {what}. Ändra systemfelet först; ingen PDF skrevs.</source>
        <translation>The system failure {id} ({field}) contains client data: {what}. Change the system failure first; no PDF was written.</translation>
    </message>
    <message>
        <source>Ett ifyllt systemfel kräver valvet.</source>
        <translation>A filled-in system failure needs the vault.</translation>
    </message>
    <message>
        <source>Ange året för ansökan.</source>
        <translation>Give the year of the application.</translation>
    </message>
    <message>
        <source>ingen PDF skrevs</source>
        <translation>no PDF was written</translation>
    </message>
    <message>
        <source>Aktiva uppdrag under perioden</source>
        <translation>Active assignments during the period</translation>
    </message>
    <message>
        <source>Nya uppdrag</source>
        <translation>New assignments</translation>
    </message>
    <message>
        <source>Avslutade uppdrag</source>
        <translation>Closed assignments</translation>
    </message>
    <message>
        <source>Pågående uppdrag vid periodens slut</source>
        <translation>Ongoing assignments at the end of the period</translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter kön</source>
        <translation>Active assignments by gender</translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter ålder</source>
        <translation>Active assignments by age</translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter kommun</source>
        <translation>Active assignments by municipality</translation>
    </message>
    <message>
        <source>Nya uppdrag efter kontaktväg</source>
        <translation>New assignments by referral source</translation>
    </message>
    <message>
        <source>Aktiva uppdrag med prioriteringsgrund (en klient kan ha flera)</source>
        <translation>Active assignments with a priority ground (a client may have several)</translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter uppdragsområde (en klient kan ha flera)</source>
        <translation>Active assignments by assignment area (a client may have several)</translation>
    </message>
    <message>
        <source>Avslutade uppdrag efter uppdragets längd</source>
        <translation>Closed assignments by the assignment&apos;s length</translation>
    </message>
    <message>
        <source>Aktiva uppdrag under året</source>
        <translation>Active assignments during the year</translation>
    </message>
    <message>
        <source>Pågående uppdrag vid årets slut</source>
        <translation>Ongoing assignments at the end of the year</translation>
    </message>
    <message>
        <source>Pågående längre än 18 månader vid årets slut</source>
        <translation>Ongoing for more than 18 months at the end of the year</translation>
    </message>
    <message>
        <source>Förfrågningar</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <source>På väntelistan vid årets slut</source>
        <translation>On the waiting list at the end of the year</translation>
    </message>
    <message>
        <source>Informationstillfällen och uppsökande verksamhet</source>
        <translation>Information occasions and outreach</translation>
    </message>
    <message>
        <source>Besvarade klientenkäter</source>
        <translation>Client survey forms returned</translation>
    </message>
    <message>
        <source>Årsarbeten (personligt ombud)</source>
        <translation>Full-time equivalents (personligt ombud)</translation>
    </message>
    <message>
        <source>Förändring</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Arbetsbelastning och uppdragens längd</source>
        <translation>Caseload and length of assignments</translation>
    </message>
    <message>
        <source>under riktmärket</source>
        <translation>below the benchmark of</translation>
    </message>
    <message>
        <source>över riktmärket</source>
        <translation>above the benchmark of</translation>
    </message>
    <message>
        <source>inom riktmärket</source>
        <translation>within the benchmark of</translation>
    </message>
    <message>
        <source>Pågående längre än 18 månader</source>
        <translation>Ongoing longer than 18 months</translation>
    </message>
    <message>
        <source>Avslutade uppdrag: medianlängd (dagar)</source>
        <translation>Closed assignments: median length (days)</translation>
    </message>
    <message>
        <source>Pågående längre än 18 månader vid periodens slut</source>
        <translation>Ongoing longer than 18 months at the end of the period</translation>
    </message>
    <message>
        <source>Förfrågningar under perioden</source>
        <translation>Inquiries during the period</translation>
    </message>
    <message>
        <source>På väntelistan vid periodens slut</source>
        <translation>On the waiting list at the end of the period</translation>
    </message>
    <message>
        <source>Systemfel efter ansvarig myndighet</source>
        <translation>System failures by responsible authority</translation>
    </message>
    <message>
        <source>Systemfel med mottagen återkoppling</source>
        <translation>System failures with feedback received</translation>
    </message>
    <message>
        <source>Pågående uppdrag per årsarbete (riktmärke 10–15)</source>
        <translation>Ongoing assignments per FTE (benchmark 10–15)</translation>
    </message>
    <message>
        <source>Avslutade uppdrag efter avslutsorsak</source>
        <translation>Closed assignments by end reason</translation>
    </message>
    <message>
        <source>Förfrågningar efter utfall</source>
        <translation>Inquiries by outcome</translation>
    </message>
    <message>
        <source>Identifierade systemfel</source>
        <translation>Identified system failures</translation>
    </message>
    <message>
        <source>Systemfel rapporterade till ledningsgruppen</source>
        <translation>System failures reported to the steering group</translation>
    </message>
    <message>
        <source>Årsarbeten</source>
        <translation>Full-time equivalents</translation>
    </message>
    <message>
        <source>{lo}–{hi}</source>
        <translation>{lo}–{hi}</translation>
    </message>
    <message>
        <source>INTERNT</source>
        <translation>INTERNAL</translation>
    </message>
    <message>
        <source>exakta antal – får inte publiceras</source>
        <translation>exact counts – must not be published</translation>
    </message>
    <message>
        <source>FÖR PUBLICERING</source>
        <translation>FOR PUBLICATION</translation>
    </message>
    <message>
        <source>nyckel</source>
        <translation>key</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <source>rubrik</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>värde</source>
        <translation>value</translation>
    </message>
    <message>
        <source>{n} enheter, period {label} jämförd med {earlier}</source>
        <translation>{n} units, period {label} compared with {earlier}</translation>
    </message>
    <message>
        <source>förändring</source>
        <translation>change</translation>
    </message>
    <message>
        <source>förändring (%)</source>
        <translation>change (%)</translation>
    </message>
    <message>
        <source>Valvets statistikprofil {name} finns inte i programmet.</source>
        <extracomment>Minutes without activity before the window locks (the Settings view and config.toml alike). Days a closed assignment keeps its notes and follow-ups before the purge (0: at once). Coordinator: days after a period&apos;s end by which a unit&apos;s bundle counts as on time. The unit&apos;s own form definitions (``None``: the built-in or configured ones). Coordinator economy: the municipality applying for the statsbidrag (one of the municipalities). Coordinator economy: the ledningsgrupp&apos;s parties, printed on the grant application. Coordinator economy: parties that pay a part but are not municipalities (a samordningsförbund). Ombud vault: the half year statistics are recorded from (&quot;statistik förs från&quot;, ``2026H1``); set at creation to the creation half year, ``None`` in a vault made before it existed (then derived: ``services.recording.statistics_since``). Earlier periods are &quot;ej rapporterat&quot;. What a new vault starts with (the unit&apos;s own values and the mode are added by the caller).</extracomment>
        <translation>The vault&apos;s statistics profile {name} does not exist in the program.</translation>
    </message>
    <message>
        <source>Inga årsarbeten angivna: arbetsbelastningen kan inte räknas ut.</source>
        <translation>No FTE given: the caseload cannot be worked out.</translation>
    </message>
    <message>
        <source>Pågående uppdrag per årsarbete vid periodens slut: {per}</source>
        <translation>Ongoing assignments per FTE at the end of the period: {per}</translation>
    </message>
    <message>
        <source>; genomsnitt av månadssluten: {avg}</source>
        <translation>; average of the month ends: {avg}</translation>
    </message>
    <message>
        <source>({status} 10–15 samtidiga klienter per årsarbete).</source>
        <translation>({status} 10–15 simultaneous clients per FTE).</translation>
    </message>
    <message>
        <source>Klienter under perioden per årsarbete: {n} (jämförs inte med riktmärket).</source>
        <translation>Clients during the period per FTE: {n} (not compared with the guide).</translation>
    </message>
    <message>
        <source>Systemfelet från {date} ({field}) innehåller {found}. Ta bort uppgiften ur systemfelet och exportera igen; ingen fil skrevs.</source>
        <translation>The system failure from {date} ({field}) contains {found}. Remove it from the system failure and export again; no file was written.</translation>
    </message>
    <message>
        <source>enhetens namn</source>
        <translation>the unit name</translation>
    </message>
    <message>
        <source>kommunnamnet</source>
        <translation>the municipality name</translation>
    </message>
    <message>
        <source>{where} innehåller {found}. Ändra det i Inställningar och exportera igen; ingen fil skrevs.</source>
        <translation>{where} contains {found}. Change it in Settings and export again; no file was written.</translation>
    </message>
    <message>
        <source>Ett samordnarvalv exporterar inga statistikpaket; det tar emot dem (coordinator import).</source>
        <translation>A coordinator vault exports no statistics bundles; it receives them (coordinator import).</translation>
    </message>
    <message>
        <source>inget statistikpaket skrevs</source>
        <translation>no statistics bundle was written</translation>
    </message>
    <message>
        <source>Enhetens namn går inte att exportera: {reason}. Ändra det i Inställningar och exportera igen; ingen fil skrevs.</source>
        <translation>The unit name cannot be exported: {reason}. Change it in Settings and export again; no file was written.</translation>
    </message>
    <message>
        <source>; inget statistikpaket skrevs.</source>
        <translation>; no statistics bundle was written.</translation>
    </message>
    <message>
        <source>Paketet kan inte skrivas: {reason}.</source>
        <translation>The bundle cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>po-desktop kan inte starta</source>
        <translation>po-desktop cannot start</translation>
    </message>
    <message>
        <source>kategorin {code} saknas i {where}</source>
        <translation>the category {code} is missing in {where}</translation>
    </message>
    <message>
        <source>okänd kategori {code} i {where}</source>
        <translation>unknown category {code} in {where}</translation>
    </message>
    <message>
        <source>figures.activities.hours_by_kind.{kind} har fler än en decimal ({value})</source>
        <translation>figures.activities.hours_by_kind.{kind} has more than one decimal ({value})</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: summan av figures.activities.information_by_audience är inte antalet informations- och uppsökande tillfällen</source>
        <translation>the figures do not add up: the sum of figures.activities.information_by_audience is not the number of information and outreach occasions</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.activities.planned_done är större än planned</source>
        <translation>the figures do not add up: figures.activities.planned_done is larger than planned</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: {where}.responses är större än handed_out</source>
        <translation>the figures do not add up: {where}.responses is larger than handed_out</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: {where}.response_rate</source>
        <translation>the figures do not add up: {where}.response_rate</translation>
    </message>
    <message>
        <source>{where} är en fritextfråga och har inga svarssiffror</source>
        <translation>{where} is a free-text question and has no answer counts</translation>
    </message>
    <message>
        <source>fältet {where}.by_answer saknas</source>
        <translation>the field {where}.by_answer is missing</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: summan av {where}.by_answer är inte antalet svar</source>
        <translation>the figures do not add up: the sum of {where}.by_answer is not the number of responses</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: {where}.mean</source>
        <translation>the figures do not add up: {where}.mean</translation>
    </message>
    <message>
        <source>statistikprofilen {name} saknar aktivitetslistorna</source>
        <translation>the statistics profile {name} lacks the activity lists</translation>
    </message>
    <message>
        <source>enkäten {id} version {v} finns två gånger i figures.survey</source>
        <translation>survey {id} version {v} appears twice in figures.survey</translation>
    </message>
    <message>
        <source>planerad månad &apos;{text}&apos; har fel form: skriv ÅÅÅÅ-MM, t.ex. 2026-09</source>
        <translation>planned month &apos;{text}&apos; has the wrong form: write YYYY-MM, e.g. 2026-09</translation>
    </message>
    <message>
        <source>timmar &apos;{text}&apos; ska vara ett tal 0–24 med högst en decimal, t.ex. 1,5</source>
        <translation>hours &apos;{text}&apos; must be a number 0–24 with at most one decimal, e.g. 1.5</translation>
    </message>
    <message>
        <source>timmar ska vara ett tal 0–24 med högst en decimal</source>
        <translation>hours must be a number 0–24 with at most one decimal</translation>
    </message>
    <message>
        <source>timmar {value} ligger utanför 0–24</source>
        <translation>hours {value} lie outside 0–24</translation>
    </message>
    <message>
        <source>timmar {value} har mer än en decimal</source>
        <translation>hours {value} have more than one decimal</translation>
    </message>
    <message>
        <source>antal deltagare &apos;{text}&apos; ska vara ett heltal, 0 eller mer</source>
        <translation>number of participants &apos;{text}&apos; must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>antal deltagare ska vara ett heltal</source>
        <translation>the number of participants must be a whole number</translation>
    </message>
    <message>
        <source>antal deltagare kan inte vara negativt ({value})</source>
        <translation>the number of participants cannot be negative ({value})</translation>
    </message>
    <message>
        <source>antal deltagare {value} är orimligt stort</source>
        <translation>the number of participants {value} is implausibly large</translation>
    </message>
    <message>
        <source>aktiviteten saknar typ: ange en av {codes}</source>
        <translation>the activity has no kind: give one of {codes}</translation>
    </message>
    <message>
        <source>okänd aktivitetstyp &apos;{kind}&apos;: ange en av {codes}</source>
        <translation>unknown activity kind &apos;{kind}&apos;: give one of {codes}</translation>
    </message>
    <message>
        <source>ange målgrupp för {kind}: en av {codes}</source>
        <translation>give the audience for {kind}: one of {codes}</translation>
    </message>
    <message>
        <source>okänd målgrupp &apos;{audience}&apos;: ange en av {codes}</source>
        <translation>unknown audience &apos;{audience}&apos;: give one of {codes}</translation>
    </message>
    <message>
        <source>målgrupp anges bara för information och uppsökande verksamhet, inte för {kind}</source>
        <translation>an audience is given only for information and outreach, not for {kind}</translation>
    </message>
    <message>
        <source>rubriken är för lång (högst {n} tecken)</source>
        <translation>the title is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>Rubriken</source>
        <translation>The title</translation>
    </message>
    <message>
        <source>{what} måste vara ett datum (ÅÅÅÅ-MM-DD)</source>
        <translation>{what} must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{what} får inte innehålla personuppgifter; hittade {found}. Ta bort dem och försök igen</source>
        <translation>{what} must not contain personal data; found {found}. Remove it and try again</translation>
    </message>
    <message>
        <source>aktiviteten saknar rubrik</source>
        <translation>the activity has no title</translation>
    </message>
    <message>
        <source>planerad månad {month} ligger utanför åren {first}–{last}</source>
        <translation>planned month {month} is outside the years {first}–{last}</translation>
    </message>
    <message>
        <source>ange datum (genomförd) eller planerad månad (planerad)</source>
        <translation>give a date (done) or a planned month (planned)</translation>
    </message>
    <message>
        <source>aktivitetens id ska vara ett heltal</source>
        <translation>the activity&apos;s id must be a whole number</translation>
    </message>
    <message>
        <source>det finns ingen aktivitet med id {id}</source>
        <translation>there is no activity with id {id}</translation>
    </message>
    <message>
        <source>aktiviteten finns redan</source>
        <translation>the activity already exists</translation>
    </message>
    <message>
        <source>aktiviteten {id} är redan genomförd ({date})</source>
        <translation>activity {id} is already done ({date})</translation>
    </message>
    <message>
        <source>analysen ska vara text</source>
        <translation>the analysis must be text</translation>
    </message>
    <message>
        <source>analysen är för lång (högst {n} tecken)</source>
        <translation>the analysis is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>Analysen</source>
        <translation>The analysis</translation>
    </message>
    <message>
        <source>Årets analys</source>
        <translation>The year&apos;s analysis</translation>
    </message>
    <message>
        <source>Jämförelseperioden {earlier} ska börja före perioden {period} (t.ex. 2026 jämfört med 2025).</source>
        <translation>The comparison period {earlier} must start before the period {period} (e.g. 2026 compared with 2025).</translation>
    </message>
    <message>
        <source>ej rapporterat: valvet har inga uppgifter från {period}</source>
        <translation>not reported: the vault has no records from {period}</translation>
    </message>
    <message>
        <source>Genomförda aktiviteter efter typ</source>
        <translation>Activities done by kind</translation>
    </message>
    <message>
        <source>Timmar efter aktivitetstyp</source>
        <translation>Hours by activity kind</translation>
    </message>
    <message>
        <source>Information och uppsökande verksamhet efter målgrupp</source>
        <translation>Information and outreach by audience</translation>
    </message>
    <message>
        <source>Deltagare vid information och uppsökande verksamhet</source>
        <translation>Participants in information and outreach</translation>
    </message>
    <message>
        <source>Planerade aktiviteter</source>
        <translation>Planned activities</translation>
    </message>
    <message>
        <source>Varav genomförda</source>
        <translation>Of which done</translation>
    </message>
    <message>
        <source>Enkätomgångar</source>
        <translation>Survey rounds</translation>
    </message>
    <message>
        <source>Utdelade enkäter</source>
        <translation>Forms handed out</translation>
    </message>
    <message>
        <source>Inlämnade svar</source>
        <translation>Responses returned</translation>
    </message>
    <message>
        <source>Svarsfrekvens (%)</source>
        <translation>Response rate (%)</translation>
    </message>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Fråga</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Svar</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>(1–5, v = vet inte)</source>
        <translation>(1–5, v = don&apos;t know)</translation>
    </message>
    <message>
        <source>(j = ja, n = nej, v = vet inte)</source>
        <translation>(j = yes, n = no, v = don&apos;t know)</translation>
    </message>
    <message>
        <source>(fritext – sparas inte)</source>
        <translation>(free text – not stored)</translation>
    </message>
    <message>
        <source>Alla frågor är besvarade: tryck Enter för att spara enkäten.</source>
        <translation>Every question is answered: press Enter to save the form.</translation>
    </message>
    <message>
        <source>1–5 eller v</source>
        <translation>1–5 or v</translation>
    </message>
    <message>
        <source>j, n eller v</source>
        <translation>j, n or v</translation>
    </message>
    <message>
        <source>Tangenten &quot;{key}&quot; passar inte fråga {n} ({allowed}; 0 = inget svar).</source>
        <translation>The key &quot;{key}&quot; does not fit question {n} ({allowed}; 0 = no answer).</translation>
    </message>
    <message>
        <source>Ny enkätomgång</source>
        <translation>New survey round</translation>
    </message>
    <message>
        <source>t.ex. Hösten {year}</source>
        <translation>e.g. Autumn {year}</translation>
    </message>
    <message>
        <source>Namn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Insamling från:</source>
        <translation>Collection from:</translation>
    </message>
    <message>
        <source>Insamling till:</source>
        <translation>Collection to:</translation>
    </message>
    <message>
        <source>antal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Uppgift saknas</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Ingen svarsfrekvens räknas eller skrivs ut för en omgång utan antal.</source>
        <translation>No response rate is computed or printed for a round without the number.</translation>
    </message>
    <message>
        <source>Utdelade enkäter:</source>
        <translation>Forms handed out:</translation>
    </message>
    <message>
        <source>ange antal utdelade enkäter, eller kryssa i ”Uppgift saknas”</source>
        <translation>give the number of forms handed out, or tick “Not known”</translation>
    </message>
    <message>
        <source>ange första dagen av insamlingen (Insamling från, ÅÅÅÅ-MM-DD)</source>
        <translation>enter the first day of the collection (Collection from, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ange sista dagen av insamlingen (Insamling till, ÅÅÅÅ-MM-DD)</source>
        <translation>enter the last day of the collection (Collection to, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Klientenkät</source>
        <translation>Client survey</translation>
    </message>
    <message>
        <source>Klientenkät: mata in returnerade enkäter</source>
        <translation>Client survey: enter returned forms</translation>
    </message>
    <message>
        <source>Omgång:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <source>Ny omgång…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <source>Skriv ut tom enkät…</source>
        <translation>Print blank survey…</translation>
    </message>
    <message>
        <source>Fritextsvar sparas inte i programmet: läs dem på papperet. Mata bara in kryssen.</source>
        <translation>Free-text answers are not stored in the application: read them on paper. Enter only the ticks.</translation>
    </message>
    <message>
        <source>Tangenter: 1–5 på en skalfråga · j = ja, n = nej · v = vet inte · 0 eller mellanslag = inget svar · Backsteg = föregående fråga · Enter = spara enkäten och börja nästa · Ctrl+Z = ångra senast sparade enkät.</source>
        <translation>Keys: 1–5 on a scale question · j = yes, n = no · v = don&apos;t know · 0 or space = no answer · Backspace = previous question · Enter = save the form and start the next · Ctrl+Z = undo the last saved form.</translation>
    </message>
    <message>
        <source>Inmatade nu (en rad per enkät, senaste överst; visas bara tills du byter omgång eller låser):</source>
        <translation>Entered now (one row per form, latest first; shown only until you change round or lock):</translation>
    </message>
    <message>
        <source>Spara enkäten (Enter)</source>
        <translation>Save the form (Enter)</translation>
    </message>
    <message>
        <source>Ångra senast sparade enkät (Ctrl+Z)</source>
        <translation>Undo the last saved form (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ångra senast sparade enkät (Klientenkät)</source>
        <translation>Undo the last saved form (Client survey)</translation>
    </message>
    <message>
        <source>{label} ({start} – {end}), enkät {id} v{version}</source>
        <translation>{label} ({start} – {end}), survey {id} v{version}</translation>
    </message>
    <message>
        <source>Ingen enkätomgång än: börja med &quot;Ny omgång…&quot;.</source>
        <translation>No survey round yet: start with &quot;New round…&quot;.</translation>
    </message>
    <message>
        <source>Enkät</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Inmatade enkäter: {n} (antal utdelade: uppgift saknas)</source>
        <translation>Forms entered: {n} (number handed out: not known)</translation>
    </message>
    <message>
        <source>Inmatade enkäter: {n} av {m} utdelade</source>
        <translation>Forms entered: {n} of {m} handed out</translation>
    </message>
    <message>
        <source>Enkäten har inga svar. Tryck Enter igen för att spara den som en tom returnerad enkät, annars skriv svaren.</source>
        <translation>The form has no answers. Press Enter again to save it as a returned form left blank, or type the answers.</translation>
    </message>
    <message>
        <source>Enkät {n} sparad. Nästa enkät.</source>
        <translation>Form {n} saved. Next form.</translation>
    </message>
    <message>
        <source>Den senast sparade enkäten togs bort.</source>
        <translation>The last saved form was removed.</translation>
    </message>
    <message>
        <source>klientenkat.pdf</source>
        <translation>client-survey.pdf</translation>
    </message>
    <message>
        <source>Klientenkät {id}, version {version}</source>
        <translation>Client survey {id}, version {version}</translation>
    </message>
    <message>
        <source>Frågorna</source>
        <translation>The questions</translation>
    </message>
    <message>
        <source>för få svar</source>
        <translation>too few responses</translation>
    </message>
    <message>
        <source>Medelvärde (1–5)</source>
        <translation>Mean (1–5)</translation>
    </message>
    <message>
        <source>{earlier}: ej rapporterat – det finns inga uppgifter att jämföra med (–).</source>
        <translation>{earlier}: not reported – there are no figures to compare with (–).</translation>
    </message>
    <message>
        <source>{label}: {this} | {earlier} | förändring</source>
        <translation>{label}: {this} | {earlier} | change</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>enkätomgångens id ska vara ett heltal</source>
        <translation>the survey round&apos;s id must be a whole number</translation>
    </message>
    <message>
        <source>det finns ingen enkätomgång med id {id}</source>
        <translation>there is no survey round with id {id}</translation>
    </message>
    <message>
        <source>namnet är för långt (högst {n} tecken)</source>
        <translation>the label is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>Från-datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>Till-datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>insamlingen slutar {to} före sin början {start}</source>
        <translation>the collection ends {to} before it starts {start}</translation>
    </message>
    <message>
        <source>antal utdelade enkäter ska vara ett heltal</source>
        <translation>the number of forms handed out must be a whole number</translation>
    </message>
    <message>
        <source>Enkätdefinitionen</source>
        <translation>The survey definition</translation>
    </message>
    <message>
        <source>enkätomgången saknar namn</source>
        <translation>the survey round has no label</translation>
    </message>
    <message>
        <source>antal utdelade enkäter ska vara 1–{max} (var {n})</source>
        <translation>the number of forms handed out must be 1–{max} (was {n})</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>The label</translation>
    </message>
    <message>
        <source>{n} enkäter är redan registrerade; fler än {h} har delats ut</source>
        <translation>{n} forms are already entered; more than {h} were handed out</translation>
    </message>
    <message>
        <source>svaren ska vara fråga=svar</source>
        <translation>the answers must be question=answer</translation>
    </message>
    <message>
        <source>enkätomgången {id} gäller enkät {rid} version {rv}, men programmets enkät är {cid} version {cv}; svar kan inte registreras mot andra frågor</source>
        <translation>survey round {id} is on survey {rid} version {rv}, but the application&apos;s survey is {cid} version {cv}; answers cannot be entered against other questions</translation>
    </message>
    <message>
        <source>alla {n} utdelade enkäter är redan registrerade; ändra antalet utdelade om fler delades ut</source>
        <translation>all {n} forms handed out are already entered; change the number handed out if more were handed out</translation>
    </message>
    <message>
        <source>enkätomgången {id} har inga registrerade svar</source>
        <translation>survey round {id} has no entered responses</translation>
    </message>
    <message>
        <source>före lösenfrasbyte</source>
        <translation>before passphrase change</translation>
    </message>
    <message>
        <source>före uppgradering</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>ersatt vid återställning</source>
        <translation>replaced by restore</translation>
    </message>
    <message>
        <source>Ogiltig tidpunkt: {value}. Ange ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM-DDTTT:MM:SS.</source>
        <translation>Invalid point in time: {value}. Give YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.</translation>
    </message>
    <message>
        <source>Ange vilka säkerhetskopior som ska raderas.</source>
        <translation>Say which backups to delete.</translation>
    </message>
    <message>
        <source>automatiska säkerhetskopior från före gallringen som fortfarande innehåller anteckningarna: {n}</source>
        <translation>automatic backups from before the purge that still hold the notes: {n}</translation>
    </message>
    <message>
        <source>automatiska säkerhetskopior från före gallringen raderade {at}</source>
        <translation>automatic backups from before the purge deleted {at}</translation>
    </message>
    <message>
        <source>automatiska säkerhetskopior från före gallringen finns inte längre</source>
        <translation>automatic backups from before the purge no longer exist</translation>
    </message>
    <message>
        <source>inga automatiska säkerhetskopior från före gallringen</source>
        <translation>no automatic backups from before the purge</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior i mappen backups som gjordes före gallringen: {n} (den äldsta {oldest}). De innehåller fortfarande anteckningarna. Radera dem om du inte behöver dem för att återställa valvet.</source>
        <translation>Automatic backups in the backups folder made before the purge: {n} (the oldest {oldest}). They still hold the notes. Delete them unless you need them to restore the vault.</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior som görs före gallringen {on} (vid lösenfrasbyte, uppgradering eller återställning) kommer att innehålla anteckningarna; radera dem efter gallringen under Inställningar.</source>
        <translation>Automatic backups made before the purge on {on} (at a passphrase change, an upgrade or a restore) will hold the notes; delete them after the purge under Settings.</translation>
    </message>
    <message>
        <source>Automatiska säkerhetskopior i mappen backups som innehåller anteckningarna: {n}. De finns kvar efter gallringen {on}; radera dem efter gallringen under Inställningar.</source>
        <translation>Automatic backups in the backups folder that hold the notes: {n}. They remain after the purge on {on}; delete them after the purge under Settings.</translation>
    </message>
    <message>
        <source>kostnad, statsbidrag, fördelningsnyckel och belopp per kommun</source>
        <translation>cost, state grant, cost-sharing key and amount per municipality</translation>
    </message>
    <message>
        <source>året som visas (krävs utan underkommando)</source>
        <translation>the year shown (required without a sub-command)</translation>
    </message>
    <message>
        <source>resultatet som JSON</source>
        <translation>the result as JSON</translation>
    </message>
    <message>
        <source>kostnadsfördelningen som CSV</source>
        <translation>the cost distribution as CSV</translation>
    </message>
    <message>
        <source>kostnadsfördelningen som PDF</source>
        <translation>the cost distribution as PDF</translation>
    </message>
    <message>
        <source>årets underlag: statsbidrag, nyckel, andelar, budget, årsarbeten</source>
        <translation>the year&apos;s inputs: state grant, key, shares, budget, FTE</translation>
    </message>
    <message>
        <source>fast andel i procent; alla kommuners andelar ges tillsammans och ska summera till 100</source>
        <translation>fixed share in percent; give every municipality&apos;s share together, summing to 100</translation>
    </message>
    <message>
        <source>årsarbeten för en enhet (ersätter årspaketets); UNIT=bundle tar bort det angivna</source>
        <translation>FTE of a unit (overrides the year bundle&apos;s); UNIT=bundle removes the entered figure</translation>
    </message>
    <message>
        <source>folkmängdens datum</source>
        <translation>the population&apos;s reference date</translation>
    </message>
    <message>
        <source>sökande kommun på ansökan om statsbidrag</source>
        <translation>applying municipality on the state grant application</translation>
    </message>
    <message>
        <source>en part i ledningsgruppen (alla anges tillsammans)</source>
        <translation>a party of the steering group (give all of them together)</translation>
    </message>
    <message>
        <source>folkmängd per kommun från en CSV kommun;folkmängd;folkmängd 18+</source>
        <translation>population per municipality from a CSV municipality;population;population 18+</translation>
    </message>
    <message>
        <source>lägg till eller ta bort en kommun som faktureras</source>
        <translation>add or remove a municipality that is billed</translation>
    </message>
    <message>
        <source>en budgetpost (samma namn ersätter posten); PO-påslag som procent: NAMN=staff_overhead:38.46%%; @PART: en parts egen kostnad (nyckeln own_posts)</source>
        <translation>a budget line (the same name replaces the line); payroll on-cost as a percentage: NAME=staff_overhead:38.46%%; @PARTY: a party&apos;s own cost (key own_posts)</translation>
    </message>
    <message>
        <source>faktureringar per år, 1–12 (t.ex. 2: halvår); utan den visas inga belopp per faktura</source>
        <translation>invoices per year, 1–12 (e.g. 2: half-yearly); without it no amount per invoice is shown</translation>
    </message>
    <message>
        <source>folkmängd för en kommun (med --as-of); :18PLUS ensamt anger bara 18+</source>
        <translation>population of a municipality (with --as-of); :18PLUS alone gives only 18+</translation>
    </message>
    <message>
        <source>en part som inte är en kommun, t.ex. ett samordningsförbund (alla anges tillsammans)</source>
        <translation>a party that is not a municipality, e.g. a coordination association (all given together)</translation>
    </message>
    <message>
        <source>fast belopp per part (nyckeln own_posts; 0 tar bort)</source>
        <translation>fixed amount per party (key own_posts; 0 removes it)</translation>
    </message>
    <message>
        <source>årets budget = föregående års, uppräknad med procentsatsen</source>
        <translation>the year&apos;s budget = the previous year&apos;s, indexed by the percentage</translation>
    </message>
    <message>
        <source>underlag för ansökan om statsbidrag (samordnarvalv)</source>
        <translation>basis for the state grant application (coordinator vault)</translation>
    </message>
    <message>
        <source>året (krävs utom med --blank)</source>
        <translation>the year (required except with --blank)</translation>
    </message>
    <message>
        <source>en tom blankett att fylla i för hand</source>
        <translation>a blank form to fill in by hand</translation>
    </message>
    <message>
        <source>kontaktpersonens befattning</source>
        <translation>the contact person&apos;s position</translation>
    </message>
    <message>
        <source>kontaktpersonens namn</source>
        <translation>the contact person&apos;s name</translation>
    </message>
    <message>
        <source>kontaktpersonens postadress</source>
        <translation>the contact person&apos;s postal address</translation>
    </message>
    <message>
        <source>kontaktpersonens telefon</source>
        <translation>the contact person&apos;s telephone</translation>
    </message>
    <message>
        <source>kontaktpersonens e-post</source>
        <translation>the contact person&apos;s e-mail</translation>
    </message>
    <message>
        <source>namnförtydligande och befattning</source>
        <translation>name in block letters and title</translation>
    </message>
    <message>
        <source> (sparas inte)</source>
        <translation> (not stored)</translation>
    </message>
    <message>
        <source>Kommuner som faktureras: {names}</source>
        <translation>Municipalities billed: {names}</translation>
    </message>
    <message>
        <source>print grant-application: ange --year Y (eller --blank)</source>
        <translation>print grant-application: give --year Y (or --blank)</translation>
    </message>
    <message>
        <source>årets tjänster: årsarbeten, statsbidrag, område, bemanning per månad</source>
        <translation>the year&apos;s posts: FTE, grant, area, staffing per month</translation>
    </message>
    <message>
        <source>lägg till eller ändra en tjänst</source>
        <translation>add or change a post</translation>
    </message>
    <message>
        <source>tjänstens namn, t.ex. Ombud 1</source>
        <translation>the post&apos;s name, e.g. Ombud 1</translation>
    </message>
    <message>
        <source>tjänstens årsarbeten (krävs för en ny tjänst)</source>
        <translation>the post&apos;s FTE (required for a new post)</translation>
    </message>
    <message>
        <source>ger statsbidrag (en ny tjänst behöver --grant eller --no-grant)</source>
        <translation>gives the state grant (a new post needs --grant or --no-grant)</translation>
    </message>
    <message>
        <source>ger inget statsbidrag (t.ex. chef utan klienter)</source>
        <translation>gives no grant (e.g. a manager without clients)</translation>
    </message>
    <message>
        <source>kommun som tjänsten är fördelad på (flera: ett område)</source>
        <translation>municipality the post is allocated to (several: an area)</translation>
    </message>
    <message>
        <source>områdets namn, t.ex. Västra</source>
        <translation>the area&apos;s name, e.g. Västra</translation>
    </message>
    <message>
        <source>parten som anställer och betalar tjänsten (nyckeln own_posts)</source>
        <translation>the party that employs and pays the post (key own_posts)</translation>
    </message>
    <message>
        <source>årsarbeten i tjänst per månad, tolv värden åtskilda av mellanslag eller semikolon</source>
        <translation>FTE in place per month, twelve values separated by spaces or semicolons</translation>
    </message>
    <message>
        <source>ändra en månad (1–12)</source>
        <translation>change one month (1–12)</translation>
    </message>
    <message>
        <source>ta bort en tjänst</source>
        <translation>remove a post</translation>
    </message>
    <message>
        <source>utfall per budgetpost och beslutat statsbidrag</source>
        <translation>actual cost per budget line and the grant decided</translation>
    </message>
    <message>
        <source>utfall, beslutat statsbidrag och fakturerat per kommun</source>
        <translation>actual costs, grant decided and billed per municipality</translation>
    </message>
    <message>
        <source>utfall för en budgetpost</source>
        <translation>actual cost of a budget line</translation>
    </message>
    <message>
        <source>ta bort utfallet för en budgetpost</source>
        <translation>remove the actual cost of a budget line</translation>
    </message>
    <message>
        <source>beslutat statsbidrag i kronor</source>
        <translation>grant decided in SEK</translation>
    </message>
    <message>
        <source>årsarbeten som statsbidraget beslutades för</source>
        <translation>FTE the grant was decided for</translation>
    </message>
    <message>
        <source>fakturerat i förskott, om det skiljer sig från kostnadsfördelningen</source>
        <translation>billed on account, if it differs from the cost distribution</translation>
    </message>
    <message>
        <source>fakturerat enligt kostnadsfördelningen igen</source>
        <translation>billed according to the cost distribution again</translation>
    </message>
    <message>
        <source>utfall från en CSV budgetpost;kronor</source>
        <translation>actual costs from a CSV budget line;SEK</translation>
    </message>
    <message>
        <source>redovisning av statsbidrag för personligt ombud</source>
        <translation>account of the grant for personal ombudsmen</translation>
    </message>
    <message>
        <source>redovisningen som JSON</source>
        <translation>the account as JSON</translation>
    </message>
    <message>
        <source>redovisningen som PDF</source>
        <translation>the account as PDF</translation>
    </message>
    <message>
        <source>redovisningen som CSV</source>
        <translation>the account as CSV</translation>
    </message>
    <message>
        <source>ansökans texter för året (återanvänds nästa år)</source>
        <translation>the application&apos;s texts for the year (reused next year)</translation>
    </message>
    <message>
        <source>ändra ansökans texter</source>
        <translation>change the application&apos;s texts</translation>
    </message>
    <message>
        <source>ett fält, t.ex. administration=Funktionsstödsförvaltningen</source>
        <translation>a field, e.g. administration=Funktionsstödsförvaltningen</translation>
    </message>
    <message>
        <source>fyll tomma fält för utbildning och uppföljning med förslag ur föregående års siffror</source>
        <translation>fill empty training and follow-up fields with proposals from the previous year&apos;s figures</translation>
    </message>
    <message>
        <source>visa ansökans texter</source>
        <translation>show the application&apos;s texts</translation>
    </message>
    <message>
        <source>--months: ange tolv värden (ett per månad), inte {n}.</source>
        <translation>--months: give twelve values (one per month), not {n}.</translation>
    </message>
    <message>
        <source>Månad {n}</source>
        <translation>Month {n}</translation>
    </message>
    <message>
        <source>--month: månaden ska vara 1–12.</source>
        <translation>--month: the month must be 1–12.</translation>
    </message>
    <message>
        <source>En ny tjänst behöver sina årsarbeten (--fte).</source>
        <translation>A new post needs its FTE (--fte).</translation>
    </message>
    <message>
        <source>Ange för en ny tjänst om den ger statsbidrag (--grant eller --no-grant).</source>
        <translation>State for a new post whether it gives the state grant (--grant or --no-grant).</translation>
    </message>
    <message>
        <source>{name}: ange först alla tolv månader med --months.</source>
        <translation>{name}: first enter all twelve months with --months.</translation>
    </message>
    <message>
        <source>Tjänsten {name} är sparad för {year}.</source>
        <translation>The post {name} is saved for {year}.</translation>
    </message>
    <message>
        <source>Årsarbeten {fte}, med statsbidrag {eligible}.</source>
        <translation>FTE {fte}, with grant {eligible}.</translation>
    </message>
    <message>
        <source>Tjänsten {name} är borttagen för {year}.</source>
        <translation>The post {name} is removed for {year}.</translation>
    </message>
    <message>
        <source>coordinator economy actual set: inget att ändra (se --help)</source>
        <translation>coordinator economy actual set: nothing to change (see --help)</translation>
    </message>
    <message>
        <source>Utfallet för {year} är sparat.</source>
        <translation>The actual costs for {year} are saved.</translation>
    </message>
    <message>
        <source>Utfall importerat för {n} budgetposter.</source>
        <translation>Actual costs imported for {n} budget lines.</translation>
    </message>
    <message>
        <source>CSV skriven: {path}</source>
        <translation>CSV written: {path}</translation>
    </message>
    <message>
        <source>Redovisning av statsbidrag {year}</source>
        <translation>Account of the grant {year}</translation>
    </message>
    <message>
        <source>Beslutat statsbidrag: {kr} kr för {fte} årsarbeten</source>
        <translation>Grant decided: SEK {kr} for {fte} FTE</translation>
    </message>
    <message>
        <source>Årsarbetsmånader med statsbidrag: {n}</source>
        <translation>FTE months with grant: {n}</translation>
    </message>
    <message>
        <source>Förbrukat statsbidrag: {kr} kr</source>
        <translation>Grant used: SEK {kr}</translation>
    </message>
    <message>
        <source>Ej förbrukat att återredovisa: {kr} kr</source>
        <translation>Unspent, to report back: SEK {kr}</translation>
    </message>
    <message>
        <source>Kostnad: budget {budget} kr, utfall {actual} kr</source>
        <translation>Cost: budget SEK {budget}, actual SEK {actual}</translation>
    </message>
    <message>
        <source>tilläggsfaktura {kr} kr</source>
        <translation>extra invoice SEK {kr}</translation>
    </message>
    <message>
        <source>återbetalning {kr} kr</source>
        <translation>refund SEK {kr}</translation>
    </message>
    <message>
        <source>ingen reglering</source>
        <translation>no settlement</translation>
    </message>
    <message>
        <source>--field ska skrivas NYCKEL=TEXT.</source>
        <translation>--field must be written KEY=TEXT.</translation>
    </message>
    <message>
        <source>coordinator economy application set: inget att ändra (se --help)</source>
        <translation>coordinator economy application set: nothing to change (see --help)</translation>
    </message>
    <message>
        <source>Ansökans texter för {year} är sparade.</source>
        <translation>The application&apos;s texts for {year} are saved.</translation>
    </message>
    <message>
        <source>(texterna från {year})</source>
        <translation>(the texts from {year})</translation>
    </message>
    <message>
        <source>Ekonomi {year} ({key})</source>
        <translation>Economy {year} ({key})</translation>
    </message>
    <message>
        <source>Årsarbeten: {fte}</source>
        <translation>FTE: {fte}</translation>
    </message>
    <message>
        <source>årspaket</source>
        <translation>year bundle</translation>
    </message>
    <message>
        <source>angivet</source>
        <translation>entered</translation>
    </message>
    <message>
        <source>Total kostnad: {kr} kr</source>
        <translation>Total cost: SEK {kr}</translation>
    </message>
    <message>
        <source>Statsbidrag: {kr} kr ({share} av kostnaden)</source>
        <translation>State grant: SEK {kr} ({share} of the cost)</translation>
    </message>
    <message>
        <source>Kommunernas del: {kr} kr</source>
        <translation>Municipalities&apos; part: SEK {kr}</translation>
    </message>
    <message>
        <source>  {name}: {pct}, {kr} kr per år, {inh} kr per invånare</source>
        <translation>  {name}: {pct}, SEK {kr} per year, SEK {inh} per inhabitant</translation>
    </message>
    <message>
        <source>{name} finns två gånger.</source>
        <translation>{name} is given twice.</translation>
    </message>
    <message>
        <source>{what} måste vara ett heltal: &apos;{value}&apos;</source>
        <extracomment>More digits than any id, count or year the program takes (refused before int()).</extracomment>
        <translation>{what} must be a whole number: &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>coordinator economy: ange --year Y (eller ett underkommando)</source>
        <translation>coordinator economy: give --year Y (or a subcommand)</translation>
    </message>
    <message>
        <source>po-desktop: årspaket som inte räknas (enheten är inte förväntad): {units}; godkänn med coordinator accept --unit-id ID</source>
        <translation>po-desktop: year bundles that do not count (the unit is not expected): {units}; accept with coordinator accept --unit-id ID</translation>
    </message>
    <message>
        <source>Årsarbeten: {fte} (med statsbidrag {eligible})</source>
        <translation>FTE: {fte} (with grant {eligible})</translation>
    </message>
    <message>
        <source>Pågående uppdrag vid årets slut per årsarbete: {n} (riktmärke 10–15)</source>
        <translation>Ongoing assignments at the year&apos;s end per FTE: {n} (guide 10–15)</translation>
    </message>
    <message>
        <source>Klienter under året per årsarbete: {n}</source>
        <translation>Clients during the year per FTE: {n}</translation>
    </message>
    <message>
        <source>{year}: ej rapporterat</source>
        <translation>{year}: not reported</translation>
    </message>
    <message>
        <source>Ange folkmängdens datum (--as-of ÅÅÅÅ-MM-DD).</source>
        <translation>Give the population&apos;s reference date (--as-of YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--as-of hör till --population</source>
        <translation>--as-of belongs to --population</translation>
    </message>
    <message>
        <source>coordinator economy set: inget att ändra (se --help)</source>
        <translation>coordinator economy set: nothing to change (see --help)</translation>
    </message>
    <message>
        <source>Ekonomin för {year} är sparad.</source>
        <translation>The economy for {year} is saved.</translation>
    </message>
    <message>
        <source>Folkmängd per {date} importerad för {n} kommuner.</source>
        <translation>Population as of {date} imported for {n} municipalities.</translation>
    </message>
    <message>
        <source>aliaset &apos;{alias}&apos; ser ut som ett namn (flera ord med stor bokstav); använd initialer och siffror, t.ex. AB12</source>
        <translation>the alias &apos;{alias}&apos; looks like a name (several capitalised words); use initials and digits, e.g. AB12</translation>
    </message>
    <message>
        <source>aliaset &apos;{alias}&apos; innehåller namnet {name}; använd initialer och siffror, t.ex. AB12</source>
        <translation>the alias &apos;{alias}&apos; contains the name {name}; use initials and digits, e.g. AB12</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgon</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>i går</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>om {n} dag</source>
        <translation>in {n} day</translation>
    </message>
    <message>
        <source>om {n} dagar</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>{n} dag sen</source>
        <translation>{n} day ago</translation>
    </message>
    <message>
        <source>{n} dagar sen</source>
        <translation>{n} days ago</translation>
    </message>
    <message>
        <source>sista dagen är i dag</source>
        <translation>the last day is today</translation>
    </message>
    <message>
        <source>{n} dag kvar</source>
        <translation>{n} day left</translation>
    </message>
    <message>
        <source>{n} dagar kvar</source>
        <translation>{n} days left</translation>
    </message>
    <message>
        <source>passerad för {n} dag sedan</source>
        <translation>passed {n} day ago</translation>
    </message>
    <message>
        <source>passerad för {n} dagar sedan</source>
        <translation>passed {n} days ago</translation>
    </message>
    <message>
        <source>Rapporterad i tid</source>
        <translation>Reported on time</translation>
    </message>
    <message>
        <source>{label}: {received} av {expected} förväntade enheter har rapporterat, {ontime} i tid (senast {deadline}).</source>
        <translation>{label}: {received} of {expected} expected units have reported, {ontime} on time (by {deadline}).</translation>
    </message>
    <message>
        <source>signerat ({fingerprint})</source>
        <translation>signed ({fingerprint})</translation>
    </message>
    <message>
        <source>{n} paket från en enhet som inte är förväntad; det räknas inte med i siffrorna förrän enheten godkänns.</source>
        <translation>{n} bundle from a unit that is not expected; it does not count in the figures until the unit is accepted.</translation>
    </message>
    <message>
        <source>{n} paket från enheter som inte är förväntade; de räknas inte med i siffrorna förrän enheterna godkänns.</source>
        <translation>{n} bundles from units that are not expected; they do not count in the figures until the units are accepted.</translation>
    </message>
    <message>
        <source>{n} paket är osignerat (äldre format).</source>
        <translation>{n} bundle is unsigned (older format).</translation>
    </message>
    <message>
        <source>{n} paket är osignerade (äldre format).</source>
        <translation>{n} bundles are unsigned (older format).</translation>
    </message>
    <message>
        <source>{n} ersatt paket.</source>
        <translation>{n} replaced bundle.</translation>
    </message>
    <message>
        <source>{n} ersatta paket.</source>
        <translation>{n} replaced bundles.</translation>
    </message>
    <message>
        <source>Inget importerat paket har enhets-id {id}; se &apos;coordinator status&apos; (id för enheter som inte är förväntade).</source>
        <translation>No imported bundle has the unit id {id}; see &apos;coordinator status&apos; (ids of units that are not expected).</translation>
    </message>
    <message>
        <source>{label} är ingen förväntad enhet (lägg till den med &apos;coordinator expect&apos;).</source>
        <translation>{label} is not an expected unit (add it with &apos;coordinator expect&apos;).</translation>
    </message>
    <message>
        <source>{label} är redan kopplad till ett annat enhets-id ({id}).</source>
        <translation>{label} is already linked to another unit id ({id}).</translation>
    </message>
    <message>
        <source>perioden {label} har inte slutat (slutar {end}); siffrorna är inte slutliga – be enheten exportera igen efter periodens slut</source>
        <translation>the period {label} has not ended (it ends {end}); the figures are not final – ask the unit to export again after the period has ended</translation>
    </message>
    <message>
        <source>Verksamhetsberättelse</source>
        <translation>Annual report</translation>
    </message>
    <message>
        <source>Verksamhetsberättelse: årets analys och rapport</source>
        <translation>Annual report: the year&apos;s analysis and report</translation>
    </message>
    <message>
        <source>Årets analys (jämförelse med föregående år, resultat, vad som ska utvecklas):</source>
        <translation>The year&apos;s analysis (comparison with the previous year, results, what to develop):</translation>
    </message>
    <message>
        <source>Skriv årets analys här. Inga uppgifter om klienter: texten kommer med i rapporten.</source>
        <translation>Write the year&apos;s analysis here. Nothing about clients: the text goes into the report.</translation>
    </message>
    <message>
        <source>Analysen sparas krypterad i valvet och kontrolleras mot personnummer, telefonnummer, e-post och klienters alias. Den följer aldrig med i statistikpaketet.</source>
        <translation>The analysis is stored encrypted in the vault and checked for personal identity numbers, phone numbers, e-mail addresses and client aliases. It never goes into the statistics bundle.</translation>
    </message>
    <message>
        <source>Spara analysen (Ctrl+S)</source>
        <translation>Save the analysis (Ctrl+S)</translation>
    </message>
    <message>
        <source>Exakta tal (INTERNT, inte för publicering)</source>
        <translation>Exact counts (INTERNAL, not for publication)</translation>
    </message>
    <message>
        <source>Förhandsvisa PDF…</source>
        <translation>Preview PDF…</translation>
    </message>
    <message>
        <source>Spara som Word-fil…</source>
        <translation>Save as Word file…</translation>
    </message>
    <message>
        <source>Analysen för {year} sparades senast {at}.</source>
        <translation>The analysis for {year} was last saved {at}.</translation>
    </message>
    <message>
        <source>Årspaket för {year}: {n} av {m} enheter.</source>
        <translation>Year bundles for {year}: {n} of {m} units.</translation>
    </message>
    <message>
        <source>Saknas: {units}.</source>
        <translation>Missing: {units}.</translation>
    </message>
    <message>
        <source>Rapporten räknar bara enheternas årspaket (period {year}, inte halvår): importera dem under Enheter och import.</source>
        <translation>The report counts only the units&apos; year bundles (period {year}, not half-years): import them under Units and import.</translation>
    </message>
    <message>
        <source>Analysen för {year} är sparad.</source>
        <translation>The analysis for {year} is saved.</translation>
    </message>
    <message>
        <source>verksamhetsberattelse-{year}{suffix}.pdf</source>
        <translation>annual-report-{year}{suffix}.pdf</translation>
    </message>
    <message>
        <source>Spara som Word-fil</source>
        <translation>Save as Word file</translation>
    </message>
    <message>
        <source>verksamhetsberattelse-{year}{suffix}.docx</source>
        <translation>annual-report-{year}{suffix}.docx</translation>
    </message>
    <message>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Verksamhetsberättelsen skrivs…</source>
        <translation>Writing the annual report…</translation>
    </message>
    <message>
        <source>Word-filen är sparad: {path}</source>
        <translation>The Word file is saved: {path}</translation>
    </message>
    <message>
        <source>Kryssa i en ruta. 1 = {low}, 5 = {high}.</source>
        <translation>Tick one box. 1 = {low}, 5 = {high}.</translation>
    </message>
    <message>
        <source>Vet inte</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tack för att du svarade!</source>
        <translation>Thank you for answering!</translation>
    </message>
    <message>
        <source>Aktiviteten {id} (rubriken)</source>
        <translation>Activity {id} (the title)</translation>
    </message>
    <message>
        <source>Ett samordnarvalv skriver den sammanställda verksamhetsberättelsen (coordinator annual-report).</source>
        <translation>A coordinator vault writes the merged annual report (coordinator annual-report).</translation>
    </message>
    <message>
        <source>ingen verksamhetsberättelse skrevs</source>
        <translation>no annual report was written</translation>
    </message>
    <message>
        <source>Samordnare</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Ingen skärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt): starta fönstret i en skrivbordssession. Kommandoraden fungerar utan skärm, se po-desktop --help.</source>
        <translation>No display found (neither DISPLAY nor WAYLAND_DISPLAY is set): start the window in a desktop session. The command line works without a display, see po-desktop --help.</translation>
    </message>
    <message>
        <source>Fönstret behöver biblioteket libxcb-cursor0: installera det (t.ex. sudo apt-get install libxcb-cursor0) och starta igen. Kommandoraden fungerar utan det, se po-desktop --help.</source>
        <translation>The window needs the library libxcb-cursor0: install it (e.g. sudo apt-get install libxcb-cursor0) and start again. The command line works without it, see po-desktop --help.</translation>
    </message>
    <message>
        <source>Ny anteckning för …</source>
        <translation>New note for …</translation>
    </message>
    <message>
        <source>Skriv en del av klientens alias och tryck Enter:</source>
        <translation>Type part of the client&apos;s alias and press Enter:</translation>
    </message>
    <message>
        <source>t.ex. AB</source>
        <translation>e.g. AB</translation>
    </message>
    <message>
        <source>Alias att söka</source>
        <translation>Alias to look for</translation>
    </message>
    <message>
        <source>Aktiva klienter</source>
        <translation>Active clients</translation>
    </message>
    <message>
        <source>Inget aktivt uppdrag har ett sådant alias.</source>
        <translation>No active assignment has such an alias.</translation>
    </message>
    <message>
        <source>Okänd sorts utkast: {kind}.</source>
        <translation>Unknown kind of draft: {kind}.</translation>
    </message>
    <message>
        <source>Utkastet kan inte sparas: oväntade fält.</source>
        <translation>The draft cannot be kept: unexpected fields.</translation>
    </message>
    <message>
        <source>Teckenförklaring: &lt;{t} = 1–{n} · x = dolt för att skydda ett litet tal · .. = redovisas inte · – = ej rapporterat · 0 = inga</source>
        <translation>Legend: &lt;{t} = 1–{n} · x = hidden to protect a small count · .. = not published · – = not reported · 0 = none</translation>
    </message>
    <message>
        <source>maskerat</source>
        <translation>masked</translation>
    </message>
    <message>
        <source>signaturen har fel form (signature.public_key eller value)</source>
        <translation>the signature is malformed (signature.public_key or value)</translation>
    </message>
    <message>
        <source>signaturen stämmer inte: paketet är ändrat efter exporten eller inte signerat av den nyckel det bär; be enheten exportera igen</source>
        <translation>the signature does not match: the bundle was changed after export or not signed by the key it carries; ask the unit to export again</translation>
    </message>
    <message>
        <source>användning: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>flaggor</source>
        <translation>options</translation>
    </message>
    <message>
        <source>underkommandon</source>
        <translation>subcommands</translation>
    </message>
    <message>
        <source>visa den här hjälpen och avsluta</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>argumentet %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>det här krävs: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>ett av argumenten %s krävs</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>går inte att kombinera med %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>ett värde krävs</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>högst ett värde</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>minst ett värde krävs</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>okända argument: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>tar inget värde: %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>ogiltigt val: %(value)r (välj bland %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>ogiltigt värde: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <source>flaggan %(option)s är tvetydig: %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>%(prog)s: fel: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>%s värde krävs</source>
        <translation>expected %s argument</translation>
    </message>
    <message>
        <source>%s värden krävs</source>
        <translation>expected %s arguments</translation>
    </message>
    <message>
        <source>{message} (se &apos;{prog} --help&apos;)</source>
        <translation>{message} (see &apos;{prog} --help&apos;)</translation>
    </message>
    <message>
        <source>ogiltigt år &apos;{value}&apos;: skriv ett årtal (ett heltal, t.ex. 2026)</source>
        <translation>invalid year &apos;{value}&apos;: write a year (a whole number, e.g. 2026)</translation>
    </message>
    <message>
        <source>starta ett team i en delad mapp</source>
        <translation>start a team in a shared folder</translation>
    </message>
    <message>
        <source>den delade mappen</source>
        <translation>the shared folder</translation>
    </message>
    <message>
        <source>ditt namn i teamet</source>
        <translation>your name in the team</translation>
    </message>
    <message>
        <source>be om att gå med i teamet i en delad mapp</source>
        <translation>ask to join the team in a shared folder</translation>
    </message>
    <message>
        <source>fingeravtrycket för kollegan som lägger till dig (25 siffror, läs upp)</source>
        <translation>the fingerprint of the colleague who adds you (25 digits, read aloud)</translation>
    </message>
    <message>
        <source>ditt fingeravtryck, medlemmar och senaste synk</source>
        <translation>your fingerprint, the members and the last sync</translation>
    </message>
    <message>
        <source>teamets medlemmar och de som vill gå med</source>
        <translation>the team&apos;s members and those who want to join</translation>
    </message>
    <message>
        <source>lägg till en kollega (fingeravtrycket jämfört högt)</source>
        <translation>add a colleague (fingerprint compared aloud)</translation>
    </message>
    <message>
        <source>ta bort en medlem ur teamet</source>
        <translation>remove a member from the team</translation>
    </message>
    <message>
        <source>namn, fingeravtryck eller medlems-id</source>
        <translation>name, fingerprint or member id</translation>
    </message>
    <message>
        <source>läs kollegornas filer och skriv din</source>
        <translation>read the colleagues&apos; files and write yours</translation>
    </message>
    <message>
        <source>enhetens förfrågningar och kö</source>
        <translation>the unit&apos;s inquiries and waiting list</translation>
    </message>
    <message>
        <source>&quot;Jag tar den&quot;, eller fördela till en kollega</source>
        <translation>&quot;I&apos;ll take it&quot;, or assign to a colleague</translation>
    </message>
    <message>
        <source>förfrågans referens (se &apos;team inquiries&apos;)</source>
        <translation>the inquiry&apos;s reference (see &apos;team inquiries&apos;)</translation>
    </message>
    <message>
        <source>kollegan som tar den (standard: du)</source>
        <translation>the colleague who takes it (default: you)</translation>
    </message>
    <message>
        <source>frånvaro och vem som täcker upp</source>
        <translation>absence and who covers</translation>
    </message>
    <message>
        <source>lägg in frånvaro</source>
        <translation>record an absence</translation>
    </message>
    <message>
        <source>kollegan som täcker</source>
        <translation>the colleague who covers</translation>
    </message>
    <message>
        <source>teamets aktuella och kommande frånvaro</source>
        <translation>the team&apos;s current and coming absences</translation>
    </message>
    <message>
        <source>ta bort din frånvaro</source>
        <translation>remove your absence</translation>
    </message>
    <message>
        <source>bevakningar du täcker under kollegors frånvaro</source>
        <translation>follow-ups you cover during colleagues&apos; absence</translation>
    </message>
    <message>
        <source>markera en täckt bevakning som klar</source>
        <translation>mark a covered follow-up done</translation>
    </message>
    <message>
        <source>klart-datum (standard: i dag)</source>
        <translation>done date (default: today)</translation>
    </message>
    <message>
        <source>lämna över ett uppdrag till en kollega</source>
        <translation>hand an assignment over to a colleague</translation>
    </message>
    <message>
        <source>klienten har samtyckt till överlämningen</source>
        <translation>the client has consented to the handover</translation>
    </message>
    <message>
        <source>överlämningar till och från dig</source>
        <translation>handovers to and from you</translation>
    </message>
    <message>
        <source>vad synkningarna avvisade eller noterade</source>
        <translation>what the syncs refused or noted</translation>
    </message>
    <message>
        <source>även de som redan är kvitterade</source>
        <translation>also those already acknowledged</translation>
    </message>
    <message>
        <source>kvittera de noteringar som visas</source>
        <translation>acknowledge the notices shown</translation>
    </message>
    <message>
        <source>lämna teamet (valvet glömmer teamets uppgifter)</source>
        <translation>leave the team (the vault forgets the team&apos;s data)</translation>
    </message>
    <message>
        <source>byt din krypteringsnyckel i teamet</source>
        <translation>change your encryption key in the team</translation>
    </message>
    <message>
        <source>Teamet är startat i {folder}.</source>
        <translation>The team is started in {folder}.</translation>
    </message>
    <message>
        <source>Ditt fingeravtryck (läs upp det för kollegorna): {fp}</source>
        <translation>Your fingerprint (read it aloud to your colleagues): {fp}</translation>
    </message>
    <message>
        <source>Du har bett om att gå med. Ditt fingeravtryck (läs upp det): {fp}</source>
        <translation>You have asked to join. Your fingerprint (read it aloud): {fp}</translation>
    </message>
    <message>
        <source>När kollegan har lagt till dig: kör &apos;team sync&apos;.</source>
        <translation>When the colleague has added you: run &apos;team sync&apos;.</translation>
    </message>
    <message>
        <source>medlem</source>
        <translation>member</translation>
    </message>
    <message>
        <source>borttagen</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>väntar på att läggas till</source>
        <translation>waiting to be added</translation>
    </message>
    <message>
        <source>Valvet är inte med i något team.</source>
        <translation>The vault is not in a team.</translation>
    </message>
    <message>
        <source>Team i {folder}; du är {label} ({status}).</source>
        <translation>Team in {folder}; you are {label} ({status}).</translation>
    </message>
    <message>
        <source>Ditt fingeravtryck: {fp}</source>
        <translation>Your fingerprint: {fp}</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Senaste synk: {at}</source>
        <translation>Last sync: {at}</translation>
    </message>
    <message>
        <source> (du)</source>
        <translation> (you)</translation>
    </message>
    <message>
        <source>{label} är tillagd i teamet.</source>
        <translation>{label} is added to the team.</translation>
    </message>
    <message>
        <source>{label} är borttagen: nya poster krypteras inte längre till hen.</source>
        <translation>{label} is removed: new records are no longer encrypted to them.</translation>
    </message>
    <message>
        <source>{files} filer lästa, {imported} nya poster, {published} publicerade.</source>
        <translation>{files} files read, {imported} new records, {published} published.</translation>
    </message>
    <message>
        <source>Din fil kunde inte skrivas nu; den skrivs vid nästa synk.</source>
        <translation>Your file could not be written now; it is written at the next sync.</translation>
    </message>
    <message>
        <source>Mottaget uppdrag: {alias}</source>
        <translation>Received assignment: {alias}</translation>
    </message>
    <message>
        <source>{n} överlämnade uppdrag gallrade (kvitterade av mottagaren).</source>
        <translation>{n} handed-over assignments purged (receipt from the receiver).</translation>
    </message>
    <message>
        <source>{n} bevakningar klarmarkerade av kollega.</source>
        <translation>{n} follow-ups marked done by a colleague.</translation>
    </message>
    <message>
        <source>{n} förfrågningar har tagits av flera samtidigt: fördela dem igen.</source>
        <translation>{n} inquiries were taken by several members at once: distribute them again.</translation>
    </message>
    <message>
        <source>post {seq}</source>
        <translation>record {seq}</translation>
    </message>
    <message>
        <source>Enheten har inga förfrågningar.</source>
        <translation>The unit has no inquiries.</translation>
    </message>
    <message>
        <source>KONFLIKT: {names}</source>
        <translation>CONFLICT: {names}</translation>
    </message>
    <message>
        <source>registrerad av {label}</source>
        <translation>recorded by {label}</translation>
    </message>
    <message>
        <source>tas av {who}</source>
        <translation>taken by {who}</translation>
    </message>
    <message>
        <source>Förfrågan {ref} tas av {label}.</source>
        <translation>Inquiry {ref} is taken by {label}.</translation>
    </message>
    <message>
        <source>Frånvaro {start}–{end} ({ref}); {label} täcker dina bevakningar.</source>
        <translation>Absence {start}–{end} ({ref}); {label} covers your follow-ups.</translation>
    </message>
    <message>
        <source>Ingen frånvaro inlagd.</source>
        <translation>No absence recorded.</translation>
    </message>
    <message>
        <source>{ref}	{label}	{start}–{end}	täcks av {cover}</source>
        <translation>{ref}	{label}	{start}–{end}	covered by {cover}</translation>
    </message>
    <message>
        <source>Frånvaron {ref} är borttagen.</source>
        <translation>The absence {ref} is removed.</translation>
    </message>
    <message>
        <source>Du täcker inga bevakningar just nu.</source>
        <translation>You cover no follow-ups at the moment.</translation>
    </message>
    <message>
        <source>klar {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <source>för {label}</source>
        <translation>for {label}</translation>
    </message>
    <message>
        <source>Klar: {alias} ({due}); {label} får markeringen vid nästa synk.</source>
        <translation>Done: {alias} ({due}); {label} gets the mark at the next sync.</translation>
    </message>
    <message>
        <source>{alias} är överlämnat till {label}. Din kopia gallras när {label} har tagit emot det (vid en senare synk).</source>
        <translation>{alias} is handed over to {label}. Your copy is purged when {label} has received it (at a later sync).</translation>
    </message>
    <message>
        <source>skickad, väntar på kvittens</source>
        <translation>sent, waiting for the receipt</translation>
    </message>
    <message>
        <source>kvitterad, din kopia gallrad</source>
        <translation>receipt seen, your copy purged</translation>
    </message>
    <message>
        <source>ändrad efter överlämningen, inte gallrad</source>
        <translation>changed after the handover, not purged</translation>
    </message>
    <message>
        <source>mottagen</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Inga överlämningar.</source>
        <translation>No handovers.</translation>
    </message>
    <message>
        <source>till {label}</source>
        <translation>to {label}</translation>
    </message>
    <message>
        <source>från {label}</source>
        <translation>from {label}</translation>
    </message>
    <message>
        <source>Inga okvitterade noteringar från synkningarna.</source>
        <translation>No unacknowledged notices from the synchronisations.</translation>
    </message>
    <message>
        <source>{n} noteringar kvitterade.</source>
        <translation>{n} notices acknowledged.</translation>
    </message>
    <message>
        <source>Du har lämnat teamet: kollegorna ser det när de synkar, och nya poster krypteras inte längre till dig. Valvet har glömt teamets uppgifter; dina uppdrag och förfrågningar finns kvar.</source>
        <translation>You have left the team: your colleagues see it when they sync, and new records are no longer encrypted to you. The vault has forgotten the team&apos;s data; your assignments and inquiries stay.</translation>
    </message>
    <message>
        <source>Valvet har glömt teamets uppgifter; dina uppdrag finns kvar.</source>
        <translation>The vault has forgotten the team&apos;s data; your assignments stay.</translation>
    </message>
    <message>
        <source>Ny krypteringsnyckel. Ditt nya fingeravtryck (läs upp det vid nästa möte): {fp}</source>
        <translation>New encryption key. Your new fingerprint (read it aloud at the next meeting): {fp}</translation>
    </message>
    <message>
        <source>Kollegorna använder nyckeln när de har synkat; äldre poster går att läsa.</source>
        <translation>Your colleagues use the key once they have synced; older records can still be read.</translation>
    </message>
    <message>
        <source>enhetens namn ska vara text</source>
        <translation>the unit name must be text</translation>
    </message>
    <message>
        <source>enhetens namn innehåller ett osynligt styrtecken ({char})</source>
        <translation>the unit name contains an invisible control character ({char})</translation>
    </message>
    <message>
        <source>enhetens namn saknas (t.ex. &quot;PO Mora&quot;)</source>
        <translation>the unit name is missing (e.g. &quot;PO Mora&quot;)</translation>
    </message>
    <message>
        <source>enhetens namn är för långt (högst {n} tecken)</source>
        <translation>the unit name is too long (at most {n} characters)</translation>
    </message>
    <message>
        <source>enhetens namn får bara innehålla latinska bokstäver (också å, ä, ö, é …), siffror, mellanslag och bindestreck, inte {char}</source>
        <translation>the unit name may hold only Latin letters (å, ä, ö, é … too), digits, spaces and hyphens, not {char}</translation>
    </message>
    <message>
        <source>perioden {start} – {end} är ingen möjlig statistikperiod: den ska ligga mellan {first} och {last} (ett år, ett halvår eller en del av ett år)</source>
        <translation>the period {start} – {end} is no possible statistics period: it must lie between {first} and {last} (a year, a half year or part of a year)</translation>
    </message>
    <message>
        <source>perioden {start} – {end} är ingen möjlig statistikperiod: den ska ligga inom ett kalenderår (ett år, ett halvår eller en del av ett år)</source>
        <translation>the period {start} – {end} is no possible statistics period: it must lie within one calendar year (a year, a half year or part of a year)</translation>
    </message>
    <message>
        <source>{value} (maskerat)</source>
        <translation>{value} (masked)</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ta tillbaka det som just togs bort</source>
        <translation>Bring back what was just removed</translation>
    </message>
    <message>
        <source>Ångra borttagningen</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <source>Återställd.</source>
        <translation>Restored.</translation>
    </message>
    <message>
        <source>Inga tjänster är angivna för året.</source>
        <translation>No posts are entered for the year.</translation>
    </message>
    <message>
        <source>Stb</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Med statsbidrag</source>
        <translation>With grant</translation>
    </message>
    <message>
        <source>Årsarbeten i tjänst per månad. Raden med statsbidrag summerar tjänsterna med statsbidrag, högst de beslutade årsarbetena per månad.</source>
        <translation>FTE in place per month. The row with grant sums the posts with a grant, at most the FTE decided per month.</translation>
    </message>
    <message>
        <source>Beslutat statsbidrag (kr)</source>
        <translation>Grant decided (SEK)</translation>
    </message>
    <message>
        <source>Årsarbetsmånader med statsbidrag</source>
        <translation>FTE months with grant</translation>
    </message>
    <message>
        <source>Förbrukat statsbidrag (kr)</source>
        <translation>Grant used (SEK)</translation>
    </message>
    <message>
        <source>Ej förbrukat statsbidrag att återredovisa (kr)</source>
        <translation>Unspent grant to report back (SEK)</translation>
    </message>
    <message>
        <source>Avvikelse (kr)</source>
        <translation>Difference (SEK)</translation>
    </message>
    <message>
        <source>Kommunernas faktiska del: {part} kr (kostnad {cost} kr − förbrukat statsbidrag {grant} kr), fördelad med årets nyckel.</source>
        <translation>The municipalities&apos; actual part: SEK {part} (cost SEK {cost} − grant used SEK {grant}), distributed by the year&apos;s key.</translation>
    </message>
    <message>
        <source>Belopp i kronor.</source>
        <translation>Amounts in SEK.</translation>
    </message>
    <message>
        <source>Ingen enhet har rapporterat för {year}: ej rapporterat.</source>
        <translation>No unit has reported for {year}: not reported.</translation>
    </message>
    <message>
        <source>Sammanslagen statistik från {n} enheter, maskerad för publicering: &lt;5 = färre än fem, x = dolt för att skydda ett annat värde, – = ej rapporterat.</source>
        <translation>Merged statistics from {n} units, masked for publication: &lt;5 = fewer than five, x = hidden to protect another value, – = not reported.</translation>
    </message>
    <message>
        <source>Redovisning av statsbidrag för personligt ombud {year}</source>
        <translation>Account of the grant for personal ombudsmen {year}</translation>
    </message>
    <message>
        <source>Sökande kommun: {name}</source>
        <translation>Applying municipality: {name}</translation>
    </message>
    <message>
        <source>Bemanning per månad</source>
        <translation>Staffing per month</translation>
    </message>
    <message>
        <source>Kostnad: budget och utfall</source>
        <translation>Cost: budget and actual</translation>
    </message>
    <message>
        <source>Kommunernas del och reglering</source>
        <translation>The municipalities&apos; part and settlement</translation>
    </message>
    <message>
        <source>Årets nyckeltal</source>
        <translation>The year&apos;s key figures</translation>
    </message>
    <message>
        <source>Förbrukat statsbidrag = beslutat belopp × årsarbetsmånader med statsbidrag / (12 × beslutade årsarbeten). Ej förbrukade medel kan komma att återkrävas. Belopp i hela kronor; återbetalningar och tilläggsfakturor summerar exakt till skillnaden mellan faktisk del och fakturerat.</source>
        <translation>Grant used = amount decided × FTE months with grant / (12 × FTE decided). Unspent funds may be reclaimed. Amounts in whole kronor; refunds and extra invoices sum exactly to the difference between the actual part and what was billed.</translation>
    </message>
    <message>
        <source>osignerat paket för en enhet vars paket är signerade (nyckel {fp}); be enheten exportera igen med en aktuell po-desktop</source>
        <translation>unsigned bundle for a unit whose bundles are signed (key {fp}); ask the unit to export again with a current po-desktop</translation>
    </message>
    <message>
        <source>paketet är signerat med nyckeln {fp} som redan är bunden till enheten {label} ({other}…), men har ett annat enhets-id ({this}…): ett kopierat valv? Varje enhet ska ha ett eget valv. Är det samma enhet med ett nytt enhets-id: byt nyckel för {label} först</source>
        <translation>the bundle is signed with the key {fp}, which is already bound to the unit {label} ({other}…), but has another unit id ({this}…): a copied vault? Every unit must have a vault of its own. If it is the same unit with a new unit id: change the key of {label} first</translation>
    </message>
    <message>
        <source>paketet är signerat med en annan nyckel ({new}) än den enheten är bunden till ({old}); har enheten en ny dator: jämför nyckeln per telefon och byt nyckel för enheten {id}</source>
        <translation>the bundle is signed with another key ({new}) than the one the unit is bound to ({old}); if the unit has a new computer: compare the key by phone and change the key for unit {id}</translation>
    </message>
    <message>
        <source>Ingen enhet med enhets-id {id} har en bunden nyckel (se coordinator status).</source>
        <translation>No unit with unit id {id} has a bound key (see coordinator status).</translation>
    </message>
    <message>
        <source>Det görs i ett samordnarvalv, inte i ett ombudsvalv.</source>
        <translation>This is done in a coordinator vault, not in an ombud vault.</translation>
    </message>
    <message>
        <source>{name} finns i {unit} paket men inte i kostnadsfördelningen.</source>
        <translation>{name} is in {unit} bundle but not in the cost distribution.</translation>
    </message>
    <message>
        <source>Årsarbeten hämtas ur enheternas årspaket; för {year} finns bara halvårspaket från {units}. Ange årsarbetena eller importera årspaketen.</source>
        <translation>FTE are taken from the units&apos; year bundles; for {year} there are only half-year bundles from {units}. Enter the FTE or import the year bundles.</translation>
    </message>
    <message>
        <source>Antal faktureringar per år ej angivet: beloppen visas per år, inte per faktura. Ange antalet för att få beloppen per faktura.</source>
        <translation>Number of invoices per year not entered: the amounts are shown per year, not per invoice. Enter the number to get the amounts per invoice.</translation>
    </message>
    <message>
        <source>Inga tjänster är angivna för året: ange tjänsterna och deras bemanning per månad.</source>
        <translation>No posts are entered for the year: enter the posts and their staffing per month.</translation>
    </message>
    <message>
        <source>Tjänsten {s} saknar bemanning per månad.</source>
        <translation>The post {s} has no staffing per month.</translation>
    </message>
    <message>
        <source>Beslutat statsbidrag (kronor och årsarbeten) är inte angivet.</source>
        <translation>The grant decided (SEK and FTE) is not entered.</translation>
    </message>
    <message>
        <source>Utfall saknas för budgetposten {s}.</source>
        <translation>The actual cost of the budget line {s} is missing.</translation>
    </message>
    <message>
        <source>Kostnadsfördelningen ger inga fakturerade belopp ({d}); ange vad som fakturerats.</source>
        <translation>The cost distribution gives no billed amounts ({d}); enter what was billed.</translation>
    </message>
    <message>
        <source>Beslutade årsarbeten ska vara över 0 och högst 100.</source>
        <translation>The FTE decided must be over 0 and at most 100.</translation>
    </message>
    <message>
        <source>Beslutade årsarbeten ska vara över 0 och högst 100, med högst två decimaler.</source>
        <translation>The FTE decided must be over 0 and at most 100, with at most two decimals.</translation>
    </message>
    <message>
        <source>{name} är inte en av fördelningens parter ({known}).</source>
        <translation>{name} is not one of the distribution&apos;s parties ({known}).</translation>
    </message>
    <message>
        <source>Fakturerat för {name}</source>
        <translation>Billed to {name}</translation>
    </message>
    <message>
        <source>{name} är ingen budgetpost för {year}; lägg till posten i budgeten först (med 0 kr om den inte budgeterades).</source>
        <translation>{name} is not a budget line for {year}; add the line to the budget first (with SEK 0 if it was not budgeted).</translation>
    </message>
    <message>
        <source>Utfallsfilen</source>
        <translation>The actual-cost file</translation>
    </message>
    <message>
        <source>Rad {line} i utfallsfilen: {name} är ingen budgetpost för {year}; inget importerades.</source>
        <translation>Line {line} of the actual-cost file: {name} is not a budget line for {year}; nothing was imported.</translation>
    </message>
    <message>
        <source>Tjänsten {name} finns inte för {year}.</source>
        <translation>The post {name} does not exist for {year}.</translation>
    </message>
    <message>
        <source>Redovisning av statsbidrag för personligt ombud</source>
        <translation>Account of the grant for personal ombudsmen</translation>
    </message>
    <message>
        <source>Obs</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bemannade månader med statsbidrag (årsarbetsmånader)</source>
        <translation>Staffed months with grant (FTE months)</translation>
    </message>
    <message>
        <source>Fakturerat (kr)</source>
        <translation>Billed (SEK)</translation>
    </message>
    <message>
        <source>Enligt utfall (kr)</source>
        <translation>By actual cost (SEK)</translation>
    </message>
    <message>
        <source>Återbetalning (kr)</source>
        <translation>Refund (SEK)</translation>
    </message>
    <message>
        <source>Tilläggsfaktura (kr)</source>
        <translation>Extra invoice (SEK)</translation>
    </message>
    <message>
        <source>Nyckeltal {year} (maskerade)</source>
        <translation>Key figures {year} (masked)</translation>
    </message>
    <message>
        <source>Ingen enhet har rapporterat</source>
        <translation>No unit has reported</translation>
    </message>
    <message>
        <source>Valvet är redan med i ett team; inget har ändrats.</source>
        <translation>The vault is already in a team; nothing has changed.</translation>
    </message>
    <message>
        <source>Mappen har redan en teamfil för det här valvet ({name}); välj en annan mapp. Inget har ändrats.</source>
        <translation>The folder already has a team file for this vault ({name}); choose another folder. Nothing has changed.</translation>
    </message>
    <message>
        <source>Det är ditt eget fingeravtryck: ange kollegans, som läser upp sitt.</source>
        <translation>That is your own fingerprint: enter the colleague&apos;s, who reads theirs aloud.</translation>
    </message>
    <message>
        <source>Ingen i teammappen har fingeravtrycket {fp}: kontrollera siffrorna och att kollegan har startat teamet i just den mappen. Inget har ändrats.</source>
        <translation>Nobody in the team folder has the fingerprint {fp}: check the digits and that the colleague started the team in exactly that folder. Nothing has changed.</translation>
    </message>
    <message>
        <source>Ingen som vill gå med har fingeravtrycket {fp}: kontrollera siffrorna och att kollegan har kört &apos;team join&apos; mot samma mapp (och att filen har synkats). Inget har ändrats.</source>
        <translation>Nobody who wants to join has the fingerprint {fp}: check the digits and that the colleague ran &apos;team join&apos; against the same folder (and that the file has synced). Nothing has changed.</translation>
    </message>
    <message>
        <source>{label} är redan medlem; inget har ändrats.</source>
        <translation>{label} is already a member; nothing has changed.</translation>
    </message>
    <message>
        <source>Du kan inte ta bort dig själv; be en kollega göra det.</source>
        <translation>You cannot remove yourself; ask a colleague to do it.</translation>
    </message>
    <message>
        <source>Första dagen</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Sista dagen</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Frånvaron slutar före den börjar</source>
        <translation>The absence ends before it starts</translation>
    </message>
    <message>
        <source>Frånvaron har redan passerat</source>
        <translation>The absence is already over</translation>
    </message>
    <message>
        <source>Välj en kollega som täcker upp, inte dig själv</source>
        <translation>Choose a colleague who covers, not yourself</translation>
    </message>
    <message>
        <source>Ingen (eller mer än en) frånvaro av dig har referensen &apos;{ref}&apos;</source>
        <translation>None (or more than one) of your absences has the reference &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>Ingen (eller mer än en) bevakning att täcka har referensen &apos;{ref}&apos;</source>
        <translation>None (or more than one) of the follow-ups to cover has the reference &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>aliaset {alias} används redan</source>
        <translation>the alias {alias} is already in use</translation>
    </message>
    <message>
        <source>Överlämnat från {label} i teamet den {date}, med klientens samtycke (tidigare alias: {alias}).</source>
        <translation>Handed over by {label} in the team on {date}, with the client&apos;s consent (previous alias: {alias}).</translation>
    </message>
    <message>
        <source>Anteckningen från {date}</source>
        <translation>The note of {date}</translation>
    </message>
    <message>
        <source>Bevakningen från {date}</source>
        <translation>The follow-up of {date}</translation>
    </message>
    <message>
        <source>{where} innehåller {found}: ta bort uppgiften och försök igen; inget skickades.</source>
        <translation>{where} contains {found}: remove it and try again; nothing was sent.</translation>
    </message>
    <message>
        <source>Kryssa i att klienten har samtyckt till överlämningen; inget skickades.</source>
        <translation>Tick that the client has consented to the handover; nothing was sent.</translation>
    </message>
    <message>
        <source>Välj en kollega att lämna över till; inget skickades.</source>
        <translation>Choose a colleague to hand over to; nothing was sent.</translation>
    </message>
    <message>
        <source>Bara ett pågående uppdrag kan lämnas över (&apos;{alias}&apos; är avslutat); inget skickades.</source>
        <translation>Only an ongoing assignment can be handed over (&apos;{alias}&apos; is closed); nothing was sent.</translation>
    </message>
    <message>
        <source>&apos;{alias}&apos; är redan överlämnat och väntar på kvittens; inget skickades.</source>
        <translation>&apos;{alias}&apos; is already handed over and waits for the receipt; nothing was sent.</translation>
    </message>
    <message>
        <source>överlämningen kan inte skrivas ({why})</source>
        <translation>the handover cannot be written ({why})</translation>
    </message>
    <message>
        <source>Ingen (eller mer än en) förfrågan i enhetens lista har referensen &apos;{ref}&apos; (se &apos;team inquiries&apos;)</source>
        <translation>None (or more than one) of the inquiries in the unit&apos;s list has the reference &apos;{ref}&apos; (see &apos;team inquiries&apos;)</translation>
    </message>
    <message>
        <source>Förfrågan {ref} har utfallet &apos;{outcome}&apos;; bara en förfrågan i kö (eller antagen) kan tas.</source>
        <translation>Inquiry {ref} has the outcome &apos;{outcome}&apos;; only a waiting (or accepted) inquiry can be taken.</translation>
    </message>
    <message>
        <source>Du är inte medlem i teamet</source>
        <translation>You are not a member of the team</translation>
    </message>
    <message>
        <source>Förfrågan {ref} innehåller personuppgifter (se &apos;Hänvisad till&apos;) och kan inte delas med teamet</source>
        <translation>Inquiry {ref} contains personal data (see &apos;Referred to&apos;) and cannot be shared with the team</translation>
    </message>
    <message>
        <source>Medlemmen finns inte i teamet</source>
        <translation>The member is not in the team</translation>
    </message>
    <message>
        <source>Valvet är inte med i något team: starta ett med &apos;team init&apos; eller gå med i ett med &apos;team join&apos;.</source>
        <translation>The vault is not in a team: start one with &apos;team init&apos; or join one with &apos;team join&apos;.</translation>
    </message>
    <message>
        <source>Du är inte medlem i teamet ännu: en kollega lägger till dig med ditt fingeravtryck, sedan synkar du.</source>
        <translation>You are not a member of the team yet: a colleague adds you with your fingerprint, then you sync.</translation>
    </message>
    <message>
        <source>Du är borttagen ur teamet; inget skrevs.</source>
        <translation>You are removed from the team; nothing was written.</translation>
    </message>
    <message>
        <source>Teammappen {folder} går inte att nå: anslut den (nätverksenheten, USB-minnet) och försök igen; inget har ändrats.</source>
        <translation>The team folder {folder} cannot be reached: connect it (the network drive, the USB stick) and try again; nothing has changed.</translation>
    </message>
    <message>
        <source>Namnet i teamet måste vara text</source>
        <translation>The name in the team must be text</translation>
    </message>
    <message>
        <source>Ange ett namn som kollegorna känner igen</source>
        <translation>Enter a name your colleagues recognise</translation>
    </message>
    <message>
        <source>Namnet i teamet är för långt (högst 80 tecken)</source>
        <translation>The name in the team is too long (at most 80 characters)</translation>
    </message>
    <message>
        <source>Namnet i teamet innehåller {found}</source>
        <translation>The name in the team contains {found}</translation>
    </message>
    <message>
        <source>Ett fingeravtryck är 25 siffror (fem grupper om fem); kontrollera det kollegan läste upp.</source>
        <translation>A fingerprint is 25 digits (five groups of five); check what the colleague read aloud.</translation>
    </message>
    <message>
        <source>Posten blir för stor för teamfilen (högst {mb} MB); dela upp den. Inget skickades.</source>
        <translation>The record is too large for the team file (at most {mb} MB); split it. Nothing was sent.</translation>
    </message>
    <message>
        <source>Ingen (eller mer än en) medlem heter &apos;{who}&apos;; medlemmar: {names}. Ange namnet, fingeravtrycket eller början av medlems-id.</source>
        <translation>No (or more than one) member is called &apos;{who}&apos;; members: {names}. Give the name, the fingerprint or the start of the member id.</translation>
    </message>
    <message>
        <source>Trasig post avvisad</source>
        <translation>Broken record refused</translation>
    </message>
    <message>
        <source>Avkortad post avvisad (filen skrevs inte färdigt)</source>
        <translation>Truncated record refused (the file was not written completely)</translation>
    </message>
    <message>
        <source>För lång rad avvisad</source>
        <translation>Too long line refused</translation>
    </message>
    <message>
        <source>Post i en nyare formatversion hoppades över</source>
        <translation>Record in a newer format version skipped</translation>
    </message>
    <message>
        <source>För många poster i filen; resten lästes inte</source>
        <translation>Too many records in the file; the rest was not read</translation>
    </message>
    <message>
        <source>Filen kunde inte läsas</source>
        <translation>The file could not be read</translation>
    </message>
    <message>
        <source>Filen är för stor och lästes inte</source>
        <translation>The file is too large and was not read</translation>
    </message>
    <message>
        <source>Post med ogiltig signatur avvisad (förfalskad eller ändrad)</source>
        <translation>Record with an invalid signature refused (forged or altered)</translation>
    </message>
    <message>
        <source>Post med ogiltigt innehåll avvisad</source>
        <translation>Record with invalid content refused</translation>
    </message>
    <message>
        <source>Post som inte gick att dekryptera avvisad</source>
        <translation>Record that could not be decrypted refused</translation>
    </message>
    <message>
        <source>Samma löpnummer med annat innehåll avvisat (gaffling)</source>
        <translation>Same sequence number with other content refused (a fork)</translation>
    </message>
    <message>
        <source>Äldre kopia av filen (lägre löpnummer än redan sett) ignorerad</source>
        <translation>Older copy of the file (lower sequence number than already seen) ignored</translation>
    </message>
    <message>
        <source>Kopia från synktjänsten (konfliktkopia) känd; inget läses två gånger</source>
        <translation>Copy made by the sync service (conflict copy) recognised; nothing is read twice</translation>
    </message>
    <message>
        <source>Post i en annan medlems fil avvisad</source>
        <translation>Record in another member&apos;s file refused</translation>
    </message>
    <message>
        <source>Fil från ett annat team hoppades över</source>
        <translation>File from another team skipped</translation>
    </message>
    <message>
        <source>Post från någon som inte är medlem väntar (okänd avsändare)</source>
        <translation>Record from someone who is not a member waits (unknown sender)</translation>
    </message>
    <message>
        <source>Post skriven efter att medlemmen togs bort ignorerad</source>
        <translation>Record written after the member was removed ignored</translation>
    </message>
    <message>
        <source>Överlämningen kunde inte tas emot</source>
        <translation>The handover could not be received</translation>
    </message>
    <message>
        <source>Uppdraget ändrades efter överlämningen och gallrades inte; kontrollera och gallra det själv</source>
        <translation>The assignment changed after the handover and was not purged; check it and purge it yourself</translation>
    </message>
    <message>
        <source>Förfrågan publicerades inte: den innehåller personuppgifter</source>
        <translation>Inquiry not published: it contains personal data</translation>
    </message>
    <message>
        <source>Länk eller specialfil i teammappen hoppades över</source>
        <translation>Link or special file in the team folder skipped</translation>
    </message>
    <message>
        <source>En kollega vill gå med: jämför fingeravtrycket högt och lägg till (fliken Medlemmar)</source>
        <translation>A colleague wants to join: compare the fingerprint aloud and add them (the Members tab)</translation>
    </message>
    <message>
        <source>Medlemspost om någon annan än avsändaren avvisad</source>
        <translation>Membership record about someone other than its author refused</translation>
    </message>
    <message>
        <source>Mottagaren av en överlämning har lämnat teamet; din kopia finns kvar</source>
        <translation>The receiver of a handover has left the team; your copy is kept</translation>
    </message>
    <message>
        <source>Det finns inget borttaget att ångra.</source>
        <translation>There is nothing removed to undo.</translation>
    </message>
    <message>
        <source>ingen giltig JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>posten har inte fälten h, c och s</source>
        <translation>the record does not have the fields h, c and s</translation>
    </message>
    <message>
        <source>postens huvud har fel fält</source>
        <translation>the record&apos;s header has wrong fields</translation>
    </message>
    <message>
        <source>formatversionen är inget heltal</source>
        <translation>the format version is not a whole number</translation>
    </message>
    <message>
        <source>formatversion {v} är okänd (en nyare po-desktop?)</source>
        <translation>format version {v} is unknown (a newer po-desktop?)</translation>
    </message>
    <message>
        <source>team-id är ogiltigt</source>
        <translation>the team id is invalid</translation>
    </message>
    <message>
        <source>medlems-id är ogiltigt</source>
        <translation>the member id is invalid</translation>
    </message>
    <message>
        <source>löpnumret är ogiltigt</source>
        <translation>the sequence number is invalid</translation>
    </message>
    <message>
        <source>post-id är ogiltigt</source>
        <translation>the record id is invalid</translation>
    </message>
    <message>
        <source>tidpunkten är ogiltig</source>
        <translation>the time is invalid</translation>
    </message>
    <message>
        <source>mottagarlistan är ogiltig</source>
        <translation>the list of recipients is invalid</translation>
    </message>
    <message>
        <source>mottagare, nyckel eller signatur är ogiltig</source>
        <translation>recipient, key or signature is invalid</translation>
    </message>
    <message>
        <source>raden är för lång</source>
        <translation>the line is too long</translation>
    </message>
    <message>
        <source>sista raden är avkortad</source>
        <translation>the last line is truncated</translation>
    </message>
    <message>
        <source>för många poster i filen</source>
        <translation>too many records in the file</translation>
    </message>
    <message>
        <source>ingen vanlig fil</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>filen är för stor</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>(ange datum)</source>
        <translation>(enter a date)</translation>
    </message>
    <message>
        <source>Jämförelse med {earlier}</source>
        <translation>Compared with {earlier}</translation>
    </message>
    <message>
        <source>{earlier}: {reason} – inget att jämföra med (–), aldrig 0.</source>
        <translation>{earlier}: {reason} – nothing to compare with (–), never 0.</translation>
    </message>
    <message>
        <source>i procent</source>
        <translation>in percent</translation>
    </message>
    <message>
        <source>Statistikstarten ska vara ett halvår, t.ex. 2026H1; inget sparades.</source>
        <translation>The statistics start must be a half year, e.g. 2026H1; nothing was saved.</translation>
    </message>
    <message>
        <source>Statistikstarten {since} ligger efter {now}; inget sparades.</source>
        <translation>The statistics start {since} is after {now}; nothing was saved.</translation>
    </message>
    <message>
        <source>Ett samordnarvalv har ingen statistikstart: dess perioder är rapporterade när en enhet har rapporterat dem.</source>
        <translation>A coordinator vault has no statistics start: its periods are reported when a unit has reported them.</translation>
    </message>
    <message>
        <source>ej rapporterat (före statistikstart {since})</source>
        <translation>not reported (before the statistics start {since})</translation>
    </message>
    <message>
        <source>{period} är ej rapporterat: valvet för statistik från {since} (statistikstarten kan ändras i inställningarna); {nothing}.</source>
        <translation>{period} is not reported: the vault keeps statistics from {since} (the statistics start can be changed in the settings); {nothing}.</translation>
    </message>
    <message>
        <source>Överlämningen av {alias} till {label} väntar på kvittens: be {label} synka, synka sedan själv och lämna teamet därefter; du är kvar i teamet.</source>
        <translation>The handover of {alias} to {label} is waiting for its receipt: ask {label} to sync, then sync yourself and leave the team after that; you are still in the team.</translation>
    </message>
    <message>
        <source>Teammappen {folder} gick inte att skriva: anslut den och kör &apos;team leave&apos; igen (du har inte lämnat teamet förrän din fil är skriven).</source>
        <translation>The team folder {folder} could not be written: connect it and run &apos;team leave&apos; again (you have not left the team until your file is written).</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.activities.participants_unstated är större än antalet informations- och uppsökande tillfällen</source>
        <translation>the figures do not add up: figures.activities.participants_unstated is larger than the number of information and outreach occasions</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.activities.participants är inte 0 fast inget tillfälle har ett antal</source>
        <translation>the figures do not add up: figures.activities.participants is not 0 although no occasion has a number</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.activities.hours_unstated_by_kind.{code} är större än antalet tillfällen</source>
        <translation>the figures do not add up: figures.activities.hours_unstated_by_kind.{code} is larger than the number of occasions</translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: figures.activities.hours_by_kind.{code} är inte 0 fast inget tillfälle har timmar</source>
        <translation>the figures do not add up: figures.activities.hours_by_kind.{code} is not 0 although no occasion has hours</translation>
    </message>
</context>
</TS>
