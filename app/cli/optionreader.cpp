#include "app/cli/optionreader.h"

#include <cmath>

namespace ewb::cli {

void OptionReader::setError(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::int64_t OptionReader::integer(const QString &name, std::int64_t fallback, std::int64_t min,
                                   std::int64_t max)
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok) {
        setError(QStringLiteral("--%1 needs a whole number, got '%2'").arg(name, text));
        return fallback;
    }
    if (value < min || value > max) {
        setError(QStringLiteral("--%1 must be between %2 and %3, got %4")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(value));
        return fallback;
    }
    return value;
}

std::optional<double> OptionReader::optionalReal(const QString &name, double min, double max)
{
    if (!m_parser.isSet(name))
        return std::nullopt;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    // QString::toDouble is locale-independent (C locale), unlike strtod.
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        setError(QStringLiteral("--%1 needs a finite number, got '%2'").arg(name, text));
        return std::nullopt;
    }
    if (value < min || value > max) {
        setError(QStringLiteral("--%1 must be between %2 and %3, got %4")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(text));
        return std::nullopt;
    }
    return value;
}

double OptionReader::real(const QString &name, double fallback, double min, double max)
{
    return optionalReal(name, min, max).value_or(fallback);
}

QString OptionReader::choice(const QString &name, const QString &fallback,
                             const QStringList &allowed)
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString value = m_parser.value(name);
    if (!allowed.contains(value)) {
        setError(QStringLiteral("--%1 must be one of %2, got '%3'")
                         .arg(name, allowed.join(QStringLiteral(", ")), value));
        return fallback;
    }
    return value;
}

core::VectorFormat OptionReader::vectorFormat(const QString &name)
{
    const QString format = choice(name, QString(), { QStringLiteral("text"), QStringLiteral("binary") });
    if (format.isEmpty())
        return core::VectorFormat::Auto;
    return format == QLatin1String("binary") ? core::VectorFormat::Word2VecBinary
                                             : core::VectorFormat::Word2VecText;
}

} // namespace ewb::cli
