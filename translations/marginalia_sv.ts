<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>BackupStore</name>
    <message>
        <source>Saved by hand</source>
        <translation>Sparad manuellt</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Före en sammanslagning</translation>
    </message>
    <message>
        <source>Before a format upgrade</source>
        <translation>Före en formatuppgradering</translation>
    </message>
    <message>
        <source>%1: no free name for a backup copy next to it</source>
        <translation>%1: inget ledigt namn för en säkerhetskopia bredvid den</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Säkerhetskopian kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>The backup is the project file itself.</source>
        <translation>Säkerhetskopian är själva projektfilen.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>The current state could not be saved before restoring, so nothing was changed: %1</source>
        <translation>Det nuvarande läget kunde inte sparas före återställningen, så ingenting ändrades: %1</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it there, then restore again.</source>
        <translation>%1 är öppen i ett annat program; stäng den där och återställ sedan igen.</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened: %2</source>
        <translation>Säkerhetskopian %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>The backup could not be copied: %1</source>
        <translation>Säkerhetskopian kunde inte kopieras: %1</translation>
    </message>
    <message>
        <source>The copy of the backup is not readable: %1</source>
        <translation>Kopian av säkerhetskopian går inte att läsa: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 kunde inte ersättas: %2</translation>
    </message>
    <message>
        <source>The backup is damaged, so the project was not replaced: %1</source>
        <translation>Säkerhetskopian är skadad, så projektet ersattes inte: %1</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Select some text to code first.</source>
        <translation>Markera först den text som ska kodas.</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>Koda med ”%1”</translation>
    </message>
    <message>
        <source>The selection is already coded with “%1”.</source>
        <translation>Markeringen är redan kodad med ”%1”.</translation>
    </message>
    <message>
        <source>Uncode “%1”</source>
        <translation>Ta bort kodningen ”%1”</translation>
    </message>
    <message>
        <source>Select the words that should become a code first.</source>
        <translation>Markera först de ord som ska bli en kod.</translation>
    </message>
    <message>
        <source>Code in vivo “%1”</source>
        <translation>In vivo-kodning ”%1”</translation>
    </message>
    <message>
        <source>Add code “%1”</source>
        <translation>Lägg till koden ”%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Byt namn på ”%1” till ”%2”</translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation>Byt färg på ”%1”</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>Beskriv ”%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>Flytta ”%1”</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Slå ihop ”%1” med ”%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete code “%1” and %n coding(s)</source>
        <translation>
            <numerusform>Ta bort koden ”%1” och %n kodning</numerusform>
            <numerusform>Ta bort koden ”%1” och %n kodningar</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Ta bort koden ”%1”</translation>
    </message>
    <message>
        <source>Set “%1” of “%2”</source>
        <translation>Ange ”%1” för ”%2”</translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute value(s)</source>
        <translation>
            <numerusform>Ange %n attributvärde</numerusform>
            <numerusform>Ange %n attributvärden</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit memo of “%1”</source>
        <translation>Redigera memo för ”%1”</translation>
    </message>
    <message>
        <source>Edit memo of code “%1”</source>
        <translation>Redigera memo för koden ”%1”</translation>
    </message>
    <message>
        <source>Edit memo of a “%1” coding</source>
        <translation>Redigera memo för en ”%1”-kodning</translation>
    </message>
    <message>
        <source>Remove document “%1”</source>
        <translation>Ta bort dokumentet ”%1”</translation>
    </message>
    <message>
        <source>Unset “%1” of “%2”</source>
        <translation>Töm ”%1” för ”%2”</translation>
    </message>
    <message>
        <source>Add attribute “%1”</source>
        <translation>Lägg till attributet ”%1”</translation>
    </message>
    <message>
        <source>there is an attribute “%1” already</source>
        <translation>det finns redan ett attribut ”%1”</translation>
    </message>
    <message>
        <source>Rename attribute “%1” to “%2”</source>
        <translation>Byt namn på attributet ”%1” till ”%2”</translation>
    </message>
    <message>
        <source>Change the type of attribute “%1”</source>
        <translation>Ändra typen för attributet ”%1”</translation>
    </message>
    <message>
        <source>Delete attribute “%1”</source>
        <translation>Ta bort attributet ”%1”</translation>
    </message>
    <message>
        <source>Auto-code “%1” with “%2”</source>
        <translation>Autokoda ”%1” med ”%2”</translation>
    </message>
    <message>
        <source>Edit code “%1”</source>
        <translation>Redigera koden ”%1”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative research: code, compare and report.</source>
        <translation>Kvalitativ forskning: koda, jämför och rapportera.</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>Öppna demoprojektet (skapas första gången).</translation>
    </message>
    <message>
        <source>Test driver: run the edits in FILE on the project, printing &quot;ok N&quot; as each is saved.</source>
        <translation>Testdrivrutin: kör redigeringarna i FILE på projektet och skriver ”ok N” när var och en har sparats.</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>Nytt projekt för importen</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-projekt (*.marginalia)</translation>
    </message>
    <message>
        <source>The project file (*.marginalia) to open, or a REFI-QDA project (*.qdpx) to import.</source>
        <translation>Projektfilen (*.marginalia) som ska öppnas, eller ett REFI-QDA-projekt (*.qdpx) som ska importeras.</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>ej tillämpl.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>%1 coded %2 characters</source>
        <translation>%1 kodade %2 tecken</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Överensstämmelse %</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Document agreement %</source>
        <translation>Överensstämmelse per dokument %</translation>
    </message>
    <message>
        <source>Document κ</source>
        <translation>Dokument-κ</translation>
    </message>
    <message>
        <source>Document α</source>
        <translation>Dokument-α</translation>
    </message>
    <message>
        <source>Characters compared: the length of the documents every coder coded</source>
        <translation>Jämförda tecken: längden på de dokument som varje kodare har kodat</translation>
    </message>
    <message>
        <source>Two coders only</source>
        <translation>Endast två kodare</translation>
    </message>
    <message>
        <source>Documents compared at the document level</source>
        <translation>Dokument som jämförs på dokumentnivå</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementTab</name>
    <message>
        <source>Double-click a code to list its disagreements.</source>
        <translation>Dubbelklicka på en kod för att lista dess oenigheter.</translation>
    </message>
    <message>
        <source>Double-click a disagreement to read it in its document.</source>
        <translation>Dubbelklicka på en oenighet för att läsa den i dess dokument.</translation>
    </message>
    <message>
        <source>The coders to compare: two or more</source>
        <translation>Kodarna som ska jämföras: två eller fler</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units.&lt;/b&gt; Compared are the documents in which every chosen coder has at least one coding. At the character level every character of those documents is a unit for each code: a coder said yes if any of the coder&apos;s codings of the code covers it. At the document level every document is a unit: yes if the coder applied the code anywhere in it.</source>
        <translation>&lt;b&gt;Enheter.&lt;/b&gt; Jämförs gör de dokument där varje vald kodare har minst en kodning. På teckennivå är varje tecken i dessa dokument en enhet för varje kod: en kodare sa ja om någon av kodarens kodningar med koden täcker det. På dokumentnivå är varje dokument en enhet: ja om kodaren använde koden någonstans i det.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement %&lt;/b&gt;: units on which all coders agree (all yes or all no).</source>
        <translation>&lt;b&gt;Överensstämmelse %&lt;/b&gt;: enheter där alla kodare är eniga (alla ja eller alla nej).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohen&apos;s κ&lt;/b&gt; (two coders): (Po − Pe) / (1 − Pe), Po the observed agreement, Pe = P(A yes)·P(B yes) + P(A no)·P(B no) over every unit compared; n/a when Pe = 1.</source>
        <translation>&lt;b&gt;Cohens κ&lt;/b&gt; (två kodare): (Po − Pe) / (1 − Pe), där Po är den observerade överensstämmelsen och Pe = P(A ja)·P(B ja) + P(A nej)·P(B nej) över alla jämförda enheter; ej tillämpl. när Pe = 1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff&apos;s α&lt;/b&gt; (nominal, two or more coders): 1 − Do/De from the coincidence matrix; n/a when every value is the same.</source>
        <translation>&lt;b&gt;Krippendorffs α&lt;/b&gt; (nominal, två eller fler kodare): 1 − Do/De från koincidensmatrisen; ej tillämpl. när alla värden är lika.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;: the units of all codes pooled. &lt;b&gt;Disagreements&lt;/b&gt;: runs of characters coded with the code by some coders and not by others.</source>
        <translation>&lt;b&gt;Totalt&lt;/b&gt;: enheterna för alla koder sammanslagna. &lt;b&gt;Oenigheter&lt;/b&gt;: sammanhängande tecken som vissa kodare kodade med koden och andra inte.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Kopiera som CSV</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alla koder</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n disagreement(s)</source>
        <translation>
            <numerusform>”%1”: %n oenighet</numerusform>
            <numerusform>”%1”: %n oenigheter</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disagreements:</source>
        <translation>&amp;Oenigheter:</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>K&amp;odare:</translation>
    </message>
    <message>
        <source>Choose two or more coders to compare.</source>
        <translation>Välj två eller fler kodare att jämföra.</translation>
    </message>
    <message>
        <source>Computing the agreement…</source>
        <translation>Beräknar överensstämmelsen…</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>Överensstämmelsen kunde inte beräknas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) coded by all of %1;</source>
        <translation>
            <numerusform>%n dokument kodat av alla av %1;</numerusform>
            <numerusform>%n dokument kodade av alla av %1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) compared per code.</source>
        <translation>
            <numerusform>%n tecken jämfört per kod.</numerusform>
            <numerusform>%n tecken jämförda per kod.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>Dokumentattribut</translation>
    </message>
    <message>
        <source>Add Attribute…</source>
        <translation>Lägg till attribut…</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Lägg till attribut</translation>
    </message>
    <message>
        <source>Name of the new attribute:</source>
        <translation>Namn på det nya attributet:</translation>
    </message>
    <message>
        <source>Type in a cell; Tab and Enter move on. Paste values copied from a spreadsheet with %1; Delete unsets the selected values. Right-click a column title to rename, retype or delete the attribute.</source>
        <translation>Skriv i en cell; Tabb och Retur går vidare. Klistra in värden kopierade från ett kalkylark med %1; Delete tömmer de markerade värdena. Högerklicka på en kolumnrubrik för att byta namn på, ändra typ för eller ta bort attributet.</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Heltal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja eller nej</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type of its values:</source>
        <translation>Värdenas typ:</translation>
    </message>
    <message>
        <source>Rename Attribute</source>
        <translation>Byt namn på attribut</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nytt namn på ”%1”:</translation>
    </message>
    <message>
        <source>Delete Attribute</source>
        <translation>Ta bort attribut</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute “%1” and its %n value(s)? You can undo this.</source>
        <translation>
            <numerusform>Ta bort attributet ”%1” och dess %n värde? Du kan ångra detta.</numerusform>
            <numerusform>Ta bort attributet ”%1” och dess %n värden? Du kan ångra detta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeTableModel</name>
    <message>
        <source>Choose the cell where the pasted values should start.</source>
        <translation>Välj cellen där de inklistrade värdena ska börja.</translation>
    </message>
    <message>
        <source>The pasted values do not fit: they are %1 row(s) × %2 column(s), but from this cell there are %3 document(s) × %4 attribute(s). Nothing was pasted.</source>
        <translation>De inklistrade värdena får inte plats: %1 rad(er) × %2 kolumn(er), men från den här cellen finns %3 dokument × %4 attribut. Inget klistrades in.</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (%2-värden)</translation>
    </message>
