#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace ewb::core {

/// CRC-32C (Castagnoli polynomial 0x1EDC6F41, reflected, as in iSCSI, ext4 and SSE4.2) of
/// `data`. Used as the per-chunk and per-model checksum of stored vectors and words: it detects
/// accidental corruption (bit flips, torn or misplaced pages), not deliberate tampering.
/// `previous` continues a checksum over several pieces: crc32c(b, crc32c(a)) == crc32c(a + b);
/// pass 0 to start. Uses the SSE4.2 instruction when the CPU has it, on three interleaved streams
/// for inputs of 24 KiB and more (about 8 bytes per cycle), otherwise a table-driven portable
/// loop; all paths give identical results. Thread-safe (no shared state
/// besides constant tables).
std::uint32_t crc32c(std::span<const std::byte> data, std::uint32_t previous = 0);

/// The CRC-32C of the concatenation a + b, given crcA = crc32c(a), crcB = crc32c(b) and the
/// length of b in bytes: crc32cCombine(crc32c(a), crc32c(b), b.size()) == crc32c(a + b). Costs
/// O(log lengthB) (about a microsecond), independent of the data, so per-chunk checksums can be
/// joined into a whole-model checksum without reading the data twice. Thread-safe.
std::uint32_t crc32cCombine(std::uint32_t crcA, std::uint32_t crcB, std::uint64_t lengthB);

/// The portable table-driven CRC-32C, always available; same contract as crc32c(). Exposed so
/// that tests can compare it with the hardware path.
std::uint32_t crc32cPortable(std::span<const std::byte> data, std::uint32_t previous = 0);

} // namespace ewb::core
