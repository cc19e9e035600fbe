<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditCommands</name>
    <message>
        <source>Select some text to code first.</source>
        <translation>请先选择要编码的文本。</translation>
    </message>
    <message>
        <source>Code “%1”</source>
        <translation>编码“%1”</translation>
    </message>
    <message>
        <source>The selection is already coded with “%1”.</source>
        <translation>所选文本已用“%1”编码。</translation>
    </message>
    <message>
        <source>Uncode “%1”</source>
        <translation>取消编码“%1”</translation>
    </message>
    <message>
        <source>Select the words that should become a code first.</source>
        <translation>请先选择要成为代码的词语。</translation>
    </message>
    <message>
        <source>Code in vivo “%1”</source>
        <translation>原生编码“%1”</translation>
    </message>
    <message>
        <source>Add code “%1”</source>
        <translation>添加代码“%1”</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Recolour “%1”</source>
        <translation>更改“%1”的颜色</translation>
    </message>
    <message>
        <source>Describe “%1”</source>
        <translation>描述“%1”</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message numerus="yes">
        <source>Delete code “%1” and %n coding(s)</source>
        <translation>
            <numerusform>删除代码“%1”及 %n 条编码</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete code “%1”</source>
        <translation>删除代码“%1”</translation>
    </message>
    <message>
        <source>Set “%1” of “%2”</source>
        <translation>设置“%2”的“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute value(s)</source>
        <translation>
            <numerusform>设置 %n 个属性值</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit memo of “%1”</source>
        <translation>编辑“%1”的备忘录</translation>
    </message>
    <message>
        <source>Edit memo of code “%1”</source>
        <translation>编辑代码“%1”的备忘录</translation>
    </message>
    <message>
        <source>Edit memo of a “%1” coding</source>
        <translation>编辑一条“%1”编码的备忘录</translation>
    </message>
    <message>
        <source>Remove document “%1”</source>
        <translation>移除文档“%1”</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Qualitative research: code, compare and report.</source>
        <translation>质性研究：编码、比较与报告。</translation>
    </message>
    <message>
        <source>Open the demo project (built on first use).</source>
        <translation>打开演示项目（首次使用时生成）。</translation>
    </message>
    <message>
        <source>The project file (*.marginalia) to open.</source>
        <translation>要打开的项目文件（*.marginalia）。</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>文档属性</translation>
    </message>
    <message>
        <source>Type in a cell, or paste a column of values (one per line) with %1.</source>
        <translation>在单元格中输入，或用 %1 粘贴一列值（每行一个）。</translation>
    </message>
    <message>
        <source>Add Attribute…</source>
        <translation>添加属性…</translation>
    </message>
    <message>
        <source>Add Attribute</source>
        <translation>添加属性</translation>
    </message>
    <message>
        <source>Name of the new attribute:</source>
        <translation>新属性的名称：</translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message numerus="yes">
        <source>%n coded segment(s) with its sub-codes</source>
        <translation>
            <numerusform>含子代码共 %n 个已编码片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::CodebookPane</name>
    <message>
        <source>Filter codes</source>
        <translation>筛选代码</translation>
    </message>
    <message>
        <source>Add Code…</source>
        <translation>添加代码…</translation>
    </message>
    <message>
        <source>Add Sub-code…</source>
        <translation>添加子代码…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>更改颜色…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Delete Code…</source>
        <translation>删除代码…</translation>
    </message>
    <message>
        <source>Name of the new sub-code of “%1”:</source>
        <translation>“%1”的新子代码名称：</translation>
    </message>
    <message>
        <source>Name of the new code:</source>
        <translation>新代码的名称：</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>添加代码</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Merge Code</source>
        <translation>合并代码</translation>
    </message>
    <message>
        <source>Merge “%1” and its codings into:</source>
        <translation>将“%1”及其编码合并到：</translation>
    </message>
    <message numerus="yes">
        <source>Delete the code “%1”, its sub-codes and %n coding(s)?</source>
        <translation>
            <numerusform>删除代码“%1”、其子代码及 %n 条编码？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the code “%1” and its sub-codes? It has no codings.</source>
        <translation>删除代码“%1”及其子代码？它没有编码。</translation>
    </message>
    <message>
        <source>Delete Code</source>
        <translation>删除代码</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>No code is assigned to key %1 yet: code something first.</source>
        <translation>按键 %1 尚未对应任何代码：请先进行一次编码。</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentListModel</name>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符数</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码数</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentView</name>
    <message>
        <source>Coder: %1</source>
        <translation>编码者：%1</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>备忘录：%1</translation>
    </message>
    <message>
        <source>Uncode</source>
        <translation>取消编码</translation>
    </message>
    <message>
        <source>Edit memo…</source>
        <translation>编辑备忘录…</translation>
    </message>