</context>
<context>
    <name>marginalia::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupController</name>
    <message>
        <source>Save a &amp;Backup Now</source>
        <translation>Spara en &amp;säkerhetskopia nu</translation>
    </message>
    <message>
        <source>Keep a timestamped copy of the project next to its file</source>
        <translation>Spara en tidsstämplad kopia av projektet bredvid dess fil</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>An import, export or merge is running; wait until it has finished.</source>
        <translation>En import, export eller sammanslagning pågår; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öppna ett projekt först.</translation>
    </message>
    <message>
        <source>A backup was saved as %1.</source>
        <translation>En säkerhetskopia sparades som %1.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup %2 of %3? The project as it is now is saved as another backup first, and the undo history is cleared.</source>
        <translation>Ersätta ”%1” med säkerhetskopian %2 från %3? Projektet som det är nu sparas först som en annan säkerhetskopia, och ångra-historiken rensas.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Säkerhetskopian återställdes inte: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The state before restoring was saved as %2.</source>
        <translation>Säkerhetskopian %1 återställdes. Läget före återställningen sparades som %2.</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupListModel</name>
    <message>
        <source>%1
Cannot be read: %2</source>
        <translation>%1
Kan inte läsas: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>marginalia::BarChart</name>
    <message>
        <source>Double-click a bar to read the passages behind it.</source>
        <translation>Dubbelklicka på en stapel för att läsa passagerna bakom den.</translation>
    </message>
    <message>
        <source>Select a code in the matrix to chart it.</source>
        <translation>Välj en kod i matrisen för att visa den i diagrammet.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodeDialog</name>
    <message>
        <source>What the code means and when to apply it</source>
        <translation>Vad koden betyder och när den ska användas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>&amp;Överordnad kod:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(översta nivån)</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>Lägg till kod</translation>
    </message>
    <message>
        <source>Edit Code “%1”</source>
        <translation>Redigera koden ”%1”</translation>
    </message>
    <message>
        <source>Automatic…</source>
        <translation>Automatisk…</translation>
    </message>
    <message>
        <source>Colour of the Code</source>
        <translation>Kodens färg</translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) with its sub-codes</source>
        <translation>
            <numerusform>%n kodat segment med underkoder</numerusform>
            <numerusform>%n kodade segment med underkoder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPane</name>
    <message>
        <source>Filter codes</source>
        <translation>Filtrera koder</translation>
    </message>
    <message>
        <source>Add Code…</source>
        <translation>Lägg till kod…</translation>
    </message>
    <message>
        <source>Add Sub-code…</source>
        <translation>Lägg till underkod…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Ändra färg…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Slå ihop med…</translation>
    </message>
    <message>
        <source>Delete Code…</source>
        <translation>Ta bort kod…</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Färg för ”%1”</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>Slå ihop kod</translation>
    </message>
    <message>
        <source>Merge “%1” and its codings into:</source>
        <translation>Slå ihop ”%1” och dess kodningar med:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, its sub-codes and %n coding(s)?</source>
        <translation>
            <numerusform>Ta bort koden ”%1”, dess underkoder och %n kodning?</numerusform>
            <numerusform>Ta bort koden ”%1”, dess underkoder och %n kodningar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the code “%1” and its sub-codes? It has no codings.</source>
        <translation>Ta bort koden ”%1” och dess underkoder? Den har inga kodningar.</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Ta bort kod</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Du kan ångra detta.</translation>
    </message>
    <message>
        <source>Edit Code…</source>
        <translation>Redigera kod…</translation>
    </message>
    <message>
        <source>Name, parent, colour and description of the code</source>
        <translation>Kodens namn, överordnade kod, färg och beskrivning</translation>
    </message>
