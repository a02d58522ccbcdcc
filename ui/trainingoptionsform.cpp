#include "ui/trainingoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QThread>

#include <algorithm>

namespace ewb::ui {

namespace {

    QSpinBox *spinBox(int min, int max, QWidget *parent)
    {
        auto *box = new QSpinBox(parent);
        box->setRange(min, max);
        box->setGroupSeparatorShown(true);
        return box;
    }

    QDoubleSpinBox *doubleBox(double min, double max, int decimals, double step, QWidget *parent)
    {
        auto *box = new QDoubleSpinBox(parent);
        box->setDecimals(decimals);
        box->setRange(min, max);
        box->setSingleStep(step);
        return box;
    }

} // namespace

TrainingOptionsForm::TrainingOptionsForm(QWidget *parent) : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->addItems({ tr("Quick demo"), tr("Standard"), tr("High quality"), tr("Custom") });
    m_preset->setToolTip(tr("Quick demo trains small vectors for one epoch in seconds; Standard "
                            "uses gensim's defaults; High quality trains larger vectors for "
                            "longer and takes many times as long."));
    m_architecture = new QComboBox(this);
    m_architecture->addItems({ tr("Skip-gram"), tr("CBOW") });
    m_architecture->setToolTip(tr("Skip-gram predicts each neighbour from the centre word: "
                                  "slower, better for rare words and analogies. CBOW predicts "
                                  "the centre word from its neighbours: several times faster, "
                                  "better for frequent words."));
    m_dim = spinBox(1, 4096, this);
    m_dim->setToolTip(tr("Length of each word vector. Raising it captures finer distinctions "
                         "but costs time and memory in proportion and needs more text; "
                         "lowering it trains faster. 100–300 is usual."));
    m_window = spinBox(1, 1000, this);
    m_window->setToolTip(tr("How many words on each side count as context. Raising it makes "
                            "similar words mean 'same topic'; lowering it makes them mean "
                            "'same grammatical role'. Cost grows with it."));
    m_negative = spinBox(1, 1000, this);
    m_negative->setToolTip(tr("Noise words drawn per real pair. Raising it sharpens the "
                              "vectors on small corpora at a linear cost in time; 5–20 suits "
                              "small corpora, 2–5 large ones."));
    m_nsExponent = doubleBox(-2, 2, 2, 0.05, this);
    m_nsExponent->setToolTip(tr("Exponent of the noise distribution. 0.75 draws rare words more "
                                "often than their frequency; raising it towards 1 favours "
                                "frequent words, lowering it towards 0 draws all words alike."));
    m_sample = doubleBox(0, 0.1, 6, 0.0001, this);
    m_sample->setToolTip(tr("Frequent words are randomly skipped above this share of the text. "
                            "Lowering it skips more (faster, better rare words); 0 keeps every "
                            "word."));
    m_minCount = spinBox(1, 1000000, this);
    m_minCount->setToolTip(tr("Words seen fewer times are ignored. Raising it shrinks the "
                              "vocabulary and drops noisy rare words; lowering it keeps more "
                              "words with weaker vectors."));
    m_maxVocab = spinBox(0, 100000000, this);
    m_maxVocab->setSpecialValueText(tr("no limit"));
    m_maxVocab->setToolTip(tr("Keep only this many of the most frequent words (0: no limit). "
                              "Lowering it saves memory and time."));
    m_alpha = doubleBox(0.000001, 1, 6, 0.005, this);
    m_alpha->setToolTip(tr("Initial learning rate, decayed linearly to the final rate. Too high "
                           "makes the loss jump or diverge; too low learns slowly."));
    m_minAlpha = doubleBox(0, 1, 6, 0.0001, this);
    m_minAlpha->setToolTip(tr("Learning rate at the end of training; at most the initial rate."));
    m_epochs = spinBox(1, 10000, this);
    m_epochs->setToolTip(tr("Passes over the corpus. Raising it helps small corpora and costs "
                            "time in proportion."));
    m_threads = spinBox(1, 256, this);
    m_threads->setToolTip(tr("Worker threads. More threads train faster up to the number of "
                             "cores; only one thread gives identical results run after run."));
    m_seed = spinBox(0, 2147483647, this);
    m_seed->setToolTip(tr("Seed of all random choices. The same seed with one thread repeats a "
                          "run exactly."));
    m_weightDecay = doubleBox(0, 1, 6, 0.0001, this);
    m_weightDecay->setToolTip(tr("L2 weight decay. Raising it shrinks the vectors and fights "
                                 "over-fitting; 0 is plain word2vec."));
    m_tokenizer = new QComboBox(this);
    m_tokenizer->addItems({ tr("Words (ICU, segments Chinese)"), tr("Spaces only") });
    m_tokenizer->setToolTip(tr("How text becomes words. ICU finds word boundaries in any "
                               "language and segments Chinese, Japanese and Thai; 'Spaces only' "
                               "is for text that is already segmented."));
    m_caseFold = new QCheckBox(tr("Ignore case"), this);
    m_caseFold->setToolTip(tr("Treat 'The' and 'the' as one word. Turning it off keeps them "
                              "apart and needs more text per word."));
    m_nfkc = new QCheckBox(tr("Unify character forms (NFKC)"), this);
    m_nfkc->setToolTip(tr("Merge full-width and compatibility forms with their plain forms, so "
                          "visually equal words count as one."));
    m_invalidUtf8 = new QComboBox(this);
    m_invalidUtf8->addItems({ tr("Stop with an error"), tr("Skip the line"), tr("Replace") });
    m_invalidUtf8->setToolTip(tr("What to do with bytes that are not valid UTF-8."));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("&Architecture:"), m_architecture);
    form->addRow(tr("&Dimensions:"), m_dim);
    form->addRow(tr("&Window:"), m_window);
    form->addRow(tr("&Negative samples:"), m_negative);
    form->addRow(tr("Noise e&xponent:"), m_nsExponent);
    form->addRow(tr("Su&bsampling:"), m_sample);
    form->addRow(tr("&Minimum count:"), m_minCount);
    form->addRow(tr("Max &vocabulary:"), m_maxVocab);
    form->addRow(tr("&Learning rate:"), m_alpha);
    form->addRow(tr("&Final rate:"), m_minAlpha);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("See&d:"), m_seed);
    form->addRow(tr("L&2 decay:"), m_weightDecay);
    form->addRow(tr("T&okenizer:"), m_tokenizer);
    form->addRow(QString(), m_caseFold);
    form->addRow(QString(), m_nfkc);
    form->addRow(tr("Invalid &UTF-8:"), m_invalidUtf8);

    applyPreset(Preset::QuickDemo);
    setTokenizerOptions(core::TokenizerOptions {});
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_applying && index != int(Preset::Custom))
            applyPreset(static_cast<Preset>(index));
    });
    for (QSpinBox *box : findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, &TrainingOptionsForm::markCustom);
    for (QDoubleSpinBox *box : findChildren<QDoubleSpinBox *>())
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrainingOptionsForm::markCustom);
    connect(m_architecture, &QComboBox::currentIndexChanged, this, [this] {
        markCustom();
        // gensim's rule: CBOW learns with twice the rate of skip-gram.
        if (!m_applying)
            m_alpha->setValue(core::TrainingOptions::defaultAlpha(options().architecture));
    });
    for (QComboBox *box : { m_tokenizer, m_invalidUtf8 })
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingOptionsForm::tokenizerChanged);
    for (QCheckBox *box : { m_caseFold, m_nfkc })
        connect(box, &QCheckBox::toggled, this, &TrainingOptionsForm::tokenizerChanged);
}

