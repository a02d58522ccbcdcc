#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QSlider;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

namespace ewb::ui {

/// A slider over named checkpoints with a Play button that steps through them, for replaying
/// how a projection formed during training. Knows which checkpoints are ready to show and says
/// so; the owner shows the frame of indexChanged(). Hidden while it has no checkpoint.
/// GUI thread only.
class TimelineBar : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineBar(QWidget *parent = nullptr);

    /// Replaces the checkpoints (none ready yet) and moves to the first; hides when empty.
    void setNames(const QStringList &names);
    int count() const { return int(m_names.size()); }
    /// Marks checkpoint `index` as ready to show.
    void setReady(int index);
    bool isReady(int index) const { return index >= 0 && index < m_ready.size() && m_ready[index]; }
    /// The checkpoint on the slider.
    int currentIndex() const;
    void setCurrentIndex(int index);
    /// Steps forward every `milliseconds` (100 .. 10,000) while playing.
    void setPlayInterval(int milliseconds);

    QSlider *slider() const { return m_slider; }
    QToolButton *playButton() const { return m_play; }

signals:
    /// The user (or playing) moved to checkpoint `index`.
    void indexChanged(int index);

private:
    void updateLabel();
    void step();

    QSlider *m_slider = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_play = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_names;
    QList<bool> m_ready;
};

} // namespace ewb::ui
