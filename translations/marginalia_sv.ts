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
    <message>
        <source>Assign key %1 to “%2”</source>
        <translation>Tilldela tangent %1 till ”%2”</translation>
    </message>
    <message>
        <source>Remove key %1 from “%2”</source>
        <translation>Ta bort tangent %1 från ”%2”</translation>
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
        <source>Test driver: run the edits in FILE on the project, printing "ok N" as each is saved.</source>
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
    <name>marginalia::AdjudicationDialog</name>
    <message>
        <source>decided: coder A</source>
        <translation>avgjord: kodare A</translation>
    </message>
    <message>
        <source>decided: coder B</source>
        <translation>avgjord: kodare B</translation>
    </message>
    <message>
        <source>decided: both</source>
        <translation>avgjord: båda</translation>
    </message>
    <message>
        <source>decided: edited span</source>
        <translation>avgjord: redigerat spann</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>e/t</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>Show in &amp;Text</source>
        <translation>Visa i &amp;texten</translation>
    </message>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Avgör oenigheter</translation>
    </message>
    <message>
        <source>The coder whose codings hold the decisions</source>
        <translation>Kodaren vars kodningar innehåller besluten</translation>
    </message>
    <message>
        <source>Copy what both coders coded alike to the consensus coder and save the agreement before adjudication</source>
        <translation>Kopiera det båda kodarna kodade lika till konsenskodaren och spara överensstämmelsen före avgörandet</translation>
    </message>
    <message>
        <source>The edited span's first character (from 1)</source>
        <translation>Det redigerade spannets första tecken (från 1)</translation>
    </message>
    <message>
        <source>The edited span's last character</source>
        <translation>Det redigerade spannets sista tecken</translation>
    </message>
    <message>
        <source>Coder &amp;A</source>
        <translation>Kodare &amp;A</translation>
    </message>
    <message>
        <source>Coder &amp;B</source>
        <translation>Kodare &amp;B</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>B&amp;åda</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <source>&amp;Edited Span</source>
        <translation>&amp;Redigerat spann</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>&amp;First coder (A):</source>
        <translation>&amp;Första kodare (A):</translation>
    </message>
    <message>
        <source>Secon&amp;d coder (B):</source>
        <translation>An&amp;dra kodare (B):</translation>
    </message>
    <message>
        <source>&amp;Consensus coder:</source>
        <translation>&amp;Konsenskodare:</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>Dok&amp;ument:</translation>
    </message>
    <message>
        <source>All documents both coded</source>
        <translation>Alla dokument som båda har kodat</translation>
    </message>
    <message>
        <source>Coder A: %1</source>
        <translation>Kodare A: %1</translation>
    </message>
    <message>
        <source>Coder B: %1</source>
        <translation>Kodare B: %1</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>Välj två olika kodare.</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 — %3 · “%4” · characters %5–%6 · %7</source>
        <translation>Oenighet %1 av %2 — %3 · ”%4” · tecken %5–%6 · %7</translation>
    </message>
    <message>
        <source>&lt;i&gt;(not coded)&lt;/i&gt;</source>
        <translation>&lt;i&gt;(inte kodat)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Start adjudication into “%1”</source>
        <translation>Börja avgöra till ”%1”</translation>
    </message>
    <message>
        <source>coder A</source>
        <translation>kodare A</translation>
    </message>
    <message>
        <source>coder B</source>
        <translation>kodare B</translation>
    </message>
    <message>
        <source>both</source>
        <translation>båda</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>edited span</source>
        <translation>redigerat spann</translation>
    </message>
    <message>
        <source>Adjudicate “%1” in %2: %3</source>
        <translation>Avgör ”%1” i %2: %3</translation>
    </message>
    <message>
        <source>Before adjudication: not saved yet (Start saves it).</source>
        <translation>Före avgörandet: inte sparat ännu (Starta sparar det).</translation>
    </message>
    <message>
        <source>Before adjudication (%1 vs %2, saved %3, %4 document(s), character unit): agreement %5 %, Cohen's κ %6, Krippendorff's α %7</source>
        <translation>Före avgörandet (%1 mot %2, sparat %3, %4 dokument, teckenenhet): överensstämmelse %5 %, Cohens κ %6, Krippendorffs α %7</translation>
    </message>
    <message>
        <source>After adjudication: no consensus codings yet.</source>
        <translation>Efter avgörandet: inga konsenskodningar ännu.</translation>
    </message>
    <message>
        <source>After adjudication: computing…</source>
        <translation>Efter avgörandet: beräknar…</translation>
    </message>
    <message>
        <source>After adjudication: %1</source>
        <translation>Efter avgörandet: %1</translation>
    </message>
    <message>
        <source>%1 vs %2: agreement %3 %, Krippendorff's α %4</source>
        <translation>%1 mot %2: överensstämmelse %3 %, Krippendorffs α %4</translation>
    </message>
    <message>
        <source>After adjudication (character unit): %1</source>
        <translation>Efter avgörandet (teckenenhet): %1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: adjudicate once it is closed (Compare › Close Blind Round).</source>
        <translation>Blindomgången för ”%1” är öppen: avgör när den är stängd (Jämför › Stäng blindomgång).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message numerus="yes">
        <source>Reading the disagreements… %n coding(s) read.</source>
        <translation>
            <numerusform>Läser oenigheterna … %n kodning läst.</numerusform>
            <numerusform>Läser oenigheterna … %n kodningar lästa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the disagreements…</source>
        <translation>Läser oenigheterna …</translation>
    </message>
    <message>
        <source>Reading the disagreements was cancelled; change a choice to read them again.</source>
        <translation>Läsningen av oenigheterna avbröts; ändra ett val för att läsa dem igen.</translation>
    </message>
    <message>
        <source>No open disagreements: the two coders coded alike, or each disagreement has a decision.</source>
        <translation>Inga öppna oenigheter: de två kodarna kodade lika, eller varje oenighet har ett beslut.</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>inte avgjord</translation>
    </message>
    <message>
        <source>decided: neither</source>
        <translation>avgjord: ingen</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementController</name>
    <message>
        <source>Plan Double-Coding &amp;Sample…</source>
        <translation>Planera urval för &amp;dubbelkodning…</translation>
    </message>
    <message>
        <source>Draw a share of the documents, by site, for independent double coding</source>
        <translation>Dra en andel av dokumenten, per plats, för oberoende dubbelkodning</translation>
    </message>
    <message>
        <source>&amp;Blind Round</source>
        <translation>&amp;Blind omgång</translation>
    </message>
    <message>
        <source>While a blind round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>Medan en blind omgång pågår ser varje kodare bara sina egna kodningar i urvalets dokument</translation>
    </message>
    <message>
        <source>A&amp;djudicate Disagreements…</source>
        <translation>&amp;Avgör oenigheter…</translation>
    </message>
    <message>
        <source>Decide each disagreement of two coders into the codings of a consensus coder</source>
        <translation>Avgör varje oenighet mellan två kodare till en konsenskodares kodningar</translation>
    </message>
    <message>
        <source>Close &amp;Blind Round on “%1”</source>
        <translation>Stäng &amp;blind omgång för ”%1”</translation>
    </message>
    <message>
        <source>Open &amp;Blind Round…</source>
        <translation>Öppna &amp;blind omgång…</translation>
    </message>
    <message>
        <source>There is no sample to open a blind round on: plan a double-coding sample first.</source>
        <translation>Det finns inget urval att öppna en blind omgång för: planera först ett urval för dubbelkodning.</translation>
    </message>
    <message>
        <source>Open Blind Round</source>
        <translation>Öppna blind omgång</translation>
    </message>
    <message>
        <source>Sample (a set of documents):</source>
        <translation>Urval (en mängd dokument):</translation>
    </message>
    <message>
        <source>Open blind round on “%1”</source>
        <translation>Öppna blind omgång för ”%1”</translation>
    </message>
    <message>
        <source>Close blind round on “%1”</source>
        <translation>Stäng blind omgång för ”%1”</translation>
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
        <source>Cohen's κ</source>
        <translation>Cohens κ</translation>
    </message>
    <message>
        <source>Krippendorff's α</source>
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
        <source>Two coders only</source>
        <translation>Endast två kodare</translation>
    </message>
    <message>
        <source>Documents compared at the document level</source>
        <translation>Dokument som jämförs på dokumentnivå</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>95 % interval: %1</source>
        <translation>95 %-intervall: %1</translation>
    </message>
    <message>
        <source>%1 coded %2 of the units</source>
        <translation>%1 kodade %2 av enheterna</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Meningar</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Stycken</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss κ</translation>
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
        <translation>α 95 % KI</translation>
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
        <translation>Jämförda enheter per kod vid den valda enheten</translation>
    </message>
    <message>
        <source>Percentile bootstrap: the 2.5th and 97.5th percentiles of alpha over the draws</source>
        <translation>Percentilbootstrap: 2,5:e och 97,5:e percentilen av alfa över dragningarna</translation>
    </message>
    <message>
        <source>The share of bootstrap draws in which alpha falls below Krippendorff's threshold</source>
        <translation>Andelen bootstrapdragningar där alfa hamnar under Krippendorffs tröskelvärde</translation>
    </message>
    <message>
        <source>Krippendorff's |u|alpha: the coders' spans themselves, free boundaries</source>
        <translation>Krippendorffs |u|alfa: kodarnas egna spann, fria gränser</translation>
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
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Copy &amp;Methods Paragraph</source>
        <translation>Kopiera &amp;metodstycke</translation>
    </message>
    <message>
        <source>&amp;Export Reliability Data…</source>
        <translation>&amp;Exportera reliabilitetsdata…</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Tecken</translation>
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
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>Segment (överlappning)</translation>
    </message>
    <message>
        <source>The unit on which the coders are compared</source>
        <translation>Enheten som kodarna jämförs på</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Segment unit: two codings match when they overlap by at least this share of their union</source>
        <translation>Segmentenhet: två kodningar matchar när de överlappar med minst denna andel av sin union</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Bootstrap draws for the 95 % intervals (0: none; at least 1,000 otherwise)</source>
        <translation>Bootstrapdragningar för 95 %-intervallen (0: inga; annars minst 1 000)</translation>
    </message>
    <message>
        <source>Compare all documents, or only a named set (a sample drawn for double coding)</source>
        <translation>Jämför alla dokument, eller bara en namngiven mängd (ett urval för dubbelkodning)</translation>
    </message>
    <message>
        <source>Put a methods paragraph on the clipboard: coders, unit, units, every statistic with its interval, and the thresholds</source>
        <translation>Lägg ett metodstycke på urklipp: kodare, enhet, antal enheter, varje mått med sitt intervall och tröskelvärdena</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units.&lt;/b&gt; Compared are the documents (of the chosen set) in which every chosen coder has at least one coding. For each code every unit of those documents is coded yes or no by each coder: a character or sentence or paragraph is yes if one of the coder's codings of the code covers or overlaps it, a document if the coder applied the code in it; at the segment unit the codings themselves are matched by overlap.</source>
        <translation>&lt;b&gt;Enheter.&lt;/b&gt; Det som jämförs är de dokument (i den valda mängden) där varje vald kodare har minst en kodning. För varje kod kodas varje enhet i dessa dokument ja eller nej av varje kodare: ett tecken, en mening eller ett stycke är ja om någon av kodarens kodningar med koden täcker eller överlappar det, ett dokument om kodaren har använt koden i det; vid segmentenheten matchas själva kodningarna genom överlappning.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement %&lt;/b&gt;: units on which all coders agree. &lt;b&gt;Cohen's κ&lt;/b&gt; (two coders) and &lt;b&gt;Fleiss' κ&lt;/b&gt;: (Po − Pe) / (1 − Pe) with Pe from each coder's, or the pooled, shares. &lt;b&gt;Gwet's AC1&lt;/b&gt; and &lt;b&gt;Brennan–Prediger&lt;/b&gt;: the same with Gwet's and a uniform (1/2) chance agreement.</source>
        <translation>&lt;b&gt;Överensstämmelse %&lt;/b&gt;: enheter där alla kodare är överens. &lt;b&gt;Cohens κ&lt;/b&gt; (två kodare) och &lt;b&gt;Fleiss κ&lt;/b&gt;: (Po − Pe) / (1 − Pe), med Pe från varje kodares egna eller de sammanslagna andelarna. &lt;b&gt;Gwets AC1&lt;/b&gt; och &lt;b&gt;Brennan–Prediger&lt;/b&gt;: detsamma med Gwets respektive en likformig (1/2) slumpöverensstämmelse.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff's α&lt;/b&gt; (nominal): 1 − Do/De from the coincidence matrix, with a percentile bootstrap 95 % interval and the share of draws below 0.800 and 0.667 (Krippendorff's thresholds). &lt;b&gt;Unitizing α&lt;/b&gt;: Krippendorff's |u|α on the coders' spans themselves.</source>
        <translation>&lt;b&gt;Krippendorffs α&lt;/b&gt; (nominal): 1 − Do/De från koincidensmatrisen, med ett percentilbootstrap-intervall på 95 % och andelen dragningar under 0,800 och 0,667 (Krippendorffs tröskelvärden). &lt;b&gt;Unitizing-α&lt;/b&gt;: Krippendorffs |u|α på kodarnas egna spann.</translation>
    </message>
    <message>
        <source>The computation was cancelled.</source>
        <translation>Beräkningen avbröts.</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>E&amp;nhet:</translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>Ö&amp;verlappning:</translation>
    </message>
    <message>
        <source>Boo&amp;tstrap:</source>
        <translation>Boo&amp;tstrap:</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>Dok&amp;ument:</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character</source>
        <translation>Välj en annan enhet: vid teckenenheten skulle data bli en rad per tecken</translation>
    </message>
    <message>
        <source>Write the units × coders matrix (1, 0, NA) that R's irr and K-Alpha read, and which unit each row is, to CSV files</source>
        <translation>Skriv matrisen enheter × kodare (1, 0, NA) som R:s irr och K-Alpha läser, och vilken enhet varje rad är, till CSV-filer</translation>
    </message>
    <message>
        <source>95 % intervals: percentile bootstrap, %1 draws, seed %2, resampling %3.</source>
        <translation>95 %-intervall: percentilbootstrap, %1 dragningar, frö %2, omsampling av %3.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>Export Reliability Data</source>
        <translation>Exportera reliabilitetsdata</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character.</source>
        <translation>Välj en annan enhet: vid teckenenheten skulle data bli en rad per tecken.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1 (which unit each row is: %2).</source>
        <translation>
            <numerusform>%n enhet skriven till %1 (vilken enhet varje rad är: %2).</numerusform>
            <numerusform>%n enheter skrivna till %1 (vilken enhet varje rad är: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: its documents are left out until it is closed.</source>
        <translation>Blindomgången för ”%1” är öppen: dess dokument räknas inte med förrän den är stängd.</translation>
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
    <message>
        <source>Pressing this number key in the text codes the selection with the code</source>
        <translation>Den här siffertangenten i texten kodar markeringen med koden</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Tangent:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 (now “%2”)</source>
        <translation>%1 (nu ”%2”)</translation>
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
    <message>
        <source>Key %1 codes the selected text with this code.</source>
        <translation>Tangent %1 kodar den markerade texten med den här koden.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tangent</translation>
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
    <message>
        <source>Assign &amp;Key</source>
        <translation>Tilldela &amp;tangent</translation>
    </message>
    <message>
        <source>The number key that codes the selected text with this code</source>
        <translation>Siffertangenten som kodar den markerade texten med den här koden</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <source>&amp;%1  (now “%2”)</source>
        <translation>&amp;%1  (nu ”%2”)</translation>
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
    <message>
        <source>No code has the key %1: right-click a code in the codebook and choose Assign Key.</source>
        <translation>Ingen kod har tangent %1: högerklicka på en kod i kodboken och välj Tilldela tangent.</translation>
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
    <name>marginalia::CooccurrenceMatrixModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n kodning</numerusform>
            <numerusform>%n kodningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n stycke</numerusform>
            <numerusform>%n stycken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” with “%2”: %3 of %4 (Jaccard %5), in %6. Click to read the passages.</source>
        <translation>”%1” med ”%2”: %3 av %4 (Jaccard %5), i %6. Klicka för att läsa passagerna.</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3</source>
        <translation>”%1”: %2 i %3</translation>
    </message>
    <message>
        <source>A code and its own sub-code are not paired; tick “Pair codes with their sub-codes” to see them.</source>
        <translation>En kod paras inte ihop med sin egen underkod; markera ”Para ihop koder med sina underkoder” för att se dem.</translation>
    </message>
    <message>
        <source>Never together</source>
        <translation>Aldrig tillsammans</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
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
        <source>Paragraphs</source>
        <translation>Stycken</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokument</translation>
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
        <source>%1 of %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))</source>
        <translation>%1 av %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>In documents</source>
        <translation>I dokument</translation>
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
        <source>The co-occurrences could not be computed: %1</source>
        <translation>Samförekomsterna kunde inte beräknas: %1</translation>
    </message>
    <message>
        <source>&amp;Pair codes with their sub-codes</source>
        <translation>&amp;Para ihop koder med sina underkoder</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Jaccard coefficient</source>
        <translation>Jaccard-koefficient</translation>
    </message>
    <message>
        <source>Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together)</source>
        <translation>Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), från 0 (aldrig tillsammans) till 1 (alltid tillsammans)</translation>
    </message>
    <message>
        <source>Only documents of this site</source>
        <translation>Endast dokument från den här platsen</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>Endast dokument av den här typen</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
        <translation>Endast den här kodarens kodningar</translation>
    </message>
    <message>
        <source>A code and its own sub-codes usually overlap by design; they are left out unless this is ticked</source>
        <translation>En kod och dess underkoder överlappar oftast avsiktligt; de paras bara ihop om detta är markerat</translation>
    </message>
    <message>
        <source>Click a cell to read the passages behind it.</source>
        <translation>Klicka på en cell för att läsa passagerna bakom den.</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>&amp;Värmekarta</translation>
    </message>
    <message>
        <source>Pair &amp;List</source>
        <translation>Par&amp;lista</translation>
    </message>
    <message>
        <source>Co&amp;unt in:</source>
        <translation>R&amp;äkna i:</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Pl&amp;ats:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>K&amp;odare:</translation>
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
    <message>
        <source>Passages: the spans of either code that overlap one of the other, each once however many coders coded it. Codings: each coder's coding once. Documents: documents where they overlap.</source>
        <translation>Passager: de textpassager av båda koderna som överlappar ett av den andra, vart och ett en gång oavsett hur många kodare som kodat det. Kodningar: varje kodares kodning en gång. Dokument: dokument där de överlappar.</translation>
    </message>
    <message>
        <source>Paragraphs: paragraphs touched by both codes. Documents: documents with such a paragraph.</source>
        <translation>Stycken: stycken som båda koderna berör. Dokument: dokument med ett sådant stycke.</translation>
    </message>
    <message>
        <source>Together: codings of the two codes share at least one character (touching is not enough).</source>
        <translation>Tillsammans: kodningar av de två koderna delar minst ett tecken (att bara gränsa till varandra räcker inte).</translation>
    </message>
    <message>
        <source>Together: codings of the two codes touch the same paragraph (line).</source>
        <translation>Tillsammans: kodningar av de två koderna berör samma stycke (rad).</translation>
    </message>
    <message>
        <source>n(A∩B): the passages of either code that overlap one of the other (each span once, however many coders); n(A) + n(B) − n(A∩B) = the passages of A plus those of B.</source>
        <translation>n(A∩B): de passager av båda koderna som överlappar en av den andra (varje passager en gång, oavsett antal kodare); n(A) + n(B) − n(A∩B) = passagerna för A plus dem för B.</translation>
    </message>
    <message>
        <source>n(A∩B): the codings of either code that overlap one of the other; n(A) + n(B) − n(A∩B) = the codings of A plus those of B.</source>
        <translation>n(A∩B): de kodningar av båda koderna som överlappar en av den andra; n(A) + n(B) − n(A∩B) = kodningarna för A plus dem för B.</translation>
    </message>
    <message>
        <source>n(A∩B): paragraphs touched by both codes; n(A): paragraphs touched by A.</source>
        <translation>n(A∩B): stycken som båda koderna berör; n(A): stycken som A berör.</translation>
    </message>
    <message>
        <source>n(A∩B): documents where the two codes are together; n(A): documents with A.</source>
        <translation>n(A∩B): dokument där de två koderna förekommer tillsammans; n(A): dokument med A.</translation>
    </message>
    <message>
        <source>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together). The heat map shades counts against the largest one, Jaccard from 0 to 1.</source>
        <translation>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), från 0 (aldrig tillsammans) till 1 (alltid tillsammans). Värmekartan färgar antal i förhållande till det största, Jaccard från 0 till 1.</translation>
    </message>
