#include "core/store/modelchecksum.h"

#include "core/model/embeddingmodel.h"
#include "core/store/crc32c.h"

#include <array>
#include <bit>
#include <cstring>
#include <vector>

namespace ewb::core {

void ModelChecksum::addWord(std::string_view word, std::uint64_t count)
{
    m_words = crc32c(std::as_bytes(std::span(word.data(), word.size())), m_words);
    std::array<std::byte, 9> tail {};
    for (std::size_t i = 0; i < 8; ++i)
        tail[1 + i] = static_cast<std::byte>((count >> (8 * i)) & 0xFFu);
    m_words = crc32c(tail, m_words);
}

void ModelChecksum::addVectorBytes(std::span<const std::byte> bytes)
{
    m_vectors = crc32c(bytes, m_vectors);
}

void ModelChecksum::addVectors(std::span<const float> values)
{
    if constexpr (std::endian::native == std::endian::little) {
        addVectorBytes(std::as_bytes(values));
    } else {
        std::vector<std::byte> bytes(values.size() * 4);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto bits = std::bit_cast<std::uint32_t>(values[i]);
            for (std::size_t b = 0; b < 4; ++b)
                bytes[4 * i + b] = static_cast<std::byte>((bits >> (8 * b)) & 0xFFu);
        }
        addVectorBytes(bytes);
    }
}

std::uint64_t ModelChecksum::of(const EmbeddingModel &model)
{
    ModelChecksum sum;
    for (std::size_t row = 0; row < model.size(); ++row)
        sum.addWord(model.words()[row], model.counts()[row]);
    const Matrix &m = model.vectors();
    sum.addVectors(std::span(m.data(), static_cast<std::size_t>(m.size())));
    return sum.combined();
}

} // namespace ewb::core
