#pragma once

#include "core/formats/vectorformat.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdint>
#include <optional>

namespace ewb::cli {

/// Reads typed option values from a parsed command line with range checks. The first bad value
/// is remembered (ok() turns false, error() names the option and the value) and later reads
/// return their defaults, so a command reads all options and then checks ok() once.
class OptionReader {
public:
    explicit OptionReader(const QCommandLineParser &parser) : m_parser(parser) { }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    /// An integer option in [min, max]; the fallback when the option is absent.
    std::int64_t integer(const QString &name, std::int64_t fallback, std::int64_t min,
                         std::int64_t max);
    /// A finite real option in [min, max] (locale-independent: "0.5", "1e-3").
    double real(const QString &name, double fallback, double min, double max);
    /// A real option when present.
    std::optional<double> optionalReal(const QString &name, double min, double max);
    /// One of the allowed words (case-sensitive).
    QString choice(const QString &name, const QString &fallback, const QStringList &allowed);

    /// An output vectors format option: "text" or "binary"; Auto (from the file name) when absent.
    core::VectorFormat vectorFormat(const QString &name);

private:
    void setError(const QString &message);

    const QCommandLineParser &m_parser;
    QString m_error;
};

} // namespace ewb::cli
