<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupStore</name>
    <message>
        <source>Saved by hand</source>
        <translation>Von Hand gesichert</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Vor einer Zusammenführung</translation>
    </message>
    <message>
        <source>Before a format upgrade</source>
        <translation>Vor einer Formataktualisierung</translation>
    </message>
    <message>
        <source>%1: no free name for a backup copy next to it</source>
        <translation>%1: Kein freier Name für eine Sicherungskopie daneben</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The backup is the project file itself.</source>
        <translation>Die Sicherung ist die Projektdatei selbst.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The current state could not be saved before restoring, so nothing was changed: %1</source>
        <translation>Der aktuelle Stand konnte vor dem Wiederherstellen nicht gesichert werden, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it there, then restore again.</source>
        <translation>%1 ist in einem anderen Programm geöffnet; schließen Sie es dort und stellen Sie dann erneut wieder her.</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened: %2</source>
        <translation>Die Sicherung %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The backup could not be copied: %1</source>
        <translation>Die Sicherung konnte nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>The copy of the backup is not readable: %1</source>
        <translation>Die Kopie der Sicherung ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>%1 konnte nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>The backup is damaged, so the project was not replaced: %1</source>
        <translation>Die Sicherung ist beschädigt, daher wurde das Projekt nicht ersetzt: %1</translation>
    </message>
</context>
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
    <message>
        <source>Unset “%1” of “%2”</source>
        <translation>„%1“ von „%2“ leeren</translation>
    </message>
    <message>
        <source>Add attribute “%1”</source>
        <translation>Attribut „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>there is an attribute “%1” already</source>
        <translation>es gibt bereits ein Attribut „%1“</translation>
    </message>
    <message>
        <source>Rename attribute “%1” to “%2”</source>
        <translation>Attribut „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change the type of attribute “%1”</source>
        <translation>Typ des Attributs „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete attribute “%1”</source>
        <translation>Attribut „%1“ löschen</translation>
    </message>
    <message>
        <source>Auto-code “%1” with “%2”</source>
        <translation>„%1“ automatisch mit „%2“ codieren</translation>
    </message>
    <message>
        <source>Edit code “%1”</source>
        <translation>Code „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Assign key %1 to “%2”</source>
        <translation>Taste %1 „%2“ zuweisen</translation>
    </message>
    <message>
        <source>Remove key %1 from “%2”</source>
        <translation>Taste %1 von „%2“ entfernen</translation>
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
        <source>Test driver: run the edits in FILE on the project, printing "ok N" as each is saved.</source>
        <translation>Testtreiber: führt die Bearbeitungen aus FILE am Projekt aus und gibt „ok N“ aus, sobald jede gespeichert ist.</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>Neues Projekt für den Import</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-Projekte (*.marginalia)</translation>
    </message>
    <message>
        <source>The project file (*.marginalia) to open, or a REFI-QDA project (*.qdpx) to import.</source>
        <translation>Die zu öffnende Projektdatei (*.marginalia) oder ein zu importierendes REFI-QDA-Projekt (*.qdpx).</translation>
    </message>
