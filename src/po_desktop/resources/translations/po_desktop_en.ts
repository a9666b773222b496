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
        <source>Lösenfrasfilen {path} finns inte.</source>
        <translation>The passphrase file {path} does not exist.</translation>
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
        <source>po-desktop: arbetsverktyg för personligt ombud. Utan kommando startar det grafiska programmet.</source>
        <translation>po-desktop: work tool for personligt ombud (PO). Without a command the graphical program starts.</translation>
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
        <source>kontroll, säkerhetskopia, lösenfras</source>
        <translation>check, backup, passphrase</translation>
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
        <source>krypterad säkerhetskopia till en fil</source>
        <translation>encrypted backup to a file</translation>
    </message>
    <message>
        <source>återställ valvet från en säkerhetskopia</source>
        <translation>restore the vault from a backup</translation>
    </message>
    <message>
        <source>init: --fte krävs för ett ombudsvalv (t.ex. --fte 1.00)</source>
        <translation>init: --fte is required for an ombud vault (e.g. --fte 1.00)</translation>
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
        <source>Den nya lösenfrasen är för kort (minst 8 tecken).</source>
        <translation>The new passphrase is too short (at least 8 characters).</translation>
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
        <source>Sida {n} av {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innehållet får inte plats på sidan (en text i en ruta som inte kan delas är för lång); ingen PDF skrevs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} är en mapp; ange ett filnamn för PDF-filen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen {folder} finns inte; PDF-filen skrevs inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skriva {path}: {err}.</source>
        <translation>Cannot write {path}: {err}.</translation>
    </message>
    <message>
        <source>Kunde inte skriva {path}: disken är full eller har ett skrivfel. Frigör utrymme och försök igen; inget sparat har ändrats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valvet {path} är upptaget av en annan åtgärd just nu. Försök igen om en stund; inget sparat har ändrats.</source>
        <translation type="unfinished"></translation>
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
        <source>Valvet {path} är tomt eller avkortat och kan inte läsas. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is empty or truncated and cannot be read. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>{path} är inte ett po-desktop-valv (okänt filformat).</source>
        <translation>{path} is not a po-desktop vault (unknown file format).</translation>
    </message>
    <message>
        <source>Fel lösenfras för valvet {path}. Försök igen; filen är oförändrad.</source>
        <translation>Wrong passphrase for the vault {path}. Try again; the file is unchanged.</translation>
    </message>
    <message>
        <source>Valvet {path} är skrivskyddat (filen eller mappen den ligger i). Flytta det till en mapp du får skriva i eller ändra behörigheten; inget har ändrats.</source>
        <translation type="unfinished"></translation>
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
        <source>Valvet {path} är avkortat eller skadat och kan inte läsas. Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is truncated or damaged and cannot be read. Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>Valvet {path} är skadat ({problem}). Återställ från en säkerhetskopia (po-desktop vault restore).</source>
        <translation>The vault {path} is damaged ({problem}). Restore from a backup (po-desktop vault restore).</translation>
    </message>
    <message>
        <source>po-desktop</source>
        <translation>po-desktop</translation>
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
        <source>PDF-filen skapas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsanteckningar för {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anteckningar-{alias}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiera systemfel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemfel.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ansokan-personligt-ombud.pdf</source>
        <translation type="unfinished"></translation>
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
        <source>{what} måste vara ett heltal: &apos;{value}&apos;; inget sparades.</source>
        <translation>{what} must be a whole number: &apos;{value}&apos;; nothing was saved.</translation>
    </message>
    <message>
        <source>alias (pseudonym, t.ex. AB12); vid update: nytt alias</source>
        <translation>alias (pseudonym, e.g. AB12); with update: new alias</translation>
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
        <source>Uppdraget är avslutat {end}. Gallrat: {n} anteckningar och {m} bevakningar; uppdraget heter nu {ref}.</source>
        <translation>The assignment was closed {end}. Purged: {n} notes and {m} follow-ups; the assignment is now called {ref}.</translation>
    </message>
    <message>
        <source>Uppdraget {alias} är avslutat {end}. Anteckningar och bevakningar gallras {on}.</source>
        <translation>The assignment {alias} was closed {end}. Notes and follow-ups will be purged {on}.</translation>
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
        <source>{at}	{ref}	{n} anteckningar, {m} bevakningar gallrade</source>
        <translation>{at}	{ref}	{n} notes, {m} follow-ups purged</translation>
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
        <source>Aktiva uppdrag: {n} (mål {lo:g}–{hi:g} för {fte} årsarbeten)</source>
        <translation>Active assignments: {n} (target {lo:g}–{hi:g} for {fte} full-time equivalents)</translation>
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
        <translation>The vault is locked</translation>
    </message>
    <message>
        <source>Ange lösenfrasen för {path}.</source>
        <translation>Enter the passphrase for {path}.</translation>
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
        <source>Blanketter</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>Uppgifter du fyller i här används bara för utskriften. De sparas aldrig i valvet och försvinner när du lämnar vyn eller låser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud – tom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansökan om personligt ombud – ifylld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiera systemfel – tom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i ansökan (sparas inte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blankettdefinition: {path}</source>
        <translation type="unfinished"></translation>
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
        <source>Spara inställningarna</source>
        <translation>Save the settings</translation>
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
        <source>Valvfil: {path}</source>
        <translation>Vault file: {path}</translation>
    </message>
    <message>
        <source>Sparat.</source>
        <translation>Saved.</translation>
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
        <source>Välj lösenfras</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Valvet skapas i {path}. Allt du skriver sparas krypterat med lösenfrasen.</source>
        <translation>The vault will be created in {path}. Everything you write is stored encrypted with the passphrase.</translation>
    </message>
    <message>
        <source>Viktigt: om du glömmer lösenfrasen går uppgifterna inte att få tillbaka. Det finns ingen bakdörr och ingen återställning.</source>
        <translation>Important: if you forget the passphrase, the data cannot be recovered. There is no back door and no reset.</translation>
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
        <source>ersätter en äldre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avvisad: en nyare finns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Släpp statistikpaket (.pobundle) här</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter och import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheter som ska rapportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Har skickat paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. PO Mora</source>
        <translation>e.g. PO Mora</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera statistikpaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj filer… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importera statistikpaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj statistikpaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaket (*.pobundle);;Alla filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importerar {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} av {n} filer importerade; {bad} avvisade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaket importeras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioder och rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: status och sammanställd rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förväntad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ersatta paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paketet skapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka har rapporterat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställda siffror (exakta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifierat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkoppling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporten som PDF (maskerad)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV för publicering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV internt (exakta tal)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkänn perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Öppna perioden igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {expected} förväntade enheter, {received} har rapporterat, {ontime} i tid (senast {deadline}), {replaced} ersatta paket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden godkändes {date}; nya paket avvisas tills den öppnas igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställd rapport {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport-{period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport-{period}-internt.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapport-{period}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV sparad: {path}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <source>Ärendehantering finns bara i ett ombudsvalv, inte i ett samordnarvalv.</source>
        <translation>Casework exists only in an ombud vault, not in a coordinator vault.</translation>
    </message>
    <message>
        <source>{what} saknas; inget sparades.</source>
        <translation>{what} is missing; nothing was saved.</translation>
    </message>
    <message>
        <source>{what} måste vara ett datum (ÅÅÅÅ-MM-DD); inget sparades.</source>
        <translation>{what} must be a date (YYYY-MM-DD); nothing was saved.</translation>
    </message>
    <message>
        <source>{what} måste vara text; inget sparades.</source>
        <translation>{what} must be text; nothing was saved.</translation>
    </message>
    <message>
        <source>{what} är för lång (högst {n} tecken); inget sparades.</source>
        <translation>{what} is too long (at most {n} characters); nothing was saved.</translation>
    </message>
    <message>
        <source>Kommunen &apos;{name}&apos; finns inte i valvets lista ({known}); inget sparades.</source>
        <translation>The municipality &apos;{name}&apos; is not in the vault&apos;s list ({known}); nothing was saved.</translation>
    </message>
    <message>
        <source>Okänt alias &apos;{alias}&apos;: inget uppdrag har det (se &apos;assignment list --all&apos;); inget sparades.</source>
        <translation>Unknown alias &apos;{alias}&apos;: no assignment has it (see &apos;assignment list --all&apos;); nothing was saved.</translation>
    </message>
    <message>
        <source>Ett gallrat uppdrag kan inte få ett alias igen; inget sparades.</source>
        <translation>A purged assignment cannot get an alias again; nothing was saved.</translation>
    </message>
    <message>
        <source>Aliaset &apos;{alias}&apos; används redan av ett aktivt uppdrag; inget sparades.</source>
        <translation>The alias &apos;{alias}&apos; is already used by an active assignment; nothing was saved.</translation>
    </message>
    <message>
        <source>kön</source>
        <translation>gender</translation>
    </message>
    <message>
        <source>Födelseåret måste vara ett årtal (ÅÅÅÅ); inget sparades.</source>
        <translation>The birth year must be a year (YYYY); nothing was saved.</translation>
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
        <source>Avsluta uppdraget med &apos;assignment close&apos; (slutdatum och avslutsorsak); inget sparades.</source>
        <translation>Close the assignment with &apos;assignment close&apos; (end date and end reason); nothing was saved.</translation>
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
        <source>Uppdraget &apos;{alias}&apos; är redan avslutat ({end}); inget sparades.</source>
        <translation>The assignment &apos;{alias}&apos; is already closed ({end}); nothing was saved.</translation>
    </message>
    <message>
        <source>Anteckningens text</source>
        <translation>The note&apos;s text</translation>
    </message>
    <message>
        <source>Uppdraget är gallrat; anteckningar kan inte läggas till.</source>
        <translation>The assignment has been purged; notes cannot be added.</translation>
    </message>
    <message>
        <source>Ändra uppdrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt uppdrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t.ex. initialer och nummer: AB12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aldrig personnummer, namn eller adress: klienten registreras inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födelseår:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktväg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Startdatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Första hembesöket gjordes av två ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriterad grupp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdragsområden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bevakning för {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslutet är delgivet (dagen då klienten fick det):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annan sista dag (t.ex. laglighetsprövning, särskild lag):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sista dag att överklaga: {date} (tre veckor från delgivningen, förvaltningslagen 44 §)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen delgivning: ange en egen sista dag om steget ska bevakas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta uppdraget {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slutdatum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutsorsak:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut anteckningarna åt klienten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jag förstår att anteckningarna och bevakningarna förstörs och inte kan återskapas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta uppdraget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningarna och bevakningarna förstörs när uppdraget avslutas. Bara de anonyma statistikuppgifterna finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningarna och bevakningarna förstörs {date} ({days} dagar efter slutdatum). Bara de anonyma statistikuppgifterna finns kvar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv arbetsanteckningen här. Den sparas krypterat medan du skriver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte sparad ännu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En tom anteckning sparas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparad {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrera (alias, kommun …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa avslutade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt uppdrag… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra uppgifter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avsluta uppdraget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny anteckning (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förstör anteckningen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delgivet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sista dag ändrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ja, förslag {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bevakning… (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markera som klar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa klara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bevakningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt uppdrag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny bevakning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara anteckningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Välj ett uppdrag i listan, eller skapa ett nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdrag {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kön: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Födelseår: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommun: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktväg: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fas: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutat {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>första hembesöket med två ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriterad: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Områden: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningar och bevakningar är gallrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdraget är avslutat; anteckningarna och bevakningarna är förstörda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdraget är avslutat; anteckningarna förstörs när sparandetiden gått ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förstör anteckningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anteckningen förstörs och kan inte återskapas. Fortsätt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingen anteckning med id {id}; inget sparades.</source>
        <translation>No note with id {id}; nothing was saved.</translation>
    </message>
    <message>
        <source>Ingen anteckning med id {id}.</source>
        <translation>No note with id {id}.</translation>
    </message>
    <message>
        <source>Ange minst ett ord att söka efter.</source>
        <translation>Enter at least one word to search for.</translation>
    </message>
    <message>
        <source>Sista dagen {due} är före delgivningen {served}; inget sparades.</source>
        <translation>The last day {due} is before the decision was served {served}; nothing was saved.</translation>
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
        <source>Uppdraget är gallrat; bevakningar kan inte läggas till.</source>
        <translation>The assignment has been purged; follow-ups cannot be added.</translation>
    </message>
    <message>
        <source>Texten</source>
        <translation>The text</translation>
    </message>
    <message>
        <source>Ingen bevakning med id {id}; inget sparades.</source>
        <translation>No follow-up with id {id}; nothing was saved.</translation>
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
        <source>Ändra förfrågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny förfrågan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vilken instans (vid hänvisning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hänvisad till:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förfrågningar och kö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bara kön (i prioritetsordning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtrera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioriterad grupp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kontaktväg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hänvisad till</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Utfallsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny förfrågan… (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ändra / nytt utfall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ny förfrågan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} i kön.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum för utfallet</source>
        <translation>Date of the outcome</translation>
    </message>
    <message>
        <source>Datumet för utfallet {o} är före förfrågan {d}; inget sparades.</source>
        <translation>The date of the outcome {o} is before the inquiry {d}; nothing was saved.</translation>
    </message>
    <message>
        <source>Ingen förfrågan med id {id}; inget sparades.</source>
        <translation>No inquiry with id {id}; nothing was saved.</translation>
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
        <source>Datumet {d} är före datumet då systemfelet identifierades ({i}); inget sparades.</source>
        <translation>The date {d} is before the date the system failure was identified ({i}); nothing was saved.</translation>
    </message>
    <message>
        <source>{field}: {what}</source>
        <translation>{field}: {what}</translation>
    </message>
    <message>
        <source>Systemfelet får inte innehålla klientuppgifter; hittade {found}. Ta bort dem och försök igen; inget sparades.</source>
        <translation>The system failure must not contain client data; found {found}. Remove it and try again; nothing was saved.</translation>
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
        <source>uppgift saknas</source>
        <translation>not known</translation>
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
        <source>Kan inte skriva statistikpaketet {path}: {err}. Ingen fil skrevs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hela filen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fältet {field} saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt fält {field} (bundlen får bara innehålla formatets fält)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} har fel typ (ska vara {type})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} är mindre än {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} har fel form: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>är en mapp, inte en fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filen finns inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan inte läsa filen: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte en UTF-8-textfil (inget statistikpaket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte giltig JSON (avkortad eller skadad fil?), rad {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte ett JSON-objekt (inget statistikpaket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fältet format saknas (inget statistikpaket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänt format {fmt} (väntade {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatversion {v} är nyare än programmet kan läsa (högst {max}); uppdatera po-desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd formatversion {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negativt antal i {field} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perioden slutar {end} före sin början {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kontrollsumman (sha256) stämmer inte: filen är ändrad eller skadad efter exporten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd statistikprofil {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kategorin {code} saknas i figures.{group}.{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd kategori {code} i figures.{group}.{key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: summan av figures.{group}.{key} är {sum}, men figures.{tgroup}.{tkey} är {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>siffrorna går inte ihop: active är inte ended + ongoing_at_end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samordnarens sammanställning av enheternas paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en enhet som förväntas rapportera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importera statistikpaket (.pobundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vilka enheter har rapporterat för en period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sammanställd statistik för en period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rapporten som PDF (maskerad för publicering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabellen som CSV, maskerad för publicering (se --internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV med exakta antal, märkt &quot;internt&quot; (får inte publiceras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antal under N visas som &lt;N vid publicering (standard 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>godkänn en period: senare paket för den avvisas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>öppna en godkänd period igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förväntad enhet: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redan importerad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importerad, ersätter tidigare paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte importerad: ersatt av en nyare export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avvisad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avvisad: konflikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>po-desktop: ingen av {total} filer importerades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>po-desktop: {n} av {total} filer importerades inte; de övriga är importerade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {label}: {received} av {expected} förväntade enheter har rapporterat, {on_time} senast {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Godkänd {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mottagen {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (efter sista dag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} ersatta paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (inte förväntad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threshold måste vara minst 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--internal gäller CSV-filen: ange också --csv FIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} enheter, period {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV skriven ({kind}): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internt, exakta antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maskerad för publicering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-rapporten finns inte i den här versionen ännu; använd --csv eller --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF skriven: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sammanställning för {label} ({start} – {end}): {n} enheter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknas: {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden {label} är godkänd {date}; senare paket för den avvisas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden {label} är öppen igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv ut blanketter, statistik och anteckningar som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blanketten Ansökan om personligt ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF-filen som skrivs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom blankett att fylla i för hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ifyllda uppgifter (TOML eller JSON, &apos;-&apos; = standard in); sparas aldrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blanketten Identifiera systemfel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemfelets id (utelämnas med --blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom blankett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ombudets namn eller beteckning på blanketten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>periodens statistik med diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exakta tal (internt); annars maskeras små tal för publicering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ta med periodens systemfel per myndighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visa, kopiera eller välj enhetens blankettdefinitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kopiera definitionerna som används till en mapp, för att ändra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>använd definitionerna i mappen (kontrolleras först)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>använd programmets egna definitioner igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ett uppdrags anteckningar, till klienten vid avslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdefilen {path} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte läsa värdefilen {path}: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdefilen {path} är inte giltig JSON (rad {line}, kolumn {col}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdefilen {path} är inte giltig TOML eller JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdefilen {path} ska innehålla nyckel = värde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fyll i blanketten. Tom rad = lämna rutan tom. Uppgifterna sparas inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (flera rader; avsluta med en tom rad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nummer eller text: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ifylld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev {kind} blankett: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print system-failure: ange systemfelets ID, eller --blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print system-failure: ange antingen ID eller --blank, inte båda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev systemfelsblanketten: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev statistiken för {period}: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrev {n} anteckningar: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopierade {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Använder {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistiken för en period (statistics.md §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026, 2026H1, 2026H2 eller 2026-01-01..2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maskinläsbart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistikpaket till samordnaren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skriv ett .pobundle för en period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik för {unit}, period {label} ({start} – {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaket för {label} skrivet: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sidor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut… (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara som PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skrivaren kunde inte startas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halvår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>År</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>första halvåret (jan–jun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>andra halvåret (jul–dec)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök i anteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ord att söka efter (alla ord måste finnas; början av ett ord räcker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sök</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Träff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} träffar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdrag och kö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa uppdragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visa kön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdrag äldre än 18 månader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Försenade bevakningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kommande bevakningar (14 dagar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aktiva uppdrag (inga årsarbeten angivna).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inom målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>över målet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} aktiva uppdrag på {fte} årsarbeten: {per} per årsarbete ({status}; målet är 10–15 per årsarbete, alltså {lo}–{hi} uppdrag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} väntar i kön.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} avslutade uppdrag väntar på gallring; nästa {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppgift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik för en period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera statistikpaket… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF och utskrift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exakta tal (internt, inte för publicering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med systemfelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera statistikpaket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exportera statistikpaket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaket (*.pobundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaketet skrivs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaketet är sparat: {path}. Skicka det till samordnaren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistik-{period}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel – brister i samhällets stöd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nytt systemfel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga klientuppgifter: inga namn, personnummer, telefonnummer, e-postadresser eller alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifierat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansvarig huvudman:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Område:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vilka brister gör att klienten söker stöd hos PO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ökar stödet klientens självständighet eller beroendeställning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder (vidtagna / föreslagna):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterat till (ledningsgruppens kontakt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkopplingens innehåll:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterat datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkoppling begärd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkoppling har kommit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spara systemfelet (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skriv ut blanketten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta bort eller skriv om: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfelet är sparat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värdet för {key} finns inte bland blankettens alternativ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (forts.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanketten {form} har inget fält {key}; kända fält: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {key} tar ett enda värde, inte en lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fältet {key} har ett värde som inte är text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fel i blankettdefinitionen {file}: {key}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en tabell ([{key}])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas (obligatorisk nyckel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara {kind}, inte {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>får inte vara tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd nyckel (stavfel?); tillåtna: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>okänd blocktyp {t!r}; tillåtna: {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en av {styles}, inte {s!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska bestå av a–z, 0–9 och _, inte {k!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nyckeln {k!r} finns redan i blanketten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett tal större än 0 och högst 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett heltal från 1 till {n}, inte {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en text eller {{ code = …, label = … }}, inte {v!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara ett heltal från 1 till 6, inte {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {v} stöds inte (programmet kan version {k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saknas (obligatorisk tabell [form])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bildfilen {p} finns inte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ska vara en PNG-, JPG- eller GIF-bild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blanketten har inga block ([[{n}]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan bara fortsätta en rad efter ett fält</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kan inte läsas ({err})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filen är inte UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inte giltig TOML: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Små tal är maskerade för publicering: &lt;{t} betyder 1–{n}; x är dolt för att ett maskerat tal inte ska kunna räknas fram ur summan; .. betyder att uppgiften inte redovisas. 0 visas som 0. Systemfel gäller inte personer och visas exakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(maskerat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nyckeltal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade uppdrag: medianlängd per enhet, spann (dagar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summa: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Återkoppling mottagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterat {date}; väntar på återkoppling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inte rapporterat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inga systemfel identifierades under perioden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{authority} ({n} st)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brist och åtgärder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Åtgärder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svar: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNT – exakta tal, inte för publicering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistik personligt ombud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utskriven {date} · statistikprofil {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fördelningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel per ansvarig myndighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit} · statistik {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden godkänd {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preliminär: perioden är inte godkänd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personligt ombud – sammanställd rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterande enheter: {n} av {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistikpaket skapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapporterad efter sista dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (ersätter ett tidigare paket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saknas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siffrorna omfattar bara de enheter som har rapporterat; {n} enhet(er) saknas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medianlängd avslutade uppdrag (dagar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medianlängd per enhet (medianer summeras inte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel som enheterna har identifierat under perioden, med status för rapportering till ledningsgruppen och återkoppling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personligt ombud · sammanställd rapport {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsanteckningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uppdrag: {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utskrivna {date} för dig att behålla. Ombudets anteckningar förstörs i programmet när uppdraget avslutas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Det finns inga anteckningar för uppdraget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbetsanteckningar · {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ange enhetens namn (1–120 tecken), t.ex. &quot;PO Mora&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enheten {label} är redan förväntad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemfelet {id} ({field}) innehåller {kinds}; be enheten ta bort uppgiften och exportera igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samma bundle_id {id} som ett redan importerat paket men annat innehåll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perioden godkändes {date}; öppna den igen (coordinator reopen) för att ta emot nya paket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistikprofilen {new} skiljer sig från {old} som periodens övriga paket har</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en nyare export från {unit} för {period} gäller redan (skapad {at}); detta paket är äldre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gäller: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ersätter {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden {label} är redan godkänd ({date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perioden {label} är inte godkänd; inget att öppna.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kan inte skapa mappen {path}: {err}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{paths} finns redan; inget kopierades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen {path} finns inte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappen {path} innehåller varken intake.toml eller system_failure.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfelet {id} ({field}) innehåller klientuppgifter: {what}. Ändra systemfelet först; ingen PDF skrevs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett ifyllt systemfel kräver valvet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag under perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nya uppdrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade uppdrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågående vid periodens slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter kön</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter ålder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter kommun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nya uppdrag efter kontaktväg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag i prioriterade grupper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aktiva uppdrag efter uppdragsområde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade uppdrag efter avslutsorsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avslutade uppdrag efter längd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median längd för avslutade uppdrag (dagar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågående längre än 18 månader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förfrågningar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Förfrågningar efter utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I kö vid periodens slut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifierade systemfel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel efter huvudman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel rapporterade till ledningsgruppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfel med återkoppling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Årsarbeten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pågående uppdrag per årsarbete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lo}–{hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exakta antal – får inte publiceras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FÖR PUBLICERING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>antal 1–4 visas som &lt;5; x och .. = dolt för att skydda små antal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nyckel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kategori</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubrik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valvets statistikprofil {name} finns inte i programmet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systemfelet från {date} ({field}) innehåller {found}. Ta bort uppgiften ur systemfelet och exportera igen; ingen fil skrevs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ett samordnarvalv exporterar inga statistikpaket; det tar emot dem (coordinator import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