</context>
<context>
    <name>marginalia::DictionaryDialog</name>
    <message>
        <source>Dictionary</source>
        <translation>Ordlista</translation>
    </message>
    <message>
        <source>“%1” cannot be a word of the dictionary: a word there is 2 to 16 Chinese characters. Other words are found by spaces and punctuation.</source>
        <translation>”%1” kan inte vara ett ord i ordlistan: ett ord där består av 2 till 16 kinesiska tecken. Andra ord hittas genom mellanslag och skiljetecken.</translation>
    </message>
    <message>
        <source>Chinese text is split into words with a dictionary. Add the words of your project (names, terms of your field), or say that a word is not one here: its characters are then counted on their own or with their neighbours.</source>
        <translation>Kinesisk text delas upp i ord med en ordlista. Lägg till projektets ord (namn, termer inom ditt område) eller ange att ett ord inte är ett ord här: dess tecken räknas då var för sig eller tillsammans med grannarna.</translation>
    </message>
    <message>
        <source>&amp;Add Word…</source>
        <translation>&amp;Lägg till ord…</translation>
    </message>
    <message>
        <source>&amp;Not a Word…</source>
        <translation>&amp;Inte ett ord…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Glöm</translation>
    </message>
    <message>
        <source>Drop the project's change of the selected word.</source>
        <translation>Ta bort projektets ändring av det markerade ordet.</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>Inte ett ord</translation>
    </message>
    <message>
        <source>Word that is not a word in this project:</source>
        <translation>Ord som inte är ett ord i det här projektet:</translation>
    </message>
    <message>
        <source>Words added:</source>
        <translation>Tillagda ord:</translation>
    </message>
    <message>
        <source>Not words:</source>
        <translation>Inte ord:</translation>
    </message>
    <message>
        <source>Code names counted as words: %1</source>
        <translation>Kodnamn som räknas som ord: %1</translation>
    </message>
    <message>
        <source>Code names of Chinese characters count as words too.</source>
        <translation>Kodnamn av kinesiska tecken räknas också som ord.</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>Lägg till ”%1” i ordlistan</translation>
    </message>
    <message>
        <source>“%1” is not a word</source>
        <translation>”%1” är inte ett ord</translation>
    </message>
    <message>
        <source>Forget “%1” in the dictionary</source>
        <translation>Glöm ”%1” i ordlistan</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Lägg till i ordlistan</translation>
    </message>
    <message>
        <source>Word to count whole (for example, extend a character to the word it belongs to):</source>
        <translation>Ord som ska räknas som helhet (till exempel utöka ett tecken till ordet det hör till):</translation>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt; (in the File menu, or drop files on this window) brings in interviews, field notes and observations.&lt;/p&gt;&lt;p&gt;To look around first: &lt;a href="demo"&gt;%2&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Inga dokument ännu.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt; (i menyn Arkiv, eller dra filer till det här fönstret) tar in intervjuer, fältanteckningar och observationer.&lt;/p&gt;&lt;p&gt;För att titta runt först: &lt;a href="demo"&gt;%2&lt;/a&gt;.&lt;/p&gt;</translation>
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
        <source>Detect automatically</source>
        <translation>Identifiera automatiskt</translation>
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
    <message>
        <source>Preview of “%1”:</source>
        <translation>Förhandsvisning av ”%1”:</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>Förhandsvisning av ”%1” (%2):</translation>
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
    <message>
        <source>Apply to &amp;All</source>
        <translation>Använd för &amp;alla</translation>
    </message>
    <message>
        <source>The site for every file (leave empty for none); change single files in the list</source>
        <translation>Platsen för alla filer (lämna tomt för ingen); ändra enskilda filer i listan</translation>
    </message>
    <message>
        <source>The kind for every file, e.g. teacher interview (leave empty for none); change single files in the list</source>
        <translation>Typen för alla filer, t.ex. lärarintervju (lämna tomt för ingen); ändra enskilda filer i listan</translation>
    </message>
    <message>
        <source>Give every file in the list this site and kind, also those changed one by one</source>
        <translation>Ge alla filer i listan denna plats och typ, även de som ändrats en och en</translation>
    </message>
    <message>
        <source>The encoding of the selected plain-text file, if detection picks the wrong one</source>
        <translation>Teckenkodningen för den valda textfilen, om identifieringen väljer fel</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Double-click a site or kind to change it for one file.</source>
        <translation>
            <numerusform>%n fil att importera. Dubbelklicka på en plats eller typ för att ändra den för en fil.</numerusform>
            <numerusform>%n filer att importera. Dubbelklicka på en plats eller typ för att ändra den för en fil.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportFilesModel</name>
    <message>
        <source>reading…</source>
        <translation>läses…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>%1 (no encoding)</source>
        <translation>%1 (ingen teckenkodning)</translation>
    </message>
    <message>
        <source>%1 (given)</source>
        <translation>%1 (angiven)</translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation>%1 (säker)</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1 (trolig)</translation>
    </message>
    <message>
        <source>%1 (likely; %2 possible)</source>
        <translation>%1 (trolig; %2 möjlig)</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1 (osäker)</translation>
    </message>
    <message>
        <source>%1 (uncertain; may be %2)</source>
        <translation>%1 (osäker; kan vara %2)</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (vald)</translation>
    </message>
    <message>
        <source>Lines starting with these labels are speaker turns; they are stored as the attribute “speakers”.</source>
        <translation>Rader som börjar med dessa etiketter är talarturer; de sparas som attributet ”speakers”.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Talare</translation>
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
    <message>
        <source>While opening the project: %1</source>
        <translation>När projektet öppnades: %1</translation>
    </message>
    <message>
        <source>The coder was not changed: %1</source>
        <translation>Kodaren byttes inte: %1</translation>
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
        <source>A code's row counts the codings of its sub-codes too (each coding once)</source>
        <translation>En kods rad räknar även underkodernas kodningar (varje kodning en gång)</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>Endast dokument av den här typen</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
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
        <source>Passages: spans coded with the code, each once however many coders coded it (same document, start and end). Codings: each coder's coding once. Documents: documents with the code. % of documents: of the column's documents. Coded characters: overlapping codings count once. Per 10,000: coded characters per 10,000 characters of the column's text.</source>
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
    <message>
        <source>Case</source>
        <translation>Fall</translation>
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
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Save every memo, with what it belongs to and the coded passages, as a file</source>
        <translation>Spara alla memon, med vad de hör till och de kodade passagerna, som en fil</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)…</source>
        <translation>CSV (kalkylblad)…</translation>
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
        <translation>Memon</translation>
    </message>
    <message>
        <source>document</source>
        <translation>dokument</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kod</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>kodning</translation>
    </message>
    <message>
        <source>case</source>
        <translation>fall</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Dokumentmemon</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Kodmemon</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Kodningsmemon</translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation>Fallmemon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
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
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
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
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>importerat av %1</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>importerat %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>skapad %1</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>kodad av %1</translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation>kodad %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>stycke %1</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>stycken %1–%2</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>talare %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>talare %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>tecken %1–%2</translation>
    </message>
    <message>
        <source>The project has no memos.</source>
        <translation>Projektet har inga memon.</translation>
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
        <translation>Exportera memon</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>Exporterar memon…</translation>
    </message>
    <message>
        <source>The memos were not exported to %1: %2</source>
        <translation>Memona exporterades inte till %1: %2</translation>
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
    <message>
        <source>Code “%1”.</source>
        <translation>Kod ”%1”.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the list as a CSV table or an HTML page</source>
        <translation>Spara listan som en CSV-tabell eller en HTML-sida</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>Exportera passager</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;HTML page (*.html)</source>
        <translation>CSV-tabell (*.csv);;HTML-sida (*.html)</translation>
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
    <name>marginalia::PasswordKeyring</name>
    <message>
        <source>neither the Secret Service nor KWallet answered</source>
        <translation>varken Secret Service eller KWallet svarade</translation>
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
    <message>
        <source>The language of the report's headings and labels</source>
        <translation>Språket i rapportens rubriker och etiketter</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Författare:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>The report will be in English: %1</source>
        <translation>Rapporten skrivs på engelska: %1</translation>
    </message>
    <message>
        <source>Check two or more coders: the report ends with a methods paragraph on their agreement over the report's codes (each statistic with its 95 % interval).</source>
        <translation>Markera två eller fler kodare: rapporten avslutas med ett metodstycke om deras överensstämmelse för rapportens koder (varje mått med sitt 95 %-intervall).</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Tecken</translation>
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
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>Segment (överlappning)</translation>
    </message>
    <message>
        <source>The unit on which the coders' agreement is computed</source>
        <translation>Enheten som kodarnas överensstämmelse beräknas på</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Reliabilitet:</translation>
    </message>
    <message>
        <source>Reliability &amp;unit:</source>
        <translation>Reliabilitets&amp;enhet:</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: the reliability paragraph can be added once it is closed (until then its documents would be left out).</source>
        <translation>Blindomgången för ”%1” är öppen: stycket om reliabilitet kan läggas till när den är stängd (tills dess skulle dess dokument utelämnas).</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportLabels</name>
    <message>
        <source>site</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>(ingen %1)</translation>
    </message>
    <message>
        <source>Codes × %1</source>
        <translation>Koder × %1</translation>
    </message>
    <message>
        <source>Passages / codings (documents with the code). A passage is a span coded with a code, counted once however many coders coded it (same document, code, start and end); a coding is one coder's act.</source>
        <translation>Passager / kodningar (dokument med koden). En passage är ett passager kodat med en kod, räknat en gång oavsett hur många kodare som kodat det (samma dokument, kod, början och slut); en kodning är en kodares handling.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>Definition:</translation>
    </message>
    <message>
        <source>Code memo:</source>
        <translation>Kodmemo:</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>Memo:</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Dokumentmemon</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>stycke %1</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>stycken %1–%2</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>talare %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>talare %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>tecken %1–%2</translation>
    </message>
    <message>
        <source>coders %1</source>
        <translation>kodare %1</translation>
    </message>
    <message>
        <source>coder %1</source>
        <translation>kodare %1</translation>
    </message>
    <message>
        <source>Coded excerpts — %1</source>
        <translation>Kodade utdrag — %1</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Reliabilitet</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passager</numerusform>
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
        <source>Project %1 · %2 (%3) · generated %4</source>
        <extracomment>%2 is "3 passages", %3 "4 codings" (each in its plural form)</extracomment>
        <translation>Projekt %1 · %2 (%3) · skapad %4</translation>
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
    <message>
        <source>the character</source>
        <translation>tecknet</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>meningen</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>stycket</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>dokumentet</translation>
    </message>
    <message>
        <source>the coded segment (two codings matched when they overlapped by at least %1 % of their union)</source>
        <translation>det kodade segmentet (två kodningar matchades när de överlappade med minst %1 % av sin union)</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s) (%1) coded %2 independently.</source>
        <extracomment>%n coders (%1 their names) coded %2 ("3 documents", in its plural form)</extracomment>
        <translation>
            <numerusform>%n kodare (%1) kodade %2 oberoende.</numerusform>
            <numerusform>%n kodare (%1) kodade %2 oberoende av varandra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis, %3 in all.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the coded segment (...)"), %3 "12 matched segments"</extracomment>
        <translation>Överensstämmelsen bedömdes för varje kod för sig (%1) med %2 som analysenhet, sammanlagt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n matched segment(s)</source>
        <translation>
            <numerusform>%n matchat segment</numerusform>
            <numerusform>%n matchade segment</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis (%3 units per code, %4 code × unit decisions per coder in all); a coder's value for a unit was whether the coder had applied the code to it.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the paragraph"), %3 and %4 numbers</extracomment>
        <translation>Överensstämmelsen bedömdes för varje kod för sig (%1) med %2 som analysenhet (%3 enheter per kod, sammanlagt %4 beslut kod × enhet per kodare); en kodares värde för en enhet var om kodaren hade tillämpat koden på den.</translation>
    </message>
    <message>
        <source>(95 % CI %1 to %2)</source>
        <translation>(95 % KI %1 till %2)</translation>
    </message>
    <message>
        <source>percent agreement</source>
        <translation>procentuell överensstämmelse</translation>
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
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <source>Gwet's AC1</source>
        <translation>Gwets AC1</translation>
    </message>
    <message>
        <source>Brennan and Prediger's κ</source>
        <translation>Brennan och Predigers κ</translation>
    </message>
    <message>
        <source>Pooled over the codes: %1.</source>
        <translation>Sammanslaget över koderna: %1.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>enheter</translation>
    </message>
    <message>
        <source>whole documents</source>
        <translation>hela dokument</translation>
    </message>
    <message>
        <source>Confidence intervals are 95 % percentile bootstrap intervals from %1 draws resampling %2 (seed %3); the probability that α falls below 0.800 is %4 and below 0.667 is %5.</source>
        <extracomment>%1 the number of draws, %2 "units" or "whole documents", %3 the seed, %4 and %5 probabilities</extracomment>
        <translation>Konfidensintervallen är 95 % percentil-bootstrapintervall från %1 dragningar som omsamplar %2 (frö %3); sannolikheten att α understiger 0.800 är %4 och att den understiger 0.667 är %5.</translation>
    </message>
    <message numerus="yes">
        <source>With only %n document(s) to resample, these intervals are coarse.</source>
        <translation>
            <numerusform>Med bara %n dokument att omsampla är dessa intervall grova.</numerusform>
            <numerusform>Med bara %n dokument att omsampla är dessa intervall grova.</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's unitizing α (|u|α), comparing the coded spans themselves, is %1.</source>
        <translation>Krippendorffs unitizing-α (|u|α), som jämför de kodade avsnitten själva, är %1.</translation>
    </message>
    <message>
        <source>Following Krippendorff (2004), α ≥ 0.800 is taken as reliable and 0.667 ≤ α &lt; 0.800 as sufficient only for tentative conclusions.</source>
        <translation>Enligt Krippendorff (2004) räknas α ≥ 0.800 som reliabelt och 0.667 ≤ α &lt; 0.800 som tillräckligt endast för preliminära slutsatser.</translation>
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
    <name>marginalia::SamplePlannerDialog</name>
    <message>
        <source>Open a &amp;blind round on the sample</source>
        <translation>Öppna en &amp;blind omgång för urvalet</translation>
    </message>
    <message>
        <source>Plan Double-Coding Sample</source>
        <translation>Planera urval för dubbelkodning</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each stratum's documents to draw (at least one each); 10–25 % is usual</source>
        <translation>Andelen av varje stratums dokument som dras (minst ett per stratum); 10–25 % är vanligt</translation>
    </message>
    <message>
        <source>(no strata)</source>
        <translation>(inga strata)</translation>
    </message>
    <message>
        <source>The same seed draws the same sample on every computer</source>
        <translation>Samma frö drar samma urval på varje dator</translation>
    </message>
    <message>
        <source>agreement sample</source>
        <translation>överensstämmelseurval</translation>
    </message>
    <message>
        <source>The sample is saved as a yes/no document attribute of this name</source>
        <translation>Urvalet sparas som ett ja/nej-dokumentattribut med detta namn</translation>
    </message>
    <message>
        <source>While the round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>Medan omgången pågår ser varje kodare bara sina egna kodningar i urvalets dokument</translation>
    </message>
    <message>
        <source>Sh&amp;are of documents:</source>
        <translation>&amp;Andel av dokumenten:</translation>
    </message>
    <message>
        <source>S&amp;tratified by:</source>
        <translation>S&amp;tratifierat efter:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>F&amp;rö:</translation>
    </message>
    <message>
        <source>Save as set &amp;name:</source>
        <translation>Spara som mängd med &amp;namn:</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) drawn:</source>
        <translation>
            <numerusform>%n dokument draget:</numerusform>
            <numerusform>%n dokument dragna:</numerusform>
        </translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>alla dokument</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(inget värde)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4</source>
        <translation>%1: %2 av %3 — %4</translation>
    </message>
    <message>
        <source>Draw sample “%1” and open a blind round</source>
        <translation>Dra urvalet ”%1” och öppna en blind omgång</translation>
    </message>
    <message>
        <source>Draw sample “%1”</source>
        <translation>Dra urvalet ”%1”</translation>
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
    <message>
        <source>Auto-coding cancelled: nothing was coded.</source>
        <translation>Autokodningen avbröts: inget kodades.</translation>
    </message>
    <message>
        <source>Counting the passages to code…</source>
        <translation>Räknar passagerna som ska kodas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The passages to code could not be counted: %1</source>
        <translation>Passagerna som ska kodas kunde inte räknas: %1</translation>
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
    <name>marginalia::TeamConflictsModel</name>
    <message>
        <source>Code changed twice</source>
        <translation>Koden ändrad två gånger</translation>
    </message>
    <message>
        <source>Attribute value set twice</source>
        <translation>Attributvärdet satt två gånger</translation>
    </message>
    <message>
        <source>Changed twice</source>
        <translation>Ändrad två gånger</translation>
    </message>
    <message>
        <source>Code deleted while coded</source>
        <translation>Koden raderad medan den användes</translation>
    </message>
    <message>
        <source>Document deleted while coded</source>
        <translation>Dokumentet raderat medan det kodades</translation>
    </message>
    <message>
        <source>Same text imported twice</source>
        <translation>Samma text importerad två gånger</translation>
    </message>
    <message>
        <source>Two codes, one name</source>
        <translation>Två koder, ett namn</translation>
    </message>
    <message>
        <source>Codes moved under each other</source>
        <translation>Koder flyttade under varandra</translation>
    </message>
    <message>
        <source>Not allowed by your role</source>
        <translation>Inte tillåtet för din roll</translation>
    </message>
    <message>
        <source>Coding without its document or code</source>
        <translation>Kodning utan sitt dokument eller sin kod</translation>
    </message>
    <message>
        <source>Coding beyond its document</source>
        <translation>Kodning bortom sitt dokument</translation>
    </message>
    <message>
        <source>Document text missing</source>
        <translation>Dokumenttext saknas</translation>
    </message>
    <message>
        <source>Two members changed the same object before either had seen the other's change. The change that reached the server later is kept on every copy; the other is in the sentence below.</source>
        <translation>Två medlemmar ändrade samma objekt innan någon av dem hade sett den andras ändring. Ändringen som nådde servern senare behålls i varje kopia; den andra står i meningen nedan.</translation>
    </message>
    <message>
        <source>One member deleted it while another coded with it. Every coding is kept, so it was kept (or brought back) too; delete it again once nobody needs those codings.</source>
        <translation>En medlem raderade det medan en annan kodade med det. Varje kodning behålls, så det behölls (eller kom tillbaka) också; radera det igen när ingen behöver de kodningarna.</translation>
    </message>
    <message>
        <source>Two members imported the same text. Both documents are kept with their codings; merge them by hand if they are one document.</source>
        <translation>Två medlemmar importerade samma text. Båda dokumenten behålls med sina kodningar; slå ihop dem för hand om de är ett dokument.</translation>
    </message>
    <message>
        <source>Two codes got the same name under one parent at the same time. The one with the larger GUID was renamed “name (2)” on every copy.</source>
        <translation>Två koder fick samtidigt samma namn under en förälder. Den med det större GUID:t döptes om till ”namn (2)” i varje kopia.</translation>
    </message>
    <message>
        <source>Two codes were moved under each other at the same time. The later move was not applied, so the tree has no loop.</source>
        <translation>Två koder flyttades samtidigt under varandra. Den senare flytten tillämpades inte, så trädet har ingen slinga.</translation>
    </message>
    <message>
        <source>A change from the server could not be applied as it came; the sentence below says what was done.</source>
        <translation>En ändring från servern kunde inte tillämpas som den kom; meningen nedan säger vad som gjordes.</translation>
    </message>
    <message>
        <source>%1 %2 (no longer in this copy)</source>
        <translation>%1 %2 (finns inte längre i den här kopian)</translation>
    </message>
    <message>
        <source>code “%1”</source>
        <translation>koden ”%1”</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>dokumentet ”%1”</translation>
    </message>
    <message>
        <source>%1's coding with “%2” in “%3” (%4–%5)</source>
        <translation>%1s kodning med ”%2” i ”%3” (%4–%5)</translation>
    </message>
    <message>
        <source>attribute “%1” of document “%2”</source>
        <translation>attributet ”%1” för dokumentet ”%2”</translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation>fallet ”%1”</translation>
    </message>
    <message>
        <source>document “%1” in case “%2”</source>
        <translation>dokumentet ”%1” i fallet ”%2”</translation>
    </message>
    <message>
        <source>coder “%1”</source>
        <translation>kodaren ”%1”</translation>
    </message>
    <message>
        <source>attribute “%1”</source>
        <translation>attributet ”%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
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
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>The team server refused a change of yours that your role does not allow. It was not sent; the sentence below says whether the object is back as the server has it.</source>
        <translation>Teamservern avvisade en ändring av dig som din roll inte tillåter. Den skickades inte; meningen nedan säger om objektet är tillbaka som servern har det.</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamConflictsWindow</name>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>Team Conflicts</source>
        <translation>Teamkonflikter</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', as every member's copy records it. No coding was dropped; each line says what was kept.</source>
        <translation>Varje konflikt mellan dina ändringar och andra medlemmars, som varje medlems kopia registrerar den. Ingen kodning föll bort; varje rad säger vad som behölls.</translation>
    </message>
    <message>
        <source>Not every conflict could be read: %1</source>
        <translation>Alla konflikter kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Inga konflikter.</translation>
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
        <translation>&amp;Publicera…</translation>
    </message>
    <message>
        <source>Put this project on a PostgreSQL server so that a team can work on it</source>
        <translation>Lägg projektet på en PostgreSQL-server så att ett team kan arbeta med det</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>&amp;Gå med…</translation>
    </message>
    <message>
        <source>Make a working copy of a team project on this computer</source>
        <translation>Skapa en arbetskopia av ett teamprojekt på den här datorn</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Receive the team's changes and send yours</source>
        <translation>Ta emot teamets ändringar och skicka dina</translation>
    </message>
    <message>
        <source>You joined this team project as “%1” but are coding as “%2”. Unless you are an owner, the team server accepts your codings only under the name you joined with: choose it with File › Coder….</source>
        <translation>Du gick med i teamprojektet som ”%1” men kodar som ”%2”. Om du inte är ägare tar teamservern bara emot dina kodningar under namnet du gick med som: välj det under Arkiv › Kodare….</translation>
    </message>
    <message>
        <source>Publish as a Team Project</source>
        <translation>Publicera som teamprojekt</translation>
    </message>
    <message>
        <source>The address of an empty PostgreSQL database, such as postgresql://user@host/database