</context>
<context>
    <name>marginalia::AdjudicationDialog</name>
    <message>
        <source>decided: coder A</source>
        <translation>entschieden: Person A</translation>
    </message>
    <message>
        <source>decided: coder B</source>
        <translation>entschieden: Person B</translation>
    </message>
    <message>
        <source>decided: both</source>
        <translation>entschieden: beide</translation>
    </message>
    <message>
        <source>decided: edited span</source>
        <translation>entschieden: bearbeitete Spanne</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Show in &amp;Text</source>
        <translation>Im &amp;Text zeigen</translation>
    </message>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Abweichungen entscheiden</translation>
    </message>
    <message>
        <source>The coder whose codings hold the decisions</source>
        <translation>Die Person, deren Codierungen die Entscheidungen enthalten</translation>
    </message>
    <message>
        <source>Copy what both coders coded alike to the consensus coder and save the agreement before adjudication</source>
        <translation>Das von beiden gleich Codierte in die Konsens-Person übernehmen und die Übereinstimmung vor der Entscheidung speichern</translation>
    </message>
    <message>
        <source>The edited span's first character (from 1)</source>
        <translation>Das erste Zeichen der bearbeiteten Spanne (ab 1)</translation>
    </message>
    <message>
        <source>The edited span's last character</source>
        <translation>Das letzte Zeichen der bearbeiteten Spanne</translation>
    </message>
    <message>
        <source>Coder &amp;A</source>
        <translation>Person &amp;A</translation>
    </message>
    <message>
        <source>Coder &amp;B</source>
        <translation>Person &amp;B</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>B&amp;eide</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Keines</translation>
    </message>
    <message>
        <source>&amp;Edited Span</source>
        <translation>Bea&amp;rbeitete Spanne</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;First coder (A):</source>
        <translation>&amp;Erste Person (A):</translation>
    </message>
    <message>
        <source>Secon&amp;d coder (B):</source>
        <translation>&amp;Zweite Person (B):</translation>
    </message>
    <message>
        <source>&amp;Consensus coder:</source>
        <translation>&amp;Konsens-Person:</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>Dok&amp;umente:</translation>
    </message>
    <message>
        <source>All documents both coded</source>
        <translation>Alle von beiden codierten Dokumente</translation>
    </message>
    <message>
        <source>Coder A: %1</source>
        <translation>Person A: %1</translation>
    </message>
    <message>
        <source>Coder B: %1</source>
        <translation>Person B: %1</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Wählen Sie zwei verschiedene Codierer.</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 — %3 · “%4” · characters %5–%6 · %7</source>
        <translation>Abweichung %1 von %2 — %3 · „%4“ · Zeichen %5–%6 · %7</translation>
    </message>
    <message>
        <source>&lt;i&gt;(not coded)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(nicht codiert)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Start adjudication into “%1”</source>
        <translation>Entscheidung in „%1“ beginnen</translation>
    </message>
    <message>
        <source>coder A</source>
        <translation>Person A</translation>
    </message>
    <message>
        <source>coder B</source>
        <translation>Person B</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>edited span</source>
        <translation>bearbeitete Spanne</translation>
    </message>
    <message>
        <source>Adjudicate “%1” in %2: %3</source>
        <translation>„%1“ in %2 entscheiden: %3</translation>
    </message>
    <message>
        <source>Before adjudication: not saved yet (Start saves it).</source>
        <translation>Vor der Entscheidung: noch nicht gespeichert („Starten“ speichert sie).</translation>
    </message>
    <message>
        <source>Before adjudication (%1 vs %2, saved %3, %4 document(s), character unit): agreement %5 %, Cohen's κ %6, Krippendorff's α %7</source>
        <translation>Vor der Entscheidung (%1 gegen %2, gespeichert %3, %4 Dokument(e), Zeichen-Einheit): Übereinstimmung %5 %, Cohens κ %6, Krippendorffs α %7</translation>
    </message>
    <message>
        <source>After adjudication: no consensus codings yet.</source>
        <translation>Nach der Entscheidung: noch keine Konsens-Codierungen.</translation>
    </message>
    <message>
        <source>After adjudication: computing…</source>
        <translation>Nach der Entscheidung: wird berechnet…</translation>
    </message>
    <message>
        <source>After adjudication: %1</source>
        <translation>Nach der Entscheidung: %1</translation>
    </message>
    <message>
        <source>%1 vs %2: agreement %3 %, Krippendorff's α %4</source>
        <translation>%1 gegen %2: Übereinstimmung %3 %, Krippendorffs α %4</translation>
    </message>
    <message>
        <source>After adjudication (character unit): %1</source>
        <translation>Nach der Entscheidung (Zeichen-Einheit): %1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: adjudicate once it is closed (Compare › Close Blind Round).</source>
        <translation>Die Blindrunde zu „%1“ ist offen: Entscheiden Sie nach ihrem Abschluss (Vergleichen › Blindrunde schließen).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Reading the disagreements… %n coding(s) read.</source>
        <translation>
            <numerusform>Unstimmigkeiten werden gelesen … %n Codierung gelesen.</numerusform>
            <numerusform>Unstimmigkeiten werden gelesen … %n Codierungen gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the disagreements…</source>
        <translation>Unstimmigkeiten werden gelesen …</translation>
    </message>
    <message>
        <source>Reading the disagreements was cancelled; change a choice to read them again.</source>
        <translation>Das Lesen der Unstimmigkeiten wurde abgebrochen; ändern Sie eine Auswahl, um sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>No open disagreements: the two coders coded alike, or each disagreement has a decision.</source>
        <translation>Keine offenen Unstimmigkeiten: Die beiden Codierer haben gleich codiert, oder jede Unstimmigkeit ist entschieden.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>nicht entschieden</translation>
    </message>
    <message>
        <source>decided: neither</source>
        <translation>entschieden: keine</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementController</name>
    <message>
        <source>Plan Double-Coding &amp;Sample…</source>
        <translation>Stichprobe für &amp;Doppelcodierung planen…</translation>
    </message>
    <message>
        <source>Draw a share of the documents, by site, for independent double coding</source>
        <translation>Einen Anteil der Dokumente, nach Standort, für unabhängige Doppelcodierung ziehen</translation>
    </message>
    <message>
        <source>&amp;Blind Round</source>
        <translation>&amp;Blinde Runde</translation>
    </message>
    <message>
        <source>While a blind round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>Solange eine blinde Runde offen ist, sieht jede Person in den Dokumenten der Stichprobe nur ihre eigenen Codierungen</translation>
    </message>
    <message>
        <source>A&amp;djudicate Disagreements…</source>
        <translation>Abweichungen &amp;entscheiden…</translation>
    </message>
    <message>
        <source>Decide each disagreement of two coders into the codings of a consensus coder</source>
        <translation>Jede Abweichung zweier Codierer in die Codierungen einer Konsens-Person entscheiden</translation>
    </message>
    <message>
        <source>Close &amp;Blind Round on “%1”</source>
        <translation>&amp;Blinde Runde zu „%1“ schließen</translation>
    </message>
    <message>
        <source>Open &amp;Blind Round…</source>
        <translation>&amp;Blinde Runde öffnen…</translation>
    </message>
    <message>
        <source>There is no sample to open a blind round on: plan a double-coding sample first.</source>
        <translation>Es gibt keine Stichprobe für eine blinde Runde: Planen Sie zuerst eine Stichprobe für die Doppelcodierung.</translation>
    </message>
    <message>
        <source>Open Blind Round</source>
        <translation>Blinde Runde öffnen</translation>
    </message>
    <message>
        <source>Sample (a set of documents):</source>
        <translation>Stichprobe (eine Menge von Dokumenten):</translation>
    </message>
    <message>
        <source>Open blind round on “%1”</source>
        <translation>Blinde Runde zu „%1“ öffnen</translation>
    </message>
    <message>
        <source>Close blind round on “%1”</source>
        <translation>Blinde Runde zu „%1“ schließen</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>Übereinstimmung %</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Krippendorff's α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document agreement %</source>
        <translation>Übereinstimmung auf Dokumentebene %</translation>
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
        <source>Two coders only</source>
        <translation>Nur für zwei Codierer</translation>
    </message>
    <message>
        <source>Documents compared at the document level</source>
        <translation>Auf Dokumentebene verglichene Dokumente</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>95 % interval: %1</source>
        <translation>95-%-Intervall: %1</translation>
    </message>
    <message>
        <source>%1 coded %2 of the units</source>
        <translation>%1 hat %2 der Einheiten codiert</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss' κ</translation>
    </message>
    <message>
        <source>Gwet's AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Brennan–Prediger</source>
        <translation>Brennan–Prediger</translation>
    </message>
    <message>
        <source>α 95 % CI</source>
        <translation>α 95-%-KI</translation>
    </message>
    <message>
        <source>P(α &lt; 0.800)</source>
        <translation>P(α &lt; 0,800)</translation>
    </message>
    <message>
        <source>P(α &lt; 0.667)</source>
        <translation>P(α &lt; 0,667)</translation>
    </message>
    <message>
        <source>Unitizing α</source>
        <translation>Unitizing-α</translation>
    </message>
    <message>
        <source>Units compared per code at the chosen unit</source>
        <translation>Je Code verglichene Einheiten der gewählten Einheit</translation>
    </message>
    <message>
        <source>Percentile bootstrap: the 2.5th and 97.5th percentiles of alpha over the draws</source>
        <translation>Perzentil-Bootstrap: das 2,5. und 97,5. Perzentil von Alpha über die Ziehungen</translation>
    </message>
    <message>
        <source>The share of bootstrap draws in which alpha falls below Krippendorff's threshold</source>
        <translation>Der Anteil der Bootstrap-Ziehungen, in denen Alpha unter Krippendorffs Schwellenwert fällt</translation>
    </message>
    <message>
        <source>Krippendorff's |u|alpha: the coders' spans themselves, free boundaries</source>
        <translation>Krippendorffs |u|alpha: die Spannen der Codierer selbst, freie Grenzen</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementTab</name>
    <message>
        <source>Double-click a code to list its disagreements.</source>
        <translation>Doppelklicken Sie auf einen Code, um seine Abweichungen aufzulisten.</translation>
    </message>
    <message>
        <source>Double-click a disagreement to read it in its document.</source>
        <translation>Doppelklicken Sie auf eine Abweichung, um sie in ihrem Dokument zu lesen.</translation>
    </message>
    <message>
        <source>The coders to compare: two or more</source>
        <translation>Die zu vergleichenden Codierer: zwei oder mehr</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;: the units of all codes pooled. &lt;b&gt;Disagreements&lt;/b&gt;: runs of characters coded with the code by some coders and not by others.</source>
        <translation>&lt;b&gt;Gesamt&lt;/b&gt;: die Einheiten aller Codes zusammengenommen. &lt;b&gt;Abweichungen&lt;/b&gt;: zusammenhängende Zeichenfolgen, die manche Codierer mit dem Code codiert haben und andere nicht.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Alle Codes</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n disagreement(s)</source>
        <translation>
            <numerusform>„%1“: %n Abweichung</numerusform>
            <numerusform>„%1“: %n Abweichungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disagreements:</source>
        <translation>&amp;Abweichungen:</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>C&amp;odierer:</translation>
    </message>
    <message>
        <source>Choose two or more coders to compare.</source>
        <translation>Wählen Sie zwei oder mehr Codierer zum Vergleichen.</translation>
    </message>
    <message>
        <source>Computing the agreement…</source>
        <translation>Übereinstimmung wird berechnet …</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>Die Übereinstimmung konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) coded by all of %1;</source>
        <translation>
            <numerusform>%n Dokument von allen aus %1 codiert;</numerusform>
            <numerusform>%n Dokumente von allen aus %1 codiert;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) compared per code.</source>
        <translation>
            <numerusform>%n Zeichen je Code verglichen.</numerusform>
            <numerusform>%n Zeichen je Code verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Copy &amp;Methods Paragraph</source>
        <translation>&amp;Methodenabsatz kopieren</translation>
    </message>
    <message>
        <source>&amp;Export Reliability Data…</source>
        <translation>Reliabilitätsdaten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>Segment (Überlappung)</translation>
    </message>
    <message>
        <source>The unit on which the coders are compared</source>
        <translation>Die Einheit, auf der die Codierer verglichen werden</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Segment unit: two codings match when they overlap by at least this share of their union</source>
        <translation>Segment-Einheit: Zwei Codierungen passen zusammen, wenn sie sich um mindestens diesen Anteil ihrer Vereinigung überlappen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Bootstrap draws for the 95 % intervals (0: none; at least 1,000 otherwise)</source>
        <translation>Bootstrap-Ziehungen für die 95-%-Intervalle (0: keine; sonst mindestens 1.000)</translation>
    </message>
    <message>
        <source>Compare all documents, or only a named set (a sample drawn for double coding)</source>
        <translation>Alle Dokumente vergleichen oder nur eine benannte Menge (eine Stichprobe für die Doppelcodierung)</translation>
    </message>
    <message>
        <source>Put a methods paragraph on the clipboard: coders, unit, units, every statistic with its interval, and the thresholds</source>
        <translation>Einen Methodenabsatz in die Zwischenablage legen: Codierer, Einheit, Anzahl der Einheiten, jede Kennzahl mit ihrem Intervall und die Schwellenwerte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units.&lt;/b&gt; Compared are the documents (of the chosen set) in which every chosen coder has at least one coding. For each code every unit of those documents is coded yes or no by each coder: a character or sentence or paragraph is yes if one of the coder's codings of the code covers or overlaps it, a document if the coder applied the code in it; at the segment unit the codings themselves are matched by overlap.</source>
        <translation>&lt;b&gt;Einheiten.&lt;/b&gt; Verglichen werden die Dokumente (der gewählten Menge), in denen jede gewählte Person mindestens eine Codierung hat. Für jeden Code wird jede Einheit dieser Dokumente von jeder Person mit Ja oder Nein codiert: Ein Zeichen, Satz oder Absatz ist Ja, wenn eine ihrer Codierungen des Codes ihn abdeckt oder überlappt, ein Dokument, wenn sie den Code darin verwendet hat; bei der Segment-Einheit werden die Codierungen selbst über ihre Überlappung zugeordnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement %&lt;/b&gt;: units on which all coders agree. &lt;b&gt;Cohen's κ&lt;/b&gt; (two coders) and &lt;b&gt;Fleiss' κ&lt;/b&gt;: (Po − Pe) / (1 − Pe) with Pe from each coder's, or the pooled, shares. &lt;b&gt;Gwet's AC1&lt;/b&gt; and &lt;b&gt;Brennan–Prediger&lt;/b&gt;: the same with Gwet's and a uniform (1/2) chance agreement.</source>
        <translation>&lt;b&gt;Übereinstimmung %&lt;/b&gt;: Einheiten, in denen alle Codierer übereinstimmen. &lt;b&gt;Cohens κ&lt;/b&gt; (zwei Codierer) und &lt;b&gt;Fleiss' κ&lt;/b&gt;: (Po − Pe) / (1 − Pe), Pe aus den Anteilen jeder Person bzw. den gepoolten Anteilen. &lt;b&gt;Gwets AC1&lt;/b&gt; und &lt;b&gt;Brennan–Prediger&lt;/b&gt;: ebenso, mit Gwets bzw. einer gleichverteilten (1/2) Zufallsübereinstimmung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff's α&lt;/b&gt; (nominal): 1 − Do/De from the coincidence matrix, with a percentile bootstrap 95 % interval and the share of draws below 0.800 and 0.667 (Krippendorff's thresholds). &lt;b&gt;Unitizing α&lt;/b&gt;: Krippendorff's |u|α on the coders' spans themselves.</source>
        <translation>&lt;b&gt;Krippendorffs α&lt;/b&gt; (nominal): 1 − Do/De aus der Koinzidenzmatrix, mit einem Perzentil-Bootstrap-95-%-Intervall und dem Anteil der Ziehungen unter 0,800 und 0,667 (Krippendorffs Schwellenwerte). &lt;b&gt;Unitizing-α&lt;/b&gt;: Krippendorffs |u|α auf den Spannen der Codierer selbst.</translation>
    </message>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Die Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Ei&amp;nheit:</translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>Über&amp;lappung:</translation>
    </message>
    <message>
        <source>Boo&amp;tstrap:</source>
        <translation>Boo&amp;tstrap:</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>Dok&amp;umente:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character</source>
        <translation>Wählen Sie eine andere Einheit: Bei der Zeichen-Einheit wären die Daten eine Zeile je Zeichen</translation>
    </message>
    <message>
        <source>Write the units × coders matrix (1, 0, NA) that R's irr and K-Alpha read, and which unit each row is, to CSV files</source>
        <translation>Die Matrix Einheiten × Codierer (1, 0, NA), die Rs irr und K-Alpha lesen, und welche Einheit jede Zeile ist, in CSV-Dateien schreiben</translation>
    </message>
    <message>
        <source>95 % intervals: percentile bootstrap, %1 draws, seed %2, resampling %3.</source>
        <translation>95-%-Intervalle: Perzentil-Bootstrap, %1 Ziehungen, Startwert %2, neu gezogen: %3.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Export Reliability Data</source>
        <translation>Reliabilitätsdaten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character.</source>
        <translation>Wählen Sie eine andere Einheit: Bei der Zeichen-Einheit wären die Daten eine Zeile je Zeichen.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1 (which unit each row is: %2).</source>
        <translation>
            <numerusform>%n Einheit in %1 geschrieben (welche Einheit jede Zeile ist: %2).</numerusform>
            <numerusform>%n Einheiten in %1 geschrieben (welche Einheit jede Zeile ist: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: its documents are left out until it is closed.</source>
        <translation>Die Blindrunde zu „%1“ ist offen: Ihre Dokumente bleiben bis zum Abschluss außen vor.</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>Dokumentattribute</translation>
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
    <message>
        <source>Type in a cell; Tab and Enter move on. Paste values copied from a spreadsheet with %1; Delete unsets the selected values. Right-click a column title to rename, retype or delete the attribute.</source>
        <translation>Tippen Sie in eine Zelle; Tab und Eingabe gehen weiter. Mit %1 fügen Sie aus einer Tabelle kopierte Werte ein; Entf leert die ausgewählten Werte. Ein Rechtsklick auf einen Spaltentitel benennt das Attribut um, ändert seinen Typ oder löscht es.</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Ganze Zahl</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Type of its values:</source>
        <translation>Typ der Werte:</translation>
    </message>
    <message>
        <source>Rename Attribute</source>
        <translation>Attribut umbenennen</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete Attribute</source>
        <translation>Attribut löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute “%1” and its %n value(s)? You can undo this.</source>
        <translation>
            <numerusform>Das Attribut „%1“ und seinen %n Wert löschen? Sie können das rückgängig machen.</numerusform>
            <numerusform>Das Attribut „%1“ und seine %n Werte löschen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeTableModel</name>
    <message>
        <source>Choose the cell where the pasted values should start.</source>
        <translation>Wählen Sie die Zelle, in der die eingefügten Werte beginnen sollen.</translation>
    </message>
    <message>
        <source>The pasted values do not fit: they are %1 row(s) × %2 column(s), but from this cell there are %3 document(s) × %4 attribute(s). Nothing was pasted.</source>
        <translation>Die eingefügten Werte passen nicht: %1 Zeile(n) × %2 Spalte(n), ab dieser Zelle gibt es aber %3 Dokument(e) × %4 Attribut(e). Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1 (Werte: %2)</translation>
    </message>
</context>
<context>
    <name>marginalia::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupController</name>
    <message>
        <source>Save a &amp;Backup Now</source>
        <translation>Jetzt eine &amp;Sicherung speichern</translation>
    </message>
    <message>
        <source>Keep a timestamped copy of the project next to its file</source>
        <translation>Eine Kopie des Projekts mit Zeitstempel neben seiner Datei ablegen</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>Aus Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>An import, export or merge is running; wait until it has finished.</source>
        <translation>Ein Import, Export oder eine Zusammenführung läuft; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>A backup was saved as %1.</source>
        <translation>Eine Sicherung wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup %2 of %3? The project as it is now is saved as another backup first, and the undo history is cleared.</source>
        <translation>„%1“ durch die Sicherung %2 vom %3 ersetzen? Der jetzige Stand des Projekts wird zuvor als weitere Sicherung gespeichert, und der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The state before restoring was saved as %2.</source>
        <translation>Die Sicherung %1 wurde wiederhergestellt. Der Stand vor dem Wiederherstellen wurde als %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupListModel</name>
    <message>
        <source>%1
Cannot be read: %2</source>
        <translation>%1
Nicht lesbar: %2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>marginalia::BarChart</name>
    <message>
        <source>Double-click a bar to read the passages behind it.</source>
        <translation>Doppelklicken Sie auf einen Balken, um die Passagen dahinter zu lesen.</translation>
    </message>
    <message>
        <source>Select a code in the matrix to chart it.</source>
        <translation>Wählen Sie einen Code in der Matrix, um ihn darzustellen.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodeDialog</name>
    <message>
        <source>What the code means and when to apply it</source>
        <translation>Was der Code bedeutet und wann er anzuwenden ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>Ü&amp;bergeordneter Code:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>Code hinzufügen</translation>
    </message>
    <message>
        <source>Edit Code “%1”</source>
        <translation>Code „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Automatic…</source>
        <translation>Automatisch…</translation>
    </message>
    <message>
        <source>Colour of the Code</source>
        <translation>Farbe des Codes</translation>
    </message>
    <message>
        <source>Pressing this number key in the text codes the selection with the code</source>
        <translation>Diese Zifferntaste im Text codiert die Markierung mit dem Code</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Taste:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (now “%2”)</source>
        <translation>%1 (jetzt „%2“)</translation>
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
    <message>
        <source>Key %1 codes the selected text with this code.</source>
        <translation>Taste %1 codiert den markierten Text mit diesem Code.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
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
    <message>
        <source>Edit Code…</source>
        <translation>Code bearbeiten…</translation>
    </message>
    <message>
        <source>Name, parent, colour and description of the code</source>
        <translation>Name, übergeordneter Code, Farbe und Beschreibung des Codes</translation>
    </message>
    <message>
        <source>Assign &amp;Key</source>
        <translation>&amp;Taste zuweisen</translation>
    </message>
    <message>
        <source>The number key that codes the selected text with this code</source>
        <translation>Die Zifferntaste, die den markierten Text mit diesem Code codiert</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>&amp;%1  (now “%2”)</source>
        <translation>&amp;%1  (jetzt „%2“)</translation>
    </message>
</context>
<context>
    <name>marginalia::CoderDialog</name>
    <message>
        <source>Who Is Coding?</source>
        <translation>Wer codiert?</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codierer</translation>
    </message>
    <message>
        <source>Your name is stored with every coding you make, so that the codings of several coders can be told apart and compared. Use the same name on every computer you code on.</source>
        <translation>Ihr Name wird mit jeder Codierung gespeichert, damit sich die Codierungen mehrerer Codierer unterscheiden und vergleichen lassen. Verwenden Sie auf jedem Computer, auf dem Sie codieren, denselben Namen.</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>Ihr Name als Codierer:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name must be one line of text, without tabs or other control characters.</source>
        <translation>Ein Name muss eine Textzeile sein, ohne Tabulatoren oder andere Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Codieren</translation>
    </message>
    <message>
        <source>No recent codes yet</source>
        <translation>Noch keine zuletzt verwendeten Codes</translation>
    </message>
    <message>
        <source>Code &amp;with…</source>
        <translation>Codieren &amp;mit…</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>&amp;Neuer Code…</translation>
    </message>
    <message>
        <source>In &amp;Vivo</source>
        <translation>In &amp;vivo</translation>
    </message>
    <message>
        <source>No code has the key %1: right-click a code in the codebook and choose Assign Key.</source>
        <translation>Kein Code hat die Taste %1: Klicken Sie im Codebuch mit der rechten Maustaste auf einen Code und wählen Sie „Taste zuweisen“.</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareController</name>
    <message>
        <source>Code × Site &amp;Matrix…</source>
        <translation>Code × Standort-&amp;Matrix …</translation>
    </message>
    <message>
        <source>Code &amp;Co-occurrence…</source>
        <translation>&amp;Kookkurrenz von Codes …</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies…</source>
        <translation>&amp;Worthäufigkeiten …</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>Intercoder-Ü&amp;bereinstimmung …</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Coded excerpts as HTML, ODT, DOCX, PDF, Markdown or CSV</source>
        <translation>Codierte Auszüge als HTML, ODT, DOCX, PDF, Markdown oder CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareWindow</name>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>Vergleichen — %1</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>C&amp;o-occurrence</source>
        <translation>K&amp;ookkurrenz</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies</source>
        <translation>&amp;Worthäufigkeiten</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>Ü&amp;bereinstimmung</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceMatrixModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Passage</numerusform>
            <numerusform>%n Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n Codierung</numerusform>
            <numerusform>%n Codierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n Absatz</numerusform>
            <numerusform>%n Absätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” with “%2”: %3 of %4 (Jaccard %5), in %6. Click to read the passages.</source>
        <translation>„%1“ mit „%2“: %3 von %4 (Jaccard %5), in %6. Klicken, um die Passagen zu lesen.</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3</source>
        <translation>„%1“: %2 in %3</translation>
    </message>
    <message>
        <source>A code and its own sub-code are not paired; tick “Pair codes with their sub-codes” to see them.</source>
        <translation>Ein Code wird nicht mit seinem eigenen Subcode gepaart; kreuzen Sie „Codes mit ihren Subcodes paaren“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Never together</source>
        <translation>Nie gemeinsam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>With code</source>
        <translation>Mit Code</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>%1 of %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))</source>
        <translation>%1 von %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>In documents</source>
        <translation>In Dokumenten</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceTab</name>
    <message>
        <source>Overlapping codings</source>
        <translation>Überlappende Codierungen</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Gleicher Absatz</translation>
    </message>
    <message>
        <source>Double-click a pair to read the passages behind it.</source>
        <translation>Doppelklicken Sie auf ein Paar, um die Passagen dahinter zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1” with “%2”: %n passage(s)</source>
        <translation>
            <numerusform>„%1“ mit „%2“: %n Passage</numerusform>
            <numerusform>„%1“ mit „%2“: %n Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Together means:</source>
        <translation>&amp;Gemeinsam heißt:</translation>
    </message>
    <message>
        <source>The co-occurrences could not be computed: %1</source>
        <translation>Die Kookkurrenzen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Pair codes with their sub-codes</source>
        <translation>Codes mit ihren &amp;Subcodes paaren</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Jaccard coefficient</source>
        <translation>Jaccard-Koeffizient</translation>
    </message>
    <message>
        <source>Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together)</source>
        <translation>Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), von 0 (nie gemeinsam) bis 1 (immer gemeinsam)</translation>
    </message>
    <message>
        <source>Only documents of this site</source>
        <translation>Nur Dokumente dieses Standorts</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>Nur Dokumente dieser Art</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
        <translation>Nur die Codierungen dieser Person</translation>
    </message>
    <message>
        <source>A code and its own sub-codes usually overlap by design; they are left out unless this is ticked</source>
        <translation>Ein Code und seine Subcodes überlappen meist absichtlich; sie werden nur gepaart, wenn dies angekreuzt ist</translation>
    </message>
    <message>
        <source>Click a cell to read the passages behind it.</source>
        <translation>Klicken Sie auf eine Zelle, um die Passagen dahinter zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>Pair &amp;List</source>
        <translation>Paar&amp;liste</translation>
    </message>
    <message>
        <source>Co&amp;unt in:</source>
        <translation>Zählen &amp;in:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odierer:</translation>
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
    <message>
        <source>Passages: the spans of either code that overlap one of the other, each once however many coders coded it. Codings: each coder's coding once. Documents: documents where they overlap.</source>
        <translation>Passagen: die Passagen beider Codes, die eine des anderen überlappen, jede einmal, gleich wie viele Codierer sie codiert haben. Codierungen: jede Codierung jedes Codierers einmal. Dokumente: Dokumente, in denen sie überlappen.</translation>
    </message>
    <message>
        <source>Paragraphs: paragraphs touched by both codes. Documents: documents with such a paragraph.</source>
        <translation>Absätze: Absätze, die beide Codes berühren. Dokumente: Dokumente mit einem solchen Absatz.</translation>
    </message>
    <message>
        <source>Together: codings of the two codes share at least one character (touching is not enough).</source>
        <translation>Gemeinsam: Codierungen der beiden Codes teilen mindestens ein Zeichen (bloßes Angrenzen genügt nicht).</translation>
    </message>
    <message>
        <source>Together: codings of the two codes touch the same paragraph (line).</source>
        <translation>Gemeinsam: Codierungen der beiden Codes berühren denselben Absatz (Zeile).</translation>
    </message>
    <message>
        <source>n(A∩B): the passages of either code that overlap one of the other (each span once, however many coders); n(A) + n(B) − n(A∩B) = the passages of A plus those of B.</source>
        <translation>n(A∩B): die Passagen beider Codes, die eine des anderen überlappen (jede Passage einmal, gleich wie viele Codierer); n(A) + n(B) − n(A∩B) = die Passagen von A plus die von B.</translation>
    </message>
    <message>
        <source>n(A∩B): the codings of either code that overlap one of the other; n(A) + n(B) − n(A∩B) = the codings of A plus those of B.</source>
        <translation>n(A∩B): die Codierungen beider Codes, die eine des anderen überlappen; n(A) + n(B) − n(A∩B) = die Codierungen von A plus die von B.</translation>
    </message>
    <message>
        <source>n(A∩B): paragraphs touched by both codes; n(A): paragraphs touched by A.</source>
        <translation>n(A∩B): Absätze, die beide Codes berühren; n(A): Absätze, die A berührt.</translation>
    </message>
    <message>
        <source>n(A∩B): documents where the two codes are together; n(A): documents with A.</source>
        <translation>n(A∩B): Dokumente, in denen die beiden Codes gemeinsam vorkommen; n(A): Dokumente mit A.</translation>
    </message>
    <message>
        <source>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together). The heat map shades counts against the largest one, Jaccard from 0 to 1.</source>
        <translation>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), von 0 (nie gemeinsam) bis 1 (immer gemeinsam). Die Heatmap schattiert Anzahlen im Verhältnis zur größten, Jaccard von 0 bis 1.</translation>
    </message>