</context>
<context>
    <name>marginalia::CoderDialog</name>
    <message>
        <source>Who Is Coding?</source>
        <translation>Vem kodar?</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodare</translation>
    </message>
    <message>
        <source>Your name is stored with every coding you make, so that the codings of several coders can be told apart and compared. Use the same name on every computer you code on.</source>
        <translation>Ditt namn sparas med varje kodning du gör, så att flera kodares kodningar kan skiljas åt och jämföras. Använd samma namn på alla datorer du kodar på.</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>Ditt namn som kodare:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <source>A name must be one line of text, without tabs or other control characters.</source>
        <translation>Ett namn måste vara en textrad, utan tabbar eller andra styrtecken.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>No code is assigned to key %1 yet: code something first.</source>
        <translation>Tangent %1 har ingen kod ännu: koda något först.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koda</translation>
    </message>
    <message>
        <source>No recent codes yet</source>
        <translation>Inga nyligen använda koder ännu</translation>
    </message>
    <message>
        <source>Code &amp;with…</source>
        <translation>Koda &amp;med…</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Ny kod…</translation>
    </message>
    <message>
        <source>In &amp;Vivo</source>
        <translation>In &amp;vivo</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareController</name>
    <message>
        <source>Code × Site &amp;Matrix…</source>
        <translation>Kod × plats-&amp;matris…</translation>
    </message>
    <message>
        <source>Code &amp;Co-occurrence…</source>
        <translation>&amp;Samförekomst av koder…</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies…</source>
        <translation>&amp;Ordfrekvenser…</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>&amp;Interbedömarreliabilitet…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportera rapport…</translation>
    </message>
    <message>
        <source>Coded excerpts as HTML, ODT, DOCX, PDF, Markdown or CSV</source>
        <translation>Kodade utdrag som HTML, ODT, DOCX, PDF, Markdown eller CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareWindow</name>
    <message>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>Jämför — %1</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matris</translation>
    </message>
    <message>
        <source>C&amp;o-occurrence</source>
        <translation>&amp;Samförekomst</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies</source>
        <translation>&amp;Ordfrekvenser</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>Över&amp;ensstämmelse</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceModel</name>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>With code</source>
        <translation>Med kod</translation>
    </message>
    <message>
        <source>Overlapping codings</source>
        <translation>Överlappande kodningar</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Stycken</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceTab</name>
    <message>
        <source>Overlapping codings</source>
        <translation>Överlappande kodningar</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Samma stycke</translation>
    </message>
    <message>
        <source>Double-click a pair to read the passages behind it.</source>
        <translation>Dubbelklicka på ett par för att läsa passagerna bakom det.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Kopiera som CSV</translation>
    </message>
    <message numerus="yes">
        <source>“%1” with “%2”: %n passage(s)</source>
        <translation>
            <numerusform>”%1” med ”%2”: %n passage</numerusform>
            <numerusform>”%1” med ”%2”: %n passager</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Together means:</source>
        <translation>&amp;Tillsammans betyder:</translation>
    </message>
    <message>
        <source>Two codings of different codes that share at least one character, by any coders: each such pair of codings counts once.</source>
        <translation>Två kodningar med olika koder som delar minst ett tecken, av vilka kodare som helst: varje sådant par av kodningar räknas en gång.</translation>
    </message>
    <message>
        <source>A paragraph (line) touched by codings of both codes counts once.</source>
        <translation>Ett stycke (rad) som berörs av kodningar med båda koderna räknas en gång.</translation>
    </message>
    <message>
        <source>The co-occurrences could not be computed: %1</source>
        <translation>Samförekomsterna kunde inte beräknas: %1</translation>
    </message>