</context>
<context>
    <name>marginalia::DocumentsPane</name>
    <message>
        <source>Group the documents by an attribute</source>
        <translation>按属性对文档分组</translation>
    </message>
    <message>
        <source>Filter by name or attribute</source>
        <translation>按名称或属性筛选</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>不分组</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
</context>
<context>
    <name>marginalia::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
<context>
    <name>marginalia::ImportController</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>正在导入 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>Import %n document(s)</source>
        <translation>
            <numerusform>导入 %n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused:</source>
        <translation>
            <numerusform>%n 个文件被拒绝：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportDialog</name>
    <message>
        <source>Import Documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Every imported document gets this site (leave empty for none)</source>
        <translation>每个导入的文档都将获得此地点（留空则不设置）</translation>
    </message>
    <message>
        <source>Every imported document gets this kind, e.g. teacher interview (leave empty for none)</source>
        <translation>每个导入的文档都将获得此类型，例如教师访谈（留空则不设置）</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>The encoding of plain-text files, if detection picks the wrong one</source>
        <translation>纯文本文件的编码（当自动检测出错时使用）</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>文本编码：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import.</source>
        <translation>
            <numerusform>将导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of “%1”:</source>
        <translation>“%1”的预览：</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>“%1”的预览（%2）：</translation>
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
        <translation>文档</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>代码本</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Coded Segments</source>
        <translation>已编码片段</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Documents…</source>
        <translation>导入文档(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文档(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Snap Selections to Words</source>
        <translation>选择时对齐到词语(&amp;S)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>无法打开项目：%1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused.</source>
        <translation>
            <numerusform>%n 个文件被拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Marginalia</source>
        <translation>%1 — Marginalia</translation>
    </message>
    <message>
        <source>Could not create the project: %1</source>
        <translation>无法创建项目：%1</translation>
    </message>
    <message>
        <source>Could not build the demo project: %1</source>
        <translation>无法生成演示项目：%1</translation>
    </message>
    <message>
        <source>Open or create a project before importing documents.</source>
        <translation>导入文档前，请先打开或新建一个项目。</translation>
    </message>
    <message>
        <source>An import is running already; wait until it has finished.</source>
        <translation>已有导入正在进行，请等待其完成。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia);;All files (*)</source>
        <translation>Marginalia 项目 (*.marginalia);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia 项目 (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Documents</source>
        <translation>导入文档</translation>
    </message>
    <message>
        <source>Documents (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;All files (*)</source>
        <translation>文档 (*.txt *.md *.html *.htm *.docx *.odt *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The new interface language takes effect when you start Marginalia again.</source>
        <translation>新的界面语言将在下次启动 Marginalia 时生效。</translation>
    </message>
    <message>
        <source>An import is running; cancel it or wait until it has finished before quitting.</source>
        <translation>导入正在进行；请先取消或等待其完成再退出。</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoPanel</name>
    <message>
        <source>Save Memo</source>
        <translation>保存备忘录</translation>
    </message>
    <message>
        <source>Write a memo…</source>
        <translation>撰写备忘录…</translation>
    </message>
    <message>
        <source>Memo of the document “%1”</source>
        <translation>文档“%1”的备忘录</translation>
    </message>
    <message>
        <source>Memo of the code “%1”</source>
        <translation>代码“%1”的备忘录</translation>
    </message>
    <message>
        <source>Memo of a “%1” coding in “%2”</source>
        <translation>“%2”中一条“%1”编码的备忘录</translation>
    </message>
    <message>
        <source>Choose a document, a code or a coded passage to see its memo.</source>
        <translation>选择一个文档、代码或已编码段落以查看其备忘录。</translation>
    </message>
</context>
<context>
    <name>marginalia::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>marginalia::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>A change of language takes effect when Marginalia is started again.</source>
        <translation>更改语言将在重新启动 Marginalia 后生效。</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>您作为编码者的名字：</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言：</translation>
    </message>
    <message>
        <source>Document font:</source>
        <translation>文档字体：</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
</context>
<context>
    <name>marginalia::QuickCodeBox</name>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Type a code name, Enter to code</source>
        <translation>输入代码名称，按回车编码</translation>
    </message>
</context>
<context>
    <name>marginalia::RecordedEditCommand</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
</context>
<context>
    <name>marginalia::SegmentsModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Passage in context</source>
        <translation>上下文中的段落</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
</context>
<context>
    <name>marginalia::SegmentsPane</name>
    <message>
        <source>With sub-codes</source>
        <translation>包含子代码</translation>
    </message>
    <message>
        <source>Only passages from documents of this site</source>
        <translation>仅显示此地点文档中的段落</translation>
    </message>
    <message>
        <source>Only passages from documents of this kind</source>
        <translation>仅显示此类型文档中的段落</translation>
    </message>
    <message>
        <source>Only passages coded by this coder</source>
        <translation>仅显示此编码者编码的段落</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>所有地点</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码者</translation>
    </message>
</context>
<context>
    <name>marginalia::StartPage</name>
    <message>
        <source>Welcome to Marginalia</source>
        <translation>欢迎使用 Marginalia</translation>
    </message>
    <message>
        <source>Open a project, start a new one, or explore the demo project with transcripts and observations from four field sites.</source>
        <translation>打开一个项目、新建项目，或浏览包含四个田野地点访谈记录与观察记录的演示项目。</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open the Demo Project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>最近的项目：</translation>
    </message>
</context>
<context>
    <name>marginalia::Workspace</name>
    <message>
        <source>Quick Code…</source>
        <translation>快速编码…</translation>
    </message>
    <message>
        <source>Code the selection with a code chosen by typing its name</source>
        <translation>输入代码名称以选择代码，并用其为所选文本编码</translation>
    </message>
    <message>
        <source>Code In Vivo</source>
        <translation>原生编码</translation>
    </message>
    <message>
        <source>The selected words become a new code that codes them</source>
        <translation>所选词语成为一个新代码，并用它为这些词语编码</translation>
    </message>
    <message>
        <source>Find in Document…</source>
        <translation>在文档中查找…</translation>
    </message>
    <message>
        <source>Edit Attributes…</source>
        <translation>编辑属性…</translation>
    </message>
    <message>
        <source>Remove Document…</source>
        <translation>移除文档…</translation>
    </message>
    <message>
        <source>Select some text to code first.</source>
        <translation>请先选择要编码的文本。</translation>
    </message>
    <message numerus="yes">
        <source>Remove the document “%1” and its %n coding(s) from the project?</source>
        <translation>
            <numerusform>从项目中移除文档“%1”及其 %n 条编码？</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Document</source>
        <translation>移除文档</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个代码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n 条编码</numerusform>
        </translation>
    </message>
    <message>
        <source>coder: %1</source>
        <translation>编码者：%1</translation>
    </message>
</context>
</TS>