</context>
<context>
    <name>marginalia::DictionaryDialog</name>
    <message>
        <source>Dictionary</source>
        <translation>Wörterbuch</translation>
    </message>
    <message>
        <source>“%1” cannot be a word of the dictionary: a word there is 2 to 16 Chinese characters. Other words are found by spaces and punctuation.</source>
        <translation>„%1“ kann kein Wort des Wörterbuchs sein: Ein Wort dort besteht aus 2 bis 16 chinesischen Schriftzeichen. Andere Wörter werden an Leerzeichen und Satzzeichen erkannt.</translation>
    </message>
    <message>
        <source>Chinese text is split into words with a dictionary. Add the words of your project (names, terms of your field), or say that a word is not one here: its characters are then counted on their own or with their neighbours.</source>
        <translation>Chinesischer Text wird mit einem Wörterbuch in Wörter zerlegt. Fügen Sie die Wörter Ihres Projekts hinzu (Namen, Fachbegriffe) oder legen Sie fest, dass ein Wort hier keines ist: Seine Schriftzeichen werden dann einzeln oder mit ihren Nachbarn gezählt.</translation>
    </message>
    <message>
        <source>&amp;Add Word…</source>
        <translation>Wort &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Not a Word…</source>
        <translation>&amp;Kein Wort…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>Drop the project's change of the selected word.</source>
        <translation>Die Änderung des Projekts am ausgewählten Wort verwerfen.</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>Kein Wort</translation>
    </message>
    <message>
        <source>Word that is not a word in this project:</source>
        <translation>Wort, das in diesem Projekt kein Wort ist:</translation>
    </message>
    <message>
        <source>Words added:</source>
        <translation>Hinzugefügte Wörter:</translation>
    </message>
    <message>
        <source>Not words:</source>
        <translation>Keine Wörter:</translation>
    </message>
    <message>
        <source>Code names counted as words: %1</source>
        <translation>Als Wörter gezählte Codenamen: %1</translation>
    </message>
    <message>
        <source>Code names of Chinese characters count as words too.</source>
        <translation>Codenamen aus chinesischen Schriftzeichen zählen ebenfalls als Wörter.</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>“%1” is not a word</source>
        <translation>„%1“ ist kein Wort</translation>
    </message>
    <message>
        <source>Forget “%1” in the dictionary</source>
        <translation>„%1“ im Wörterbuch vergessen</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Word to count whole (for example, extend a character to the word it belongs to):</source>
        <translation>Wort, das als Ganzes gezählt werden soll (zum Beispiel ein Schriftzeichen zu dem Wort ergänzen, zu dem es gehört):</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>Codiert von</translation>
    </message>
    <message>
        <source>Not coded by</source>
        <translation>Nicht codiert von</translation>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt; (in the File menu, or drop files on this window) brings in interviews, field notes and observations.&lt;/p&gt;&lt;p&gt;To look around first: &lt;a href="demo"&gt;%2&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine Dokumente.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt; (im Menü „Datei“, oder Dateien auf dieses Fenster ziehen) holt Interviews, Feldnotizen und Beobachtungen ins Projekt.&lt;/p&gt;&lt;p&gt;Zum Ausprobieren: &lt;a href="demo"&gt;%2&lt;/a&gt;.&lt;/p&gt;</translation>
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
    <message numerus="yes">
        <source>%n document(s) imported. This import cannot be undone: it was too large to keep for undo.</source>
        <translation>
            <numerusform>%n Dokument importiert. Dieser Import kann nicht rückgängig gemacht werden: Er war zu groß, um ihn dafür aufzubewahren.</numerusform>
            <numerusform>%n Dokumente importiert. Dieser Import kann nicht rückgängig gemacht werden: Er war zu groß, um ihn dafür aufzubewahren.</numerusform>
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
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
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
    <message>
        <source>Preview of “%1”:</source>
        <translation>Vorschau von „%1“:</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>Vorschau von „%1“ (%2):</translation>
    </message>
    <message>
        <source>“%1” does not decode as %2.</source>
        <translation>„%1“ lässt sich nicht als %2 dekodieren.</translation>
    </message>
    <message>
        <source>This file type has no text encoding to choose.</source>
        <translation>Bei diesem Dateityp gibt es keine Textkodierung zu wählen.</translation>
    </message>
    <message>
        <source>Read as %1, as the file declares.</source>
        <translation>Als %1 gelesen, wie die Datei angibt.</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <translation>Als %1 gelesen, wie gewählt.</translation>
    </message>
    <message>
        <source>Detected: %1 (certain).</source>
        <translation>Erkannt: %1 (sicher).</translation>
    </message>
    <message>
        <source>Detected: %1 (likely).</source>
        <translation>Erkannt: %1 (wahrscheinlich).</translation>
    </message>
    <message>
        <source>Detected: %1 (likely; %2 is also possible).</source>
        <translation>Erkannt: %1 (wahrscheinlich; %2 ist auch möglich).</translation>
    </message>
    <message>
        <source>Detected: %1, but uncertain. If the preview looks garbled, choose the encoding above.</source>
        <translation>Erkannt: %1, aber unsicher. Wenn die Vorschau verstümmelt aussieht, wählen Sie oben die Kodierung.</translation>
    </message>
    <message>
        <source>Uncertain: read as %1, but it may be %2. If the preview looks garbled, use %2.</source>
        <translation>Unsicher: als %1 gelesen, es könnte aber %2 sein. Wenn die Vorschau verstümmelt aussieht, verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Apply to &amp;All</source>
        <translation>&amp;Allen zuweisen</translation>
    </message>
    <message>
        <source>The site for every file (leave empty for none); change single files in the list</source>
        <translation>Der Standort für alle Dateien (leer lassen für keinen); einzelne Dateien in der Liste ändern</translation>
    </message>
    <message>
        <source>The kind for every file, e.g. teacher interview (leave empty for none); change single files in the list</source>
        <translation>Die Art für alle Dateien, z. B. Lehrerinterview (leer lassen für keine); einzelne Dateien in der Liste ändern</translation>
    </message>
    <message>
        <source>Give every file in the list this site and kind, also those changed one by one</source>
        <translation>Allen Dateien der Liste diesen Standort und diese Art geben, auch den einzeln geänderten</translation>
    </message>
    <message>
        <source>The encoding of the selected plain-text file, if detection picks the wrong one</source>
        <translation>Die Kodierung der gewählten Textdatei, falls die Erkennung falsch liegt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Double-click a site or kind to change it for one file.</source>
        <translation>
            <numerusform>%n Datei zum Importieren. Doppelklicken Sie auf Standort oder Art, um sie für eine Datei zu ändern.</numerusform>
            <numerusform>%n Dateien zum Importieren. Doppelklicken Sie auf Standort oder Art, um sie für eine Datei zu ändern.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportFilesModel</name>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1 (no encoding)</source>
        <translation>%1 (ohne Kodierung)</translation>
    </message>
    <message>
        <source>%1 (given)</source>
        <translation>%1 (angegeben)</translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation>%1 (sicher)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <source>%1 (likely; %2 possible)</source>
        <translation>%1 (wahrscheinlich; %2 möglich)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>%1 (uncertain; may be %2)</source>
        <translation>%1 (unsicher; vielleicht %2)</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>Lines starting with these labels are speaker turns; they are stored as the attribute “speakers”.</source>
        <translation>Zeilen, die mit diesen Bezeichnungen beginnen, sind Sprecherwechsel; sie werden als Attribut „speakers“ gespeichert.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
