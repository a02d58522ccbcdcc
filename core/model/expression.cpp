#include "core/model/expression.h"

namespace ewb::core {

namespace {

    bool isSpace(char c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }

} // namespace

Result<Expression> Expression::parse(std::string_view text)
{
    Expression expression;
    enum class Sign { None, Plus, Minus };
    Sign pending = Sign::None;
    std::size_t operatorPosition = 0;
    bool sawWord = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == '+' || c == '-') {
            if (pending != Sign::None) {
                return fail(ErrorCode::InvalidArgument,
                            "two operators in a row at character " + std::to_string(i + 1)
                                + " of expression '" + std::string(text) + "'");
            }
            pending = c == '+' ? Sign::Plus : Sign::Minus;
            operatorPosition = i;
            ++i;
            continue;
        }
        if (sawWord && pending == Sign::None) {
            return fail(ErrorCode::InvalidArgument,
                        "missing '+' or '-' before character " + std::to_string(i + 1)
                            + " of expression '" + std::string(text) + "'");
        }
        // A word runs to the next whitespace or '+'; a '-' inside it belongs to the word.
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i]) && text[i] != '+')
            ++i;
        std::string word(text.substr(start, i - start));
        if (pending == Sign::Minus)
            expression.m_negative.push_back(std::move(word));
        else
            expression.m_positive.push_back(std::move(word));
        pending = Sign::None;
        sawWord = true;
    }
    if (!sawWord)
        return fail(ErrorCode::InvalidArgument,
                    "expression '" + std::string(text) + "' has no word");
    if (pending != Sign::None) {
        return fail(ErrorCode::InvalidArgument,
                    "expression '" + std::string(text) + "' ends with the operator at character "
                        + std::to_string(operatorPosition + 1));
    }
    if (expression.m_positive.empty()) {
        return fail(ErrorCode::InvalidArgument,
                    "expression '" + std::string(text) + "' adds no word; at least one is needed");
    }
    return expression;
}

} // namespace ewb::core