</context>
<context>
    <name>marginalia::DisagreementModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Kodad av</translation>
    </message>
    <message>
        <source>Not coded by</source>
        <translation>Inte kodad av</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentView</name>
    <message>
        <source>Coder: %1</source>
        <translation>Kodare: %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>Uncode</source>
        <translation>Ta bort kodning</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>Redigera memo…</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentsPane</name>
    <message>
        <source>Group the documents by an attribute</source>
        <translation>Gruppera dokumenten efter ett attribut</translation>
    </message>
    <message>
        <source>Filter by name or attribute</source>
        <translation>Filtrera på namn eller attribut</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Ingen gruppering</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Efter %1</translation>
    </message>
</context>
<context>
    <name>marginalia::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Sök i dokumentet</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>marginalia::ImportController</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importerar %n fil…</numerusform>
            <numerusform>Importerar %n filer…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Importera %n dokument</numerusform>
            <numerusform>Importera %n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Importen misslyckades: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Importen avbröts; ingenting importerades.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n dokument importerat.</numerusform>
            <numerusform>%n dokument importerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n fil avvisad:</numerusform>
            <numerusform>%n filer avvisade:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported. This import cannot be undone: it was too large to keep for undo.</source>
        <translation>
            <numerusform>%n dokument importerat. Importen kan inte ångras: den var för stor för att sparas för ångra.</numerusform>
            <numerusform>%n dokument importerade. Importen kan inte ångras: den var för stor för att sparas för ångra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportDialog</name>
    <message>
        <source>Import Documents</source>
        <translation>Importera dokument</translation>
    </message>
    <message>
        <source>Every imported document gets this site (leave empty for none)</source>
        <translation>Varje importerat dokument får denna plats (lämna tomt för ingen)</translation>
    </message>
    <message>
        <source>Every imported document gets this kind, e.g. teacher interview (leave empty for none)</source>
        <translation>Varje importerat dokument får denna typ, t.ex. lärarintervju (lämna tomt för ingen)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Identifiera automatiskt</translation>
    </message>
    <message>
        <source>The encoding of plain-text files, if detection picks the wrong one</source>
        <translation>Teckenkodningen för textfiler, om identifieringen väljer fel</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Plats:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Teckenkodning:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n fil ska importeras.</numerusform>
            <numerusform>%n filer ska importeras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of “%1”:</source>
        <translation>Förhandsvisning av ”%1”:</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>Förhandsvisning av ”%1” (%2):</translation>
    </message>
    <message>
        <source>The file shown in the preview, with the encoding detected for it</source>
        <translation>Filen som visas i förhandsvisningen, med den teckenkodning som upptäcktes för den</translation>
    </message>
    <message>
        <source>Preview of:</source>
        <translation>Förhandsvisning av:</translation>
    </message>
    <message>
        <source>“%1” does not decode as %2.</source>
        <translation>”%1” kan inte avkodas som %2.</translation>
    </message>
    <message>
        <source>This file type has no text encoding to choose.</source>
        <translation>Den här filtypen har ingen teckenkodning att välja.</translation>
    </message>
    <message>
        <source>Read as %1, as the file declares.</source>
        <translation>Läses som %1, enligt filens deklaration.</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <translation>Läses som %1, enligt valet.</translation>
    </message>
    <message>
        <source>Detected: %1 (certain).</source>
        <translation>Upptäckt: %1 (säker).</translation>
    </message>
    <message>
        <source>Detected: %1 (likely).</source>
        <translation>Upptäckt: %1 (troligen).</translation>
    </message>
    <message>
        <source>Detected: %1 (likely; %2 is also possible).</source>
        <translation>Upptäckt: %1 (troligen; %2 är också möjlig).</translation>
    </message>
    <message>
        <source>Detected: %1, but uncertain. If the preview looks garbled, choose the encoding above.</source>
        <translation>Upptäckt: %1, men osäkert. Om förhandsvisningen ser förvrängd ut, välj teckenkodningen ovan.</translation>
    </message>
    <message>
        <source>Uncertain: read as %1, but it may be %2. If the preview looks garbled, use %2.</source>
        <translation>Osäkert: läses som %1, men det kan vara %2. Om förhandsvisningen ser förvrängd ut, använd %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Använd %1</translation>
    </message>
</context>
<context>
    <name>marginalia::IndexingStatus</name>
    <message>
        <source>Indexing for search</source>
        <translation>Indexerar för sökning</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Stop indexing; searches still find everything, more slowly, until it is finished</source>
        <translation>Stoppa indexeringen; sökningar hittar fortfarande allt, men långsammare, tills indexet är klart</translation>
    </message>