</context>
<context>
    <name>marginalia::IndexingStatus</name>
    <message>
        <source>Indexing for search</source>
        <translation>Suchindex wird erstellt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop indexing; searches still find everything, more slowly, until it is finished</source>
        <translation>Indizierung anhalten; die Suche findet weiterhin alles, nur langsamer, bis der Index fertig ist</translation>
    </message>
</context>
<context>
    <name>marginalia::InterchangeController</name>
    <message>
        <source>Export Project as REFI-QDA (.qdpx)…</source>
        <translation>Projekt als REFI-QDA exportieren (.qdpx) …</translation>
    </message>
    <message>
        <source>Export Codebook (.qdc)…</source>
        <translation>Codebuch exportieren (.qdc) …</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA-Projekt importieren (.qdpx) …</translation>
    </message>
    <message>
        <source>Import Codebook (.qdc)…</source>
        <translation>Codebuch importieren (.qdc) …</translation>
    </message>
    <message>
        <source>Merge Project…</source>
        <translation>Projekt zusammenführen …</translation>
    </message>
    <message>
        <source>Add a teammate’s project (.marginalia or .qdpx) to this one</source>
        <translation>Das Projekt eines Teammitglieds (.marginalia oder .qdpx) zu diesem hinzufügen</translation>
    </message>
    <message>
        <source>Another exchange or merge is running; wait until it has finished.</source>
        <translation>Ein anderer Austausch oder eine Zusammenführung läuft; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>An import is running; wait until it has finished.</source>
        <translation>Ein Import läuft; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>… and %1 more (see Details).</source>
        <translation>… und %1 weitere (siehe Details).</translation>
    </message>
    <message>
        <source>Export Project as REFI-QDA</source>
        <translation>Projekt als REFI-QDA exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>Codebuch exportieren</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA-Codebücher (*.qdc)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>REFI-QDA-Projekt importieren</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA-Projekte (*.qdpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>Neues Projekt für den Import</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-Projekte (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>Codebuch importieren</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA-Codebücher (*.qdc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>Projekt zusammenführen</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>Projekte (*.marginalia *.qdpx);;Marginalia-Projekte (*.marginalia);;REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting the project to %1…</source>
        <translation>Projekt wird nach %1 exportiert …</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The project was exported to %1.</source>
        <translation>Das Projekt wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>Codes: %1</translation>
    </message>
    <message>
        <source>Codings: %1</source>
        <translation>Codierungen: %1</translation>
    </message>
    <message>
        <source>Coders: %1</source>
        <translation>Codierer: %1</translation>
    </message>
    <message>
        <source>Notes (memos): %1</source>
        <translation>Notizen (Memos): %1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Fälle: %1</translation>
    </message>
    <message>
        <source>Variables (attributes): %1</source>
        <translation>Variablen (Attribute): %1</translation>
    </message>
    <message>
        <source>Sets: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Exporting the codebook to %1…</source>
        <translation>Codebuch wird nach %1 exportiert …</translation>
    </message>
    <message>
        <source>The codebook was exported to %1.</source>
        <translation>Das Codebuch wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the imported project.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für das importierte Projekt.</translation>
    </message>
    <message>
        <source>Choose a new file for the imported project, not the open one.</source>
        <translation>Wählen Sie eine neue Datei für das importierte Projekt, nicht die geöffnete.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>The import was cancelled; no project was created.</source>
        <translation>Der Import wurde abgebrochen; es wurde kein Projekt angelegt.</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2</source>
        <translation>Der Import von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Übersprungen %1: %2</translation>
    </message>
    <message>
        <source>%1 was imported into the new project %2.</source>
        <translation>%1 wurde in das neue Projekt %2 importiert.</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Open the new project %1 now?</source>
        <translation>Das neue Projekt %1 jetzt öffnen?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>Codebuch „%1“ importieren</translation>
    </message>
    <message>
        <source>Importing the codebook %1…</source>
        <translation>Codebuch %1 wird importiert …</translation>
    </message>
    <message>
        <source>The import was cancelled; the codebook is as it was.</source>
        <translation>Der Import wurde abgebrochen; das Codebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The codebook %1 was imported.</source>
        <translation>Das Codebuch %1 wurde importiert.</translation>
    </message>
    <message>
        <source>Codes added: %1</source>
        <translation>Hinzugefügte Codes: %1</translation>
    </message>
    <message>
        <source>Codes the project had already: %1</source>
        <translation>Bereits vorhandene Codes: %1</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>Ein Projekt kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merging %1 into this project…</source>
        <translation>%1 wird in dieses Projekt übernommen …</translation>
    </message>
    <message>
        <source>The merge was cancelled; the project is as it was.</source>
        <translation>Die Zusammenführung wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>The merge of %1 failed: %2</source>
        <translation>Die Zusammenführung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Documents added: %1</source>
        <translation>Hinzugefügte Dokumente: %1</translation>
    </message>
    <message>
        <source>Documents already here (same text): %1</source>
        <translation>Bereits vorhandene Dokumente (gleicher Text): %1</translation>
    </message>
    <message>
        <source>Codes matched: %1</source>
        <translation>Zugeordnete Codes: %1</translation>
    </message>
    <message>
        <source>Codings added: %1</source>
        <translation>Hinzugefügte Codierungen: %1</translation>
    </message>
    <message>
        <source>Codings already here (skipped): %1</source>
        <translation>Bereits vorhandene Codierungen (übersprungen): %1</translation>
    </message>
    <message>
        <source>Coders added: %1</source>
        <translation>Hinzugefügte Codierer: %1</translation>
    </message>
    <message>
        <source>Cases added: %1</source>
        <translation>Hinzugefügte Fälle: %1</translation>
    </message>
    <message>
        <source>Attribute values set: %1</source>
        <translation>Gesetzte Attributwerte: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>Konflikte: %1</translation>
    </message>
    <message>
        <source>The project as it was before is kept as %1.</source>
        <translation>Das Projekt im vorherigen Zustand bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>%1 was merged into this project.</source>
        <translation>%1 wurde in dieses Projekt übernommen.</translation>
    </message>
    <message>
        <source>Any program (the REFI-QDA standard)</source>
        <translation>Beliebiges Programm (REFI-QDA-Standard)</translation>
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
        <translation>Welches Programm wird die Datei öffnen? NVivo und QualCoder zählen Textpositionen anders als der Standard, und QualCoder liest Sets falsch.</translation>
    </message>
    <message>
        <source>Text positions: UTF-16 units, as %1 counts them</source>
        <translation>Textpositionen: UTF-16-Einheiten, wie %1 sie zählt</translation>
    </message>
    <message>
        <source>Text positions: characters (code points), as the standard says</source>
        <translation>Textpositionen: Zeichen (Codepunkte), wie der Standard sie vorsieht</translation>
    </message>
    <message>
        <source>Positions in “%1” read as %2: %3</source>
        <translation>Positionen in „%1“ als %2 gelesen: %3</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16-Einheiten</translation>
    </message>
    <message>
        <source>characters (code points)</source>
        <translation>Zeichen (Codepunkte)</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported only in part into the new project %2: %n source(s) could not be stored (see Details).</source>
        <translation>
            <numerusform>%1 wurde nur teilweise in das neue Projekt %2 importiert: %n Quelle konnte nicht gespeichert werden (siehe Details).</numerusform>
            <numerusform>%1 wurde nur teilweise in das neue Projekt %2 importiert: %n Quellen konnten nicht gespeichert werden (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapsed into a coding already here (memo kept): %1</source>
        <translation>In eine vorhandene Codierung zusammengeführt (Memo behalten): %1</translation>
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
    <message>
        <source>C&amp;ompare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>All Memos</source>
        <translation>Alle Memos</translation>
    </message>
    <message>
        <source>C&amp;oder…</source>
        <translation>C&amp;odierer…</translation>
    </message>
    <message>
        <source>Search All &amp;Documents…</source>
        <translation>Alle &amp;Dokumente durchsuchen…</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Codierer: %1</translation>
    </message>
    <message>
        <source>Your codings are stored under this name. Change it with File › Coder…</source>
        <translation>Ihre Codierungen werden unter diesem Namen gespeichert. Ändern Sie ihn mit Datei › Codierer…</translation>
    </message>
    <message>
        <source>Cannot undo %1</source>
        <translation>%1 kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>While opening the project: %1</source>
        <translation>Beim Öffnen des Projekts: %1</translation>
    </message>
    <message>
        <source>The coder was not changed: %1</source>
        <translation>Der Codierer wurde nicht gewechselt: %1</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixModel</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>% of documents</source>
        <translation>% der Dokumente</translation>
    </message>
    <message>
        <source>Coded characters</source>
        <translation>Codierte Zeichen</translation>
    </message>
    <message>
        <source>Per 10,000 characters</source>
        <translation>Pro 10.000 Zeichen</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>Total (any code)</source>
        <translation>Summe (beliebiger Code)</translation>
    </message>
    <message>
        <source>Every coding once; documents with any coding; characters covered by any coding</source>
        <translation>Jede Codierung einmal; Dokumente mit irgendeiner Codierung; von irgendeiner Codierung abgedeckte Zeichen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n Dokument</numerusform>
            <numerusform>%1: %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters of text</source>
        <translation>%1 Zeichen Text</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codierungen</translation>
    </message>
    <message>
        <source>%1 passages, %2 codings, %3 documents (%4%), %5 coded characters, %6 per 10,000 characters</source>
        <translation>%1 Passagen, %2 Codierungen, %3 Dokumente (%4 %), %5 codierte Zeichen, %6 je 10.000 Zeichen</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixTab</name>
    <message>
        <source>&amp;Roll up sub-codes</source>
        <translation>&amp;Untercodes einrechnen</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern …</translation>
    </message>
    <message>
        <source>A code's row counts the codings of its sub-codes too (each coding once)</source>
        <translation>Die Zeile eines Codes zählt auch die Codierungen seiner Untercodes (jede Codierung einmal)</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>Nur Dokumente dieser Art</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
        <translation>Nur die Codierungen dieser Person</translation>
    </message>
    <message>
        <source>The attribute whose values are the columns</source>
        <translation>Das Attribut, dessen Werte die Spalten bilden</translation>
    </message>
    <message>
        <source>Double-click a number to read the passages behind it.</source>
        <translation>Doppelklicken Sie auf eine Zahl, um die Passagen dahinter zu lesen.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Maß:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>C&amp;odierer:</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Alle Codierer</translation>
    </message>
    <message>
        <source>Computing the matrix…</source>
        <translation>Matrix wird berechnet …</translation>
    </message>
    <message>
        <source>The matrix could not be computed: %1</source>
        <translation>Die Matrix konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n Code</numerusform>
            <numerusform>%n Codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of “%1”</source>
        <translation>
            <numerusform>%n Wert von „%1“</numerusform>
            <numerusform>%n Werte von „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n Dokument.</numerusform>
            <numerusform>%n Dokumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Any code</source>
        <translation>Beliebiger Code</translation>
    </message>
    <message>
        <source>“%1”: %2 by %3</source>
        <translation>„%1“: %2 nach %3</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n passage(s)</source>
        <translation>
            <numerusform>„%1“: %n Passage</numerusform>
            <numerusform>„%1“: %n Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %2: %n passage(s)</source>
        <translation>
            <numerusform>„%1“ in %2: %n Passage</numerusform>
            <numerusform>„%1“ in %2: %n Passagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the chart as “%1”; choose a folder you can write to.</source>
        <translation>Das Diagramm konnte nicht als „%1“ gespeichert werden; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Passages: spans coded with the code, each once however many coders coded it (same document, start and end). Codings: each coder's coding once. Documents: documents with the code. % of documents: of the column's documents. Coded characters: overlapping codings count once. Per 10,000: coded characters per 10,000 characters of the column's text.</source>
        <translation>Passagen: mit dem Code codierte Textstellen, jede einmal, gleich wie viele Codierer sie codiert haben (gleiches Dokument, gleicher Anfang und gleiches Ende). Codierungen: jede Codierung jedes Codierers einmal. Dokumente: Dokumente mit dem Code. % der Dokumente: der Dokumente der Spalte. Codierte Zeichen: Überlappungen zählen einmal. Je 10.000: codierte Zeichen je 10.000 Zeichen des Spaltentexts.</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>“%1” in %2 (%3–%4)</source>
        <extracomment>A coding: its code, document and coded range in characters</extracomment>
        <translation>„%1“ in %2 (%3–%4)</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Gehört zu</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
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
    <name>marginalia::MemosPane</name>
    <message>
        <source>Filter memos</source>
        <translation>Memos filtern</translation>
    </message>
    <message>
        <source>No memos yet. Write one in the Memo panel for a document, code or coding.</source>
        <translation>Noch keine Memos. Schreiben Sie eines im Memo-Bereich zu einem Dokument, Code oder einer Codierung.</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) shown</source>
        <translation>
            <numerusform>%n Memo angezeigt</numerusform>
            <numerusform>%n Memos angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to go to it</source>
        <translation>Doppelklick springt dorthin</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save every memo, with what it belongs to and the coded passages, as a file</source>
        <translation>Alle Memos mit ihrem Bezug und den codierten Passagen als Datei speichern</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)…</source>
        <translation>CSV (Tabellenkalkulation)…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>HTML…</source>
        <translation>HTML…</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Codierung</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Dokument-Memos</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Code-Memos</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Codierungs-Memos</translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation>Fall-Memos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A coding in the memo export: %1 the code's path, %2 the document</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>importiert von %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importiert am %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt am %1</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>codiert von %1</translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation>codiert am %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>Absätze %1–%2</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>Sprecher %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>Sprecher %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>The project has no memos.</source>
        <translation>Das Projekt hat keine Memos.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export Memos</source>
        <translation>Memos exportieren</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>Memos werden exportiert…</translation>
    </message>
    <message>
        <source>The memos were not exported to %1: %2</source>
        <translation>Die Memos wurden nicht nach %1 exportiert: %2</translation>
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
    <name>marginalia::PassagesDialog</name>
    <message numerus="yes">
        <source>%n passage(s). Double-click one to read it in its document.</source>
        <translation>
            <numerusform>%n Passage. Doppelklicken Sie darauf, um sie in ihrem Dokument zu lesen.</numerusform>
            <numerusform>%n Passagen. Doppelklicken Sie auf eine, um sie in ihrem Dokument zu lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>&amp;Zur Passage</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>Als &amp;CSV kopieren</translation>
    </message>
    <message>
        <source>Code “%1”.</source>
        <translation>Code „%1“.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the list as a CSV table or an HTML page</source>
        <translation>Die Liste als CSV-Tabelle oder HTML-Seite speichern</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Passagen exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;HTML page (*.html)</source>
        <translation>CSV-Tabelle (*.csv);;HTML-Seite (*.html)</translation>
    </message>
</context>
<context>
    <name>marginalia::PassagesModel</name>
    <message>
        <source>coded by %1; not by %2</source>
        <translation>codiert von %1; nicht von %2</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Zeichen</translation>
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
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codierer</translation>
    </message>
</context>
<context>
    <name>marginalia::PasswordKeyring</name>
    <message>
        <source>neither the Secret Service nor KWallet answered</source>
        <translation>weder der Secret Service noch KWallet hat geantwortet</translation>
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
    <message>
        <source>“%1” (too large to keep)</source>
        <translation>„%1“ (zu groß zum Aufbewahren)</translation>
    </message>
    <message>
        <source>“%1” and earlier edits (undo memory limit)</source>
        <translation>„%1“ und frühere Änderungen (Speichergrenze für Rückgängig)</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportDialog</name>
    <message>
        <source>Put the code × site &amp;matrix at the top</source>
        <translation>Code × Standort-&amp;Matrix an den Anfang stellen</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>Nach Code</translation>
    </message>
    <message>
        <source>By site, then code</source>
        <translation>Nach Standort, dann Code</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Text shown on each side of an excerpt</source>
        <translation>Text, der auf jeder Seite eines Auszugs gezeigt wird</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-Text (ODT)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word-Dokument (DOCX)</translation>
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
        <translation>CSV (eine Zeile je Auszug)</translation>
    </message>
    <message>
        <source>Nothing checked: every code. A code brings its sub-codes.</source>
        <translation>Nichts angehakt: alle Codes. Ein Code bringt seine Untercodes mit.</translation>
    </message>
    <message>
        <source>Nothing checked: every site.</source>
        <translation>Nichts angehakt: alle Standorte.</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>Das Speichern wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>&amp;Codes:</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>S&amp;tandorte:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Gruppierung:</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>Kon&amp;text:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Der Bericht konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n excerpt(s); the saved report has them all.</source>
        <translation>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Auszug; der gespeicherte Bericht enthält alle.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Auszügen; der gespeicherte Bericht enthält alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s).</source>
        <translation>
            <numerusform>%n Auszug.</numerusform>
            <numerusform>%n Auszüge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>Could not save the report as “%1”: %2</source>
        <translation>Der Bericht konnte nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n passage(s) to “%1”.</source>
        <translation>
            <numerusform>%n Passage nach „%1“ gespeichert.</numerusform>
            <numerusform>%n Passagen nach „%1“ gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The language of the report's headings and labels</source>
        <translation>Die Sprache der Überschriften und Beschriftungen des Berichts</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The report will be in English: %1</source>
        <translation>Der Bericht wird auf Englisch geschrieben: %1</translation>
    </message>
    <message>
        <source>Check two or more coders: the report ends with a methods paragraph on their agreement over the report's codes (each statistic with its 95 % interval).</source>
        <translation>Zwei oder mehr Codierer ankreuzen: Der Bericht endet mit einem Methodenabsatz über ihre Übereinstimmung bei den Codes des Berichts (jede Kennzahl mit ihrem 95-%-Intervall).</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>Segment (Überlappung)</translation>
    </message>
    <message>
        <source>The unit on which the coders' agreement is computed</source>
        <translation>Die Einheit, auf der die Übereinstimmung der Codierer berechnet wird</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Reliabilität:</translation>
    </message>
    <message>
        <source>Reliability &amp;unit:</source>
        <translation>Reliabilitäts&amp;einheit:</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: the reliability paragraph can be added once it is closed (until then its documents would be left out).</source>
        <translation>Die Blindrunde zu „%1“ ist geöffnet: Der Absatz zur Reliabilität kann hinzugefügt werden, sobald sie geschlossen ist (bis dahin würden ihre Dokumente fehlen).</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportLabels</name>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(ohne %1)</translation>
    </message>
    <message>
        <source>Codes × %1</source>
        <translation>Codes × %1</translation>
    </message>
    <message>
        <source>Passages / codings (documents with the code). A passage is a span coded with a code, counted once however many coders coded it (same document, code, start and end); a coding is one coder's act.</source>
        <translation>Passagen / Codierungen (Dokumente mit dem Code). Eine Passage ist ein mit einem Code codierter Abschnitt, einmal gezählt, gleich wie viele Codierer ihn codiert haben (gleiches Dokument, gleicher Code, gleicher Anfang und gleiches Ende); eine Codierung ist die Handlung eines Codierers.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Code memo:</source>
        <translation>Code-Memo:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Dokument-Memos</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>Absatz %1</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>Absätze %1–%2</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>Sprecher %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>Sprecher %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>coders %1</source>
        <translation>Codierer %1</translation>
    </message>
    <message>
        <source>coder %1</source>
        <translation>Codierer %1</translation>
    </message>
    <message>
        <source>Coded excerpts — %1</source>
        <translation>Codierte Auszüge — %1</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliabilität</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n Passage</numerusform>
            <numerusform>%n Passagen</numerusform>
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
        <source>Project %1 · %2 (%3) · generated %4</source>
        <extracomment>%2 is "3 passages", %3 "4 codings" (each in its plural form)</extracomment>
        <translation>Projekt %1 · %2 (%3) · erstellt %4</translation>
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
    <message>
        <source>the character</source>
        <translation>das Zeichen</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>der Satz</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>der Absatz</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>the coded segment (two codings matched when they overlapped by at least %1 % of their union)</source>
        <translation>das codierte Segment (zwei Codierungen wurden zugeordnet, wenn sie sich um mindestens %1 % ihrer Vereinigung überlappten)</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s) (%1) coded %2 independently.</source>
        <extracomment>%n coders (%1 their names) coded %2 ("3 documents", in its plural form)</extracomment>
        <translation>
            <numerusform>%n Codierer (%1) codierte %2 unabhängig.</numerusform>
            <numerusform>%n Codierer (%1) codierten %2 unabhängig voneinander.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis, %3 in all.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the coded segment (...)"), %3 "12 matched segments"</extracomment>
        <translation>Die Übereinstimmung wurde für jeden Code einzeln bestimmt (%1), Analyseeinheit war %2, insgesamt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n matched segment(s)</source>
        <translation>
            <numerusform>%n zugeordnetes Segment</numerusform>
            <numerusform>%n zugeordnete Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis (%3 units per code, %4 code × unit decisions per coder in all); a coder's value for a unit was whether the coder had applied the code to it.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the paragraph"), %3 and %4 numbers</extracomment>
        <translation>Die Übereinstimmung wurde für jeden Code einzeln bestimmt (%1), Analyseeinheit war %2 (%3 Einheiten je Code, insgesamt %4 Entscheidungen Code × Einheit je Codierer); der Wert eines Codierers für eine Einheit war, ob er den Code auf sie angewandt hatte.</translation>
    </message>
    <message>
        <source>(95 % CI %1 to %2)</source>
        <translation>(95-%-KI %1 bis %2)</translation>
    </message>
    <message>
        <source>percent agreement</source>
        <translation>prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>Krippendorff's α (nominal)</source>
        <translation>Krippendorffs α (nominal)</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss' κ</translation>
    </message>
    <message>
        <source>Gwet's AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Brennan and Prediger's κ</source>
        <translation>Brennan und Predigers κ</translation>
    </message>
    <message>
        <source>Pooled over the codes: %1.</source>
        <translation>Über alle Codes zusammengefasst: %1.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>whole documents</source>
        <translation>ganze Dokumente</translation>
    </message>
    <message>
        <source>Confidence intervals are 95 % percentile bootstrap intervals from %1 draws resampling %2 (seed %3); the probability that α falls below 0.800 is %4 and below 0.667 is %5.</source>
        <extracomment>%1 the number of draws, %2 "units" or "whole documents", %3 the seed, %4 and %5 probabilities</extracomment>
        <translation>Die Konfidenzintervalle sind 95-%-Perzentil-Bootstrap-Intervalle aus %1 Ziehungen mit Zurücklegen von %2 (Seed %3); die Wahrscheinlichkeit, dass α unter 0.800 liegt, beträgt %4, dass es unter 0.667 liegt, %5.</translation>
    </message>
    <message numerus="yes">
        <source>With only %n document(s) to resample, these intervals are coarse.</source>
        <translation>
            <numerusform>Mit nur %n Dokument zum erneuten Ziehen sind diese Intervalle grob.</numerusform>
            <numerusform>Mit nur %n Dokumenten zum erneuten Ziehen sind diese Intervalle grob.</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's unitizing α (|u|α), comparing the coded spans themselves, is %1.</source>
        <translation>Krippendorffs Unitizing-α (|u|α), das die codierten Abschnitte selbst vergleicht, beträgt %1.</translation>
    </message>
    <message>
        <source>Following Krippendorff (2004), α ≥ 0.800 is taken as reliable and 0.667 ≤ α &lt; 0.800 as sufficient only for tentative conclusions.</source>
        <translation>Nach Krippendorff (2004) gilt α ≥ 0.800 als reliabel und 0.667 ≤ α &lt; 0.800 nur für vorläufige Schlüsse als ausreichend.</translation>
    </message>
