<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>EditCommands</name>
    <message numerus="yes">
        <source>Delete code “%1” and %n coding(s)</source>
        <translation>
            <numerusform>Delete code “%1” and %n coding</numerusform>
            <numerusform>Delete code “%1” and %n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute value(s)</source>
        <translation>
            <numerusform>Set %n attribute value</numerusform>
            <numerusform>Set %n attribute values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AdjudicationDialog</name>
    <message numerus="yes">
        <source>Reading the disagreements… %n coding(s) read.</source>
        <translation>
            <numerusform>Reading the disagreements… %n coding read.</numerusform>
            <numerusform>Reading the disagreements… %n codings read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementTab</name>
    <message numerus="yes">
        <source>“%1”: %n disagreement(s)</source>
        <translation>
            <numerusform>“%1”: %n disagreement</numerusform>
            <numerusform>“%1”: %n disagreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) coded by all of %1;</source>
        <translation>
            <numerusform>%n document coded by all of %1;</numerusform>
            <numerusform>%n documents coded by all of %1;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) compared per code.</source>
        <translation>
            <numerusform>%n character compared per code.</numerusform>
            <numerusform>%n characters compared per code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1 (which unit each row is: %2).</source>
        <translation>
            <numerusform>%n unit written to %1 (which unit each row is: %2).</numerusform>
            <numerusform>%n units written to %1 (which unit each row is: %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message numerus="yes">
        <source>Delete the attribute “%1” and its %n value(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the attribute “%1” and its %n value? You can undo this.</numerusform>
            <numerusform>Delete the attribute “%1” and its %n values? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookModel</name>
    <message numerus="yes">
        <source>%n coded segment(s) with its sub-codes</source>
        <translation>
            <numerusform>%n coded segment with its sub-codes</numerusform>
            <numerusform>%n coded segments with its sub-codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPane</name>
    <message numerus="yes">
        <source>Delete the code “%1”, its sub-codes and %n coding(s)?</source>
        <translation>
            <numerusform>Delete the code “%1”, its sub-codes and %n coding?</numerusform>
            <numerusform>Delete the code “%1”, its sub-codes and %n codings?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceMatrixModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceTab</name>
    <message numerus="yes">
        <source>“%1” with “%2”: %n passage(s)</source>
        <translation>
            <numerusform>“%1” with “%2”: %n passage</numerusform>
            <numerusform>“%1” with “%2”: %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportController</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>Import %n document</numerusform>
            <numerusform>Import %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n file refused:</numerusform>
            <numerusform>%n files refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported. This import cannot be undone: it was too large to keep for undo.</source>
        <translation>
            <numerusform>%n document imported. This import cannot be undone: it was too large to keep for undo.</numerusform>
            <numerusform>%n documents imported. This import cannot be undone: it was too large to keep for undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportDialog</name>
    <message numerus="yes">
        <source>%n file(s) to import. Double-click a site or kind to change it for one file.</source>
        <translation>
            <numerusform>%n file to import. Double-click a site or kind to change it for one file.</numerusform>
            <numerusform>%n files to import. Double-click a site or kind to change it for one file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::InterchangeController</name>
    <message numerus="yes">
        <source>%1 was imported only in part into the new project %2: %n source(s) could not be stored (see Details).</source>
        <translation>
            <numerusform>%1 was imported only in part into the new project %2: %n source could not be stored (see Details).</numerusform>
            <numerusform>%1 was imported only in part into the new project %2: %n sources could not be stored (see Details).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n file refused.</numerusform>
            <numerusform>%n files refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixModel</name>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1: %n document</numerusform>
            <numerusform>%1: %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixTab</name>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of “%1”</source>
        <translation>
            <numerusform>%n value of “%1”</numerusform>
            <numerusform>%n values of “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n document.</numerusform>
            <numerusform>%n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n passage(s)</source>
        <translation>
            <numerusform>“%1”: %n passage</numerusform>
            <numerusform>“%1”: %n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %2: %n passage(s)</source>
        <translation>
            <numerusform>“%1” in %2: %n passage</numerusform>
            <numerusform>“%1” in %2: %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::MemosPane</name>
    <message numerus="yes">
        <source>%n memo(s) shown</source>
        <translation>
            <numerusform>%n memo shown</numerusform>
            <numerusform>%n memos shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::PassagesDialog</name>
    <message numerus="yes">
        <source>%n passage(s). Double-click one to read it in its document.</source>
        <translation>
            <numerusform>%n passage. Double-click it to read it in its document.</numerusform>
            <numerusform>%n passages. Double-click one to read it in its document.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ReportDialog</name>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n excerpt(s); the saved report has them all.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n excerpt; the saved report has them all.</numerusform>
            <numerusform>The preview shows the first %1 of %n excerpts; the saved report has them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s).</source>
        <translation>
            <numerusform>%n excerpt.</numerusform>
            <numerusform>%n excerpts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n passage(s) to “%1”.</source>
        <translation>
            <numerusform>Saved %n passage to “%1”.</numerusform>
            <numerusform>Saved %n passages to “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ReportLabels</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s) (%1) coded %2 independently.</source>
        <extracomment>%n coders (%1 their names) coded %2 ("3 documents", in its plural form)</extracomment>
        <translation>
            <numerusform>%n coder (%1) coded %2 independently.</numerusform>
            <numerusform>%n coders (%1) coded %2 independently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched segment(s)</source>
        <translation>
            <numerusform>%n matched segment</numerusform>
            <numerusform>%n matched segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With only %n document(s) to resample, these intervals are coarse.</source>
        <translation>
            <numerusform>With only %n document to resample, these intervals are coarse.</numerusform>
            <numerusform>With only %n documents to resample, these intervals are coarse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SamplePlannerDialog</name>
    <message numerus="yes">
        <source>%n document(s) drawn:</source>
        <translation>
            <numerusform>%n document drawn:</numerusform>
            <numerusform>%n documents drawn:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPane</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s). Click one to read it.</source>
        <translation>
            <numerusform>in %n document. Click one to read it.</numerusform>
            <numerusform>in %n documents. Click one to read it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n passage(s) with “%1”?</source>
        <translation>
            <numerusform>Code %n passage with “%1”?</numerusform>
            <numerusform>Code %n passages with “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new coding(s)</source>
        <translation>
            <numerusform>%n new coding</numerusform>
            <numerusform>%n new codings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) were coded already.</source>
        <translation>
            <numerusform>%n passage were coded already.</numerusform>
            <numerusform>%n passages were coded already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::TeamController</name>
    <message numerus="yes">
        <source>Published to %1: %n object(s); the project is now a working copy of the team project.</source>
        <translation>
            <numerusform>Published to %1: %n object; the project is now a working copy of the team project.</numerusform>
            <numerusform>Published to %1: %n objects; the project is now a working copy of the team project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) and were put back as the server has them.</source>
        <translation>
            <numerusform>%n of your changes was refused by the team server (your role does not allow it) and was put back as the server has it.</numerusform>
            <numerusform>%n of your changes were refused by the team server (your role does not allow them) and were put back as the server has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) but could not be put back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation>
            <numerusform>%n of your changes was refused by the team server (your role does not allow it) but could not be put back as the server has it: this copy differs from the team's there (see the conflicts).</numerusform>
            <numerusform>%n of your changes were refused by the team server (your role does not allow them) but could not be put back as the server has them: this copy differs from the team's there (see the conflicts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation>
            <numerusform>%n coding from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</numerusform><numerusform>%n codings from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) with other members' changes; the conflicts say what was kept.</source>
        <translation>
            <numerusform>%n new conflict with other members' changes; the conflicts say what was kept.</numerusform><numerusform>%n new conflicts with other members' changes; the conflicts say what was kept.</numerusform></translation>
    </message>
