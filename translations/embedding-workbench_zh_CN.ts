<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>RunChart</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
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
</TS>
