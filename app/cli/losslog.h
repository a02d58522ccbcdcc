#pragma once

#include "core/train/trainingprogress.h"

#include <QString>

#include <vector>

namespace ewb::cli {

/// Writes the progress points of a run as CSV with the header
/// elapsed_s,epoch,words_done,fraction,learning_rate,loss_interval,loss_epoch,words_per_s
/// atomically (QSaveFile: the file appears complete or not at all). On failure returns false
/// and sets error to a message naming the path.
bool writeLossLog(const QString &path, const std::vector<core::TrainingProgress> &points,
                  QString &error);

} // namespace ewb::cli
