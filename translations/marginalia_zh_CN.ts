<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupStore</name>
    <message>
        <source>Saved by hand</source>
        <translation>手动保存</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before a format upgrade</source>
        <translation>格式升级前</translation>
    </message>
    <message>
        <source>%1: no free name for a backup copy next to it</source>
        <translation>%1：旁边没有可用于备份副本的空闲名称</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>The backup is the project file itself.</source>
        <translation>该备份就是项目文件本身。</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>The current state could not be saved before restoring, so nothing was changed: %1</source>
        <translation>恢复前无法保存当前状态，因此未做任何更改：%1</translation>
    </message>
    <message>
        <source>%1 is open in another program; close it there, then restore again.</source>
        <translation>%1 正在另一个程序中打开；请先在那里关闭它，然后重新恢复。</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened: %2</source>
        <translation>无法打开备份 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be copied: %1</source>
        <translation>无法复制备份：%1</translation>
    </message>
    <message>
        <source>The copy of the backup is not readable: %1</source>
        <translation>备份的副本无法读取：%1</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>The backup is damaged, so the project was not replaced: %1</source>
        <translation>备份已损坏，因此未替换项目：%1</translation>
    </message>
</context>
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
    <message>
        <source>Unset “%1” of “%2”</source>
        <translation>清除“%2”的“%1”</translation>
    </message>
    <message>
        <source>Add attribute “%1”</source>
        <translation>添加属性“%1”</translation>
    </message>
    <message>
        <source>there is an attribute “%1” already</source>
        <translation>已有属性“%1”</translation>
    </message>
    <message>
        <source>Rename attribute “%1” to “%2”</source>
        <translation>将属性“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Change the type of attribute “%1”</source>
        <translation>更改属性“%1”的类型</translation>
    </message>
    <message>
        <source>Delete attribute “%1”</source>
        <translation>删除属性“%1”</translation>
    </message>
    <message>
        <source>Auto-code “%1” with “%2”</source>
        <translation>用“%2”自动编码“%1”</translation>
    </message>
    <message>
        <source>Edit code “%1”</source>
        <translation>编辑代码“%1”</translation>
    </message>
    <message>
        <source>Assign key %1 to “%2”</source>
        <translation>将按键 %1 分配给“%2”</translation>
    </message>
    <message>
        <source>Remove key %1 from “%2”</source>
        <translation>移除“%2”的按键 %1</translation>
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
        <source>Test driver: run the edits in FILE on the project, printing "ok N" as each is saved.</source>
        <translation>测试驱动：在项目上执行 FILE 中的编辑，每保存一项就打印“ok N”。</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>用于导入的新项目</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia 项目 (*.marginalia)</translation>
    </message>
    <message>
        <source>The project file (*.marginalia) to open, or a REFI-QDA project (*.qdpx) to import.</source>
        <translation>要打开的项目文件 (*.marginalia)，或要导入的 REFI-QDA 项目 (*.qdpx)。</translation>
    </message>