</context>
<context>
    <name>marginalia::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the copy of “%1” to go back to. The project as it is now is saved as another backup first.</source>
        <translation>Wählen Sie die Kopie von „%1“, zu der Sie zurückkehren möchten. Der jetzige Stand des Projekts wird zuvor als weitere Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>There are no backups next to the project file yet.</source>
        <translation>Neben der Projektdatei gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>marginalia::SamplePlannerDialog</name>
    <message>
        <source>Open a &amp;blind round on the sample</source>
        <translation>&amp;Blinde Runde für die Stichprobe öffnen</translation>
    </message>
    <message>
        <source>Plan Double-Coding Sample</source>
        <translation>Stichprobe für Doppelcodierung planen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each stratum's documents to draw (at least one each); 10–25 % is usual</source>
        <translation>Der Anteil der Dokumente jeder Schicht, der gezogen wird (mindestens eines je Schicht); üblich sind 10–25 %</translation>
    </message>
    <message>
        <source>(no strata)</source>
        <translation>(keine Schichten)</translation>
    </message>
    <message>
        <source>The same seed draws the same sample on every computer</source>
        <translation>Derselbe Startwert zieht auf jedem Computer dieselbe Stichprobe</translation>
    </message>
    <message>
        <source>agreement sample</source>
        <translation>Übereinstimmungsstichprobe</translation>
    </message>
    <message>
        <source>The sample is saved as a yes/no document attribute of this name</source>
        <translation>Die Stichprobe wird als Ja/Nein-Dokumentattribut dieses Namens gespeichert</translation>
    </message>
    <message>
        <source>While the round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>Solange die Runde offen ist, sieht jede Person in den Dokumenten der Stichprobe nur ihre eigenen Codierungen</translation>
    </message>
    <message>
        <source>Sh&amp;are of documents:</source>
        <translation>&amp;Anteil der Dokumente:</translation>
    </message>
    <message>
        <source>S&amp;tratified by:</source>
        <translation>Ges&amp;chichtet nach:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>Save as set &amp;name:</source>
        <translation>Als Menge speichern, &amp;Name:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) drawn:</source>
        <translation>
            <numerusform>%n Dokument gezogen:</numerusform>
            <numerusform>%n Dokumente gezogen:</numerusform>
        </translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>alle Dokumente</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4</source>
        <translation>%1: %2 von %3 — %4</translation>
    </message>
    <message>
        <source>Draw sample “%1” and open a blind round</source>
        <translation>Stichprobe „%1“ ziehen und blinde Runde öffnen</translation>
    </message>
    <message>
        <source>Draw sample “%1”</source>
        <translation>Stichprobe „%1“ ziehen</translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPane</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>&amp;Automatisch codieren…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Alle Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Only hits that begin and end at word boundaries (Chinese words included)</source>
        <translation>Nur Treffer, die an Wortgrenzen beginnen und enden (auch chinesische Wörter)</translation>
    </message>
    <message>
        <source>The code the results are coded with</source>
        <translation>Der Code, mit dem die Ergebnisse codiert werden</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>What each hit codes: the hit itself, its sentence or its paragraph</source>
        <translation>Was jeder Treffer codiert: den Treffer selbst, seinen Satz oder seinen Absatz</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Einheit:</translation>
    </message>
    <message>
        <source>The documents changed: search again.</source>
        <translation>Die Dokumente haben sich geändert: bitte erneut suchen.</translation>
    </message>
    <message>
        <source>Type the words to look for.</source>
        <translation>Geben Sie die gesuchten Wörter ein.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No hits for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s). Click one to read it.</source>
        <translation>
            <numerusform>in %n Dokument. Klicken Sie auf einen Treffer, um ihn zu lesen.</numerusform>
            <numerusform>in %n Dokumenten. Klicken Sie auf einen Treffer, um ihn zu lesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n passage(s) with “%1”?</source>
        <translation>
            <numerusform>%n Passage mit „%1“ codieren?</numerusform>
            <numerusform>%n Passagen mit „%1“ codieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>Automatisch codieren</translation>
    </message>
    <message numerus="yes">
        <source>%n new coding(s)</source>
        <translation>
            <numerusform>%n neue Codierung</numerusform>
            <numerusform>%n neue Codierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) were coded already.</source>
        <translation>
            <numerusform>%n Passage war bereits codiert.</numerusform>
            <numerusform>%n Passagen waren bereits codiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-coding cancelled: nothing was coded.</source>
        <translation>Automatisches Codieren abgebrochen: nichts wurde codiert.</translation>
    </message>
    <message>
        <source>Counting the passages to code…</source>
        <translation>Die zu codierenden Passagen werden gezählt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The passages to code could not be counted: %1</source>
        <translation>Die zu codierenden Passagen konnten nicht gezählt werden: %1</translation>
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
        <translation>Kontext</translation>
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
        <source>¶ %1</source>
        <translation>¶ %1</translation>
    </message>
    <message>
        <source>¶ %1–%2</source>
        <translation>¶ %1–%2</translation>
    </message>
    <message>
        <source>Characters %1–%2</source>
        <translation>Zeichen %1–%2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Absatz</translation>
    </message>
    <message>
        <source>Coders</source>
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
    <name>marginalia::TableCsv</name>
    <message>
        <source>Copy as CSV</source>
        <translation>Als CSV kopieren</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamConflictsModel</name>
    <message>
        <source>Code changed twice</source>
        <translation>Code zweimal geändert</translation>
    </message>
    <message>
        <source>Attribute value set twice</source>
        <translation>Attributwert zweimal gesetzt</translation>
    </message>
    <message>
        <source>Changed twice</source>
        <translation>Zweimal geändert</translation>
    </message>
    <message>
        <source>Code deleted while coded</source>
        <translation>Code gelöscht, während damit codiert wurde</translation>
    </message>
    <message>
        <source>Document deleted while coded</source>
        <translation>Dokument gelöscht, während darin codiert wurde</translation>
    </message>
    <message>
        <source>Same text imported twice</source>
        <translation>Derselbe Text zweimal importiert</translation>
    </message>
    <message>
        <source>Two codes, one name</source>
        <translation>Zwei Codes, ein Name</translation>
    </message>
    <message>
        <source>Codes moved under each other</source>
        <translation>Codes untereinander verschoben</translation>
    </message>
    <message>
        <source>Not allowed by your role</source>
        <translation>Von Ihrer Rolle nicht erlaubt</translation>
    </message>
    <message>
        <source>Coding without its document or code</source>
        <translation>Codierung ohne Dokument oder Code</translation>
    </message>
    <message>
        <source>Coding beyond its document</source>
        <translation>Codierung jenseits ihres Dokuments</translation>
    </message>
    <message>
        <source>Document text missing</source>
        <translation>Dokumenttext fehlt</translation>
    </message>
    <message>
        <source>Two members changed the same object before either had seen the other's change. The change that reached the server later is kept on every copy; the other is in the sentence below.</source>
        <translation>Zwei Mitglieder haben dasselbe Objekt geändert, bevor eines die Änderung des anderen gesehen hatte. Die Änderung, die den Server später erreichte, bleibt in jeder Kopie erhalten; die andere steht im Satz unten.</translation>
    </message>
    <message>
        <source>One member deleted it while another coded with it. Every coding is kept, so it was kept (or brought back) too; delete it again once nobody needs those codings.</source>
        <translation>Ein Mitglied hat es gelöscht, während ein anderes damit codierte. Jede Codierung bleibt erhalten, also blieb es auch erhalten (oder kam zurück); löschen Sie es erneut, wenn niemand diese Codierungen mehr braucht.</translation>
    </message>
    <message>
        <source>Two members imported the same text. Both documents are kept with their codings; merge them by hand if they are one document.</source>
        <translation>Zwei Mitglieder haben denselben Text importiert. Beide Dokumente bleiben mit ihren Codierungen erhalten; führen Sie sie von Hand zusammen, wenn sie ein Dokument sind.</translation>
    </message>
    <message>
        <source>Two codes got the same name under one parent at the same time. The one with the larger GUID was renamed “name (2)” on every copy.</source>
        <translation>Zwei Codes erhielten gleichzeitig denselben Namen unter einem Elterncode. Der mit der größeren GUID wurde in jeder Kopie in „Name (2)“ umbenannt.</translation>
    </message>
    <message>
        <source>Two codes were moved under each other at the same time. The later move was not applied, so the tree has no loop.</source>
        <translation>Zwei Codes wurden gleichzeitig untereinander verschoben. Die spätere Verschiebung wurde nicht angewendet, damit der Baum keine Schleife hat.</translation>
    </message>
    <message>
        <source>A change from the server could not be applied as it came; the sentence below says what was done.</source>
        <translation>Eine Änderung vom Server konnte nicht so angewendet werden, wie sie kam; der Satz unten sagt, was getan wurde.</translation>
    </message>
    <message>
        <source>%1 %2 (no longer in this copy)</source>
        <translation>%1 %2 (nicht mehr in dieser Kopie)</translation>
    </message>
    <message>
        <source>code “%1”</source>
        <translation>Code „%1“</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>Dokument „%1“</translation>
    </message>
    <message>
        <source>%1's coding with “%2” in “%3” (%4–%5)</source>
        <translation>Codierung von %1 mit „%2“ in „%3“ (%4–%5)</translation>
    </message>
    <message>
        <source>attribute “%1” of document “%2”</source>
        <translation>Attribut „%1“ des Dokuments „%2“</translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation>Fall „%1“</translation>
    </message>
    <message>
        <source>document “%1” in case “%2”</source>
        <translation>Dokument „%1“ im Fall „%2“</translation>
    </message>
    <message>
        <source>coder “%1”</source>
        <translation>Codierer „%1“</translation>
    </message>
    <message>
        <source>attribute “%1”</source>
        <translation>Attribut „%1“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>The team server refused a change of yours that your role does not allow. It was not sent; the sentence below says whether the object is back as the server has it.</source>
        <translation>Der Teamserver hat eine Änderung von Ihnen abgelehnt, die Ihre Rolle nicht erlaubt. Sie wurde nicht gesendet; der Satz darunter sagt, ob das Objekt wieder dem Stand des Servers entspricht.</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamConflictsWindow</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Team Conflicts</source>
        <translation>Team-Konflikte</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', as every member's copy records it. No coding was dropped; each line says what was kept.</source>
        <translation>Jeder Konflikt zwischen Ihren Änderungen und denen anderer Mitglieder, wie ihn die Kopie jedes Mitglieds festhält. Keine Codierung ging verloren; jede Zeile sagt, was behalten wurde.</translation>
    </message>
    <message>
        <source>Not every conflict could be read: %1</source>
        <translation>Nicht jeder Konflikt konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Keine Konflikte.</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objekt: %1</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Put this project on a PostgreSQL server so that a team can work on it</source>
        <translation>Dieses Projekt auf einen PostgreSQL-Server stellen, damit ein Team daran arbeiten kann</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Beitreten…</translation>
    </message>
    <message>
        <source>Make a working copy of a team project on this computer</source>
        <translation>Eine Arbeitskopie eines Teamprojekts auf diesem Computer anlegen</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Receive the team's changes and send yours</source>
        <translation>Die Änderungen des Teams empfangen und Ihre senden</translation>
    </message>
    <message>
        <source>You joined this team project as “%1” but are coding as “%2”. Unless you are an owner, the team server accepts your codings only under the name you joined with: choose it with File › Coder….</source>
        <translation>Sie sind diesem Teamprojekt als „%1“ beigetreten, codieren aber als „%2“. Außer für Eigentümer nimmt der Teamserver Ihre Codierungen nur unter dem Namen an, mit dem Sie beigetreten sind: Wählen Sie ihn unter Datei › Codierer….</translation>
    </message>
    <message>
        <source>Publish as a Team Project</source>
        <translation>Als Teamprojekt veröffentlichen</translation>
    </message>
    <message>
        <source>The address of an empty PostgreSQL database, such as postgresql://user@host/database
