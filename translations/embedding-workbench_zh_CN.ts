<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BenchmarkCatalog</name>
    <message>
        <source>Google analogies (questions-words)</source>
        <translation>Google 类比题 (questions-words)</translation>
    </message>
    <message>
        <source>WordSim-353 (relatedness)</source>
        <translation>WordSim-353（相关度）</translation>
    </message>
    <message>
        <source>SimLex-999 (similarity)</source>
        <translation>SimLex-999（相似度）</translation>
    </message>
    <message>
        <source>MEN (relatedness)</source>
        <translation>MEN（相关度）</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not encode the image as PNG for %1.</source>
        <translation>无法将图像编码为 PNG 以保存到 %1。</translation>
    </message>
    <message>
        <source>Loss curves exported from Embedding Workbench</source>
        <translation>从词向量工作台导出的损失曲线</translation>
    </message>
    <message>
        <source>Could not start the SVG drawing for %1.</source>
        <translation>无法开始为 %1 绘制 SVG。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <source>A setting is outside its valid range.</source>
        <translation>某项设置超出了有效范围。</translation>
    </message>
    <message>
        <source>The file, model or word was not found.</source>
        <translation>找不到该文件、模型或词。</translation>
    </message>
    <message>
        <source>The corpus is empty.</source>
        <translation>语料为空。</translation>
    </message>
    <message>
        <source>The corpus holds no words.</source>
        <translation>语料中没有任何词。</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>文本不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The text encoding is not supported.</source>
        <translation>不支持该文本编码。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>这不是普通文件。</translation>
    </message>
    <message>
        <source>Reading or writing a file failed.</source>
        <translation>读写文件失败。</translation>
    </message>
    <message>
        <source>Too few distinct words are left to train on.</source>
        <translation>剩余的不同词太少，无法训练。</translation>
    </message>
    <message>
        <source>The file is malformed.</source>
        <translation>文件格式有误。</translation>
    </message>
    <message>
        <source>The file ends too early.</source>
        <translation>文件提前结束。</translation>
    </message>
    <message>
        <source>This file format is not supported.</source>
        <translation>不支持该文件格式。</translation>
    </message>
    <message>
        <source>A value is not a finite number; training diverged or the data is damaged.</source>
        <translation>出现了非有限数值：训练发散或数据已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory for these settings.</source>
        <translation>内存不足以使用这些设置。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The model database reported an error.</source>
        <translation>模型数据库报告了错误。</translation>
    </message>
    <message>
        <source>The model database is busy; please try again.</source>
        <translation>模型数据库正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The model database is damaged.</source>
        <translation>模型数据库已损坏。</translation>
    </message>
    <message>
        <source>This file is not an Embedding Workbench database.</source>
        <translation>此文件不是词向量工作台的数据库。</translation>
    </message>
    <message>
        <source>The database was made by a newer version and is open read-only.</source>
        <translation>该数据库由更新的版本创建，已以只读方式打开。</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>数据库为只读。</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>The vector is all zeros and has no direction.</source>
        <translation>该向量全为零，没有方向。</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>发生了内部错误。</translation>
    </message>
</context>
<context>
    <name>EvaluationExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>EvaluationText</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>restrict_vocab %1</source>
        <translation>restrict_vocab %1</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>whitespace-separated</source>
        <translation>空白分隔</translation>
    </message>
    <message>
        <source>ρ %1</source>
        <translation>ρ %1</translation>
    </message>
    <message>
        <source>Accuracy %1: %2 of %3 answered questions correct. %4 of %5 questions skipped as out of vocabulary (%6).</source>
        <translation>准确率 %1：已作答的 %3 道题中答对 %2 道。%5 道题中有 %4 道因超出词表（OOV）而跳过（%6）。</translation>
    </message>
    <message>
        <source>Spearman ρ %1, Pearson r %2 over %3 pairs. %4 pairs skipped as out of vocabulary (OOV ratio %5).</source>
        <translation>%3 个词对上的 Spearman ρ 为 %1，Pearson r 为 %2。%4 个词对因超出词表而跳过（OOV 比例 %5）。</translation>
    </message>
    <message>
        <source>Malformed lines ignored: %1.</source>
        <translation>已忽略格式错误的行：%1。</translation>
    </message>
</context>
<context>
    <name>ProjectionExporter</name>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Word projection exported from Embedding Workbench</source>
        <translation>从 Embedding Workbench 导出的词投影</translation>
    </message>
</context>
<context>
    <name>ProjectionFactories</name>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <source>Custom axes</source>
        <translation>自定义坐标轴</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