</context>
<context>
    <name>marginalia::AdjudicationDialog</name>
    <message>
        <source>decided: coder A</source>
        <translation>已决定：编码者 A</translation>
    </message>
    <message>
        <source>decided: coder B</source>
        <translation>已决定：编码者 B</translation>
    </message>
    <message>
        <source>decided: both</source>
        <translation>已决定：两者</translation>
    </message>
    <message>
        <source>decided: edited span</source>
        <translation>已决定：编辑后的片段</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>下一个(&amp;X)</translation>
    </message>
    <message>
        <source>Show in &amp;Text</source>
        <translation>在文本中显示(&amp;T)</translation>
    </message>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>裁定分歧</translation>
    </message>
    <message>
        <source>The coder whose codings hold the decisions</source>
        <translation>其编码保存裁定结果的编码者</translation>
    </message>
    <message>
        <source>Copy what both coders coded alike to the consensus coder and save the agreement before adjudication</source>
        <translation>将两位编码者编码一致的部分复制给共识编码者，并保存裁定前的一致性</translation>
    </message>
    <message>
        <source>The edited span's first character (from 1)</source>
        <translation>编辑后片段的第一个字符（从 1 开始）</translation>
    </message>
    <message>
        <source>The edited span's last character</source>
        <translation>编辑后片段的最后一个字符</translation>
    </message>
    <message>
        <source>Coder &amp;A</source>
        <translation>编码者 A(&amp;A)</translation>
    </message>
    <message>
        <source>Coder &amp;B</source>
        <translation>编码者 B(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;oth</source>
        <translation>两者(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Neither</source>
        <translation>两者皆否(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edited Span</source>
        <translation>编辑后的片段(&amp;E)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;First coder (A):</source>
        <translation>第一位编码者 (A)(&amp;F)：</translation>
    </message>
    <message>
        <source>Secon&amp;d coder (B):</source>
        <translation>第二位编码者 (B)(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Consensus coder:</source>
        <translation>共识编码者(&amp;C)：</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>文档(&amp;U)：</translation>
    </message>
    <message>
        <source>All documents both coded</source>
        <translation>两人都编码过的所有文档</translation>
    </message>
    <message>
        <source>Coder A: %1</source>
        <translation>编码者 A：%1</translation>
    </message>
    <message>
        <source>Coder B: %1</source>
        <translation>编码者 B：%1</translation>
    </message>
    <message>
        <source>Choose two different coders.</source>
        <translation>请选择两位不同的编码者。</translation>
    </message>
    <message>
        <source>Disagreement %1 of %2 — %3 · “%4” · characters %5–%6 · %7</source>
        <translation>第 %1 个分歧，共 %2 个 — %3 · “%4” · 字符 %5–%6 · %7</translation>
    </message>
    <message>
        <source>&lt;i&gt;(not coded)&lt;/i&gt;</source>
        <translation>&lt;i&gt;（未编码）&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Start adjudication into “%1”</source>
        <translation>开始裁定到“%1”</translation>
    </message>
    <message>
        <source>coder A</source>
        <translation>编码者 A</translation>
    </message>
    <message>
        <source>coder B</source>
        <translation>编码者 B</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>两者皆否</translation>
    </message>
    <message>
        <source>edited span</source>
        <translation>编辑后的片段</translation>
    </message>
    <message>
        <source>Adjudicate “%1” in %2: %3</source>
        <translation>裁定 %2 中的“%1”：%3</translation>
    </message>
    <message>
        <source>Before adjudication: not saved yet (Start saves it).</source>
        <translation>裁定前：尚未保存（点击“开始”保存）。</translation>
    </message>
    <message>
        <source>Before adjudication (%1 vs %2, saved %3, %4 document(s), character unit): agreement %5 %, Cohen's κ %6, Krippendorff's α %7</source>
        <translation>裁定前（%1 对 %2，保存于 %3，%4 个文档，字符单位）：一致率 %5 %，Cohen's κ %6，Krippendorff's α %7</translation>
    </message>
    <message>
        <source>After adjudication: no consensus codings yet.</source>
        <translation>裁定后：尚无共识编码。</translation>
    </message>
    <message>
        <source>After adjudication: computing…</source>
        <translation>裁定后：正在计算…</translation>
    </message>
    <message>
        <source>After adjudication: %1</source>
        <translation>裁定后：%1</translation>
    </message>
    <message>
        <source>%1 vs %2: agreement %3 %, Krippendorff's α %4</source>
        <translation>%1 对 %2：一致率 %3 %，Krippendorff's α %4</translation>
    </message>
    <message>
        <source>After adjudication (character unit): %1</source>
        <translation>裁定后（字符单位）：%1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: adjudicate once it is closed (Compare › Close Blind Round).</source>
        <translation>“%1”的盲编码轮次尚未结束：请在结束后再裁定（比较 › 结束盲编码轮次）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Reading the disagreements… %n coding(s) read.</source>
        <translation>
            <numerusform>正在读取分歧……已读取 %n 条编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the disagreements…</source>
        <translation>正在读取分歧……</translation>
    </message>
    <message>
        <source>Reading the disagreements was cancelled; change a choice to read them again.</source>
        <translation>已取消读取分歧；更改任一选项即可重新读取。</translation>
    </message>
    <message>
        <source>No open disagreements: the two coders coded alike, or each disagreement has a decision.</source>
        <translation>没有未决分歧：两位编码者编码一致，或每处分歧均已裁定。</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>decided: neither</source>
        <translation>已决定：两者都不</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementController</name>
    <message>
        <source>Plan Double-Coding &amp;Sample…</source>
        <translation>规划双重编码样本(&amp;S)…</translation>
    </message>
    <message>
        <source>Draw a share of the documents, by site, for independent double coding</source>
        <translation>按地点抽取一部分文档，用于独立的双重编码</translation>
    </message>
    <message>
        <source>&amp;Blind Round</source>
        <translation>盲评轮次(&amp;B)</translation>
    </message>
    <message>
        <source>While a blind round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>盲评轮次进行期间，每位编码者在样本文档中只能看到自己的编码</translation>
    </message>
    <message>
        <source>A&amp;djudicate Disagreements…</source>
        <translation>裁定分歧(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide each disagreement of two coders into the codings of a consensus coder</source>
        <translation>将两位编码者的每个分歧裁定为共识编码者的编码</translation>
    </message>
    <message>
        <source>Close &amp;Blind Round on “%1”</source>
        <translation>结束“%1”的盲评轮次(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;Blind Round…</source>
        <translation>开始盲评轮次(&amp;B)…</translation>
    </message>
    <message>
        <source>There is no sample to open a blind round on: plan a double-coding sample first.</source>
        <translation>没有可用于盲评轮次的样本：请先规划双重编码样本。</translation>
    </message>
    <message>
        <source>Open Blind Round</source>
        <translation>开始盲评轮次</translation>
    </message>
    <message>
        <source>Sample (a set of documents):</source>
        <translation>样本（文档集合）：</translation>
    </message>
    <message>
        <source>Open blind round on “%1”</source>
        <translation>开始“%1”的盲评轮次</translation>
    </message>
    <message>
        <source>Close blind round on “%1”</source>
        <translation>结束“%1”的盲评轮次</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementModel</name>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Agreement %</source>
        <translation>一致率 %</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Krippendorff's α</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Document agreement %</source>
        <translation>文档级一致率 %</translation>
    </message>
    <message>
        <source>Document κ</source>
        <translation>文档级 κ</translation>
    </message>
    <message>
        <source>Document α</source>
        <translation>文档级 α</translation>
    </message>
    <message>
        <source>Two coders only</source>
        <translation>仅限两位编码者</translation>
    </message>
    <message>
        <source>Documents compared at the document level</source>
        <translation>在文档层面比较的文档</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>95 % interval: %1</source>
        <translation>95 % 区间：%1</translation>
    </message>
    <message>
        <source>%1 coded %2 of the units</source>
        <translation>%1 编码了 %2 个单位</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss' κ</translation>
    </message>
    <message>
        <source>Gwet's AC1</source>
        <translation>Gwet's AC1</translation>
    </message>
    <message>
        <source>Brennan–Prediger</source>
        <translation>Brennan–Prediger</translation>
    </message>
    <message>
        <source>α 95 % CI</source>
        <translation>α 95 % 置信区间</translation>
    </message>
    <message>
        <source>P(α &lt; 0.800)</source>
        <translation>P(α &lt; 0.800)</translation>
    </message>
    <message>
        <source>P(α &lt; 0.667)</source>
        <translation>P(α &lt; 0.667)</translation>
    </message>
    <message>
        <source>Unitizing α</source>
        <translation>切分 α</translation>
    </message>
    <message>
        <source>Units compared per code at the chosen unit</source>
        <translation>在所选单位下每个代码比较的单位数</translation>
    </message>
    <message>
        <source>Percentile bootstrap: the 2.5th and 97.5th percentiles of alpha over the draws</source>
        <translation>百分位自助法：各次抽样中 alpha 的第 2.5 和第 97.5 百分位数</translation>
    </message>
    <message>
        <source>The share of bootstrap draws in which alpha falls below Krippendorff's threshold</source>
        <translation>alpha 低于 Krippendorff 阈值的自助抽样所占比例</translation>
    </message>
    <message>
        <source>Krippendorff's |u|alpha: the coders' spans themselves, free boundaries</source>
        <translation>Krippendorff 的 |u|alpha：基于编码者所标片段本身，边界自由</translation>
    </message>
</context>
<context>
    <name>marginalia::AgreementTab</name>
    <message>
        <source>Double-click a code to list its disagreements.</source>
        <translation>双击代码以列出其分歧。</translation>
    </message>
    <message>
        <source>Double-click a disagreement to read it in its document.</source>
        <translation>双击分歧以在其文档中阅读。</translation>
    </message>
    <message>
        <source>The coders to compare: two or more</source>
        <translation>要比较的编码者：两位或更多</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall&lt;/b&gt;: the units of all codes pooled. &lt;b&gt;Disagreements&lt;/b&gt;: runs of characters coded with the code by some coders and not by others.</source>
        <translation>&lt;b&gt;总体&lt;/b&gt;：所有代码的单位合并计算。&lt;b&gt;分歧&lt;/b&gt;：部分编码者用该代码编码而其他编码者未编码的连续字符段。</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>所有代码</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n disagreement(s)</source>
        <translation>
            <numerusform>“%1”：%n 处分歧</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disagreements:</source>
        <translation>分歧(&amp;D)：</translation>
    </message>
    <message>
        <source>C&amp;oders:</source>
        <translation>编码者(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose two or more coders to compare.</source>
        <translation>请选择两位或更多编码者进行比较。</translation>
    </message>
    <message>
        <source>Computing the agreement…</source>
        <translation>正在计算一致性…</translation>
    </message>
    <message>
        <source>The agreement could not be computed: %1</source>
        <translation>无法计算一致性：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) coded by all of %1;</source>
        <translation>
            <numerusform>%n 个文档由 %1 全部编码过；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) compared per code.</source>
        <translation>
            <numerusform>每个代码比较了 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Copy &amp;Methods Paragraph</source>
        <translation>复制方法段落(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Export Reliability Data…</source>
        <translation>导出信度数据(&amp;E)…</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>片段（重叠）</translation>
    </message>
    <message>
        <source>The unit on which the coders are compared</source>
        <translation>比较编码者所用的单位</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Segment unit: two codings match when they overlap by at least this share of their union</source>
        <translation>片段单位：两个编码的重叠至少占其并集的这一比例时视为匹配</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bootstrap draws for the 95 % intervals (0: none; at least 1,000 otherwise)</source>
        <translation>用于 95 % 区间的自助抽样次数（0：不计算；否则至少 1,000）</translation>
    </message>
    <message>
        <source>Compare all documents, or only a named set (a sample drawn for double coding)</source>
        <translation>比较所有文档，或仅比较一个命名集合（为双重编码抽取的样本）</translation>
    </message>
    <message>
        <source>Put a methods paragraph on the clipboard: coders, unit, units, every statistic with its interval, and the thresholds</source>
        <translation>将方法段落复制到剪贴板：编码者、单位、单位数、每项统计量及其区间，以及阈值</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units.&lt;/b&gt; Compared are the documents (of the chosen set) in which every chosen coder has at least one coding. For each code every unit of those documents is coded yes or no by each coder: a character or sentence or paragraph is yes if one of the coder's codings of the code covers or overlaps it, a document if the coder applied the code in it; at the segment unit the codings themselves are matched by overlap.</source>
        <translation>&lt;b&gt;单位。&lt;/b&gt;比较的是（所选集合中）每位所选编码者都至少有一个编码的文档。对每个代码，这些文档中的每个单位都由每位编码者标为“是”或“否”：若该编码者对该代码的某个编码覆盖或重叠某个字符、句子或段落，则其为“是”；若编码者在文档中使用了该代码，则该文档为“是”；在片段单位下，按重叠匹配编码本身。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement %&lt;/b&gt;: units on which all coders agree. &lt;b&gt;Cohen's κ&lt;/b&gt; (two coders) and &lt;b&gt;Fleiss' κ&lt;/b&gt;: (Po − Pe) / (1 − Pe) with Pe from each coder's, or the pooled, shares. &lt;b&gt;Gwet's AC1&lt;/b&gt; and &lt;b&gt;Brennan–Prediger&lt;/b&gt;: the same with Gwet's and a uniform (1/2) chance agreement.</source>
        <translation>&lt;b&gt;一致率 %&lt;/b&gt;：所有编码者一致的单位。&lt;b&gt;Cohen's κ&lt;/b&gt;（两位编码者）和 &lt;b&gt;Fleiss' κ&lt;/b&gt;：(Po − Pe) / (1 − Pe)，Pe 由每位编码者各自的比例或合并比例得出。&lt;b&gt;Gwet's AC1&lt;/b&gt; 和 &lt;b&gt;Brennan–Prediger&lt;/b&gt;：同上，分别使用 Gwet 的和均匀（1/2）的机遇一致率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff's α&lt;/b&gt; (nominal): 1 − Do/De from the coincidence matrix, with a percentile bootstrap 95 % interval and the share of draws below 0.800 and 0.667 (Krippendorff's thresholds). &lt;b&gt;Unitizing α&lt;/b&gt;: Krippendorff's |u|α on the coders' spans themselves.</source>
        <translation>&lt;b&gt;Krippendorff's α&lt;/b&gt;（名义）：由一致矩阵得出的 1 − Do/De，附百分位自助法 95 % 区间，以及低于 0.800 和 0.667（Krippendorff 的阈值）的抽样比例。&lt;b&gt;切分 α&lt;/b&gt;：基于编码者所标片段本身的 Krippendorff |u|α。</translation>
    </message>
    <message>
        <source>The computation was cancelled.</source>
        <translation>计算已取消。</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>单位(&amp;N)：</translation>
    </message>
    <message>
        <source>O&amp;verlap:</source>
        <translation>重叠(&amp;V)：</translation>
    </message>
    <message>
        <source>Boo&amp;tstrap:</source>
        <translation>自助法(&amp;T)：</translation>
    </message>
    <message>
        <source>Doc&amp;uments:</source>
        <translation>文档(&amp;U)：</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character</source>
        <translation>请选择其他单位：在字符单位下，数据将是每个字符一行</translation>
    </message>
    <message>
        <source>Write the units × coders matrix (1, 0, NA) that R's irr and K-Alpha read, and which unit each row is, to CSV files</source>
        <translation>将 R 的 irr 和 K-Alpha 可读取的单位 × 编码者矩阵（1、0、NA）以及每行对应的单位写入 CSV 文件</translation>
    </message>
    <message>
        <source>95 % intervals: percentile bootstrap, %1 draws, seed %2, resampling %3.</source>
        <translation>95 % 区间：百分位自助法，%1 次抽样，种子 %2，重抽样%3。</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Export Reliability Data</source>
        <translation>导出信度数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose another unit: at the character unit the data would be one row per character.</source>
        <translation>请选择其他单位：在字符单位下，数据将是每个字符一行。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1 (which unit each row is: %2).</source>
        <translation>
            <numerusform>已将 %n 个单位写入 %1（每行对应的单位：%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: its documents are left out until it is closed.</source>
        <translation>“%1”的盲编码轮次尚未结束：结束前不计入其中的文档。</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeEditor</name>
    <message>
        <source>Document Attributes</source>
        <translation>文档属性</translation>
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
    <message>
        <source>Type in a cell; Tab and Enter move on. Paste values copied from a spreadsheet with %1; Delete unsets the selected values. Right-click a column title to rename, retype or delete the attribute.</source>
        <translation>在单元格中输入；Tab 和 Enter 移到下一格。用 %1 粘贴从电子表格复制的值；Delete 清除所选值。右键单击列标题可重命名、更改类型或删除属性。</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Type of its values:</source>
        <translation>其值的类型：</translation>
    </message>
    <message>
        <source>Rename Attribute</source>
        <translation>重命名属性</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete Attribute</source>
        <translation>删除属性</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute “%1” and its %n value(s)? You can undo this.</source>
        <translation>
            <numerusform>删除属性“%1”及其 %n 个值？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>marginalia::AttributeTableModel</name>
    <message>
        <source>Choose the cell where the pasted values should start.</source>
        <translation>请选择粘贴值开始的单元格。</translation>
    </message>
    <message>
        <source>The pasted values do not fit: they are %1 row(s) × %2 column(s), but from this cell there are %3 document(s) × %4 attribute(s). Nothing was pasted.</source>
        <translation>粘贴的值放不下：共 %1 行 × %2 列，但从此单元格起只有 %3 个文档 × %4 个属性。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2 values)</source>
        <translation>%1（%2 值）</translation>
    </message>
</context>
<context>
    <name>marginalia::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupController</name>
    <message>
        <source>Save a &amp;Backup Now</source>
        <translation>立即保存备份(&amp;B)</translation>
    </message>
    <message>
        <source>Keep a timestamped copy of the project next to its file</source>
        <translation>在项目文件旁保存一份带时间戳的副本</translation>
    </message>
    <message>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>An import, export or merge is running; wait until it has finished.</source>
        <translation>正在进行导入、导出或合并；请等待其完成。</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>请先打开一个项目。</translation>
    </message>
    <message>
        <source>A backup was saved as %1.</source>
        <translation>备份已保存为 %1。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup %2 of %3? The project as it is now is saved as another backup first, and the undo history is cleared.</source>
        <translation>用 %3 的备份 %2 替换“%1”吗？项目的当前状态会先另存为一个备份，撤销历史将被清除。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. The state before restoring was saved as %2.</source>
        <translation>备份 %1 已恢复。恢复前的状态已保存为 %2。</translation>
    </message>
</context>
<context>
    <name>marginalia::BackupListModel</name>
    <message>
        <source>%1
Cannot be read: %2</source>
        <translation>%1
无法读取：%2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建原因</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>marginalia::BarChart</name>
    <message>
        <source>Double-click a bar to read the passages behind it.</source>
        <translation>双击柱形以阅读其背后的片段。</translation>
    </message>
    <message>
        <source>Select a code in the matrix to chart it.</source>
        <translation>在矩阵中选择一个代码以绘制图表。</translation>
    </message>
</context>
<context>
    <name>marginalia::CodeDialog</name>
    <message>
        <source>What the code means and when to apply it</source>
        <translation>该代码的含义及适用情形</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级代码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Add Code</source>
        <translation>添加代码</translation>
    </message>
    <message>
        <source>Edit Code “%1”</source>
        <translation>编辑代码“%1”</translation>
    </message>
    <message>
        <source>Automatic…</source>
        <translation>自动…</translation>
    </message>
    <message>
        <source>Colour of the Code</source>
        <translation>代码颜色</translation>
    </message>
    <message>
        <source>Pressing this number key in the text codes the selection with the code</source>
        <translation>在文本中按此数字键即用此代码为所选内容编码</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>按键(&amp;K)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (now “%2”)</source>
        <translation>%1（当前为“%2”）</translation>
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
    <message>
        <source>Key %1 codes the selected text with this code.</source>
        <translation>按键 %1 用此代码为所选文本编码。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
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
    <message>
        <source>Edit Code…</source>
        <translation>编辑代码…</translation>
    </message>
    <message>
        <source>Name, parent, colour and description of the code</source>
        <translation>代码的名称、上级代码、颜色和描述</translation>
    </message>
    <message>
        <source>Assign &amp;Key</source>
        <translation>分配按键(&amp;K)</translation>
    </message>
    <message>
        <source>The number key that codes the selected text with this code</source>
        <translation>用此代码为所选文本编码的数字键</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>无(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;%1  (now “%2”)</source>
        <translation>&amp;%1  （当前为“%2”）</translation>
    </message>
</context>
<context>
    <name>marginalia::CoderDialog</name>
    <message>
        <source>Who Is Coding?</source>
        <translation>谁在编码？</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Your name is stored with every coding you make, so that the codings of several coders can be told apart and compared. Use the same name on every computer you code on.</source>
        <translation>您的名字会随您的每个编码一起保存，以便区分和比较多位编码者的编码。请在您编码的每台电脑上使用同一个名字。</translation>
    </message>
    <message>
        <source>Your name as coder:</source>
        <translation>您作为编码者的名字：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名字。</translation>
    </message>
    <message>
        <source>A name must be one line of text, without tabs or other control characters.</source>
        <translation>名字必须是一行文本，不能含制表符或其他控制字符。</translation>
    </message>
</context>
<context>
    <name>marginalia::CodingController</name>
    <message>
        <source>&amp;Code</source>
        <translation>编码(&amp;C)</translation>
    </message>
    <message>
        <source>No recent codes yet</source>
        <translation>尚无最近使用的代码</translation>
    </message>
    <message>
        <source>Code &amp;with…</source>
        <translation>使用代码编码(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;New Code…</source>
        <translation>新建代码(&amp;N)…</translation>
    </message>
    <message>
        <source>In &amp;Vivo</source>
        <translation>原话编码(&amp;V)</translation>
    </message>
    <message>
        <source>No code has the key %1: right-click a code in the codebook and choose Assign Key.</source>
        <translation>没有代码使用按键 %1：在代码本中右键单击代码并选择“分配按键”。</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareController</name>
    <message>
        <source>Code × Site &amp;Matrix…</source>
        <translation>代码 × 地点矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Code &amp;Co-occurrence…</source>
        <translation>代码共现(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies…</source>
        <translation>词频(&amp;W)…</translation>
    </message>
    <message>
        <source>Inter-coder &amp;Agreement…</source>
        <translation>编码者间一致性(&amp;A)…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Coded excerpts as HTML, ODT, DOCX, PDF, Markdown or CSV</source>
        <translation>将已编码摘录导出为 HTML、ODT、DOCX、PDF、Markdown 或 CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::CompareWindow</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Compare — %1</source>
        <translation>比较 — %1</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;o-occurrence</source>
        <translation>共现(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Word Frequencies</source>
        <translation>词频(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>一致性(&amp;A)</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceMatrixModel</name>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n 条编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” with “%2”: %3 of %4 (Jaccard %5), in %6. Click to read the passages.</source>
        <translation>“%1”与“%2”：%4 中的 %3（Jaccard %5），见于 %6。单击以阅读这些片段。</translation>
    </message>
    <message>
        <source>“%1”: %2 in %3</source>
        <translation>“%1”：%2，见于 %3</translation>
    </message>
    <message>
        <source>A code and its own sub-code are not paired; tick “Pair codes with their sub-codes” to see them.</source>
        <translation>代码不与其自身的子代码配对；勾选“与其子代码配对”即可查看。</translation>
    </message>
    <message>
        <source>Never together</source>
        <translation>从不共同出现</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>With code</source>
        <translation>与代码</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>%1 of %2: J = n(A∩B) / (n(A) + n(B) − n(A∩B))</source>
        <translation>%2 中的 %1：J = n(A∩B) / (n(A) + n(B) − n(A∩B))</translation>
    </message>
    <message>
        <source>Jaccard</source>
        <translation>Jaccard</translation>
    </message>
    <message>
        <source>In documents</source>
        <translation>所在文档</translation>
    </message>
</context>
<context>
    <name>marginalia::CooccurrenceTab</name>
    <message>
        <source>Overlapping codings</source>
        <translation>重叠的编码</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>同一段落</translation>
    </message>
    <message>
        <source>Double-click a pair to read the passages behind it.</source>
        <translation>双击代码对以阅读其背后的片段。</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” with “%2”: %n passage(s)</source>
        <translation>
            <numerusform>“%1”与“%2”：%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Together means:</source>
        <translation>“共同出现”指(&amp;T)：</translation>
    </message>
    <message>
        <source>The co-occurrences could not be computed: %1</source>
        <translation>无法计算共现：%1</translation>
    </message>
    <message>
        <source>&amp;Pair codes with their sub-codes</source>
        <translation>与其子代码配对(&amp;P)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Jaccard coefficient</source>
        <translation>Jaccard 系数</translation>
    </message>
    <message>
        <source>Jaccard: J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together)</source>
        <translation>Jaccard：J = n(A∩B) / (n(A) + n(B) − n(A∩B))，从 0（从不共同出现）到 1（总是共同出现）</translation>
    </message>
    <message>
        <source>Only documents of this site</source>
        <translation>仅限此地点的文档</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>仅限此类型的文档</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
        <translation>仅限此编码者的编码</translation>
    </message>
    <message>
        <source>A code and its own sub-codes usually overlap by design; they are left out unless this is ticked</source>
        <translation>代码与其子代码通常按设计重叠；除非勾选此项，否则不予配对</translation>
    </message>
    <message>
        <source>Click a cell to read the passages behind it.</source>
        <translation>单击单元格以阅读其背后的片段。</translation>
    </message>
    <message>
        <source>&amp;Heat Map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <source>Pair &amp;List</source>
        <translation>配对列表(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;unt in:</source>
        <translation>计数单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>地点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>编码者(&amp;O)：</translation>
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
    <message>
        <source>Passages: the spans of either code that overlap one of the other, each once however many coders coded it. Codings: each coder's coding once. Documents: documents where they overlap.</source>
        <translation>片段：任一代码中与另一代码重叠的文本段，无论有多少编码者编码，每段只计一次。编码：每位编码者的编码各计一次。文档：二者重叠的文档。</translation>
    </message>
    <message>
        <source>Paragraphs: paragraphs touched by both codes. Documents: documents with such a paragraph.</source>
        <translation>段落：两个代码都涉及的段落。文档：含有此类段落的文档。</translation>
    </message>
    <message>
        <source>Together: codings of the two codes share at least one character (touching is not enough).</source>
        <translation>共同出现：两个代码的编码至少共享一个字符（仅相邻不算）。</translation>
    </message>
    <message>
        <source>Together: codings of the two codes touch the same paragraph (line).</source>
        <translation>共同出现：两个代码的编码涉及同一段落（行）。</translation>
    </message>
    <message>
        <source>n(A∩B): the passages of either code that overlap one of the other (each span once, however many coders); n(A) + n(B) − n(A∩B) = the passages of A plus those of B.</source>
        <translation>n(A∩B)：任一代码中与另一代码重叠的片段（每段一次，无论编码者多少）；n(A) + n(B) − n(A∩B) = A 的片段数加 B 的片段数。</translation>
    </message>
    <message>
        <source>n(A∩B): the codings of either code that overlap one of the other; n(A) + n(B) − n(A∩B) = the codings of A plus those of B.</source>
        <translation>n(A∩B)：任一代码中与另一代码重叠的编码；n(A) + n(B) − n(A∩B) = A 的编码数加 B 的编码数。</translation>
    </message>
    <message>
        <source>n(A∩B): paragraphs touched by both codes; n(A): paragraphs touched by A.</source>
        <translation>n(A∩B)：两个代码都涉及的段落；n(A)：A 涉及的段落。</translation>
    </message>
    <message>
        <source>n(A∩B): documents where the two codes are together; n(A): documents with A.</source>
        <translation>n(A∩B)：两个代码共同出现的文档；n(A)：含有 A 的文档。</translation>
    </message>
    <message>
        <source>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B)), from 0 (never together) to 1 (always together). The heat map shades counts against the largest one, Jaccard from 0 to 1.</source>
        <translation>Jaccard J = n(A∩B) / (n(A) + n(B) − n(A∩B))，从 0（从不共同出现）到 1（总是共同出现）。热力图按最大计数为计数着色，Jaccard 按 0 到 1 着色。</translation>
    </message>
</context>
<context>
    <name>marginalia::DictionaryDialog</name>
    <message>
        <source>Dictionary</source>
        <translation>词典</translation>
    </message>
    <message>
        <source>“%1” cannot be a word of the dictionary: a word there is 2 to 16 Chinese characters. Other words are found by spaces and punctuation.</source>
        <translation>“%1”不能作为词典中的词：词典中的词由 2 到 16 个汉字组成。其他词按空格和标点划分。</translation>
    </message>
    <message>
        <source>Chinese text is split into words with a dictionary. Add the words of your project (names, terms of your field), or say that a word is not one here: its characters are then counted on their own or with their neighbours.</source>
        <translation>中文文本借助词典切分成词。请添加本项目的词语（名称、本领域的术语），或指出某个词在这里不算词：其中的字随后会单独计数或与相邻的字组成词。</translation>
    </message>
    <message>
        <source>&amp;Add Word…</source>
        <translation>添加词(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Not a Word…</source>
        <translation>不是词(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>撤销更改(&amp;F)</translation>
    </message>
    <message>
        <source>Drop the project's change of the selected word.</source>
        <translation>撤销本项目对所选词的更改。</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>不是词</translation>
    </message>
    <message>
        <source>Word that is not a word in this project:</source>
        <translation>在本项目中不算作词的词：</translation>
    </message>
    <message>
        <source>Words added:</source>
        <translation>添加的词：</translation>
    </message>
    <message>
        <source>Not words:</source>
        <translation>不是词：</translation>
    </message>
    <message>
        <source>Code names counted as words: %1</source>
        <translation>作为词计数的代码名称：%1</translation>
    </message>
    <message>
        <source>Code names of Chinese characters count as words too.</source>
        <translation>由汉字组成的代码名称也算作词。</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>将“%1”添加到词典</translation>
    </message>
    <message>
        <source>“%1” is not a word</source>
        <translation>“%1”不是词</translation>
    </message>
    <message>
        <source>Forget “%1” in the dictionary</source>
        <translation>撤销词典中对“%1”的更改</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>添加到词典</translation>
    </message>
    <message>
        <source>Word to count whole (for example, extend a character to the word it belongs to):</source>
        <translation>要整体计数的词（例如，把一个字扩展成它所属的词）：</translation>
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
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Coded by</source>
        <translation>编码者</translation>
    </message>
    <message>
        <source>Not coded by</source>
        <translation>未编码者</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
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
    <message>
        <source>&lt;p&gt;&lt;b&gt;No documents yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt; (in the File menu, or drop files on this window) brings in interviews, field notes and observations.&lt;/p&gt;&lt;p&gt;To look around first: &lt;a href="demo"&gt;%2&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;还没有文档。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href="import"&gt;%1&lt;/a&gt;（在“文件”菜单中，或把文件拖到此窗口）可导入访谈、田野笔记和观察记录。&lt;/p&gt;&lt;p&gt;想先看看：&lt;a href="demo"&gt;%2&lt;/a&gt;。&lt;/p&gt;</translation>
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
    <message numerus="yes">
        <source>%n document(s) imported. This import cannot be undone: it was too large to keep for undo.</source>
        <translation>
            <numerusform>已导入 %n 个文档。此次导入无法撤销：数据过大，无法保留用于撤销。</numerusform>
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
        <source>Detect automatically</source>
        <translation>自动检测</translation>
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
        <translation>字符编码：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Preview of “%1”:</source>
        <translation>“%1”的预览：</translation>
    </message>
    <message>
        <source>Preview of “%1” (%2):</source>
        <translation>“%1”的预览（%2）：</translation>
    </message>
    <message>
        <source>“%1” does not decode as %2.</source>
        <translation>“%1”无法按 %2 解码。</translation>
    </message>
    <message>
        <source>This file type has no text encoding to choose.</source>
        <translation>此文件类型无需选择字符编码。</translation>
    </message>
    <message>
        <source>Read as %1, as the file declares.</source>
        <translation>按文件声明的 %1 读取。</translation>
    </message>
    <message>
        <source>Read as %1, as chosen.</source>
        <translation>按所选的 %1 读取。</translation>
    </message>
    <message>
        <source>Detected: %1 (certain).</source>
        <translation>检测结果：%1（确定）。</translation>
    </message>
    <message>
        <source>Detected: %1 (likely).</source>
        <translation>检测结果：%1（很可能）。</translation>
    </message>
    <message>
        <source>Detected: %1 (likely; %2 is also possible).</source>
        <translation>检测结果：%1（很可能；也可能是 %2）。</translation>
    </message>
    <message>
        <source>Detected: %1, but uncertain. If the preview looks garbled, choose the encoding above.</source>
        <translation>检测结果：%1，但不确定。如果预览显示乱码，请在上方选择字符编码。</translation>
    </message>
    <message>
        <source>Uncertain: read as %1, but it may be %2. If the preview looks garbled, use %2.</source>
        <translation>不确定：按 %1 读取，但也可能是 %2。如果预览显示乱码，请改用 %2。</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>改用 %1</translation>
    </message>
    <message>
        <source>Apply to &amp;All</source>
        <translation>全部应用(&amp;A)</translation>
    </message>
    <message>
        <source>The site for every file (leave empty for none); change single files in the list</source>
        <translation>所有文件的地点（留空表示无）；可在列表中单独修改某个文件</translation>
    </message>
    <message>
        <source>The kind for every file, e.g. teacher interview (leave empty for none); change single files in the list</source>
        <translation>所有文件的类型，例如教师访谈（留空表示无）；可在列表中单独修改某个文件</translation>
    </message>
    <message>
        <source>Give every file in the list this site and kind, also those changed one by one</source>
        <translation>为列表中的所有文件设置此地点和类型，包括已单独修改的文件</translation>
    </message>
    <message>
        <source>The encoding of the selected plain-text file, if detection picks the wrong one</source>
        <translation>所选纯文本文件的字符编码（当自动检测出错时）</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Double-click a site or kind to change it for one file.</source>
        <translation>
            <numerusform>要导入 %n 个文件。双击地点或类型可单独修改某个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::ImportFilesModel</name>
    <message>
        <source>reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 (no encoding)</source>
        <translation>%1（无字符编码）</translation>
    </message>
    <message>
        <source>%1 (given)</source>
        <translation>%1（文件声明）</translation>
    </message>
    <message>
        <source>%1 (certain)</source>
        <translation>%1（确定）</translation>
    </message>
    <message>
        <source>%1 (likely)</source>
        <translation>%1（可能）</translation>
    </message>
    <message>
        <source>%1 (likely; %2 possible)</source>
        <translation>%1（可能；也可能是 %2）</translation>
    </message>
    <message>
        <source>%1 (uncertain)</source>
        <translation>%1（不确定）</translation>
    </message>
    <message>
        <source>%1 (uncertain; may be %2)</source>
        <translation>%1（不确定；可能是 %2）</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1（已选择）</translation>
    </message>
    <message>
        <source>Lines starting with these labels are speaker turns; they are stored as the attribute “speakers”.</source>
        <translation>以这些标签开头的行是说话人的发言；它们将保存为属性“speakers”。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>字符编码</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>说话人</translation>
    </message>
</context>
<context>
    <name>marginalia::IndexingStatus</name>
    <message>
        <source>Indexing for search</source>
        <translation>正在建立搜索索引</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop indexing; searches still find everything, more slowly, until it is finished</source>
        <translation>停止建立索引；在索引完成之前，搜索仍能找到全部结果，只是较慢</translation>
    </message>
</context>
<context>
    <name>marginalia::InterchangeController</name>
    <message>
        <source>Export Project as REFI-QDA (.qdpx)…</source>
        <translation>将项目导出为 REFI-QDA（.qdpx）…</translation>
    </message>
    <message>
        <source>Export Codebook (.qdc)…</source>
        <translation>导出代码簿（.qdc）…</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project (.qdpx)…</source>
        <translation>导入 REFI-QDA 项目（.qdpx）…</translation>
    </message>
    <message>
        <source>Import Codebook (.qdc)…</source>
        <translation>导入代码簿（.qdc）…</translation>
    </message>
    <message>
        <source>Merge Project…</source>
        <translation>合并项目…</translation>
    </message>
    <message>
        <source>Add a teammate’s project (.marginalia or .qdpx) to this one</source>
        <translation>将队友的项目（.marginalia 或 .qdpx）合并到本项目</translation>
    </message>
    <message>
        <source>Another exchange or merge is running; wait until it has finished.</source>
        <translation>另一个交换或合并操作正在进行；请等待其完成。</translation>
    </message>
    <message>
        <source>An import is running; wait until it has finished.</source>
        <translation>正在导入；请等待其完成。</translation>
    </message>
    <message>
        <source>… and %1 more (see Details).</source>
        <translation>…… 另有 %1 条（见详细信息）。</translation>
    </message>
    <message>
        <source>Export Project as REFI-QDA</source>
        <translation>将项目导出为 REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export Codebook</source>
        <translation>导出代码簿</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc)</source>
        <translation>REFI-QDA 代码簿 (*.qdc)</translation>
    </message>
    <message>
        <source>Import REFI-QDA Project</source>
        <translation>导入 REFI-QDA 项目</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>REFI-QDA 项目 (*.qdpx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Project for the Import</source>
        <translation>用于导入的新项目</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia 项目 (*.marginalia)</translation>
    </message>
    <message>
        <source>Import Codebook</source>
        <translation>导入代码簿</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>REFI-QDA 代码簿 (*.qdc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Merge Project</source>
        <translation>合并项目</translation>
    </message>
    <message>
        <source>Projects (*.marginalia *.qdpx);;Marginalia projects (*.marginalia);;REFI-QDA projects (*.qdpx)</source>
        <translation>项目 (*.marginalia *.qdpx);;Marginalia 项目 (*.marginalia);;REFI-QDA 项目 (*.qdpx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting the project to %1…</source>
        <translation>正在将项目导出到 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>The project was exported to %1.</source>
        <translation>项目已导出到 %1。</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>文档：%1</translation>
    </message>
    <message>
        <source>Codes: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <source>Codings: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Coders: %1</source>
        <translation>编码者：%1</translation>
    </message>
    <message>
        <source>Notes (memos): %1</source>
        <translation>注释（备忘录）：%1</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>个案：%1</translation>
    </message>
    <message>
        <source>Variables (attributes): %1</source>
        <translation>变量（属性）：%1</translation>
    </message>
    <message>
        <source>Sets: %1</source>
        <translation>集合：%1</translation>
    </message>
    <message>
        <source>Exporting the codebook to %1…</source>
        <translation>正在将代码簿导出到 %1…</translation>
    </message>
    <message>
        <source>The codebook was exported to %1.</source>
        <translation>代码簿已导出到 %1。</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the imported project.</source>
        <translation>%1 已存在；请为导入的项目另取一个新名称。</translation>
    </message>
    <message>
        <source>Choose a new file for the imported project, not the open one.</source>
        <translation>请为导入的项目选择一个新文件，而不是当前打开的项目。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; no project was created.</source>
        <translation>导入已取消；未创建项目。</translation>
    </message>
    <message>
        <source>The import of %1 failed: %2</source>
        <translation>导入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>%1 was imported into the new project %2.</source>
        <translation>%1 已导入新项目 %2。</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Open the new project %1 now?</source>
        <translation>现在打开新项目 %1 吗？</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Import codebook “%1”</source>
        <translation>导入代码簿“%1”</translation>
    </message>
    <message>
        <source>Importing the codebook %1…</source>
        <translation>正在导入代码簿 %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; the codebook is as it was.</source>
        <translation>导入已取消；代码簿保持原样。</translation>
    </message>
    <message>
        <source>The codebook %1 was imported.</source>
        <translation>代码簿 %1 已导入。</translation>
    </message>
    <message>
        <source>Codes added: %1</source>
        <translation>新增代码：%1</translation>
    </message>
    <message>
        <source>Codes the project had already: %1</source>
        <translation>项目中已有的代码：%1</translation>
    </message>
    <message>
        <source>A project cannot be merged into itself.</source>
        <translation>项目不能与自身合并。</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>合并“%1”</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merging %1 into this project…</source>
        <translation>正在将 %1 合并到本项目…</translation>
    </message>
    <message>
        <source>The merge was cancelled; the project is as it was.</source>
        <translation>合并已取消；项目保持原样。</translation>
    </message>
    <message>
        <source>The merge of %1 failed: %2</source>
        <translation>合并 %1 失败：%2</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Documents added: %1</source>
        <translation>新增文档：%1</translation>
    </message>
    <message>
        <source>Documents already here (same text): %1</source>
        <translation>已存在的文档（文本相同）：%1</translation>
    </message>
    <message>
        <source>Codes matched: %1</source>
        <translation>匹配的代码：%1</translation>
    </message>
    <message>
        <source>Codings added: %1</source>
        <translation>新增编码：%1</translation>
    </message>
    <message>
        <source>Codings already here (skipped): %1</source>
        <translation>已存在的编码（已跳过）：%1</translation>
    </message>
    <message>
        <source>Coders added: %1</source>
        <translation>新增编码者：%1</translation>
    </message>
    <message>
        <source>Cases added: %1</source>
        <translation>新增个案：%1</translation>
    </message>
    <message>
        <source>Attribute values set: %1</source>
        <translation>已设置的属性值：%1</translation>
    </message>
    <message>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>The project as it was before is kept as %1.</source>
        <translation>合并前的项目已保存为 %1。</translation>
    </message>
    <message>
        <source>%1 was merged into this project.</source>
        <translation>%1 已合并到本项目。</translation>
    </message>
    <message>
        <source>Any program (the REFI-QDA standard)</source>
        <translation>任意程序（REFI-QDA 标准）</translation>
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
        <translation>哪个程序将打开此文件？NVivo 和 QualCoder 计算文本位置的方式与标准不同，且 QualCoder 会误读集合。</translation>
    </message>
    <message>
        <source>Text positions: UTF-16 units, as %1 counts them</source>
        <translation>文本位置：UTF-16 单元（%1 的计数方式）</translation>
    </message>
    <message>
        <source>Text positions: characters (code points), as the standard says</source>
        <translation>文本位置：字符（码位），按标准规定</translation>
    </message>
    <message>
        <source>Positions in “%1” read as %2: %3</source>
        <translation>“%1”中的位置按%2读取：%3</translation>
    </message>
    <message>
        <source>UTF-16 units</source>
        <translation>UTF-16 单元</translation>
    </message>
    <message>
        <source>characters (code points)</source>
        <translation>字符（码位）</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported only in part into the new project %2: %n source(s) could not be stored (see Details).</source>
        <translation>
            <numerusform>%1 仅部分导入到新项目 %2：%n 个来源无法保存（见详细信息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapsed into a coding already here (memo kept): %1</source>
        <translation>已合并到现有编码（保留备忘）：%1</translation>
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
    <message>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>All Memos</source>
        <translation>所有备忘录</translation>
    </message>
    <message>
        <source>C&amp;oder…</source>
        <translation>编码者(&amp;O)…</translation>
    </message>
    <message>
        <source>Search All &amp;Documents…</source>
        <translation>搜索所有文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>编码者：%1</translation>
    </message>
    <message>
        <source>Your codings are stored under this name. Change it with File › Coder…</source>
        <translation>您的编码以此名字保存。可通过“文件 › 编码者…”更改。</translation>
    </message>
    <message>
        <source>Cannot undo %1</source>
        <translation>无法撤销 %1</translation>
    </message>
    <message>
        <source>While opening the project: %1</source>
        <translation>打开项目时：%1</translation>
    </message>
    <message>
        <source>The coder was not changed: %1</source>
        <translation>编码者未更改：%1</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixModel</name>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>% of documents</source>
        <translation>文档百分比</translation>
    </message>
    <message>
        <source>Coded characters</source>
        <translation>编码字符数</translation>
    </message>
    <message>
        <source>Per 10,000 characters</source>
        <translation>每万字符</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>Total (any code)</source>
        <translation>合计（任意代码）</translation>
    </message>
    <message>
        <source>Every coding once; documents with any coding; characters covered by any coding</source>
        <translation>每个编码计一次；含任意编码的文档；被任意编码覆盖的字符</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n document(s)</source>
        <translation>
            <numerusform>%1：%n 个文档</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters of text</source>
        <translation>文本共 %1 个字符</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>%1 passages, %2 codings, %3 documents (%4%), %5 coded characters, %6 per 10,000 characters</source>
        <translation>%1 个片段，%2 次编码，%3 个文档（%4%），%5 个已编码字符，每万字符 %6</translation>
    </message>
</context>
<context>
    <name>marginalia::MatrixTab</name>
    <message>
        <source>&amp;Roll up sub-codes</source>
        <translation>汇总子代码(&amp;R)</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>将图表保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>A code's row counts the codings of its sub-codes too (each coding once)</source>
        <translation>代码所在行也计入其子代码的编码（每个编码计一次）</translation>
    </message>
    <message>
        <source>Only documents of this kind</source>
        <translation>仅限此类型的文档</translation>
    </message>
    <message>
        <source>Only this coder's codings</source>
        <translation>仅限此编码者的编码</translation>
    </message>
    <message>
        <source>The attribute whose values are the columns</source>
        <translation>以其取值作为列的属性</translation>
    </message>
    <message>
        <source>Double-click a number to read the passages behind it.</source>
        <translation>双击数字以阅读其背后的片段。</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>C&amp;oder:</source>
        <translation>编码者(&amp;O)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>所有编码者</translation>
    </message>
    <message>
        <source>Computing the matrix…</source>
        <translation>正在计算矩阵…</translation>
    </message>
    <message>
        <source>The matrix could not be computed: %1</source>
        <translation>无法计算矩阵：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 个代码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of “%1”</source>
        <translation>
            <numerusform>“%1”的 %n 个取值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>%n 个文档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any code</source>
        <translation>任意代码</translation>
    </message>
    <message>
        <source>“%1”: %2 by %3</source>
        <translation>“%1”：按 %3 的%2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n passage(s)</source>
        <translation>
            <numerusform>“%1”：%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %2: %n passage(s)</source>
        <translation>
            <numerusform>“%1”在%2：%n 个片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the chart as “%1”; choose a folder you can write to.</source>
        <translation>无法将图表保存为“%1”；请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Passages: spans coded with the code, each once however many coders coded it (same document, start and end). Codings: each coder's coding once. Documents: documents with the code. % of documents: of the column's documents. Coded characters: overlapping codings count once. Per 10,000: coded characters per 10,000 characters of the column's text.</source>
        <translation>片段：用该代码编码的文本段，无论多少编码者编码过都只计一次（同一文档、起点和终点）。编码：每位编码者的每次编码计一次。文档：含该代码的文档。文档百分比：占该列文档的比例。已编码字符：重叠的编码只计一次。每万字符：该列文本每一万字符中的已编码字符数。</translation>
    </message>
</context>
<context>
    <name>marginalia::MemoListModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>“%1” in %2 (%3–%4)</source>
        <extracomment>A coding: its code, document and coded range in characters</extracomment>
        <translation>%2 中的“%1”（%3–%4）</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属对象</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
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
        <translation>选择一个文档、代码或已编码片段以查看其备忘录。</translation>
    </message>
</context>
<context>
    <name>marginalia::MemosPane</name>
    <message>
        <source>Filter memos</source>
        <translation>筛选备忘录</translation>
    </message>
    <message>
        <source>No memos yet. Write one in the Memo panel for a document, code or coding.</source>
        <translation>尚无备忘录。请在备忘录面板中为文档、代码或编码撰写备忘录。</translation>
    </message>
    <message numerus="yes">
        <source>%n memo(s) shown</source>
        <translation>
            <numerusform>显示 %n 条备忘录</numerusform>
        </translation>
    </message>
    <message>
        <source>double-click one to go to it</source>
        <translation>双击即可跳转</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save every memo, with what it belongs to and the coded passages, as a file</source>
        <translation>将所有备忘录连同其所属对象和编码片段保存为文件</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)…</source>
        <translation>CSV（电子表格）…</translation>
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
        <translation>备忘录</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>文档备忘录</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>代码备忘录</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>编码备忘录</translation>
    </message>
    <message>
        <source>Case memos</source>
        <translation>案例备忘录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>By</source>
        <translation>由</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>备忘录</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>A coding in the memo export: %1 the code's path, %2 the document</extracomment>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>imported by %1</source>
        <translation>由 %1 导入</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>coded by %1</source>
        <translation>由 %1 编码</translation>
    </message>
    <message>
        <source>coded %1</source>
        <translation>编码于 %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>第 %1–%2 段</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>说话人 %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>说话人 %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>The project has no memos.</source>
        <translation>该项目没有备忘录。</translation>
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
        <translation>导出备忘录</translation>
    </message>
    <message>
        <source>Exporting memos…</source>
        <translation>正在导出备忘录…</translation>
    </message>
    <message>
        <source>The memos were not exported to %1: %2</source>
        <translation>备忘录未导出到 %1：%2</translation>
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
    <name>marginalia::PassagesDialog</name>
    <message numerus="yes">
        <source>%n passage(s). Double-click one to read it in its document.</source>
        <translation>
            <numerusform>%n 个片段。双击某个片段可在其文档中阅读。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to Passage</source>
        <translation>转到片段(&amp;G)</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Code “%1”.</source>
        <translation>代码“%1”。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list as a CSV table or an HTML page</source>
        <translation>将列表保存为 CSV 表格或 HTML 页面</translation>
    </message>
    <message>
        <source>Export Passages</source>
        <translation>导出片段</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;HTML page (*.html)</source>
        <translation>CSV 表格 (*.csv);;HTML 页面 (*.html)</translation>
    </message>
</context>
<context>
    <name>marginalia::PassagesModel</name>
    <message>
        <source>coded by %1; not by %2</source>
        <translation>由 %1 编码；%2 未编码</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>片段</translation>
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
        <translation>段落号</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>编码者</translation>
    </message>
</context>
<context>
    <name>marginalia::PasswordKeyring</name>
    <message>
        <source>neither the Secret Service nor KWallet answered</source>
        <translation>Secret Service 和 KWallet 均无响应</translation>
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
    <message>
        <source>“%1” (too large to keep)</source>
        <translation>“%1”（过大，无法保留）</translation>
    </message>
    <message>
        <source>“%1” and earlier edits (undo memory limit)</source>
        <translation>“%1”及更早的编辑（撤销内存上限）</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportDialog</name>
    <message>
        <source>Put the code × site &amp;matrix at the top</source>
        <translation>在开头放置代码 × 地点矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>按代码</translation>
    </message>
    <message>
        <source>By site, then code</source>
        <translation>先按地点，再按代码</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Text shown on each side of an excerpt</source>
        <translation>摘录两侧显示的文本</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML（单个独立文件）</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument 文本 (ODT)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word 文档 (DOCX)</translation>
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
        <translation>CSV（每条摘录一行）</translation>
    </message>
    <message>
        <source>Nothing checked: every code. A code brings its sub-codes.</source>
        <translation>未勾选：所有代码。选中的代码包含其子代码。</translation>
    </message>
    <message>
        <source>Nothing checked: every site.</source>
        <translation>未勾选：所有地点。</translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation>保存已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>&amp;Codes:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>S&amp;ites:</source>
        <translation>地点(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Con&amp;text:</source>
        <translation>上下文(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>无法准备报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n excerpt(s); the saved report has them all.</source>
        <translation>
            <numerusform>预览显示 %n 条摘录中的前 %1 条；保存的报告包含全部摘录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excerpt(s).</source>
        <translation>
            <numerusform>%n 条摘录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <source>Could not save the report as “%1”: %2</source>
        <translation>无法将报告保存为“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n passage(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 个片段保存到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The language of the report's headings and labels</source>
        <translation>报告标题和标签所用的语言</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>The report will be in English: %1</source>
        <translation>报告将使用英文：%1</translation>
    </message>
    <message>
        <source>Check two or more coders: the report ends with a methods paragraph on their agreement over the report's codes (each statistic with its 95 % interval).</source>
        <translation>勾选两位或更多编码者：报告末尾将附上一段方法说明，给出他们在报告所含代码上的一致性（每项统计量及其 95 % 区间）。</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Segment (overlap)</source>
        <translation>片段（重叠）</translation>
    </message>
    <message>
        <source>The unit on which the coders' agreement is computed</source>
        <translation>计算编码者一致性所用的单位</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>信度(&amp;R)：</translation>
    </message>
    <message>
        <source>Reliability &amp;unit:</source>
        <translation>信度单位(&amp;U)：</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open: the reliability paragraph can be added once it is closed (until then its documents would be left out).</source>
        <translation>“%1”的盲编码轮次尚未结束：结束后才能添加信度段落（在此之前会遗漏其中的文档）。</translation>
    </message>
</context>
<context>
    <name>marginalia::ReportLabels</name>
    <message>
        <source>site</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>(no %1)</source>
        <translation>（无%1）</translation>
    </message>
    <message>
        <source>Codes × %1</source>
        <translation>代码 × %1</translation>
    </message>
    <message>
        <source>Passages / codings (documents with the code). A passage is a span coded with a code, counted once however many coders coded it (same document, code, start and end); a coding is one coder's act.</source>
        <translation>片段 / 编码（含该代码的文档数）。片段是用某个代码编码的一段文本，无论有多少编码者编码过都只计一次（同一文档、代码、起点和终点）；一个编码是一位编码者的一次编码。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Definition:</source>
        <translation>定义：</translation>
    </message>
    <message>
        <source>Code memo:</source>
        <translation>代码备忘录：</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备忘录：</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>文档备忘录</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>段落 %1</translation>
    </message>
    <message>
        <source>paragraphs %1–%2</source>
        <translation>段落 %1–%2</translation>
    </message>
    <message>
        <source>speaker %1</source>
        <translation>发言人 %1</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>发言人 %1</translation>
    </message>
    <message>
        <source>characters %1–%2</source>
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>coders %1</source>
        <translation>编码者 %1</translation>
    </message>
    <message>
        <source>coder %1</source>
        <translation>编码者 %1</translation>
    </message>
    <message>
        <source>Coded excerpts — %1</source>
        <translation>编码摘录 — %1</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>信度</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n 个编码</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 · %2 (%3) · generated %4</source>
        <extracomment>%2 is "3 passages", %3 "4 codings" (each in its plural form)</extracomment>
        <translation>项目 %1 · %2（%3）· 生成于 %4</translation>
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
    <message>
        <source>the character</source>
        <translation>字符</translation>
    </message>
    <message>
        <source>the sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>the paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>the coded segment (two codings matched when they overlapped by at least %1 % of their union)</source>
        <translation>编码片段（两个编码的重叠至少占其并集的 %1 % 时视为匹配）</translation>
    </message>
    <message numerus="yes">
        <source>%n coder(s) (%1) coded %2 independently.</source>
        <extracomment>%n coders (%1 their names) coded %2 ("3 documents", in its plural form)</extracomment>
        <translation>
            <numerusform>%n 名编码者（%1）独立编码了 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis, %3 in all.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the coded segment (...)"), %3 "12 matched segments"</extracomment>
        <translation>以%2为分析单位，对每个代码（共 %1）分别评估一致性，共 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n matched segment(s)</source>
        <translation>
            <numerusform>%n 个匹配的片段</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement was assessed for each of %1 with %2 as the unit of analysis (%3 units per code, %4 code × unit decisions per coder in all); a coder's value for a unit was whether the coder had applied the code to it.</source>
        <extracomment>%1 is "4 codes" (in its plural form), %2 the unit ("the paragraph"), %3 and %4 numbers</extracomment>
        <translation>以%2为分析单位，对每个代码（共 %1）分别评估一致性（每个代码 %3 个单位，每名编码者共 %4 个“代码 × 单位”判断）；编码者对某一单位的取值为其是否将该代码应用于该单位。</translation>
    </message>
    <message>
        <source>(95 % CI %1 to %2)</source>
        <translation>(95 % 置信区间 %1 至 %2)</translation>
    </message>
    <message>
        <source>percent agreement</source>
        <translation>百分比一致性</translation>
    </message>
    <message>
        <source>Krippendorff's α (nominal)</source>
        <translation>Krippendorff α (名义)</translation>
    </message>
    <message>
        <source>Cohen's κ</source>
        <translation>Cohen κ</translation>
    </message>
    <message>
        <source>Fleiss' κ</source>
        <translation>Fleiss κ</translation>
    </message>
    <message>
        <source>Gwet's AC1</source>
        <translation>Gwet AC1</translation>
    </message>
    <message>
        <source>Brennan and Prediger's κ</source>
        <translation>Brennan–Prediger κ</translation>
    </message>
    <message>
        <source>Pooled over the codes: %1.</source>
        <translation>所有代码合并：%1。</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>whole documents</source>
        <translation>整篇文档</translation>
    </message>
    <message>
        <source>Confidence intervals are 95 % percentile bootstrap intervals from %1 draws resampling %2 (seed %3); the probability that α falls below 0.800 is %4 and below 0.667 is %5.</source>
        <extracomment>%1 the number of draws, %2 "units" or "whole documents", %3 the seed, %4 and %5 probabilities</extracomment>
        <translation>置信区间为 95 % 百分位 bootstrap 区间，基于对%2的 %1 次重抽样（种子 %3）；α 低于 0.800 的概率为 %4，低于 0.667 的概率为 %5。</translation>
    </message>
    <message numerus="yes">
        <source>With only %n document(s) to resample, these intervals are coarse.</source>
        <translation>
            <numerusform>只有 %n 个文档可供重抽样，这些区间较为粗略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff's unitizing α (|u|α), comparing the coded spans themselves, is %1.</source>
        <translation>Krippendorff 单元化 α (|u|α) 直接比较编码的文本范围，为 %1。</translation>
    </message>
    <message>
        <source>Following Krippendorff (2004), α ≥ 0.800 is taken as reliable and 0.667 ≤ α &lt; 0.800 as sufficient only for tentative conclusions.</source>
        <translation>依照 Krippendorff (2004)，α ≥ 0.800 视为可靠，0.667 ≤ α &lt; 0.800 仅足以得出初步结论。</translation>
    </message>
</context>
<context>
    <name>marginalia::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the copy of “%1” to go back to. The project as it is now is saved as another backup first.</source>
        <translation>选择要恢复到的“%1”副本。项目的当前状态会先另存为一个备份。</translation>
    </message>
    <message>
        <source>There are no backups next to the project file yet.</source>
        <translation>项目文件旁还没有备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>marginalia::SamplePlannerDialog</name>
    <message>
        <source>Open a &amp;blind round on the sample</source>
        <translation>对该样本开始盲评轮次(&amp;B)</translation>
    </message>
    <message>
        <source>Plan Double-Coding Sample</source>
        <translation>规划双重编码样本</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each stratum's documents to draw (at least one each); 10–25 % is usual</source>
        <translation>每层要抽取的文档比例（每层至少一个）；通常为 10–25 %</translation>
    </message>
    <message>
        <source>(no strata)</source>
        <translation>（不分层）</translation>
    </message>
    <message>
        <source>The same seed draws the same sample on every computer</source>
        <translation>相同的种子在每台计算机上抽取相同的样本</translation>
    </message>
    <message>
        <source>agreement sample</source>
        <translation>一致性样本</translation>
    </message>
    <message>
        <source>The sample is saved as a yes/no document attribute of this name</source>
        <translation>样本将保存为同名的是/否文档属性</translation>
    </message>
    <message>
        <source>While the round is open, each coder sees only their own codings on the sample's documents</source>
        <translation>轮次进行期间，每位编码者在样本文档中只能看到自己的编码</translation>
    </message>
    <message>
        <source>Sh&amp;are of documents:</source>
        <translation>文档比例(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tratified by:</source>
        <translation>分层依据(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Save as set &amp;name:</source>
        <translation>保存为集合名(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) drawn:</source>
        <translation>
            <numerusform>已抽取 %n 个文档：</numerusform>
        </translation>
    </message>
    <message>
        <source>all documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无值）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 — %4</source>
        <translation>%1：%3 个中的 %2 个 — %4</translation>
    </message>
    <message>
        <source>Draw sample “%1” and open a blind round</source>
        <translation>抽取样本“%1”并开始盲评轮次</translation>
    </message>
    <message>
        <source>Draw sample “%1”</source>
        <translation>抽取样本“%1”</translation>
    </message>
</context>
<context>
    <name>marginalia::SearchPane</name>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>全词匹配(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Auto-code…</source>
        <translation>自动编码(&amp;A)…</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>在所有文档中搜索</translation>
    </message>
    <message>
        <source>Only hits that begin and end at word boundaries (Chinese words included)</source>
        <translation>仅限在词边界开始和结束的结果（包括中文词）</translation>
    </message>
    <message>
        <source>The code the results are coded with</source>
        <translation>用于为结果编码的代码</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落</translation>
    </message>
    <message>
        <source>What each hit codes: the hit itself, its sentence or its paragraph</source>
        <translation>每个结果编码的范围：结果本身、所在句子或所在段落</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>The documents changed: search again.</source>
        <translation>文档已更改：请重新搜索。</translation>
    </message>
    <message>
        <source>Type the words to look for.</source>
        <translation>请输入要查找的词语。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No hits for “%1”.</source>
        <translation>没有找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s). Click one to read it.</source>
        <translation>
            <numerusform>分布在 %n 个文档中。点击一个结果即可阅读。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code %n passage(s) with “%1”?</source>
        <translation>
            <numerusform>用“%1”为 %n 个片段编码？</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>自动编码</translation>
    </message>
    <message numerus="yes">
        <source>%n new coding(s)</source>
        <translation>
            <numerusform>%n 个新编码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) were coded already.</source>
        <translation>
            <numerusform>%n 个片段此前已编码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto-coding cancelled: nothing was coded.</source>
        <translation>已取消自动编码：未编码任何内容。</translation>
    </message>
    <message>
        <source>Counting the passages to code…</source>
        <translation>正在统计要编码的片段…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The passages to code could not be counted: %1</source>
        <translation>无法统计要编码的片段：%1</translation>
    </message>
</context>
<context>
    <name>marginalia::SearchResultsModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>¶</source>
        <translation>¶</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
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
        <translation>上下文中的片段</translation>
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
        <translation>字符 %1–%2</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>段落号</translation>
    </message>
    <message>
        <source>Coders</source>
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
        <translation>仅显示此地点文档中的片段</translation>
    </message>
    <message>
        <source>Only passages from documents of this kind</source>
        <translation>仅显示此类型文档中的片段</translation>
    </message>
    <message>
        <source>Only passages coded by this coder</source>
        <translation>仅显示此编码者编码的片段</translation>
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
    <name>marginalia::TableCsv</name>
    <message>
        <source>Copy as CSV</source>
        <translation>复制为 CSV</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamConflictsModel</name>
    <message>
        <source>Code changed twice</source>
        <translation>代码被修改两次</translation>
    </message>
    <message>
        <source>Attribute value set twice</source>
        <translation>属性值被设置两次</translation>
    </message>
    <message>
        <source>Changed twice</source>
        <translation>被修改两次</translation>
    </message>
    <message>
        <source>Code deleted while coded</source>
        <translation>代码在被使用时被删除</translation>
    </message>
    <message>
        <source>Document deleted while coded</source>
        <translation>文档在被编码时被删除</translation>
    </message>
    <message>
        <source>Same text imported twice</source>
        <translation>同一文本被导入两次</translation>
    </message>
    <message>
        <source>Two codes, one name</source>
        <translation>两个代码同名</translation>
    </message>
    <message>
        <source>Codes moved under each other</source>
        <translation>代码被互相移到对方之下</translation>
    </message>
    <message>
        <source>Not allowed by your role</source>
        <translation>您的角色不允许</translation>
    </message>
    <message>
        <source>Coding without its document or code</source>
        <translation>编码缺少其文档或代码</translation>
    </message>
    <message>
        <source>Coding beyond its document</source>
        <translation>编码超出其文档范围</translation>
    </message>
    <message>
        <source>Document text missing</source>
        <translation>文档文本缺失</translation>
    </message>
    <message>
        <source>Two members changed the same object before either had seen the other's change. The change that reached the server later is kept on every copy; the other is in the sentence below.</source>
        <translation>两位成员在看到对方的更改之前修改了同一对象。较晚到达服务器的更改在每个副本中保留；另一项见下方说明。</translation>
    </message>
    <message>
        <source>One member deleted it while another coded with it. Every coding is kept, so it was kept (or brought back) too; delete it again once nobody needs those codings.</source>
        <translation>一位成员删除了它，而另一位成员正在用它编码。所有编码都会保留，因此它也被保留（或恢复）；在没有人需要这些编码后再删除它。</translation>
    </message>
    <message>
        <source>Two members imported the same text. Both documents are kept with their codings; merge them by hand if they are one document.</source>
        <translation>两位成员导入了同一文本。两个文档及其编码都被保留；如果它们是同一文档，请手动合并。</translation>
    </message>
    <message>
        <source>Two codes got the same name under one parent at the same time. The one with the larger GUID was renamed “name (2)” on every copy.</source>
        <translation>两个代码同时在同一父代码下获得了相同名称。GUID 较大的那个在每个副本中被重命名为“名称 (2)”。</translation>
    </message>
    <message>
        <source>Two codes were moved under each other at the same time. The later move was not applied, so the tree has no loop.</source>
        <translation>两个代码同时被移到对方之下。较晚的移动未被应用，因此代码树中没有循环。</translation>
    </message>
    <message>
        <source>A change from the server could not be applied as it came; the sentence below says what was done.</source>
        <translation>来自服务器的一项更改无法按原样应用；下方说明了所做的处理。</translation>
    </message>
    <message>
        <source>%1 %2 (no longer in this copy)</source>
        <translation>%1 %2（此副本中已不存在）</translation>
    </message>
    <message>
        <source>code “%1”</source>
        <translation>代码“%1”</translation>
    </message>
    <message>
        <source>document “%1”</source>
        <translation>文档“%1”</translation>
    </message>
    <message>
        <source>%1's coding with “%2” in “%3” (%4–%5)</source>
        <translation>%1 在“%3”中用“%2”所做的编码（%4–%5）</translation>
    </message>
    <message>
        <source>attribute “%1” of document “%2”</source>
        <translation>文档“%2”的属性“%1”</translation>
    </message>
    <message>
        <source>case “%1”</source>
        <translation>案例“%1”</translation>
    </message>
    <message>
        <source>document “%1” in case “%2”</source>
        <translation>案例“%2”中的文档“%1”</translation>
    </message>
    <message>
        <source>coder “%1”</source>
        <translation>编码者“%1”</translation>
    </message>
    <message>
        <source>attribute “%1”</source>
        <translation>属性“%1”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>The team server refused a change of yours that your role does not allow. It was not sent; the sentence below says whether the object is back as the server has it.</source>
        <translation>团队服务器拒绝了您的角色不允许的一项更改。它未被发送；下面的句子说明该对象是否已恢复为服务器上的状态。</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamConflictsWindow</name>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>Team Conflicts</source>
        <translation>团队冲突</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', as every member's copy records it. No coding was dropped; each line says what was kept.</source>
        <translation>您的更改与其他成员更改之间的每个冲突，与每位成员副本中的记录一致。没有丢弃任何编码；每一行都说明保留了什么。</translation>
    </message>
    <message>
        <source>Not every conflict could be read: %1</source>
        <translation>并非所有冲突都能读取：%1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>对象：%1</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamController</name>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>发布(&amp;P)…</translation>
    </message>
    <message>
        <source>Put this project on a PostgreSQL server so that a team can work on it</source>
        <translation>将此项目放到 PostgreSQL 服务器上，供团队共同工作</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>加入(&amp;J)…</translation>
    </message>
    <message>
        <source>Make a working copy of a team project on this computer</source>
        <translation>在本机创建团队项目的工作副本</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Receive the team's changes and send yours</source>
        <translation>接收团队的更改并发送您的更改</translation>
    </message>
    <message>
        <source>You joined this team project as “%1” but are coding as “%2”. Unless you are an owner, the team server accepts your codings only under the name you joined with: choose it with File › Coder….</source>
        <translation>您以“%1”加入了此团队项目，但当前编码者是“%2”。除非您是所有者，团队服务器只接受您以加入时的名称所做的编码：请通过“文件 › 编码者…”选择该名称。</translation>
    </message>
    <message>
        <source>Publish as a Team Project</source>
        <translation>发布为团队项目</translation>
    </message>
    <message>
        <source>The address of an empty PostgreSQL database, such as postgresql://user@host/database
(the password is asked when needed and never stored in the project):</source>
        <translation>一个空 PostgreSQL 数据库的地址，例如 postgresql://user@host/database
（需要时会询问密码，密码从不存入项目）：</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>正在发布到 %1…</translation>
    </message>
    <message>
        <source>Joining %1…</source>
        <translation>正在加入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Published to %1: %n object(s); the project is now a working copy of the team project.</source>
        <translation>
            <numerusform>已发布到 %1：%n 个对象；此项目现在是团队项目的工作副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) and were put back as the server has them.</source>
        <translation>
            <numerusform>%n 处您的更改被团队服务器拒绝（您的角色不允许），已恢复为服务器上的状态。</numerusform>
        </translation>
    </message>
    <message>
        <source>The status bar's tooltip lists the newest; marginalia-cli team status lists them all.</source>
        <translation>状态栏的提示列出最新的冲突；marginalia-cli team status 列出全部。</translation>
    </message>
    <message>
        <source>Synced with the team server.</source>
        <translation>已与团队服务器同步。</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Every conflict between your changes and other members', and what was kept</source>
        <translation>您的更改与其他成员更改之间的每个冲突，以及保留了什么</translation>
    </message>
    <message>
        <source>No desktop keyring is running (%1), so the password cannot be remembered: it is asked once each time Marginalia is started, and never written into the project.</source>
        <translation>没有正在运行的桌面密钥环（%1），因此无法记住密码：每次启动 Marginalia 时询问一次，且绝不写入项目。</translation>
    </message>
    <message>
        <source>The desktop keyring could not keep the team server's password (%1): it is asked again next time Marginalia is started.</source>
        <translation>桌面密钥环无法保存团队服务器的密码（%1）：下次启动 Marginalia 时将再次询问。</translation>
    </message>
    <message numerus="yes">
        <source>%n of your changes were refused by the team server (your role does not allow them) but could not be put back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation>
            <numerusform>有 %n 项更改被团队服务器拒绝（您的角色不允许），但无法恢复为服务器上的状态：此副本在这些地方与团队的项目不同（请查看冲突）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s) from the team server that gave way here to your changes could not come back as the server has them: this copy differs from the team's there (see the conflicts).</source>
        <translation><numerusform>团队服务器上有 %n 个编码曾在此处让位于您的更改，但无法按服务器上的状态恢复：此副本在这些位置与团队的不同（见冲突）。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) with other members' changes; the conflicts say what was kept.</source>
        <translation><numerusform>与其他成员的更改有 %n 个新冲突；冲突中说明了保留了什么。</numerusform></translation>
    </message>
</context>
<context>
    <name>marginalia::TeamJoinDialog</name>
    <message>
        <source>Join a Team Project</source>
        <translation>加入团队项目</translation>
    </message>
    <message>
        <source>Makes a working copy of a team project on this computer. You work in it as in any project, also offline; changes are exchanged with the server whenever it can be reached.</source>
        <translation>在本机创建团队项目的工作副本。您可以像在任何项目中一样在其中工作，离线也可以；只要能连上服务器，就会与其交换更改。</translation>
    </message>
    <message>
        <source>The password is asked when needed and is never stored in the project.</source>
        <translation>需要时会询问密码，密码从不存入项目。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Coder:</source>
        <translation>编码者(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>保存为(&amp;A)：</translation>
    </message>
    <message>
        <source>Save the Working Copy</source>
        <translation>保存工作副本</translation>
    </message>
    <message>
        <source>Marginalia projects (*.marginalia)</source>
        <translation>Marginalia 项目 (*.marginalia)</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamPasswordDialog</name>
    <message>
        <source>&amp;Remember in the desktop keyring</source>
        <translation>记住在桌面密钥环中(&amp;R)</translation>
    </message>
    <message>
        <source>Team Server Password</source>
        <translation>团队服务器密码</translation>
    </message>
    <message>
        <source>%1

Password for %2:</source>
        <translation>%1

%2 的密码：</translation>
    </message>
    <message>
        <source>Not remembered, it is kept only until Marginalia is closed. It is never written into the project.</source>
        <translation>不会被记住，仅保留到 Marginalia 关闭为止。绝不会写入项目。</translation>
    </message>
    <message>
        <source>Kept in the desktop keyring for this server, never in the project.</source>
        <translation>为此服务器保存在桌面密钥环中，绝不保存在项目中。</translation>
    </message>
</context>
<context>
    <name>marginalia::TeamSession</name>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 处更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>已同步</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project at %1</source>
        <translation>团队项目位于 %1</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>离线：%1</translation>
    </message>
    <message>
        <source>File › Team › Sync Now asks for the password.</source>
        <translation>“文件 › 团队 › 立即同步”会询问密码。</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Not synced yet in this copy</source>
        <translation>此副本尚未同步</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Undone here: “%1” was already on the team server, so the undo is sent to everyone as a new change with the next sync (the other members see the edit undone, not erased).</source>
        <translation>已在此处撤销：“%1”已在团队服务器上，因此撤销将在下次同步时作为一项新更改发送给所有人（其他成员会看到该编辑被撤销，而不是被抹去）。</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but the team server could not be reached to close it there (%1). It is closed there once the server can be reached again.</source>
        <translation>盲编轮次已在此副本中关闭，但无法连接团队服务器以在服务器上关闭（%1）。服务器可连接后将在服务器上关闭。</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy, but the team server could not be reached to open it there (%2). It is opened there once the server can be reached again.</source>
        <translation>“%1”上的盲编轮次已在此副本中开启，但无法连接团队服务器以在服务器上开启（%2）。服务器可连接后将在服务器上开启。</translation>
    </message>
    <message>
        <source>The blind round is closed in this copy, but not on the team server: %1</source>
        <translation>盲编轮次已在此副本中关闭，但未在团队服务器上关闭：%1</translation>
    </message>
    <message>
        <source>The blind round on “%1” is open in this copy only, not on the team server (other members still see each other's codings): %2</source>
        <translation>“%1”上的盲编轮次仅在此副本中开启，未在团队服务器上开启（其他成员仍能看到彼此的编码）：%2</translation>
    </message>
    <message numerus="yes">
        <source>The blind round is closed on the team server: %n coding change(s) it kept apart now go to every member's copy.</source>
        <translation>
            <numerusform>盲编轮次已在团队服务器上关闭：其隔离的 %n 项编码更改现已发送到每位成员的副本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The blind round on “%1” is open on the team server: until it is closed, coders see only their own codings on its %n document(s); the server enforces it.</source>
        <translation>
            <numerusform>“%1”上的盲编轮次已在团队服务器上开启：在关闭之前，编码者只能看到自己在其 %n 个文档中的编码；由服务器强制执行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>marginalia::WordFrequencyModel</name>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文档</translation>
    </message>
</context>
<context>
    <name>marginalia::WordsTab</name>
    <message>
        <source>Double-click a word to read where it occurs.</source>
        <translation>双击词语以阅读其出现之处。</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>复制为 CSV(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n occurrence(s)</source>
        <translation>
            <numerusform>“%1”：出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>地点(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>前(&amp;T)：</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文档</translation>
    </message>
    <message>
        <source>The word frequencies could not be counted: %1</source>
        <translation>无法统计词频：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 个文档</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) counted (stop words left out).</source>
        <translation>
            <numerusform>共统计 %n 个词（不含停用词）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dictionary…</source>
        <translation>词典(&amp;D)…</translation>
    </message>
    <message>
        <source>The project's own Chinese words: words added and words that are not words.</source>
        <translation>本项目自己的中文词语：添加的词和不算作词的词。</translation>
    </message>
    <message numerus="yes">
        <source>Not counted: the speaker labels of %n turn(s) (%1).</source>
        <translation>
            <numerusform>未计入：%n 个话轮的说话人标签（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not counted: %n header line(s) (%1).</source>
        <translation>
            <numerusform>未计入：%n 行文首信息（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to Dictionary…</source>
        <translation>添加到词典…</translation>
    </message>
    <message>
        <source>Not a Word</source>
        <translation>不是词</translation>
    </message>
    <message>
        <source>“%1” Is Not a Word</source>
        <translation>“%1”不是词</translation>
    </message>
    <message>
        <source>Dictionary…</source>
        <translation>词典…</translation>
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
</context>
</TS>