(the password is asked when needed and never stored in the project):</source>
        <translation>Die Adresse einer leeren PostgreSQL-Datenbank, etwa postgresql://user@host/database
(das Passwort wird bei Bedarf erfragt und nie im Projekt gespeichert):</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentliche auf %1…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Trete %1 bei…</translation>
    </message>
    <message numerus="yes">
        <source>Published to %1: %n object(s); the project is now a working copy of the team project.</source>
        <translation>
            <numerusform>Auf %1 veröffentlicht: %n Objekt; das Projekt ist jetzt eine Arbeitskopie des Teamprojekts.</numerusform>
            <numerusform>Auf %1 veröffentlicht: %n Objekte; das Projekt ist jetzt eine Arbeitskopie des Teamprojekts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) and were put back as the server has them.</source>
        <translation>
            <numerusform>%n Ihrer Änderungen wurde vom Teamserver abgelehnt (Ihre Rolle erlaubt sie nicht) und wie auf dem Server wiederhergestellt.</numerusform>
            <numerusform>%n Ihrer Änderungen wurden vom Teamserver abgelehnt (Ihre Rolle erlaubt sie nicht) und wie auf dem Server wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status bar's tooltip lists the newest; marginalia-cli team status lists them all.</source>
        <translation>Der Tooltip in der Statusleiste nennt die neuesten; marginalia-cli team status nennt alle.</translation>
    </message>
    <message>
        <source>Synced with the team server.</source>
        <translation>Mit dem Teamserver synchronisiert.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikte…</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', and what was kept</source>
        <translation>Jeder Konflikt zwischen Ihren Änderungen und denen anderer Mitglieder, und was behalten wurde</translation>
    </message>
    <message>
        <source>No desktop keyring is running (%1), so the password cannot be remembered: it is asked once each time Marginalia is started, and never written into the project.</source>
        <translation>Es läuft kein Desktop-Schlüsselbund (%1), daher kann das Passwort nicht gespeichert werden: Es wird bei jedem Start von Marginalia einmal abgefragt und nie in das Projekt geschrieben.</translation>
    </message>
    <message>
        <source>The desktop keyring could not keep the team server's password (%1): it is asked again next time Marginalia is started.</source>
        <translation>Der Desktop-Schlüsselbund konnte das Passwort des Team-Servers nicht speichern (%1): Es wird beim nächsten Start von Marginalia erneut abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) but could not be put back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation>
            <numerusform>%n Ihrer Änderungen wurde vom Teamserver abgelehnt (Ihre Rolle erlaubt sie nicht), konnte aber nicht auf den Stand des Servers zurückgesetzt werden: Diese Kopie weicht dort von der des Teams ab (siehe Konflikte).</numerusform>
            <numerusform>%n Ihrer Änderungen wurden vom Teamserver abgelehnt (Ihre Rolle erlaubt sie nicht), konnten aber nicht auf den Stand des Servers zurückgesetzt werden: Diese Kopie weicht dort von der des Teams ab (siehe Konflikte).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation><numerusform>%n Codierung vom Teamserver, die hier Ihren Änderungen gewichen war, konnte nicht so zurückkommen, wie der Server sie hat: Diese Kopie weicht dort von der des Teams ab (siehe die Konflikte).</numerusform><numerusform>%n Codierungen vom Teamserver, die hier Ihren Änderungen gewichen waren, konnten nicht so zurückkommen, wie der Server sie hat: Diese Kopie weicht dort von der des Teams ab (siehe die Konflikte).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) with other members' changes; the conflicts say what was kept.</source>
        <translation><numerusform>%n neuer Konflikt mit Änderungen anderer Mitglieder; die Konflikte sagen, was behalten wurde.</numerusform><numerusform>%n neue Konflikte mit Änderungen anderer Mitglieder; die Konflikte sagen, was behalten wurde.</numerusform></translation>
    </message>
