#include "ui/errortext.h"

namespace ewb::ui {

QString ErrorText::summary(core::ErrorCode code)
{
    using core::ErrorCode;
    switch (code) {
    case ErrorCode::Ok:
        return tr("No error.");
    case ErrorCode::InvalidArgument:
        return tr("A setting is outside its valid range.");
    case ErrorCode::NotFound:
        return tr("The file, model or word was not found.");
    case ErrorCode::EmptyInput:
        return tr("The corpus is empty.");
    case ErrorCode::NoTokens:
        return tr("The corpus holds no words.");
    case ErrorCode::BinaryInput:
        return tr("This is not a text file.");
    case ErrorCode::InvalidEncoding:
        return tr("The text is not valid UTF-8.");
    case ErrorCode::UnsupportedEncoding:
        return tr("The text encoding is not supported.");
    case ErrorCode::NotRegularFile:
        return tr("This is not a regular file.");
    case ErrorCode::IoError:
        return tr("Reading or writing a file failed.");
    case ErrorCode::VocabularyTooSmall:
        return tr("Too few distinct words are left to train on.");
    case ErrorCode::ParseError:
        return tr("The file is malformed.");
    case ErrorCode::Truncated:
        return tr("The file ends too early.");
    case ErrorCode::UnsupportedFormat:
        return tr("This file format is not supported.");
    case ErrorCode::NumericError:
        return tr("A value is not a finite number; training diverged or the data is damaged.");
    case ErrorCode::OutOfMemory:
        return tr("Not enough memory for these settings.");
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::DatabaseError:
        return tr("The model database reported an error.");
    case ErrorCode::DatabaseBusy:
        return tr("The model database is busy; please try again.");
    case ErrorCode::DatabaseCorrupt:
        return tr("The model database is damaged.");
    case ErrorCode::NotOurFile:
        return tr("This file is not an Embedding Workbench database.");
    case ErrorCode::NewerSchema:
        return tr("The database was made by a newer version and is open read-only.");
    case ErrorCode::ReadOnly:
        return tr("The database is read-only.");
    case ErrorCode::DiskFull:
        return tr("The disk is full.");
    case ErrorCode::ZeroVector:
        return tr("The vector is all zeros and has no direction.");
    case ErrorCode::Internal:
        break;
    }
    return tr("An internal error occurred.");
}

QString ErrorText::message(const core::Error &error)
{
    const QString text = summary(error.code);
    if (error.detail.empty())
        return text;
    return text + QLatin1Char('\n') + QString::fromStdString(error.detail);
}

} // namespace ewb::ui