void TrainingOptionsForm::markCustom()
{
    if (!m_applying)
        m_preset->setCurrentIndex(int(Preset::Custom));
}

core::TrainingOptions TrainingOptionsForm::presetOptions(Preset preset) const
{
    using Arch = core::TrainingOptions::Architecture;
    core::TrainingOptions o = core::TrainingOptions::defaults(Arch::SkipGram);
    // Two threads keep the window responsive on a two-core laptop and still halve the time.
    o.threads = std::size_t(std::clamp(QThread::idealThreadCount(), 1, 2));
    switch (preset) {
    case Preset::QuickDemo:
        o.dim = 50;
        o.epochs = 1;
        break;
    case Preset::Standard:
        break;
    case Preset::HighQuality:
        o.dim = 300;
        o.window = 8;
        o.negative = 10;
        o.sample = 1e-4;
        o.minCount = 3;
        o.epochs = 15;
        break;
    case Preset::Custom:
        return options();
    }
    return o;
}

void TrainingOptionsForm::applyPreset(Preset preset)
{
    setOptions(presetOptions(preset));
    m_applying = true;
    m_preset->setCurrentIndex(int(preset));
    m_applying = false;
}

TrainingOptionsForm::Preset TrainingOptionsForm::preset() const
{
    return static_cast<Preset>(m_preset->currentIndex());
}

