#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace ewb::core {

class EmbeddingModel;

/// Running CRC-32C checksums of a model's content in the stored byte layout: one over the
/// vectors (every value as float32 little-endian, row after row) and one over the words (per
/// row: the UTF-8 bytes, a 0x00 byte, then the count as 8 bytes little-endian). The store keeps
/// both per model and compares them on every load, so lost, reordered or altered rows are found.
/// Not thread-safe (a value being accumulated); of() is thread-safe.
class ModelChecksum
{
public:
    void addWord(std::string_view word, std::uint64_t count);
    /// Adds vector values already in stored layout (float32 little-endian bytes).
    void addVectorBytes(std::span<const std::byte> bytes);
    /// Adds vector values from memory, converting to little-endian where the host is not.
    void addVectors(std::span<const float> values);

    std::uint32_t words() const { return m_words; }
    std::uint32_t vectors() const { return m_vectors; }
    /// Both in one number: vectors() in the high 32 bits, words() in the low 32 bits.
    std::uint64_t combined() const { return (std::uint64_t { m_vectors } << 32) | m_words; }

    /// The combined checksum of a whole in-memory model, equal to what the store records for it.
    static std::uint64_t of(const EmbeddingModel &model);

private:
    std::uint32_t m_words = 0;
    std::uint32_t m_vectors = 0;
};

} // namespace ewb::core