</context>
<context>
    <name>marginalia::InterchangeController</name>
    <message>
        <source>Export Project as REFI-QDA (.qdpx)…</source>
        <translation>Exportera projekt som REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Export Codebook (.qdc)…</source>
        <translation>Exportera kodbok (.qdc)…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>Importera REFI-QDA-projekt (.qdpx)…</translation>
    </message>
    <message>
        <source>Import Codebook (.qdc)…</source>
        <translation>Importera kodbok (.qdc)…</translation>
    </message>
    <message>
        <source>Merge Project…</source>
        <translation>Slå samman projekt…</translation>
    </message>
    <message>
        <source>Add a teammate’s project (.marginalia or .qdpx) to this one</source>
        <translation>Lägg till en kollegas projekt (.marginalia eller .qdpx) i det här</translation>
    </message>
    <message>
        <source>Another exchange or merge is running; wait until it has finished.</source>
        <translation>En annan export, import eller sammanslagning pågår; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>An import is running; wait until it has finished.</source>
        <translation>En import pågår; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>… and %1 more (see Details).</source>
        <translation>… och %1 till (se Detaljer).</translation>
    </message>
    <message>
        <source>Export Project as REFI-QDA</source>
        <translation>Exportera projekt som REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Exportera kodbok</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-kodböcker (*.qdc)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>Importera REFI-QDA-projekt</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-projekt (*.qdpx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>Nytt projekt för importen</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-projekt (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Importera kodbok</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA-kodböcker (*.qdc);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Slå samman projekt</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>Projekt (*.marginalia *.qdpx);;Marginalia-projekt (*.marginalia);;REFI-QDA-projekt (*.qdpx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Exporting the project to %1…</source>
        <translation>Exporterar projektet till %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Exporten avbröts; ingenting skrevs.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Exporten misslyckades: %1</translation>
    </message>
    <message>
        <source>The project was exported to %1.</source>
        <translation>Projektet exporterades till %1.</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Koder: %1</translation>
    </message>
    <message>
        <source>Codings: %1</source>
        <translation>Kodningar: %1</translation>
    </message>
    <message>
        <source>Coders: %1</source>
        <translation>Kodare: %1</translation>
    </message>
    <message>
        <source>Notes (memos): %1</source>
        <translation>Anteckningar (memon): %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Variables (attributes): %1</source>
        <translation>Variabler (attribut): %1</translation>
    </message>
    <message>
        <source>Sets: %1</source>
        <translation>Uppsättningar: %1</translation>
    </message>
    <message>
        <source>Exporting the codebook to %1…</source>
        <translation>Exporterar kodboken till %1…</translation>
    </message>
    <message>
        <source>The codebook was exported to %1.</source>
        <translation>Kodboken exporterades till %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the imported project.</source>
        <translation>%1 finns redan; välj ett nytt namn för det importerade projektet.</translation>
    </message>
    <message>
        <source>Choose a new file for the imported project, not the open one.</source>
        <translation>Välj en ny fil för det importerade projektet, inte den öppna.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; no project was created.</source>
        <translation>Importen avbröts; inget projekt skapades.</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2</source>
        <translation>Importen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Hoppade över %1: %2</translation>
    </message>
    <message>
        <source>%1 was imported into the new project %2.</source>
        <translation>%1 importerades till det nya projektet %2.</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribut: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Överhoppade: %1</translation>
    </message>
    <message>
        <source>Open the new project %1 now?</source>
        <translation>Öppna det nya projektet %1 nu?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>Importera kodboken ”%1”</translation>
    </message>
    <message>
        <source>Importing the codebook %1…</source>
        <translation>Importerar kodboken %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the codebook is as it was.</source>
        <translation>Importen avbröts; kodboken är som den var.</translation>
    </message>
    <message>
        <source>The codebook %1 was imported.</source>
        <translation>Kodboken %1 importerades.</translation>
    </message>
    <message>
        <source>Codes added: %1</source>
        <translation>Tillagda koder: %1</translation>
    </message>
    <message>
        <source>Codes the project had already: %1</source>
        <translation>Koder som projektet redan hade: %1</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>Ett projekt kan inte slås samman med sig självt.</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>Slå samman ”%1”</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå samman</translation>
    </message>
    <message>
        <source>Merging %1 into this project…</source>
        <translation>Slår samman %1 med det här projektet…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the project is as it was.</source>
        <translation>Sammanslagningen avbröts; projektet är som det var.</translation>
    </message>
    <message>
        <source>The merge of %1 failed: %2</source>
        <translation>Sammanslagningen av %1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Documents added: %1</source>
        <translation>Tillagda dokument: %1</translation>
    </message>
    <message>
        <source>Documents already here (same text): %1</source>
        <translation>Dokument som redan fanns (samma text): %1</translation>
    </message>
    <message>
        <source>Codes matched: %1</source>
        <translation>Matchade koder: %1</translation>
    </message>
    <message>
        <source>Codings added: %1</source>
        <translation>Tillagda kodningar: %1</translation>
    </message>
    <message>
        <source>Codings already here (skipped): %1</source>
        <translation>Kodningar som redan fanns (överhoppade): %1</translation>
    </message>
    <message>
        <source>Coders added: %1</source>
        <translation>Tillagda kodare: %1</translation>
    </message>
    <message>
        <source>Cases added: %1</source>
        <translation>Tillagda fall: %1</translation>
    </message>
    <message>
        <source>Attribute values set: %1</source>
        <translation>Satta attributvärden: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikter: %1</translation>
    </message>
    <message>
        <source>The project as it was before is kept as %1.</source>
        <translation>Projektet som det var tidigare finns kvar som %1.</translation>
    </message>
    <message>
        <source>%1 was merged into this project.</source>
        <translation>%1 slogs samman med det här projektet.</translation>
    </message>
    <message>
        <source>Any program (the REFI-QDA standard)</source>
        <translation>Valfritt program (REFI-QDA-standarden)</translation>
    </message>
    <message>
        <source>NVivo</source>
        <translation>NVivo</translation>
    </message>
    <message>
        <source>QualCoder</source>
        <translation>QualCoder</translation>
    </message>
    <message>
        <source>ATLAS.ti</source>
        <translation>ATLAS.ti</translation>
    </message>
    <message>
        <source>MAXQDA</source>
        <translation>MAXQDA</translation>
    </message>
    <message>
        <source>Which program will open the file? NVivo and QualCoder count text positions differently from the standard, and QualCoder misreads sets.</source>
        <translation>Vilket program ska öppna filen? NVivo och QualCoder räknar textpositioner annorlunda än standarden, och QualCoder läser mängder fel.</translation>
    </message>
    <message>
        <source>Text positions: UTF-16 units, as %1 counts them</source>
        <translation>Textpositioner: UTF-16-enheter, som %1 räknar dem</translation>
    </message>
    <message>
        <source>Text positions: characters (code points), as the standard says</source>
        <translation>Textpositioner: tecken (kodpunkter), som standarden anger</translation>
    </message>
    <message>
        <source>Positions in “%1” read as %2: %3</source>
        <translation>Positioner i ”%1” lästa som %2: %3</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16-enheter</translation>
    </message>
    <message>
        <source>characters (code points)</source>
        <translation>tecken (kodpunkter)</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported only in part into the new project %2: %n source(s) could not be stored (see Details).</source>
        <translation>
            <numerusform>%1 importerades bara delvis till det nya projektet %2: %n källa kunde inte sparas (se Detaljer).</numerusform>
            <numerusform>%1 importerades bara delvis till det nya projektet %2: %n källor kunde inte sparas (se Detaljer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapsed into a coding already here (memo kept): %1</source>
        <translation>Sammanslagen med en befintlig kodning (memo behållet): %1</translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message>
        <source>Marginalia</source>
        <translation>Marginalia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Kodbok</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Coded Segments</source>
        <translation>Kodade segment</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Öppna projekt…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>Öppna &amp;demoprojektet</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>&amp;Importera dokument…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Stäng projekt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Koda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Words</source>
        <translation>&amp;Fäst markeringar vid ord</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Inga senaste projekt</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Projektet kunde inte öppnas: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n dokument importerat.</numerusform>
            <numerusform>%n dokument importerade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n fil avvisad.</numerusform>
            <numerusform>%n filer avvisade.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Projektet kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Could not build the demo project: %1</source>
        <translation>Demoprojektet kunde inte skapas: %1</translation>
    </message>
    <message>
        <source>Open or create a project before importing documents.</source>
        <translation>Öppna eller skapa ett projekt innan du importerar dokument.</translation>
    </message>
    <message>
        <source>An import is running already; wait until it has finished.</source>
        <translation>En import pågår redan; vänta tills den är klar.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Öppna projekt</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Marginalia-projekt (*.marginalia);;Alla filer (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nytt projekt</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-projekt (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Importera dokument</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Dokument (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The new interface language takes effect when you start Marginalia again.</source>
        <translation>Det nya gränssnittsspråket gäller nästa gång du startar Marginalia.</translation>
    </message>
    <message>
        <source>An import is running; cancel it or wait until it has finished before quitting.</source>
        <translation>En import pågår; avbryt den eller vänta tills den är klar innan du avslutar.</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>J&amp;ämför</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>Sökindexet kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>All Memos</source>
        <translation>Alla memon</translation>
    </message>
    <message>
        <source>C&amp;oder…</source>
        <translation>K&amp;odare…</translation>
    </message>
    <message>
        <source>Search All &amp;Documents…</source>
        <translation>Sök i alla &amp;dokument…</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Kodare: %1</translation>
    </message>
    <message>
        <source>Your codings are stored under this name. Change it with File › Coder…</source>
        <translation>Dina kodningar sparas under detta namn. Ändra det med Arkiv › Kodare…</translation>
    </message>
    <message>
        <source>Cannot undo %1</source>
        <translation>Kan inte ångra %1</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixModel</name>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>% of documents</source>
        <translation>% av dokumenten</translation>
    </message>
    <message>
        <source>Coded characters</source>
        <translation>Kodade tecken</translation>
    </message>
    <message>
        <source>Per 10,000 characters</source>
        <translation>Per 10 000 tecken</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <source>Total (any code)</source>
        <translation>Totalt (valfri kod)</translation>
    </message>
    <message>
        <source>Every coding once; documents with any coding; characters covered by any coding</source>
        <translation>Varje kodning en gång; dokument med någon kodning; tecken som täcks av någon kodning</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n dokument</numerusform>
            <numerusform>%1: %n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters of text</source>
        <translation>%1 tecken text</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passager</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Kodningar</translation>
    </message>
    <message>
        <source>%1 passages, %2 codings, %3 documents (%4%), %5 coded characters, %6 per 10,000 characters</source>
        <translation>%1 passager, %2 kodningar, %3 dokument (%4 %), %5 kodade tecken, %6 per 10 000 tecken</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixTab</name>
    <message>
        <source>&amp;Roll up sub-codes</source>
        <translation>&amp;Räkna in underkoder</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Spara diagrammet som &amp;PNG…</translation>
    </message>
    <message>
        <source>A code&apos;s row counts the codings of its sub-codes too (each coding once)</source>
        <translation>En kods rad räknar även underkodernas kodningar (varje kodning en gång)</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>Endast dokument av den här typen</translation>
    </message>
    <message>
        <source>Only this coder&apos;s codings</source>
        <translation>Endast den här kodarens kodningar</translation>
    </message>
    <message>
        <source>The attribute whose values are the columns</source>
        <translation>Attributet vars värden är kolumnerna</translation>
    </message>
    <message>
        <source>Double-click a number to read the passages behind it.</source>
        <translation>Dubbelklicka på ett tal för att läsa passagerna bakom det.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Kopiera som CSV</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mått:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Kolumner:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>K&amp;odare:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alla kodare</translation>
    </message>
    <message>
        <source>Computing the matrix…</source>
        <translation>Beräknar matrisen…</translation>
    </message>
    <message>
        <source>The matrix could not be computed: %1</source>
        <translation>Matrisen kunde inte beräknas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kod</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of “%1”</source>
        <translation>
            <numerusform>%n värde för ”%1”</numerusform>
            <numerusform>%n värden för ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n dokument.</numerusform>
            <numerusform>%n dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any code</source>
        <translation>Valfri kod</translation>
    </message>
    <message>
        <source>“%1”: %2 by %3</source>
        <translation>”%1”: %2 per %3</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n passage(s)</source>
        <translation>
            <numerusform>”%1”: %n passage</numerusform>
            <numerusform>”%1”: %n passager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %2: %n passage(s)</source>
        <translation>
            <numerusform>”%1” i %2: %n passage</numerusform>
            <numerusform>”%1” i %2: %n passager</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the chart as “%1”; choose a folder you can write to.</source>
        <translation>Diagrammet kunde inte sparas som ”%1”; välj en mapp du kan skriva till.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Spara diagram</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Passages: spans coded with the code, each once however many coders coded it (same document, start and end). Codings: each coder&apos;s coding once. Documents: documents with the code. % of documents: of the column&apos;s documents. Coded characters: overlapping codings count once. Per 10,000: coded characters per 10,000 characters of the column&apos;s text.</source>
        <translation>Passager: textställen kodade med koden, vart och ett en gång oavsett hur många kodare som kodat det (samma dokument, början och slut). Kodningar: varje kodares kodning en gång. Dokument: dokument med koden. % av dokumenten: av kolumnens dokument. Kodade tecken: överlappande kodningar räknas en gång. Per 10 000: kodade tecken per 10 000 tecken av kolumnens text.</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoListModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Kodning</translation>
    </message>
    <message>
        <source>“%1” in %2 (%3–%4)</source>
        <extracomment>A coding: its code, document and coded range in characters</extracomment>
        <translation>”%1” i %2 (%3–%4)</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Tillhör</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoPanel</name>
    <message>
        <source>Save Memo</source>
        <translation>Spara memo</translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation>Skriv ett memo…</translation>
    </message>
    <message>
        <source>Memo of the document “%1”</source>
        <translation>Memo för dokumentet ”%1”</translation>
    </message>
    <message>
        <source>Memo of the code “%1”</source>
        <translation>Memo för koden ”%1”</translation>
    </message>
    <message>
        <source>Memo of a “%1” coding in “%2”</source>
        <translation>Memo för en ”%1”-kodning i ”%2”</translation>
    </message>
    <message>
        <source>Choose a document, a code or a coded passage to see its memo.</source>
        <translation>Välj ett dokument, en kod eller en kodad passage för att se dess memo.</translation>
    </message>
</context>
<context>
    <name>marginalia::MemosPane</name>
    <message>
        <source>Filter memos</source>
        <translation>Filtrera memon</translation>
    </message>
    <message>
        <source>No memos yet. Write one in the Memo panel for a document, code or coding.</source>
        <translation>Inga memon ännu. Skriv ett i memopanelen för ett dokument, en kod eller en kodning.</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) shown</source>
        <translation>
            <numerusform>%n memo visas</numerusform>
            <numerusform>%n memon visas</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to go to it</source>
        <translation>dubbelklicka för att gå dit</translation>
    </message>
</context>
<context>
    <name>marginalia::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>marginalia::PassagesDialog</name>
    <message numerus="yes">
        <source>%n passage(s). Double-click one to read it in its document.</source>
        <translation>
            <numerusform>%n passage. Dubbelklicka på den för att läsa den i dess dokument.</numerusform>
            <numerusform>%n passager. Dubbelklicka på en för att läsa den i dess dokument.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Gå till passagen</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Kopiera som &amp;CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::PassagesModel</name>
    <message>
        <source>coded by %1; not by %2</source>
        <translation>kodad av %1; inte av %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Tecken</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>¶ %1–%2</source>
        <translation>¶ %1–%2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
</context>
<context>
    <name>marginalia::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>A change of language takes effect when Marginalia is started again.</source>
        <translation>Ett byte av språk gäller när Marginalia startas om.</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>Ditt namn som kodare:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Gränssnittets språk:</translation>
    </message>
    <message>
        <source>Document font:</source>
        <translation>Typsnitt för dokument:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Teckenstorlek:</translation>
    </message>
</context>
<context>
    <name>marginalia::QuickCodeBox</name>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Type a code name, Enter to code</source>
        <translation>Skriv ett kodnamn, Retur kodar</translation>
    </message>
</context>
<context>
    <name>marginalia::RecordedEditCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 misslyckades: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>Det gick inte att göra om ”%1”: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>Det gick inte att ångra ”%1”: %2</translation>
    </message>
    <message>
        <source>“%1” (too large to keep)</source>
        <translation>”%1” (för stor för att sparas)</translation>
    </message>
    <message>
        <source>“%1” and earlier edits (undo memory limit)</source>
        <translation>”%1” och tidigare ändringar (minnesgräns för ångra)</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportDialog</name>
    <message>
        <source>Put the code × site &amp;matrix at the top</source>
        <translation>Placera kod × plats-&amp;matrisen överst</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Per kod</translation>
    </message>
    <message>
        <source>By site, then code</source>
        <translation>Per plats, sedan kod</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> tecken</translation>
    </message>
    <message>
        <source>Text shown on each side of an excerpt</source>
        <translation>Text som visas på var sida om ett utdrag</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (en fristående fil)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-text (ODT)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word-dokument (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV (one row per excerpt)</source>
        <translation>CSV (en rad per utdrag)</translation>
    </message>
    <message>
        <source>Nothing checked: every code. A code brings its sub-codes.</source>
        <translation>Inget markerat: alla koder. En kod tar med sina underkoder.</translation>
    </message>
    <message>
        <source>Nothing checked: every site.</source>
        <translation>Inget markerat: alla platser.</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Sparandet avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Koder:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>P&amp;latser:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppering:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Sa&amp;mmanhang:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Rapporten kunde inte förberedas: %1</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n excerpt(s); the saved report has them all.</source>
        <translation>
            <numerusform>Förhandsvisningen visar de första %1 av %n utdrag; den sparade rapporten har alla.</numerusform>
            <numerusform>Förhandsvisningen visar de första %1 av %n utdrag; den sparade rapporten har alla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s).</source>
        <translation>
            <numerusform>%n utdrag.</numerusform>
            <numerusform>%n utdrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Spara rapport</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Sparar ”%1”…</translation>
    </message>
    <message>
        <source>Could not save the report as “%1”: %2</source>
        <translation>Rapporten kunde inte sparas som ”%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n passage(s) to “%1”.</source>
        <translation>
            <numerusform>Sparade %n passage till ”%1”.</numerusform>
            <numerusform>Sparade %n passager till ”%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the copy of “%1” to go back to. The project as it is now is saved as another backup first.</source>
        <translation>Välj den kopia av ”%1” som du vill gå tillbaka till. Projektet som det är nu sparas först som en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>There are no backups next to the project file yet.</source>
        <translation>Det finns inga säkerhetskopior bredvid projektfilen ännu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPane</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Matcha &amp;skiftläge</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Hela ord</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>&amp;Autokoda…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Sök i alla dokument</translation>
    </message>
    <message>
        <source>Only hits that begin and end at word boundaries (Chinese words included)</source>
        <translation>Endast träffar som börjar och slutar vid ordgränser (även kinesiska ord)</translation>
    </message>
    <message>
        <source>The code the results are coded with</source>
        <translation>Koden som resultaten kodas med</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Träff</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Mening</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>What each hit codes: the hit itself, its sentence or its paragraph</source>
        <translation>Vad varje träff kodar: själva träffen, dess mening eller dess stycke</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Enhet:</translation>
    </message>
    <message>
        <source>The documents changed: search again.</source>
        <translation>Dokumenten har ändrats: sök igen.</translation>
    </message>
    <message>
        <source>Type the words to look for.</source>
        <translation>Skriv orden du letar efter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <source>No hits for “%1”.</source>
        <translation>Inga träffar för ”%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s). Click one to read it.</source>
        <translation>
            <numerusform>i %n dokument. Klicka på en träff för att läsa den.</numerusform>
            <numerusform>i %n dokument. Klicka på en träff för att läsa den.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n passage(s) with “%1”?</source>
        <translation>
            <numerusform>Koda %n passage med ”%1”?</numerusform>
            <numerusform>Koda %n passager med ”%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Du kan ångra detta.</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>Autokoda</translation>
    </message>
    <message numerus="yes">
        <source>%n new coding(s)</source>
        <translation>
            <numerusform>%n ny kodning</numerusform>
            <numerusform>%n nya kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) were coded already.</source>
        <translation>
            <numerusform>%n passage var redan kodad.</numerusform>
            <numerusform>%n passager var redan kodade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SearchResultsModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Sammanhang</translation>
    </message>
</context>
<context>
    <name>marginalia::SegmentsModel</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation>Passage i sitt sammanhang</translation>
    </message>
    <message>
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>¶ %1–%2</source>
        <translation>¶ %1–%2</translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation>Tecken %1–%2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodare</translation>
    </message>
</context>
<context>
    <name>marginalia::SegmentsPane</name>
    <message>
        <source>With sub-codes</source>
        <translation>Med underkoder</translation>
    </message>
    <message>
        <source>Only passages from documents of this site</source>
        <translation>Endast passager ur dokument från denna plats</translation>
    </message>
    <message>
        <source>Only passages from documents of this kind</source>
        <translation>Endast passager ur dokument av denna typ</translation>
    </message>
    <message>
        <source>Only passages coded by this coder</source>
        <translation>Endast passager kodade av denna kodare</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alla kodare</translation>
    </message>
</context>
<context>
    <name>marginalia::StartPage</name>
    <message>
        <source>Welcome to Marginalia</source>
        <translation>Välkommen till Marginalia</translation>
    </message>
    <message>
        <source>Open a project, start a new one, or explore the demo project with transcripts and observations from four field sites.</source>
        <translation>Öppna ett projekt, börja ett nytt eller utforska demoprojektet med transkript och observationer från fyra fältplatser.</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Öppna projekt…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Nytt projekt…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Öppna demoprojektet</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Senaste projekt:</translation>
    </message>
</context>
<context>
    <name>marginalia::TableCsv</name>
    <message>
        <source>Copy as CSV</source>
        <translation>Kopiera som CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::WordFrequencyModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Ord</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Förekomster</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>marginalia::WordsTab</name>
    <message>
        <source>Double-click a word to read where it occurs.</source>
        <translation>Dubbelklicka på ett ord för att läsa var det förekommer.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Kopiera som CSV</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>”%1”: %n förekomst</numerusform>
            <numerusform>”%1”: %n förekomster</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Topp:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <source>The word frequencies could not be counted: %1</source>
        <translation>Ordfrekvenserna kunde inte räknas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) counted (stop words left out).</source>
        <translation>
            <numerusform>%n ord räknat (stoppord utelämnade).</numerusform>
            <numerusform>%n ord räknade (stoppord utelämnade).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::Workspace</name>
    <message>
        <source>Quick Code…</source>
        <translation>Snabbkoda…</translation>
    </message>
    <message>
        <source>Code the selection with a code chosen by typing its name</source>
        <translation>Koda markeringen med en kod som du väljer genom att skriva dess namn</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>Koda in vivo</translation>
    </message>
    <message>
        <source>The selected words become a new code that codes them</source>
        <translation>De markerade orden blir en ny kod som kodar dem</translation>
    </message>
    <message>
        <source>Find in Document…</source>
        <translation>Sök i dokumentet…</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>Redigera attribut…</translation>
    </message>
    <message>
        <source>Remove Document…</source>
        <translation>Ta bort dokument…</translation>
    </message>
    <message>
        <source>Select some text to code first.</source>
        <translation>Markera först den text som ska kodas.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the document “%1” and its %n coding(s) from the project?</source>
        <translation>
            <numerusform>Ta bort dokumentet ”%1” och dess %n kodning ur projektet?</numerusform>
            <numerusform>Ta bort dokumentet ”%1” och dess %n kodningar ur projektet?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Ta bort dokument</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Du kan ångra detta.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n kod</numerusform>
            <numerusform>%n koder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodningar</numerusform>
        </translation>
    </message>
</context>
</TS>