core::TrainingOptions TrainingOptionsForm::options() const
{
    core::TrainingOptions o;
    o.architecture = m_architecture->currentIndex() == 0
        ? core::TrainingOptions::Architecture::SkipGram
        : core::TrainingOptions::Architecture::Cbow;
    o.dim = std::size_t(m_dim->value());
    o.window = std::size_t(m_window->value());
    o.negative = std::size_t(m_negative->value());
    o.nsExponent = m_nsExponent->value();
    o.sample = m_sample->value();
    o.minCount = std::uint64_t(m_minCount->value());
    o.maxVocab = std::size_t(m_maxVocab->value());
    o.alpha = m_alpha->value();
    o.minAlpha = std::min(m_minAlpha->value(), o.alpha);
    o.epochs = std::size_t(m_epochs->value());
    o.threads = std::size_t(m_threads->value());
    o.seed = std::uint64_t(m_seed->value());
    o.weightDecay = m_weightDecay->value();
    return o;
}

void TrainingOptionsForm::setOptions(const core::TrainingOptions &o)
{
    m_applying = true;
    m_architecture->setCurrentIndex(
        o.architecture == core::TrainingOptions::Architecture::SkipGram ? 0 : 1);
    m_dim->setValue(int(o.dim));
    m_window->setValue(int(o.window));
    m_negative->setValue(int(o.negative));
    m_nsExponent->setValue(o.nsExponent);
    m_sample->setValue(o.sample);
    m_minCount->setValue(int(std::min<std::uint64_t>(o.minCount, 1000000)));
    m_maxVocab->setValue(int(std::min<std::size_t>(o.maxVocab, 100000000)));
    m_alpha->setValue(o.alpha);
    m_minAlpha->setValue(o.minAlpha);
    m_epochs->setValue(int(o.epochs));
    m_threads->setValue(int(o.threads));
    m_seed->setValue(int(std::min<std::uint64_t>(o.seed, 2147483647)));
    m_weightDecay->setValue(o.weightDecay);
    m_applying = false;
    markCustom();
}

core::TokenizerOptions TrainingOptionsForm::tokenizerOptions() const
{
    using T = core::TokenizerOptions;
    T t;
    t.mode = m_tokenizer->currentIndex() == 0 ? T::Mode::Icu : T::Mode::Whitespace;
    t.caseFold = m_caseFold->isChecked();
    t.nfkc = m_nfkc->isChecked();
    t.invalidUtf8 = m_invalidUtf8->currentIndex() == 0 ? T::InvalidUtf8::Reject
        : m_invalidUtf8->currentIndex() == 1           ? T::InvalidUtf8::SkipLine
                                                       : T::InvalidUtf8::Replace;
    return t;
}

void TrainingOptionsForm::setTokenizerOptions(const core::TokenizerOptions &t)
{
    using T = core::TokenizerOptions;
    m_tokenizer->setCurrentIndex(t.mode == T::Mode::Icu ? 0 : 1);
    m_caseFold->setChecked(t.caseFold);
    m_nfkc->setChecked(t.nfkc);
    m_invalidUtf8->setCurrentIndex(t.invalidUtf8 == T::InvalidUtf8::Reject         ? 0
                                       : t.invalidUtf8 == T::InvalidUtf8::SkipLine ? 1
                                                                                   : 2);
}

} // namespace ewb::ui
