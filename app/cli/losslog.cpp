#include "app/cli/losslog.h"

#include <QSaveFile>

namespace ewb::cli {

bool writeLossLog(const QString &path, const std::vector<core::TrainingProgress> &points,
                  QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QStringLiteral("cannot write the loss log %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray text = "elapsed_s,epoch,words_done,fraction,learning_rate,loss_interval,loss_epoch,words_per_s\n";
    for (const auto &p : points) {
        // 'g' with 9 significant digits: locale-independent and enough to tell points apart.
        text += QByteArray::number(p.elapsedSeconds, 'f', 3) + ',' + QByteArray::number(qulonglong(p.epoch)) + ','
                + QByteArray::number(qulonglong(p.wordsDone)) + ',' + QByteArray::number(p.fraction, 'g', 9) + ','
                + QByteArray::number(p.learningRate, 'g', 9) + ',' + QByteArray::number(p.intervalLoss, 'g', 9)
                + ',' + QByteArray::number(p.epochLoss, 'g', 9) + ',' + QByteArray::number(p.wordsPerSecond, 'f', 0)
                + '\n';
    }
    if (file.write(text) != text.size() || !file.commit()) {
        error = QStringLiteral("cannot write the loss log %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ewb::cli
