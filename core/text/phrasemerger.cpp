#include "core/text/phrasemerger.h"

#include "core/text/hantext.h"

namespace ewb::core {

PhraseMerger::PhraseMerger(const PhraseTable &table, TokenSink &next) : m_table(table), m_next(next)
{ }

void PhraseMerger::onToken(std::string_view token, bool cut)
{
    if (m_holding) {
        if (m_table.contains(m_held, token)) {
            m_held.append(token);
            m_holding = false;
            m_next.onToken(m_held, m_heldCut || cut);
            return;
        }
        release();
    }
    // Only a single ideograph can start a pair (see PhraseLearner); hold it to see what follows.
    if (token.size() <= 4 && hantext::hanLength(token) == 1) {
        m_held.assign(token);
        m_heldCut = cut;
        m_holding = true;
        return;
    }
    m_next.onToken(token, cut);
}

void PhraseMerger::onLineEnd(bool discard)
{
    if (!discard)
        release();
    m_holding = false;
    m_next.onLineEnd(discard);
}

void PhraseMerger::release()
{
    if (m_holding)
        m_next.onToken(m_held, m_heldCut);
    m_holding = false;
}

} // namespace ewb::core
