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
        <source>Kan inte skriva {path}: {err}.</source>
        <translation>Cannot write {path}: {err}.</translation>
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
        <source>Valvet är låst. Lås upp det först.</source>
        <translation>The vault is locked. Unlock it first.</translation>
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
</context>
</TS>