(the password is asked when needed and never stored in the project):</source>
        <translation>Adressen till en tom PostgreSQL-databas, till exempel postgresql://user@host/database
(lösenordet frågas efter vid behov och sparas aldrig i projektet):</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publicerar på %1…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>Går med i %1…</translation>
    </message>
    <message numerus="yes">
        <source>Published to %1: %n object(s); the project is now a working copy of the team project.</source>
        <translation>
            <numerusform>Publicerat på %1: %n objekt; projektet är nu en arbetskopia av teamprojektet.</numerusform>
            <numerusform>Publicerat på %1: %n objekt; projektet är nu en arbetskopia av teamprojektet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) and were put back as the server has them.</source>
        <translation>
            <numerusform>%n av dina ändringar avvisades av teamservern (din roll tillåter den inte) och återställdes som servern har den.</numerusform>
            <numerusform>%n av dina ändringar avvisades av teamservern (din roll tillåter dem inte) och återställdes som servern har dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The status bar's tooltip lists the newest; marginalia-cli team status lists them all.</source>
        <translation>Statusfältets verktygstips visar de senaste; marginalia-cli team status visar alla.</translation>
    </message>
    <message>
        <source>Synced with the team server.</source>
        <translation>Synkroniserat med teamservern.</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', and what was kept</source>
        <translation>Varje konflikt mellan dina ändringar och andra medlemmars, och vad som behölls</translation>
    </message>
    <message>
        <source>No desktop keyring is running (%1), so the password cannot be remembered: it is asked once each time Marginalia is started, and never written into the project.</source>
        <translation>Ingen skrivbordsnyckelring körs (%1), så lösenordet kan inte kommas ihåg: det frågas efter en gång varje gång Marginalia startas och skrivs aldrig in i projektet.</translation>
    </message>
    <message>
        <source>The desktop keyring could not keep the team server's password (%1): it is asked again next time Marginalia is started.</source>
        <translation>Skrivbordsnyckelringen kunde inte spara teamserverns lösenord (%1): det frågas efter igen nästa gång Marginalia startas.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) but could not be put back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation>
            <numerusform>%n av dina ändringar avvisades av teamservern (din roll tillåter den inte) men kunde inte återställas till serverns version: den här kopian skiljer sig där från teamets (se konflikterna).</numerusform>
            <numerusform>%n av dina ändringar avvisades av teamservern (din roll tillåter dem inte) men kunde inte återställas till serverns version: den här kopian skiljer sig där från teamets (se konflikterna).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation><numerusform>%n kodning från teamservern som här gav vika för dina ändringar kunde inte komma tillbaka som servern har den: denna kopia skiljer sig där från teamets (se konflikterna).</numerusform><numerusform>%n kodningar från teamservern som här gav vika för dina ändringar kunde inte komma tillbaka som servern har dem: denna kopia skiljer sig där från teamets (se konflikterna).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) with other members' changes; the conflicts say what was kept.</source>
        <translation><numerusform>%n ny konflikt med andra medlemmars ändringar; konflikterna säger vad som behölls.</numerusform><numerusform>%n nya konflikter med andra medlemmars ändringar; konflikterna säger vad som behölls.</numerusform></translation>
    </message>
