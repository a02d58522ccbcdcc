<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the image as PNG for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curves exported from Embedding Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the SVG drawing for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting is outside its valid range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file, model or word was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus holds no words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing a file failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few distinct words are left to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file format is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not a finite number; training diverged or the data is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model database is busy; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model database is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Embedding Workbench database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was made by a newer version and is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vector is all zeros and has no direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::ChartPane</name>
    <message>
        <source>Loss per training pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the moving average drawn over the raw loss. Raising it gives a calmer curve that reacts later; 0 shows the raw values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smoothing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Loss as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every run from the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::LossChartView</name>
    <message>
        <source>%1 — epoch %2, %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::MainWindow</name>
    <message>
        <source>Embedding Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a corpus and press Train (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Embedding Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the model “%1” in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no stored loss history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Embedding Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Embedding Workbench %1&lt;/h3&gt;&lt;p&gt;Train word embeddings (skip-gram and CBOW with negative sampling) and watch them learn: live loss curves, run comparison and a library of models.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::ModelLibraryModel</name>
    <message>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::ModelLibraryPane</name>
    <message>
        <source>Stored models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the selected model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet: train one, or import a vectors file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Vectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Vectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare in Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the stored loss curve of the selected model in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word vectors (*.vec *.txt *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word2vec text (*.vec *.txt);;word2vec binary (*.bin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model database opened when the workbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbench databases (*.ewb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when the workbench starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::StoreController</name>
    <message>
        <source>Opening the model database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicating the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the loss history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::TrainingOptionsForm</name>
    <message>
        <source>Quick demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick demo trains small vectors for one epoch in seconds; Standard uses gensim&apos;s defaults; High quality trains larger vectors for longer and takes many times as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip-gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip-gram predicts each neighbour from the centre word: slower, better for rare words and analogies. CBOW predicts the centre word from its neighbours: several times faster, better for frequent words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of each word vector. Raising it captures finer distinctions but costs time and memory in proportion and needs more text; lowering it trains faster. 100–300 is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many words on each side count as context. Raising it makes similar words mean &apos;same topic&apos;; lowering it makes them mean &apos;same grammatical role&apos;. Cost grows with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise words drawn per real pair. Raising it sharpens the vectors on small corpora at a linear cost in time; 5–20 suits small corpora, 2–5 large ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponent of the noise distribution. 0.75 draws rare words more often than their frequency; raising it towards 1 favours frequent words, lowering it towards 0 draws all words alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent words are randomly skipped above this share of the text. Lowering it skips more (faster, better rare words); 0 keeps every word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words seen fewer times are ignored. Raising it shrinks the vocabulary and drops noisy rare words; lowering it keeps more words with weaker vectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only this many of the most frequent words (0: no limit). Lowering it saves memory and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial learning rate, decayed linearly to the final rate. Too high makes the loss jump or diverge; too low learns slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate at the end of training; at most the initial rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the corpus. Raising it helps small corpora and costs time in proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads. More threads train faster up to the number of cores; only one thread gives identical results run after run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of all random choices. The same seed with one thread repeats a run exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 weight decay. Raising it shrinks the vectors and fights over-fitting; 0 is plain word2vec.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words (ICU, segments Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How text becomes words. ICU finds word boundaries in any language and segments Chinese, Japanese and Thai; &apos;Spaces only&apos; is for text that is already segmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat &apos;The&apos; and &apos;the&apos; as one word. Turning it off keeps them apart and needs more text per word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unify character forms (NFKC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge full-width and compatibility forms with their plain forms, so visually equal words count as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with bytes that are not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Architecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negative samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise e&amp;xponent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bsampling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max &amp;vocabulary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;2 decay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;okenizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid &amp;UTF-8:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ewb::ui::TrainingPane</name>
    <message>
        <source>The text to train on. Drop a text file here to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenizer preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first lines of the corpus as the tokenizer splits them into words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the run in the charts and of the model in the library. Leave empty for a name made from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 lines · %3 words · %4 distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the corpus for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the corpus: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished; saving the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on the corpus with these options (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the training; the clock stops too (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a paused training (Shift+F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the training; nothing is saved (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo corpus (English novels, 0.8 M words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip-gram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d%2 w%3 ×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · %3 words/s · ETA %4 · rate %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words trained · loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
