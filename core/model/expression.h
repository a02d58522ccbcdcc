#pragma once

#include "core/common/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace ewb::core {

/// A word arithmetic expression such as "king - man + woman" or "paris + germany - france",
/// split into the words added (positive) and subtracted (negative), as gensim's most_similar
/// takes them. Immutable value type.
class Expression
{
public:
    /// Parses an expression. Words are separated by whitespace and the operators '+' and '-';
    /// the first word may carry no sign (it is added). '+' is always an operator. '-' is an
    /// operator only at the start of a token (after whitespace, another operator or the start of
    /// the text), so hyphenated words such as "well-known" stay whole: write "king -man" or
    /// "king - man", not "king-man". Fails with InvalidArgument (naming the character position)
    /// on an empty expression, two operators in a row, two words without an operator between
    /// them, an operator at the end, or when no word is added.
    static Result<Expression> parse(std::string_view text);

    /// Words with a plus sign (or none), in order of appearance.
    const std::vector<std::string> &positive() const { return m_positive; }
    /// Words with a minus sign, in order of appearance.
    const std::vector<std::string> &negative() const { return m_negative; }

private:
    std::vector<std::string> m_positive;
    std::vector<std::string> m_negative;
};

} // namespace ewb::core