</context>
<context>
    <name>marginalia::TeamJoinDialog</name>
    <message>
        <source>Join a Team Project</source>
        <translation>Einem Teamprojekt beitreten</translation>
    </message>
    <message>
        <source>Makes a working copy of a team project on this computer. You work in it as in any project, also offline; changes are exchanged with the server whenever it can be reached.</source>
        <translation>Legt eine Arbeitskopie eines Teamprojekts auf diesem Computer an. Sie arbeiten darin wie in jedem Projekt, auch offline; Änderungen werden mit dem Server ausgetauscht, sobald er erreichbar ist.</translation>
    </message>
    <message>
        <source>The password is asked when needed and is never stored in the project.</source>
        <translation>Das Passwort wird bei Bedarf erfragt und nie im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>&amp;Codierer:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <source>Save the Working Copy</source>
        <translation>Arbeitskopie speichern</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-Projekte (*.marginalia)</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamPasswordDialog</name>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>Im Desktop-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Passwort des Team-Servers</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Passwort für %2:</translation>
    </message>
    <message>
        <source>Not remembered, it is kept only until Marginalia is closed. It is never written into the project.</source>
        <translation>Nicht gemerkt, es bleibt nur bis zum Schließen von Marginalia erhalten. Es wird nie in das Projekt geschrieben.</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring for this server, never in the project.</source>
        <translation>Im Desktop-Schlüsselbund für diesen Server gespeichert, nie im Projekt.</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamSession</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n Änderung wartet</numerusform>
            <numerusform>%n Änderungen warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project at %1</source>
        <translation>Teamprojekt auf %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>File › Team › Sync Now asks for the password.</source>
        <translation>Datei › Team › Jetzt synchronisieren fragt nach dem Passwort.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Die letzte Synchronisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Not synced yet in this copy</source>
        <translation>In dieser Kopie noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Undone here: “%1” was already on the team server, so the undo is sent to everyone as a new change with the next sync (the other members see the edit undone, not erased).</source>
        <translation>Hier rückgängig gemacht: „%1“ war schon auf dem Team-Server, daher wird das Rückgängigmachen mit der nächsten Synchronisierung als neue Änderung an alle gesendet (die anderen Mitglieder sehen die Bearbeitung rückgängig gemacht, nicht gelöscht).</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but the team server could not be reached to close it there (%1). It is closed there once the server can be reached again.</source>
        <translation>Die Blindrunde ist in dieser Kopie geschlossen, aber der Team-Server war nicht erreichbar, um sie dort zu schließen (%1). Sie wird dort geschlossen, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy, but the team server could not be reached to open it there (%2). It is opened there once the server can be reached again.</source>
        <translation>Die Blindrunde zu „%1“ ist in dieser Kopie geöffnet, aber der Team-Server war nicht erreichbar, um sie dort zu öffnen (%2). Sie wird dort geöffnet, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but not on the team server: %1</source>
        <translation>Die Blindrunde ist in dieser Kopie geschlossen, aber nicht auf dem Team-Server: %1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy only, not on the team server (other members still see each other's codings): %2</source>
        <translation>Die Blindrunde zu „%1“ ist nur in dieser Kopie geöffnet, nicht auf dem Team-Server (andere Mitglieder sehen weiterhin die Codierungen der anderen): %2</translation>
    </message>
    <message numerus="yes">
        <source>The blind round is closed on the team server: %n coding change(s) it kept apart now go to every member's copy.</source>
        <translation>
            <numerusform>Die Blindrunde ist auf dem Team-Server geschlossen: %n zurückgehaltene Codieränderung geht jetzt an die Kopie jedes Mitglieds.</numerusform>
            <numerusform>Die Blindrunde ist auf dem Team-Server geschlossen: %n zurückgehaltene Codieränderungen gehen jetzt an die Kopie jedes Mitglieds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n document(s); the server enforces it.</source>
        <translation>
            <numerusform>Die Blindrunde zu „%1“ ist auf dem Team-Server geöffnet: Bis sie geschlossen wird, sehen Codierer in ihrem %n Dokument nur ihre eigenen Codierungen; der Server setzt das durch.</numerusform>
            <numerusform>Die Blindrunde zu „%1“ ist auf dem Team-Server geöffnet: Bis sie geschlossen wird, sehen Codierer in ihren %n Dokumenten nur ihre eigenen Codierungen; der Server setzt das durch.</numerusform>
        </translation>
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
        <translation>Wort</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>marginalia::WordsTab</name>
    <message>
        <source>Double-click a word to read where it occurs.</source>
        <translation>Doppelklicken Sie auf ein Wort, um zu lesen, wo es vorkommt.</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>„%1“: %n Vorkommen</numerusform>
            <numerusform>„%1“: %n Vorkommen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Häufigste:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>The word frequencies could not be counted: %1</source>
        <translation>Die Worthäufigkeiten konnten nicht gezählt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) counted (stop words left out).</source>
        <translation>
            <numerusform>%n Wort gezählt (ohne Stoppwörter).</numerusform>
            <numerusform>%n Wörter gezählt (ohne Stoppwörter).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation>&amp;Wörterbuch…</translation>
    </message>
    <message>
        <source>The project's own Chinese words: words added and words that are not words.</source>
        <translation>Die eigenen chinesischen Wörter des Projekts: hinzugefügte Wörter und Wörter, die keine sind.</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: the speaker labels of %n turn(s) (%1).</source>
        <translation>
            <numerusform>Nicht gezählt: die Sprecherbezeichnung von %n Redebeitrag (%1).</numerusform>
            <numerusform>Nicht gezählt: die Sprecherbezeichnungen von %n Redebeiträgen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n header line(s) (%1).</source>
        <translation>
            <numerusform>Nicht gezählt: %n Kopfzeile (%1).</numerusform>
            <numerusform>Nicht gezählt: %n Kopfzeilen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dictionary…</source>
        <translation>Zum Wörterbuch hinzufügen…</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>Kein Wort</translation>
    </message>
    <message>
        <source>“%1” Is Not a Word</source>
        <translation>„%1“ ist kein Wort</translation>
    </message>
    <message>
        <source>Dictionary…</source>
        <translation>Wörterbuch…</translation>
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
</context>
</TS>
