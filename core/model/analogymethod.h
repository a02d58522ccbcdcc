#pragma once

namespace ewb::core {

/// How an analogy a : b :: c : ? is answered (Levy and Goldberg 2014).
enum class AnalogyMethod {
    /// 3CosAdd: the word whose unit vector is closest in cosine to b - a + c (unit vectors
    /// summed), as gensim's most_similar(positive=[b, c], negative=[a]) and word2vec's
    /// compute-accuracy. One large similarity can dominate the sum.
    CosAdd,
    /// 3CosMul: the word maximising sim(w,b) * sim(w,c) / (sim(w,a) + 1e-6) with cosines shifted
    /// to [0, 1] by (1 + cos) / 2, as gensim's most_similar_cosmul. Balances the three terms and
    /// usually scores a few points higher on the Google analogy set.
    CosMul,
};

} // namespace ewb::core
