<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <source>The project file (*.marginalia) to open.</source>
        <translation>Projektfilen (*.marginalia) som ska öppnas.</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>Dokumentattribut</translation>
    </message>
    <message>
        <source>Type in a cell, or paste a column of values (one per line) with %1.</source>
        <translation>Skriv i en cell, eller klistra in en kolumn med värden (ett per rad) med %1.</translation>
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
        <source>Name of the new sub-code of “%1”:</source>
        <translation>Namn på den nya underkoden till ”%1”:</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Namn på den nya koden:</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>Lägg till kod</translation>
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
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>No code is assigned to key %1 yet: code something first.</source>
        <translation>Tangent %1 har ingen kod ännu: koda något först.</translation>
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
        <translation>Välj ett dokument, en kod eller ett kodat avsnitt för att se dess memo.</translation>
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
        <translation>Avsnitt i sitt sammanhang</translation>
    </message>
    <message>
        <source>Coder</source>
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
        <translation>Endast avsnitt ur dokument från denna plats</translation>
    </message>
    <message>
        <source>Only passages from documents of this kind</source>
        <translation>Endast avsnitt ur dokument av denna typ</translation>
    </message>
    <message>
        <source>Only passages coded by this coder</source>
        <translation>Endast avsnitt kodade av denna kodare</translation>
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
    <message>
        <source>coder: %1</source>
        <translation>kodare: %1</translation>
    </message>
</context>
</TS>