</context>
<context>
    <name>marginalia::TeamJoinDialog</name>
    <message>
        <source>Join a Team Project</source>
        <translation>Gå med i ett teamprojekt</translation>
    </message>
    <message>
        <source>Makes a working copy of a team project on this computer. You work in it as in any project, also offline; changes are exchanged with the server whenever it can be reached.</source>
        <translation>Skapar en arbetskopia av ett teamprojekt på den här datorn. Du arbetar i den som i vilket projekt som helst, även offline; ändringar utbyts med servern när den kan nås.</translation>
    </message>
    <message>
        <source>The password is asked when needed and is never stored in the project.</source>
        <translation>Lösenordet frågas efter vid behov och sparas aldrig i projektet.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>&amp;Kodare:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Spara &amp;som:</translation>
    </message>
    <message>
        <source>Save the Working Copy</source>
        <translation>Spara arbetskopian</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia-projekt (*.marginalia)</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamPasswordDialog</name>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>&amp;Kom ihåg i skrivbordsnyckelringen</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>Teamserverns lösenord</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

Lösenord för %2:</translation>
    </message>
    <message>
        <source>Not remembered, it is kept only until Marginalia is closed. It is never written into the project.</source>
        <translation>Inte ihågkommet, det behålls bara tills Marginalia stängs. Det skrivs aldrig in i projektet.</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring for this server, never in the project.</source>
        <translation>Sparas i skrivbordsnyckelringen för den här servern, aldrig i projektet.</translation>
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
        <translation>Synkroniseringen misslyckades</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n ändring väntar</numerusform>
            <numerusform>%n ändringar väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synkroniserat</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project at %1</source>
        <translation>Teamprojekt på %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>File › Team › Sync Now asks for the password.</source>
        <translation>Arkiv › Team › Synkronisera nu frågar efter lösenordet.</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Den senaste synkroniseringen misslyckades: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Senaste synkronisering: %1</translation>
    </message>
    <message>
        <source>Not synced yet in this copy</source>
        <translation>Inte synkroniserat än i den här kopian</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>Undone here: “%1” was already on the team server, so the undo is sent to everyone as a new change with the next sync (the other members see the edit undone, not erased).</source>
        <translation>Ångrat här: ”%1” fanns redan på teamservern, så ångrandet skickas till alla som en ny ändring vid nästa synkronisering (de andra medlemmarna ser redigeringen ångrad, inte utraderad).</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but the team server could not be reached to close it there (%1). It is closed there once the server can be reached again.</source>
        <translation>Den blinda omgången är stängd i den här kopian, men teamservern kunde inte nås för att stänga den där (%1). Den stängs där så snart servern kan nås igen.</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy, but the team server could not be reached to open it there (%2). It is opened there once the server can be reached again.</source>
        <translation>Den blinda omgången på ”%1” är öppen i den här kopian, men teamservern kunde inte nås för att öppna den där (%2). Den öppnas där så snart servern kan nås igen.</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but not on the team server: %1</source>
        <translation>Den blinda omgången är stängd i den här kopian, men inte på teamservern: %1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy only, not on the team server (other members still see each other's codings): %2</source>
        <translation>Den blinda omgången på ”%1” är öppen bara i den här kopian, inte på teamservern (andra medlemmar ser fortfarande varandras kodningar): %2</translation>
    </message>
    <message numerus="yes">
        <source>The blind round is closed on the team server: %n coding change(s) it kept apart now go to every member's copy.</source>
        <translation>
            <numerusform>Den blinda omgången är stängd på teamservern: %n kodningsändring som hölls isär går nu till varje medlems kopia.</numerusform>
            <numerusform>Den blinda omgången är stängd på teamservern: %n kodningsändringar som hölls isär går nu till varje medlems kopia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n document(s); the server enforces it.</source>
        <translation>
            <numerusform>Den blinda omgången på ”%1” är öppen på teamservern: tills den stängs ser kodare bara sina egna kodningar i dess %n dokument; servern upprätthåller det.</numerusform>
            <numerusform>Den blinda omgången på ”%1” är öppen på teamservern: tills den stängs ser kodare bara sina egna kodningar i dess %n dokument; servern upprätthåller det.</numerusform>
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
    <message>
        <source>&amp;Dictionary…</source>
        <translation>&amp;Ordlista…</translation>
    </message>
    <message>
        <source>The project's own Chinese words: words added and words that are not words.</source>
        <translation>Projektets egna kinesiska ord: tillagda ord och ord som inte är ord.</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: the speaker labels of %n turn(s) (%1).</source>
        <translation>
            <numerusform>Inte räknat: talarbeteckningen i %n replik (%1).</numerusform>
            <numerusform>Inte räknat: talarbeteckningarna i %n repliker (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n header line(s) (%1).</source>
        <translation>
            <numerusform>Inte räknat: %n rubrikrad (%1).</numerusform>
            <numerusform>Inte räknat: %n rubrikrader (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dictionary…</source>
        <translation>Lägg till i ordlistan…</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>Inte ett ord</translation>
    </message>
    <message>
        <source>“%1” Is Not a Word</source>
        <translation>”%1” är inte ett ord</translation>
    </message>
    <message>
        <source>Dictionary…</source>
        <translation>Ordlista…</translation>
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
