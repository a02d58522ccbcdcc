#include "ui/timelinebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace ewb::ui {

TimelineBar::TimelineBar(QWidget *parent) : QWidget(parent)
{
    m_play = new QToolButton(this);
    m_play->setCheckable(true);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play"));
    m_play->setToolTip(tr("Step through the checkpoints (Space)"));
    m_play->setShortcut(Qt::Key_Space);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(QStringLiteral("timeline"));
    m_slider->setAccessibleName(tr("Checkpoint timeline"));
    m_slider->setPageStep(1);
    m_label = new QLabel(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(700);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Checkpoint:"), this));
    layout->addWidget(m_play);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_label);
    hide();

    connect(m_slider, &QSlider::valueChanged, this, [this](int index) {
        updateLabel();
        emit indexChanged(index);
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool playing) {
        m_play->setIcon(
            style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
        m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
        if (!playing) {
            m_timer->stop();
            return;
        }
        // Playing from the end starts over.
        if (currentIndex() == count() - 1)
            setCurrentIndex(0);
        m_timer->start();
    });
    connect(m_timer, &QTimer::timeout, this, &TimelineBar::step);
}

void TimelineBar::setNames(const QStringList &names)
{
    m_play->setChecked(false);
    m_names = names;
    m_ready.fill(false, names.size());
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(0, std::max(0, int(names.size()) - 1));
        m_slider->setValue(0);
    }
    setVisible(!names.isEmpty());
    updateLabel();
}

void TimelineBar::setReady(int index)
{
    if (index < 0 || index >= m_ready.size())
        return;
    m_ready[index] = true;
    if (index == currentIndex())
        updateLabel();
}

int TimelineBar::currentIndex() const
{
    return m_slider->value();
}

void TimelineBar::setCurrentIndex(int index)
{
    m_slider->setValue(index);
}

void TimelineBar::setPlayInterval(int milliseconds)
{
    m_timer->setInterval(std::clamp(milliseconds, 100, 10000));
}

void TimelineBar::updateLabel()
{
    const int index = currentIndex();
    if (index < 0 || index >= m_names.size()) {
        m_label->clear();
        return;
    }
    const QString position
        = tr("%1 (%2 of %3)")
              .arg(m_names[index], QLocale().toString(index + 1), QLocale().toString(count()));
    m_label->setText(m_ready[index] ? position : tr("%1, projecting…").arg(position));
}

void TimelineBar::step()
{
    // Wait on a checkpoint that is still being projected rather than skip it.
    if (!isReady(currentIndex()))
        return;
    if (currentIndex() >= count() - 1) {
        m_play->setChecked(false);
        return;
    }
    setCurrentIndex(currentIndex() + 1);
}

} // namespace ewb::ui