</context>
<context>
    <name>marginalia::TeamSession</name>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blind round is closed on the team server: %n coding change(s) it kept apart now go to every member's copy.</source>
        <translation>
            <numerusform>The blind round is closed on the team server: %n coding change it kept apart now goes to every member's copy.</numerusform>
            <numerusform>The blind round is closed on the team server: %n coding changes it kept apart now go to every member's copy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n document(s); the server enforces it.</source>
        <translation>
            <numerusform>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n document; the server enforces it.</numerusform>
            <numerusform>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n documents; the server enforces it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::WordsTab</name>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>“%1”: %n occurrence</numerusform>
            <numerusform>“%1”: %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) counted (stop words left out).</source>
        <translation>
            <numerusform>%n word counted (stop words left out).</numerusform>
            <numerusform>%n words counted (stop words left out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: the speaker labels of %n turn(s) (%1).</source>
        <translation>
            <numerusform>Not counted: the speaker labels of %n turn (%1).</numerusform>
            <numerusform>Not counted: the speaker labels of %n turns (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n header line(s) (%1).</source>
        <translation>
            <numerusform>Not counted: %n header line (%1).</numerusform>
            <numerusform>Not counted: %n header lines (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::Workspace</name>
    <message numerus="yes">
        <source>Remove the document “%1” and its %n coding(s) from the project?</source>
        <translation>
            <numerusform>Remove the document “%1” and its %n coding from the project?</numerusform>
            <numerusform>Remove the document “%1” and its %n codings from the project?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n coding</numerusform>
            <numerusform>%n codings</numerusform>
        </translation>
    </message>
</context>
</TS>
