<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EditCommands</name>
    <message>
        <source>Select some text to code first.</source>
        <translation>Wählen Sie zuerst den Text aus, der codiert werden soll.</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>Codieren mit „%1“</translation>
    </message>
    <message>
        <source>The selection is already coded with “%1”.</source>
        <translation>Die Auswahl ist bereits mit „%1“ codiert.</translation>
    </message>
    <message>
        <source>Uncode “%1”</source>
        <translation>Codierung „%1“ entfernen</translation>
    </message>
    <message>
        <source>Select the words that should become a code first.</source>
        <translation>Wählen Sie zuerst die Wörter aus, die zu einem Code werden sollen.</translation>
    </message>
    <message>
        <source>Code in vivo “%1”</source>
        <translation>In-vivo-Codierung „%1“</translation>
    </message>
    <message>
        <source>Add code “%1”</source>
        <translation>Code „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation>Farbe von „%1“ ändern</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>„%1“ beschreiben</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Delete code “%1” and %n coding(s)</source>
        <translation>
            <numerusform>Code „%1“ und %n Codierung löschen</numerusform>
            <numerusform>Code „%1“ und %n Codierungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>Code „%1“ löschen</translation>
    </message>
    <message>
        <source>Set “%1” of “%2”</source>
        <translation>„%1“ von „%2“ setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute value(s)</source>
        <translation>
            <numerusform>%n Attributwert setzen</numerusform>
            <numerusform>%n Attributwerte setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit memo of “%1”</source>
        <translation>Memo zu „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit memo of code “%1”</source>
        <translation>Memo zum Code „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Edit memo of a “%1” coding</source>
        <translation>Memo zu einer „%1“-Codierung bearbeiten</translation>
    </message>
    <message>
        <source>Remove document “%1”</source>
        <translation>Dokument „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative research: code, compare and report.</source>
        <translation>Qualitative Forschung: codieren, vergleichen, berichten.</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>Das Demoprojekt öffnen (wird beim ersten Mal erstellt).</translation>
    </message>
    <message>
        <source>The project file (*.marginalia) to open.</source>
        <translation>Die zu öffnende Projektdatei (*.marginalia).</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>Dokumentattribute</translation>
    </message>
    <message>
        <source>Type in a cell, or paste a column of values (one per line) with %1.</source>
        <translation>Tippen Sie in eine Zelle oder fügen Sie mit %1 eine Spalte von Werten ein (einer pro Zeile).</translation>
    </message>
    <message>
        <source>Add Attribute…</source>
        <translation>Attribut hinzufügen…</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new attribute:</source>
        <translation>Name des neuen Attributs:</translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) with its sub-codes</source>
        <translation>
            <numerusform>%n codiertes Segment mit Untercodes</numerusform>
            <numerusform>%n codierte Segmente mit Untercodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPane</name>
    <message>
        <source>Filter codes</source>
        <translation>Codes filtern</translation>
    </message>
    <message>
        <source>Add Code…</source>
        <translation>Code hinzufügen…</translation>
    </message>
    <message>
        <source>Add Sub-code…</source>
        <translation>Untercode hinzufügen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Farbe ändern…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Delete Code…</source>
        <translation>Code löschen…</translation>
    </message>
    <message>
        <source>Name of the new sub-code of “%1”:</source>
        <translation>Name des neuen Untercodes von „%1“:</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>Name des neuen Codes:</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>Code hinzufügen</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>Code zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” and its codings into:</source>
        <translation>„%1“ und seine Codierungen zusammenführen mit:</translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, its sub-codes and %n coding(s)?</source>
        <translation>
            <numerusform>Den Code „%1“, seine Untercodes und %n Codierung löschen?</numerusform>
            <numerusform>Den Code „%1“, seine Untercodes und %n Codierungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the code “%1” and its sub-codes? It has no codings.</source>
        <translation>Den Code „%1“ und seine Untercodes löschen? Er hat keine Codierungen.</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>No code is assigned to key %1 yet: code something first.</source>
        <translation>Der Taste %1 ist noch kein Code zugeordnet: codieren Sie zuerst etwas.</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentView</name>
    <message>
        <source>Coder: %1</source>
        <translation>Codierer: %1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>Memo: %1</translation>
    </message>
    <message>
        <source>Uncode</source>
        <translation>Codierung entfernen</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>Memo bearbeiten…</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentsPane</name>
    <message>
        <source>Group the documents by an attribute</source>
        <translation>Dokumente nach einem Attribut gruppieren</translation>
    </message>
    <message>
        <source>Filter by name or attribute</source>
        <translation>Nach Name oder Attribut filtern</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