</context>
<context>
    <name>ewb::ui::AnalogyTableModel</name>
    <message>
        <source>Click or press Enter to explore “%1”</source>
        <translation>单击或按 Enter 探索“%1”</translation>
    </message>
    <message>
        <source>3CosAdd: the word closest in cosine to b − a + c</source>
        <translation>3CosAdd：与 b − a + c 余弦最接近的词</translation>
    </message>
    <message>
        <source>3CosMul: the word maximising cos(w, b) · cos(w, c) / cos(w, a), with cosines shifted to [0, 1]</source>
        <translation>3CosMul：使 cos(w, b) · cos(w, c) / cos(w, a) 最大的词（余弦平移到 [0, 1]）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>3CosAdd</source>
        <translation>3CosAdd</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>3CosMul</source>
        <translation>3CosMul</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ChartPane</name>
    <message>
        <source>Loss per training pair</source>
        <translation>每个训练对的损失</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>每轮损失</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Words per second</source>
        <translation>每秒词数</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Weight of the moving average drawn over the raw loss. Raising it gives a calmer curve that reacts later; 0 shows the raw values.</source>
        <translation>叠加在原始损失上的移动平均权重。调高后曲线更平稳但反应更慢；0 表示显示原始值。</translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation>平滑(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>将图表导出为 &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>将图表导出为 S&amp;VG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <source>Export Loss as &amp;CSV…</source>
        <translation>将损失导出为 &amp;CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation>显示全部数据</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>C&amp;lear Charts</source>
        <translation>清空图表(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every run from the charts</source>
        <translation>从图表中移除所有训练</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>k words/s</source>
        <translation>千词/秒</translation>
    </message>
    <message>
        <source>Value under the cursor</source>
        <translation>光标处的数值</translation>
    </message>
</context>
<context>
    <name>ewb::ui::EvaluationPane</name>
    <message>
        <source>Evaluation progress</source>
        <translation>评测进度</translation>
    </message>
    <message>
        <source>Results per section</source>
        <translation>各类别结果</translation>
    </message>
    <message>
        <source>Saved evaluations of the model</source>
        <translation>该模型已保存的评测</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测集</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Saved evaluations</source>
        <translation>已保存的评测</translation>
    </message>
    <message>
        <source>&amp;Run Benchmark</source>
        <translation>运行评测(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Score the model on the selected benchmark</source>
        <translation>用所选评测集为模型打分</translation>
    </message>
    <message>
        <source>&amp;Cancel Benchmark</source>
        <translation>取消评测(&amp;C)</translation>
    </message>
    <message>
        <source>Analogy File…</source>
        <translation>类比题文件…</translation>
    </message>
    <message>
        <source>Add your own analogy questions (questions-words format)</source>
        <translation>添加自己的类比题（questions-words 格式）</translation>
    </message>
    <message>
        <source>Word-Pair File…</source>
        <translation>词对文件…</translation>
    </message>
    <message>
        <source>Add your own word pairs with scores (WordSim-353 format)</source>
        <translation>添加自己的带分数词对（WordSim-353 格式）</translation>
    </message>
    <message>
        <source>E&amp;xport Results as CSV…</source>
        <translation>将结果导出为 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save the results shown as a CSV file</source>
        <translation>将显示的结果保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>评测已取消。</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评测失败：%1</translation>
    </message>
    <message>
        <source>The evaluation failed.</source>
        <translation>评测失败。</translation>
    </message>
    <message>
        <source>Model: &lt;b&gt;%1&lt;/b&gt; (%2 words × %3 dimensions)</source>
        <translation>模型：&lt;b&gt;%1&lt;/b&gt;（%2 个词 × %3 维）</translation>
    </message>
    <message>
        <source>No model: select one in the model library.</source>
        <translation>没有模型：请在模型库中选择一个。</translation>
    </message>
    <message>
        <source>Open Analogy Questions</source>
        <translation>打开类比题</translation>
    </message>
    <message>
        <source>Open Word Pairs</source>
        <translation>打开词对</translation>
    </message>
    <message>
        <source>Analogy questions (*.txt);;All files (*)</source>
        <translation>类比题 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Word pairs (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>词对 (*.txt *.tsv *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There is no result to export.</source>
        <translation>没有可导出的结果。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+A</source>
        <translation>Ctrl+Alt+A</translation>
    </message>
    <message>
        <source>Ctrl+Alt+W</source>
        <translation>Ctrl+Alt+W</translation>
    </message>
</context>
<context>
    <name>ewb::ui::EvaluationSettingsForm</name>
    <message>
        <source>Benchmark and settings</source>
        <translation>评测集与设置</translation>
    </message>
    <message>
        <source>Only the most frequent words count (gensim&apos;s restrict_vocab). Lowering it makes more questions out of vocabulary but removes rare distractors.</source>
        <translation>只计入最常见的词（即 gensim 的 restrict_vocab）。调低它会让更多题目超出词表，但会去掉罕见的干扰词。</translation>
    </message>
    <message>
        <source>&amp;Ignore case (as gensim)</source>
        <translation>忽略大小写（与 gensim 相同）(&amp;I)</translation>
    </message>
    <message>
        <source>3CosAdd (b − a + c)</source>
        <translation>3CosAdd（b − a + c）</translation>
    </message>
    <message>
        <source>3CosMul (Levy and Goldberg)</source>
        <translation>3CosMul（Levy 与 Goldberg）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Any whitespace</source>
        <translation>任意空白</translation>
    </message>
    <message>
        <source>&amp;Benchmark:</source>
        <translation>评测集(&amp;B)：</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测集</translation>
    </message>
    <message>
        <source>&amp;Vocabulary (restrict_vocab):</source>
        <translation>词表范围 (restrict_vocab)(&amp;V)：</translation>
    </message>
    <message>
        <source>Analogy &amp;method:</source>
        <translation>类比方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Pair &amp;separator:</source>
        <translation>词对分隔符(&amp;S)：</translation>
    </message>
    <message>
        <source>%1 (analogies)</source>
        <translation>%1（类比题）</translation>
    </message>
    <message>
        <source>%1 (word pairs)</source>
        <translation>%1（词对）</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ExplorePane</name>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Back to the previous word (Alt+Left)</source>
        <translation>回到上一个词（Alt+Left）</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Forward to the next word (Alt+Right)</source>
        <translation>前进到下一个词（Alt+Right）</translation>
    </message>
    <message>
        <source>Com&amp;pare two models</source>
        <translation>比较两个模型(&amp;P)</translation>
    </message>
    <message>
        <source>Ask every question of both models and show how far their neighbours overlap</source>
        <translation>对两个模型提出同一个问题，并显示它们的近邻重合程度</translation>
    </message>
    <message>
        <source>Select a model in the library to explore it.</source>
        <translation>在模型库中选择一个模型即可探索它。</translation>
    </message>
    <message>
        <source>Neighbour overlap</source>
        <translation>近邻重合度</translation>
    </message>
    <message>
        <source>Com&amp;pare with “%1”</source>
        <translation>与“%1”比较(&amp;P)</translation>
    </message>
    <message>
        <source>Answered in %1 ms.</source>
        <translation>用时 %1 毫秒。</translation>
    </message>
    <message>
        <source>Neighbour overlap of the top %1 (Jaccard@%1) between “%2” and “%3”:</source>
        <translation>“%2”与“%3”前 %1 个近邻的重合度（Jaccard@%1）：</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Jaccard@%1</source>
        <translation>Jaccard@%1</translation>
    </message>
    <message>
        <source>Shared neighbours</source>
        <translation>共同近邻数</translation>
    </message>
    <message>
        <source>Not in both vocabularies</source>
        <translation>不同时在两个词表中</translation>
    </message>
    <message>
        <source>Building a neighbour index of the %1 words of “%2”: %3 %…</source>
        <translation>正在为“%2”的 %1 个词建立近邻索引：%3 %…</translation>
    </message>
    <message>
        <source>The neighbour index of “%1” is ready: neighbours of a word now come from it.</source>
        <translation>“%1”的近邻索引已就绪：词的近邻现在由索引给出。</translation>
    </message>
    <message>
        <source>No neighbour index (exact search stays in use): %1</source>
        <translation>没有近邻索引（继续使用精确搜索）：%1</translation>
    </message>
    <message>
        <source>Answered in %1 ms by the neighbour index (approximate: rarely, a true neighbour is missed).</source>
        <translation>由近邻索引在 %1 毫秒内回答（近似结果：偶尔会漏掉真正的近邻）。</translation>
    </message>
</context>
<context>
    <name>ewb::ui::LossChartView</name>
    <message>
        <source>%1 — epoch %2, %3 %4</source>
        <translation>%1 — 第 %2 轮，%3 %4</translation>
    </message>
</context>
<context>
    <name>ewb::ui::MainWindow</name>
    <message>
        <source>Embedding Workbench</source>
        <translation>词向量工作台</translation>
    </message>
    <message>
        <source>Model Library</source>
        <translation>模型库</translation>
    </message>
    <message>
        <source>Choose a corpus and press Train (F5).</source>
        <translation>请选择语料并按“训练”(F5)。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>模型库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>显示模型库(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Embedding Workbench</source>
        <translation>关于词向量工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Shift+F1</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Saved the model “%1” in the library.</source>
        <translation>已将模型“%1”保存到模型库。</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>“%1” has no stored loss history.</source>
        <translation>“%1”没有保存的损失记录。</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1失败。</translation>
    </message>
    <message>
        <source>About Embedding Workbench</source>
        <translation>关于词向量工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Embedding Workbench %1&lt;/h3&gt;&lt;p&gt;Train word embeddings (skip-gram and CBOW with negative sampling) and watch them learn: live loss curves, run comparison and a library of models.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;词向量工作台 %1&lt;/h3&gt;&lt;p&gt;训练词向量（带负采样的 skip-gram 与 CBOW），实时观察学习过程：实时损失曲线、训练对比和模型库。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评测</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评测(&amp;E)</translation>
    </message>
    <message>
        <source>Workbench sections</source>
        <translation>工作台分区</translation>
    </message>
    <message>
        <source>Serve</source>
        <translation>服务</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ModelLibraryModel</name>
    <message>
        <source>trained</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评测得分</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ModelLibraryPane</name>
    <message>
        <source>Stored models</source>
        <translation>已保存的模型</translation>
    </message>
    <message>
        <source>Notes about the selected model</source>
        <translation>所选模型的备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save &amp;Notes</source>
        <translation>保存备注(&amp;N)</translation>
    </message>
    <message>
        <source>No models yet: train one, or import a vectors file.</source>
        <translation>还没有模型：请训练一个，或导入词向量文件。</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2.</source>
        <translation>已删除“%1”。按 %2 撤销。</translation>
    </message>
    <message>
        <source>&amp;Rename Model</source>
        <translation>重命名模型(&amp;R)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Model</source>
        <translation>复制模型(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Delete Model</source>
        <translation>删除模型(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Import Vectors…</source>
        <translation>导入词向量(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>E&amp;xport Vectors…</source>
        <translation>导出词向量(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Compare in Chart</source>
        <translation>在图表中对比(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Draw the stored loss curve of the selected model in the charts</source>
        <translation>在图表中绘制所选模型保存的损失曲线</translation>
    </message>
    <message>
        <source>Import Vectors</source>
        <translation>导入词向量</translation>
    </message>
    <message>
        <source>Word vectors (*.vec *.txt *.bin);;All files (*)</source>
        <translation>词向量 (*.vec *.txt *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Export Vectors</source>
        <translation>导出词向量</translation>
    </message>
    <message>
        <source>word2vec text (*.vec *.txt);;word2vec binary (*.bin)</source>
        <translation>word2vec 文本 (*.vec *.txt);;word2vec 二进制 (*.bin)</translation>
    </message>
</context>
<context>
    <name>ewb::ui::NeighbourTableModel</name>
    <message>
        <source>Click or press Enter to explore “%1”</source>
        <translation>单击或按 Enter 探索“%1”</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>词频</translation>
    </message>
</context>
<context>
    <name>ewb::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The model database opened when the workbench starts.</source>
        <translation>工作台启动时打开的模型数据库。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>默认(&amp;F)</translation>
    </message>
    <message>
        <source>Model Database</source>
        <translation>模型数据库</translation>
    </message>
    <message>
        <source>Workbench databases (*.ewb);;All files (*)</source>
        <translation>工作台数据库 (*.ewb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>A new language applies when the workbench starts again.</source>
        <translation>新的界面语言将在工作台下次启动时生效。</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation>默认数据库(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ProjectionOptionsForm</name>
    <message>
        <source>PCA is instant and keeps global distances; t-SNE and UMAP show clusters; custom axes place words along two word directions</source>
        <translation>PCA 速度最快并保留全局距离；t-SNE 和 UMAP 显示聚类；自定义坐标轴沿两个词方向排列词</translation>
    </message>
    <message>
        <source>How many neighbours each word&apos;s similarities spread over: higher shows more global structure, lower finer detail</source>
        <translation>每个词的相似度分布在多少个近邻上：越高越显示全局结构，越低越显示细节</translation>
    </message>
    <message>
        <source>Size of each word&apos;s neighbourhood: higher favours global structure, lower favours local detail</source>
        <translation>每个词的邻域大小：越高越偏重全局结构，越低越偏重局部细节</translation>
    </message>
    <message>
        <source>e.g. he - she</source>
        <translation>例如 he - she</translation>
    </message>
    <message>
        <source>e.g. good - bad</source>
        <translation>例如 good - bad</translation>
    </message>
    <message>
        <source>&amp;Most frequent</source>
        <translation>最高频的词(&amp;M)</translation>
    </message>
    <message>
        <source>Word &amp;list</source>
        <translation>词表(&amp;L)</translation>
    </message>
    <message>
        <source>Number of most frequent words</source>
        <translation>最高频词的数量</translation>
    </message>
    <message>
        <source>One word per line, or separated by spaces or commas</source>
        <translation>每行一个词，或用空格或逗号分隔</translation>
    </message>
    <message>
        <source>Word list</source>
        <translation>词表</translation>
    </message>
    <message>
        <source>The same seed and words give the same picture</source>
        <translation>相同的种子和词会得到相同的图</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>方法(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Perplexity:</source>
        <translation>困惑度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>迭代次数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Neighbours:</source>
        <translation>近邻数(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;X axis:</source>
        <translation>&amp;X 轴：</translation>
    </message>
    <message>
        <source>&amp;Y axis:</source>
        <translation>&amp;Y 轴：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ProjectionPane</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Projection of the vocabulary</source>
        <translation>词汇投影</translation>
    </message>
    <message>
        <source>Each point is a word. Wheel or plus and minus zoom, drag or arrow keys pan, Home fits, a click shows the nearest neighbours.</source>
        <translation>每个点是一个词。滚轮或加减号缩放，拖动或方向键平移，Home 键适应窗口，单击显示最近邻。</translation>
    </message>
    <message>
        <source>Search words (regular expression)</source>
        <translation>搜索词（正则表达式）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Isolate matches</source>
        <translation>只显示匹配项(&amp;I)</translation>
    </message>
    <message>
        <source>Fade the words that do not match</source>
        <translation>淡化不匹配的词</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Clusters in the layout</source>
        <translation>布局中的聚类</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>聚类数</translation>
    </message>
    <message>
        <source>Number of labels</source>
        <translation>标签数</translation>
    </message>
    <message>
        <source>P&amp;NG…</source>
        <translation>P&amp;NG…</translation>
    </message>
    <message>
        <source>S&amp;VG…</source>
        <translation>S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>Save the picture as a PNG image</source>
        <translation>将图片保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Save the picture as a scalable SVG drawing</source>
        <translation>将图片保存为可缩放的 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save the coordinates as CSV (word, x, y)</source>
        <translation>将坐标保存为 CSV（word, x, y）</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>No model selected.</source>
        <translation>未选择模型。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>C&amp;olour by:</source>
        <translation>着色依据(&amp;O)：</translation>
    </message>
    <message>
        <source>Cl&amp;usters:</source>
        <translation>聚类(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Too few words to project: choose at least 3.</source>
        <translation>词太少，无法投影：请至少选择 3 个。</translation>
    </message>
    <message>
        <source>Projecting %1 words with %2…</source>
        <translation>正在用 %2 投影 %1 个词…</translation>
    </message>
    <message>
        <source>Not in the model: %1</source>
        <translation>不在模型中：%1</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>实时：%1</translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation>第 %1 次迭代，共 %2 次</translation>
    </message>
    <message>
        <source>%1 words projected.</source>
        <translation>已投影 %1 个词。</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>正则表达式在第 %1 个字符处无效：%2</translation>
    </message>
    <message>
        <source>No word matches.</source>
        <translation>没有匹配的词。</translation>
    </message>
    <message>
        <source>Words matching: %1</source>
        <translation>匹配的词：%1</translation>
    </message>
    <message>
        <source>Nearest to %1: %2</source>
        <translation>与“%1”最近的词：%2</translation>
    </message>
    <message>
        <source>Projection of %1</source>
        <translation>%1 的投影</translation>
    </message>
    <message>
        <source>Nothing to export yet: the projection has no layout.</source>
        <translation>尚无可导出的内容：投影还没有布局。</translation>
    </message>
    <message>
        <source>Export Projection</source>
        <translation>导出投影</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Live: %1 words at %2.</source>
        <translation>实时：%1 个词，%2。</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ProjectionView</name>
    <message>
        <source>No projection yet: choose a model and a method.</source>
        <translation>尚无投影：请选择模型和方法。</translation>
    </message>
</context>
<context>
    <name>ewb::ui::QueryForm</name>
    <message>
        <source>Word or expression</source>
        <translation>词或表达式</translation>
    </message>
    <message>
        <source>king - man + woman</source>
        <translation>king - man + woman</translation>
    </message>
    <message>
        <source>&amp;Word or expression:</source>
        <translation>词或表达式(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>探索(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Neighbours</source>
        <translation>近邻(&amp;N)</translation>
    </message>
    <message>
        <source>Word a</source>
        <translation>词 a</translation>
    </message>
    <message>
        <source>man</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Word b</source>
        <translation>词 b</translation>
    </message>
    <message>
        <source>king</source>
        <translation>king</translation>
    </message>
    <message>
        <source>Word c</source>
        <translation>词 c</translation>
    </message>
    <message>
        <source>woman</source>
        <translation>woman</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>预期答案</translation>
    </message>
    <message>
        <source>optional, e.g. queen</source>
        <translation>可选，例如 queen</translation>
    </message>
    <message>
        <source>&amp;a:</source>
        <translation>&amp;a：</translation>
    </message>
    <message>
        <source>is to &amp;b:</source>
        <translation>之于 &amp;b：</translation>
    </message>
    <message>
        <source>as &amp;c:</source>
        <translation>正如 &amp;c：</translation>
    </message>
    <message>
        <source>is to (e&amp;xpected):</source>
        <translation>之于（预期）(&amp;X)：</translation>
    </message>
    <message>
        <source>So&amp;lve</source>
        <translation>求解(&amp;L)</translation>
    </message>
    <message>
        <source>Anal&amp;ogy</source>
        <translation>类比(&amp;O)</translation>
    </message>
    <message>
        <source>First word</source>
        <translation>第一个词</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>cat</translation>
    </message>
    <message>
        <source>Second word</source>
        <translation>第二个词</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>dog</translation>
    </message>
    <message>
        <source>&amp;First word:</source>
        <translation>第一个词(&amp;F)：</translation>
    </message>
    <message>
        <source>S&amp;econd word:</source>
        <translation>第二个词(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>计算(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Similarity</source>
        <translation>相似度(&amp;S)</translation>
    </message>
    <message>
        <source>Words to compare</source>
        <translation>要比较的词</translation>
    </message>
    <message>
        <source>breakfast cereal dinner lunch</source>
        <translation>breakfast cereal dinner lunch</translation>
    </message>
    <message>
        <source>&amp;Words:</source>
        <translation>词(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;dd One Out</source>
        <translation>不合群的词(&amp;D)</translation>
    </message>
    <message>
        <source>Words to compare between the models</source>
        <translation>要在两个模型间比较的词</translation>
    </message>
    <message>
        <source>king city war music</source>
        <translation>king city war music</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比较(&amp;M)</translation>
    </message>
    <message>
        <source>O&amp;verlap</source>
        <translation>重合度(&amp;V)</translation>
    </message>
    <message>
        <source>How many top-k neighbours each word keeps between two models (Jaccard index)</source>
        <translation>每个词的前 k 个近邻在两个模型间保留了多少（Jaccard 指数）</translation>
    </message>
    <message>
        <source>Number of answers</source>
        <translation>答案个数</translation>
    </message>
    <message>
        <source>How many answers to show (top k)</source>
        <translation>显示多少个答案（前 k 个）</translation>
    </message>
    <message>
        <source>&amp;Top k:</source>
        <translation>前 k 个(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ewb::ui::QueryResultView</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 is not in the vocabulary of this model.</source>
        <translation>%1 不在此模型的词表中。</translation>
    </message>
    <message>
        <source>Also unknown: %1.</source>
        <translation>同样未知：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No similar word was found in the vocabulary.</source>
        <translation>词表中没有找到相近的词。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是不是要找 %1？</translation>
    </message>
    <message>
        <source>%1 is to %2 as %3 is to …?</source>
        <translation>%1 之于 %2，正如 %3 之于……？</translation>
    </message>
    <message>
        <source>Rank of %1: %2 by 3CosAdd, %3 by 3CosMul.</source>
        <translation>%1 的排名：3CosAdd 第 %2，3CosMul 第 %3。</translation>
    </message>
    <message>
        <source>%1 is one of the question&apos;s words, so it is never an answer.</source>
        <translation>%1 是问题中的词，因此永远不会成为答案。</translation>
    </message>
    <message>
        <source>No rank for %1: %2</source>
        <translation>%1 没有排名：%2</translation>
    </message>
    <message>
        <source>Nearest words to %1</source>
        <translation>与 %1 最接近的词</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>Cosine similarity of %1 and %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 与 %2 的余弦相似度：&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 fits least: its cosine to the mean direction of the words is the lowest.</source>
        <translation>%1 最不合群：它与这些词平均方向的余弦最低。</translation>
    </message>
    <message>
        <source>Cosine to mean</source>
        <translation>与均值的余弦</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ewb::ui::RunTimeline</name>
    <message>
        <source>Final model</source>
        <translation>最终模型</translation>
    </message>
    <message>
        <source>Epoch %1 · %2 %</source>
        <translation>第 %1 轮 · %2 %</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ScoreBarChart</name>
    <message>
        <source>Benchmark scores chart</source>
        <translation>评测得分图</translation>
    </message>
    <message>
        <source>Run a benchmark to see its scores here.</source>
        <translation>运行评测后，得分将显示在这里。</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>句法</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>各类别</translation>
    </message>
    <message>
        <source>Semantic, syntactic and total</source>
        <translation>语义、句法与总计</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
    <message>
        <source>OOV ratio</source>
        <translation>OOV 比例</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Correlation / ratio</source>
        <translation>相关系数 / 比例</translation>
    </message>
</context>
<context>
    <name>ewb::ui::SectionTableModel</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>语义</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>句法</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Questions answered: all four words are in the restricted vocabulary</source>
        <translation>已作答的题目：四个词都在限定词表中</translation>
    </message>
    <message>
        <source>Questions skipped because a word is outside the restricted vocabulary</source>
        <translation>因有词不在限定词表中而跳过的题目</translation>
    </message>
    <message>
        <source>Pairs skipped because a word is outside the restricted vocabulary</source>
        <translation>因有词不在限定词表中而跳过的词对</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>答对</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>OOV</source>
        <translation>OOV</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>评测集</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>词对数</translation>
    </message>
    <message>
        <source>OOV ratio</source>
        <translation>OOV 比例</translation>
    </message>
    <message>
        <source>Spearman ρ</source>
        <translation>Spearman ρ</translation>
    </message>
    <message>
        <source>Pearson r</source>
        <translation>Pearson r</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ServiceController</name>
    <message>
        <source>Port %1 is in use or cannot be opened. Choose another port, or 0 for any free port.</source>
        <translation>端口 %1 已被占用或无法打开。请换一个端口，或填 0 让系统任选空闲端口。</translation>
    </message>
</context>
<context>
    <name>ewb::ui::ServicePane</name>
    <message>
        <source>Serve library models to other programs over a local REST API (JSON over HTTP): notebooks, scripts or a web page on this computer can ask for neighbours, analogies, similarities and vectors. Only programs on this computer can connect.</source>
        <translation>通过本地 REST API（基于 HTTP 的 JSON）把模型库中的模型提供给其他程序：本机上的笔记本、脚本或网页可以查询近邻、类比、相似度和向量。只有本机上的程序能够连接。</translation>
    </message>
    <message>
        <source>&amp;Serve Model</source>
        <translation>提供模型服务(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Start or stop serving the selected model over HTTP</source>
        <translation>通过 HTTP 开始或停止提供所选模型的服务</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks any free port</source>
        <translation>127.0.0.1 上的 TCP 端口；0 表示任选空闲端口</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Served models</source>
        <translation>正在服务的模型</translation>
    </message>
    <message>
        <source>Id in URLs</source>
        <translation>URL 中的 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>词数</translation>
    </message>
    <message>
        <source>Dim</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>&amp;Add Selected Model</source>
        <translation>添加所选模型(&amp;A)</translation>
    </message>
    <message>
        <source>Serve the model selected in the library beside the others</source>
        <translation>在其他模型之外，也提供模型库中所选模型的服务</translation>
    </message>
    <message>
        <source>Stop Serving &amp;This Model</source>
        <translation>停止此模型的服务(&amp;T)</translation>
    </message>
    <message>
        <source>Example requests</source>
        <translation>示例请求</translation>
    </message>
    <message>
        <source>&amp;Copy Examples</source>
        <translation>复制示例(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>在终端中试一试：</translation>
    </message>
    <message>
        <source>Serving at %1</source>
        <translation>正在 %1 提供服务</translation>
    </message>
    <message>
        <source>Stopped serving.</source>
        <translation>已停止服务。</translation>
    </message>
    <message>
        <source>Select a model in the library first: the switch serves it.</source>
        <translation>请先在模型库中选择一个模型：开关会为它提供服务。</translation>
    </message>
    <message>
        <source>Stop &amp;Serving</source>
        <translation>停止服务(&amp;S)</translation>
    </message>
    <message>
        <source>Serving at %1 (models served: %2). Only programs on this computer can connect.</source>
        <translation>正在 %1 提供服务（服务中的模型：%2 个）。只有本机上的程序能够连接。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Not serving. The switch serves “%1”.</source>
        <translation>未在服务。开关将为“%1”提供服务。</translation>
    </message>
    <message>
        <source>Not serving. Select a model in the library to serve it.</source>
        <translation>未在服务。请在模型库中选择要提供服务的模型。</translation>
    </message>
    <message>
        <source>Example requests appear here while serving.</source>
        <translation>服务运行时，这里会显示示例请求。</translation>
    </message>
    <message>
        <source>Copied the example requests.</source>
        <translation>已复制示例请求。</translation>
    </message>
</context>
<context>
    <name>ewb::ui::StoreController</name>
    <message>
        <source>Opening the model database</source>
        <translation>打开模型数据库</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>已以只读方式打开：%1</translation>
    </message>
    <message>
        <source>Listing the models</source>
        <translation>列出模型</translation>
    </message>
    <message>
        <source>Saving the trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <source>Renaming the model</source>
        <translation>重命名模型</translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation>保存备注</translation>
    </message>
    <message>
        <source>Deleting the model</source>
        <translation>删除模型</translation>
    </message>
    <message>
        <source>Restoring the model</source>
        <translation>恢复模型</translation>
    </message>
    <message>
        <source>Duplicating the model</source>
        <translation>复制模型</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>（副本）</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>Loading the loss history</source>
        <translation>加载损失记录</translation>
    </message>
    <message>
        <source>Saving the run&apos;s checkpoints</source>
        <translation>保存训练过程的检查点</translation>
    </message>
    <message>
        <source>Loading the run&apos;s checkpoints</source>
        <translation>载入训练过程的检查点</translation>
    </message>
    <message>
        <source>Loading the model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <source>Saving the evaluation</source>
        <translation>保存评测</translation>
    </message>
    <message>
        <source>Loading the evaluations</source>
        <translation>加载评测</translation>
    </message>
</context>
<context>
    <name>ewb::ui::TimelineBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step through the checkpoints (Space)</source>
        <translation>逐个播放检查点（空格键）</translation>
    </message>
    <message>
        <source>Checkpoint timeline</source>
        <translation>检查点时间轴</translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation>检查点：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（第 %2 个，共 %3 个）</translation>
    </message>
    <message>
        <source>%1, projecting…</source>
        <translation>%1，正在投影…</translation>
    </message>
</context>
<context>
    <name>ewb::ui::TrainingOptionsForm</name>
    <message>
        <source>Quick demo</source>
        <translation>快速演示</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>High quality</source>
        <translation>高质量</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Quick demo trains small vectors for one epoch in seconds; Standard uses gensim&apos;s defaults; High quality trains larger vectors for longer and takes many times as long.</source>
        <translation>“快速演示”几秒钟内训练一轮小维度向量；“标准”使用 gensim 的默认值；“高质量”训练更大的向量、训练更久，耗时成倍增加。</translation>
    </message>
    <message>
        <source>Skip-gram</source>
        <translation>Skip-gram</translation>
    </message>
    <message>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <source>Skip-gram predicts each neighbour from the centre word: slower, better for rare words and analogies. CBOW predicts the centre word from its neighbours: several times faster, better for frequent words.</source>
        <translation>Skip-gram 用中心词预测每个上下文词：较慢，对罕见词和类比更好。CBOW 用上下文预测中心词：快数倍，对高频词更好。</translation>
    </message>
    <message>
        <source>Length of each word vector. Raising it captures finer distinctions but costs time and memory in proportion and needs more text; lowering it trains faster. 100–300 is usual.</source>
        <translation>每个词向量的长度。调高可捕捉更细的差别，但时间和内存成比例增加，也需要更多文本；调低则训练更快。常用 100–300。</translation>
    </message>
    <message>
        <source>How many words on each side count as context. Raising it makes similar words mean &apos;same topic&apos;; lowering it makes them mean &apos;same grammatical role&apos;. Cost grows with it.</source>
        <translation>左右各多少个词算作上下文。调高后“相似”更偏向“同一话题”；调低后更偏向“相同语法角色”。耗时随之增加。</translation>
    </message>
    <message>
        <source>Noise words drawn per real pair. Raising it sharpens the vectors on small corpora at a linear cost in time; 5–20 suits small corpora, 2–5 large ones.</source>
        <translation>每个真实词对抽取的噪声词数。调高可让小语料上的向量更精确，时间线性增加；小语料宜 5–20，大语料宜 2–5。</translation>
    </message>
    <message>
        <source>Exponent of the noise distribution. 0.75 draws rare words more often than their frequency; raising it towards 1 favours frequent words, lowering it towards 0 draws all words alike.</source>
        <translation>噪声分布的指数。0.75 使罕见词被抽到的概率高于其频率；调向 1 偏向高频词，调向 0 则所有词被同等抽取。</translation>
    </message>
    <message>
        <source>Frequent words are randomly skipped above this share of the text. Lowering it skips more (faster, better rare words); 0 keeps every word.</source>
        <translation>占文本比例超过此阈值的高频词会被随机跳过。调低会跳过更多（更快，罕见词更好）；0 保留所有词。</translation>
    </message>
    <message>
        <source>Words seen fewer times are ignored. Raising it shrinks the vocabulary and drops noisy rare words; lowering it keeps more words with weaker vectors.</source>
        <translation>出现次数少于此值的词将被忽略。调高会缩小词表并去掉嘈杂的罕见词；调低会保留更多词，但其向量较弱。</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Keep only this many of the most frequent words (0: no limit). Lowering it saves memory and time.</source>
        <translation>只保留这么多个最高频的词（0 表示不限）。调低可节省内存和时间。</translation>
    </message>
    <message>
        <source>Initial learning rate, decayed linearly to the final rate. Too high makes the loss jump or diverge; too low learns slowly.</source>
        <translation>初始学习率，线性衰减到最终学习率。过高会使损失跳动或发散；过低则学得很慢。</translation>
    </message>
    <message>
        <source>Learning rate at the end of training; at most the initial rate.</source>
        <translation>训练结束时的学习率；不超过初始学习率。</translation>
    </message>
    <message>
        <source>Passes over the corpus. Raising it helps small corpora and costs time in proportion.</source>
        <translation>遍历语料的次数。调高对小语料有帮助，耗时成比例增加。</translation>
    </message>
    <message>
        <source>Worker threads. More threads train faster up to the number of cores; only one thread gives identical results run after run.</source>
        <translation>工作线程数。在不超过核心数时线程越多训练越快；只有单线程才能每次得到完全相同的结果。</translation>
    </message>
    <message>
        <source>Seed of all random choices. The same seed with one thread repeats a run exactly.</source>
        <translation>所有随机选择的种子。相同种子加单线程可精确重现一次训练。</translation>
    </message>
    <message>
        <source>L2 weight decay. Raising it shrinks the vectors and fights over-fitting; 0 is plain word2vec.</source>
        <translation>L2 权重衰减。调高会收缩向量、抑制过拟合；0 即普通 word2vec。</translation>
    </message>
    <message>
        <source>Words (ICU, segments Chinese)</source>
        <translation>词（ICU，支持中文分词）</translation>
    </message>
    <message>
        <source>Spaces only</source>
        <translation>仅按空白分隔</translation>
    </message>
    <message>
        <source>How text becomes words. ICU finds word boundaries in any language and segments Chinese, Japanese and Thai; &apos;Spaces only&apos; is for text that is already segmented.</source>
        <translation>文本如何切分成词。ICU 能识别各种语言的词边界，并对中文、日文和泰文分词；“仅按空白分隔”适用于已分好词的文本。</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>忽略大小写</translation>
    </message>
    <message>
        <source>Treat &apos;The&apos; and &apos;the&apos; as one word. Turning it off keeps them apart and needs more text per word.</source>
        <translation>将“The”和“the”视为同一个词。关闭后二者分开，每个词需要更多文本。</translation>
    </message>
    <message>
        <source>Unify character forms (NFKC)</source>
        <translation>统一字符形式 (NFKC)</translation>
    </message>
    <message>
        <source>Merge full-width and compatibility forms with their plain forms, so visually equal words count as one.</source>
        <translation>将全角和兼容字符合并为普通形式，使看起来相同的词计为一个。</translation>
    </message>
    <message>
        <source>Stop with an error</source>
        <translation>报错并停止</translation>
    </message>
    <message>
        <source>Skip the line</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>What to do with bytes that are not valid UTF-8.</source>
        <translation>如何处理不是有效 UTF-8 的字节。</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation>架构(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation>维度(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Negative samples:</source>
        <translation>负样本数(&amp;N)：</translation>
    </message>
    <message>
        <source>Noise e&amp;xponent:</source>
        <translation>噪声指数(&amp;X)：</translation>
    </message>
    <message>
        <source>Su&amp;bsampling:</source>
        <translation>下采样(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Minimum count:</source>
        <translation>最小词频(&amp;M)：</translation>
    </message>
    <message>
        <source>Max &amp;vocabulary:</source>
        <translation>最大词表(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Final rate:</source>
        <translation>最终学习率(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>轮数(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation>种子(&amp;D)：</translation>
    </message>
    <message>
        <source>L&amp;2 decay:</source>
        <translation>L&amp;2 衰减：</translation>
    </message>
    <message>
        <source>T&amp;okenizer:</source>
        <translation>分词器(&amp;O)：</translation>
    </message>
    <message>
        <source>Invalid &amp;UTF-8:</source>
        <translation>无效 &amp;UTF-8：</translation>
    </message>
</context>
<context>
    <name>ewb::ui::TrainingPane</name>
    <message>
        <source>The text to train on. Drop a text file here to use it.</source>
        <translation>用于训练的文本。把文本文件拖到这里即可使用。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Tokenizer preview</source>
        <translation>分词预览</translation>
    </message>
    <message>
        <source>The first lines of the corpus as the tokenizer splits them into words.</source>
        <translation>语料的前几行，按分词器切分后的样子。</translation>
    </message>
    <message>
        <source>Name of the run in the charts and of the model in the library. Leave empty for a name made from the settings.</source>
        <translation>此次训练在图表中的名称，也是模型在模型库中的名称。留空则根据设置自动命名。</translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Run &amp;name:</source>
        <translation>训练名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 · %2 lines · %3 words · %4 distinct</source>
        <translation>%1 · %2 行 · %3 词 · %4 个不同的词</translation>
    </message>
    <message>
        <source>Reading the corpus for “%1”…</source>
        <translation>正在为“%1”读取语料…</translation>
    </message>
    <message>
        <source>Reading the corpus: %1 of %2</source>
        <translation>正在读取语料：%1 / %2</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Finished; saving the model…</source>
        <translation>训练完成，正在保存模型…</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>打开语料(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train a model on the corpus with these options (F5)</source>
        <translation>用这些选项在语料上训练模型 (F5)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Hold the training; the clock stops too (F6)</source>
        <translation>暂停训练，计时也随之停止 (F6)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Continue a paused training (Shift+F6)</source>
        <translation>继续已暂停的训练 (Shift+F6)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the training; nothing is saved (Shift+F5)</source>
        <translation>停止训练，不保存任何内容 (Shift+F5)</translation>
    </message>
    <message>
        <source>Demo corpus (English novels, 0.8 M words)</source>
        <translation>演示语料（英文小说，80 万词）</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>打开语料</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation>演示语料</translation>
    </message>
    <message>
        <source>skip-gram</source>
        <translation>skip-gram</translation>
    </message>
    <message>
        <source>CBOW</source>
        <translation>CBOW</translation>
    </message>
    <message>
        <source>%1 d%2 w%3 ×%4</source>
        <translation>%1 d%2 w%3 ×%4</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 words/s · ETA %4 · rate %5</source>
        <translation>第 %1/%2 轮 · %3 词/秒 · 剩余 %4 · 学习率 %5</translation>
    </message>
    <message>
        <source>%1 words trained · loss %2</source>
        <translation>已训练 %1 词 · 损失 %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training on %1 failed.</source>
        <translation>在 %1 上训练失败。</translation>
    </message>
    <message>
        <source>Training options</source>
        <translation>训练选项</translation>
    </message>
</context>
<context>
    <name>ewb::ui::WatchWordsPanel</name>
    <message>
        <source>e.g. king, paris, music</source>
        <translation>例如 king, paris, music</translation>
    </message>
    <message>
        <source>Words whose nearest neighbours are shown at every checkpoint</source>
        <translation>在每个检查点显示其最近邻的词</translation>
    </message>
    <message>
        <source>Neighbours appear at the first checkpoint.</source>
        <translation>近邻将在第一个检查点出现。</translation>
    </message>
    <message>
        <source>Watched words and their neighbours</source>
        <translation>观察词及其近邻</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>词</translation>
    </message>
    <message>
        <source>Nearest neighbours</source>
        <translation>最近邻</translation>
    </message>
    <message>
        <source>&amp;Watch words:</source>
        <translation>观察词(&amp;W)：</translation>
    </message>
    <message>
        <source>(not in the vocabulary yet)</source>
        <translation>（尚不在词表中）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nearest neighbours at %1:</source>
        <translation>%1 时的最近邻：</translation>
    </message>
</context>
</TS>