</context>
<context>
    <name>marginalia::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>marginalia::ImportController</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>%n Dokument importieren</numerusform>
            <numerusform>%n Dokumente importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n Datei abgelehnt:</numerusform>
            <numerusform>%n Dateien abgelehnt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportDialog</name>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Every imported document gets this site (leave empty for none)</source>
        <translation>Jedes importierte Dokument erhält diesen Standort (leer lassen für keinen)</translation>
    </message>
    <message>
        <source>Every imported document gets this kind, e.g. teacher interview (leave empty for none)</source>
        <translation>Jedes importierte Dokument erhält diese Art, z. B. Lehrerinterview (leer lassen für keine)</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>The encoding of plain-text files, if detection picks the wrong one</source>
        <translation>Die Kodierung von Textdateien, falls die Erkennung die falsche wählt</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Textkodierung:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>%n Datei wird importiert.</numerusform>
            <numerusform>%n Dateien werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of “%1”:</source>
        <translation>Vorschau von „%1“:</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>Vorschau von „%1“ (%2):</translation>
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
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Coded Segments</source>
        <translation>Codierte Segmente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>Dokumente &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Words</source>
        <translation>Auswahl an &amp;Wortgrenzen ausrichten</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Das Projekt konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n Datei abgelehnt.</numerusform>
            <numerusform>%n Dateien abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>Das Projekt konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not build the demo project: %1</source>
        <translation>Das Demoprojekt konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Open or create a project before importing documents.</source>
        <translation>Öffnen oder erstellen Sie ein Projekt, bevor Sie Dokumente importieren.</translation>
    </message>
    <message>
        <source>An import is running already; wait until it has finished.</source>
        <translation>Es läuft bereits ein Import; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Marginalia-Projekte (*.marginalia);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-Projekte (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>Dokumente importieren</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>Dokumente (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The new interface language takes effect when you start Marginalia again.</source>
        <translation>Die neue Sprache der Oberfläche gilt ab dem nächsten Start von Marginalia.</translation>
    </message>
    <message>
        <source>An import is running; cancel it or wait until it has finished before quitting.</source>
        <translation>Ein Import läuft; brechen Sie ihn ab oder warten Sie, bis er abgeschlossen ist, bevor Sie beenden.</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoPanel</name>
    <message>
        <source>Save Memo</source>
        <translation>Memo speichern</translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation>Ein Memo schreiben…</translation>
    </message>
    <message>
        <source>Memo of the document “%1”</source>
        <translation>Memo zum Dokument „%1“</translation>
    </message>
    <message>
        <source>Memo of the code “%1”</source>
        <translation>Memo zum Code „%1“</translation>
    </message>
    <message>
        <source>Memo of a “%1” coding in “%2”</source>
        <translation>Memo zu einer „%1“-Codierung in „%2“</translation>
    </message>
    <message>
        <source>Choose a document, a code or a coded passage to see its memo.</source>
        <translation>Wählen Sie ein Dokument, einen Code oder eine codierte Passage, um das Memo zu sehen.</translation>
    </message>
</context>
<context>
    <name>marginalia::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>marginalia::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>A change of language takes effect when Marginalia is started again.</source>
        <translation>Eine Änderung der Sprache gilt nach einem Neustart von Marginalia.</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>Ihr Name als Codierer:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Document font:</source>
        <translation>Schrift für Dokumente:</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
</context>
<context>
    <name>marginalia::QuickCodeBox</name>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Type a code name, Enter to code</source>
        <translation>Codenamen eingeben, Eingabetaste codiert</translation>
    </message>
</context>
<context>
    <name>marginalia::RecordedEditCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation>Passage im Kontext</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
</context>
<context>
    <name>marginalia::SegmentsPane</name>
    <message>
        <source>With sub-codes</source>
        <translation>Mit Untercodes</translation>
    </message>
    <message>
        <source>Only passages from documents of this site</source>
        <translation>Nur Passagen aus Dokumenten dieses Standorts</translation>
    </message>
    <message>
        <source>Only passages from documents of this kind</source>
        <translation>Nur Passagen aus Dokumenten dieser Art</translation>
    </message>
    <message>
        <source>Only passages coded by this coder</source>
        <translation>Nur von diesem Codierer codierte Passagen</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierer</translation>
    </message>
</context>
<context>
    <name>marginalia::StartPage</name>
    <message>
        <source>Welcome to Marginalia</source>
        <translation>Willkommen bei Marginalia</translation>
    </message>
    <message>
        <source>Open a project, start a new one, or explore the demo project with transcripts and observations from four field sites.</source>
        <translation>Öffnen Sie ein Projekt, beginnen Sie ein neues oder erkunden Sie das Demoprojekt mit Transkripten und Beobachtungen von vier Feldstandorten.</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Zuletzt geöffnete Projekte:</translation>
    </message>
</context>
<context>
    <name>marginalia::Workspace</name>
    <message>
        <source>Quick Code…</source>
        <translation>Schnell codieren…</translation>
    </message>
    <message>
        <source>Code the selection with a code chosen by typing its name</source>
        <translation>Die Auswahl mit einem Code codieren, den Sie durch Eintippen seines Namens wählen</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>In vivo codieren</translation>
    </message>
    <message>
        <source>The selected words become a new code that codes them</source>
        <translation>Die ausgewählten Wörter werden zu einem neuen Code, der sie codiert</translation>
    </message>
    <message>
        <source>Find in Document…</source>
        <translation>Im Dokument suchen…</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>Attribute bearbeiten…</translation>
    </message>
    <message>
        <source>Remove Document…</source>
        <translation>Dokument entfernen…</translation>
    </message>
    <message>
        <source>Select some text to code first.</source>
        <translation>Wählen Sie zuerst den Text aus, der codiert werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Remove the document “%1” and its %n coding(s) from the project?</source>
        <translation>
            <numerusform>Das Dokument „%1“ und seine %n Codierung aus dem Projekt entfernen?</numerusform>
            <numerusform>Das Dokument „%1“ und seine %n Codierungen aus dem Projekt entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Codierung</numerusform>
            <numerusform>%n Codierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>coder: %1</source>
        <translation>Codierer: %1</translation>
    </message>
</context>
</TS>
