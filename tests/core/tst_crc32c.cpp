#include "core/store/crc32c.h"

#include <QtTest>

#include <random>
#include <vector>

using namespace ewb::core;

namespace {

std::vector<std::byte> bytesOf(const QByteArray &data)
{
    std::vector<std::byte> out(static_cast<std::size_t>(data.size()));
    if (!out.empty())
        std::memcpy(out.data(), data.constData(), out.size());
    return out;
}

std::vector<std::byte> randomBytes(std::size_t n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<std::byte> out(n);
    for (auto &b : out)
        b = static_cast<std::byte>(rng() & 0xFFu);
    return out;
}

} // namespace

class TestCrc32c : public QObject
{
    Q_OBJECT

private slots:
    // Reference values: the standard check value of CRC-32C and the test patterns of RFC 3720
    // (iSCSI), appendix B.4.
    void knownValues_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<quint32>("expected");
        QByteArray ascending(32, '\0');
        QByteArray descending(32, '\0');
        for (int i = 0; i < 32; ++i) {
            ascending[i] = static_cast<char>(i);
            descending[i] = static_cast<char>(31 - i);
        }
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check-string") << QByteArray("123456789") << quint32(0xE3069283u);
        QTest::newRow("zeros-32") << QByteArray(32, '\0') << quint32(0x8A9136AAu);
        QTest::newRow("ones-32") << QByteArray(32, '\xFF') << quint32(0x62A8AB43u);
        QTest::newRow("ascending-32") << ascending << quint32(0x46DD794Eu);
        QTest::newRow("descending-32") << descending << quint32(0x113FDB5Cu);
    }

    void knownValues()
    {
        QFETCH(QByteArray, input);
        QFETCH(quint32, expected);
        const auto bytes = bytesOf(input);
        QCOMPARE(crc32c(bytes), expected);
        QCOMPARE(crc32cPortable(bytes), expected);
    }

    void continuesAcrossPieces_data()
    {
        QTest::addColumn<int>("split");
        QTest::newRow("at-0") << 0;
        QTest::newRow("at-1") << 1;
        QTest::newRow("at-7") << 7;
        QTest::newRow("at-8") << 8;
        QTest::newRow("at-500") << 500;
        QTest::newRow("at-end") << 1001;
    }

    void continuesAcrossPieces()
    {
        QFETCH(int, split);
        const auto data = randomBytes(1001, 7);
        const std::span<const std::byte> all(data);
        const auto cut = static_cast<std::size_t>(split);
        QCOMPARE(crc32c(all.subspan(cut), crc32c(all.first(cut))), crc32c(all));
        QCOMPARE(crc32cPortable(all.subspan(cut), crc32cPortable(all.first(cut))),
                 crc32cPortable(all));
    }

    // Every length and misalignment up to 300 bytes: the fast path and the portable loop agree,
    // and a single flipped bit always changes the checksum.
    void fastPathMatchesPortable()
    {
        const auto data = randomBytes(400, 11);
        for (std::size_t offset = 0; offset < 8; ++offset) {
            for (std::size_t length = 0; length <= 300; ++length) {
                const std::span<const std::byte> piece(data.data() + offset, length);
                QCOMPARE(crc32c(piece), crc32cPortable(piece));
            }
        }
        auto flipped = data;
        flipped[123] ^= std::byte { 0x10 };
        QVERIFY(crc32c(flipped) != crc32c(data));
    }

    // Inputs of 24 KiB and more take the three-stream path; lengths around its block edges
    // (multiples of 3 x 8192 bytes, plus or minus a little) and odd starts must agree with the
    // byte-by-byte table loop, also when continuing an earlier checksum.
    void longInputsMatchPortable_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("length");
        QTest::newRow("one-block") << 0 << 3 * 8192;
        QTest::newRow("one-block-minus-1") << 0 << 3 * 8192 - 1;
        QTest::newRow("one-block-plus-13-odd-start") << 5 << 3 * 8192 + 13;
        QTest::newRow("five-blocks-plus-7") << 3 << 5 * 3 * 8192 + 7;
        QTest::newRow("one-mebibyte-odd-start") << 1 << (1 << 20);
    }

    void longInputsMatchPortable()
    {
        QFETCH(int, offset);
        QFETCH(int, length);
        const auto data = randomBytes(static_cast<std::size_t>(offset + length), 13);
        const std::span<const std::byte> piece(data.data() + offset,
                                               static_cast<std::size_t>(length));
        QCOMPARE(crc32c(piece), crc32cPortable(piece));
        QCOMPARE(crc32c(piece, 0x12345678u), crc32cPortable(piece, 0x12345678u));
    }

    // crc32cCombine(crc(a), crc(b), |b|) == crc(a + b): checked against the checksum of the
    // whole computed in one go, for pieces of many sizes (including empty ones).
    void combineMatchesWhole_data()
    {
        QTest::addColumn<int>("lengthA");
        QTest::addColumn<int>("lengthB");
        QTest::newRow("empty-b") << 100 << 0;
        QTest::newRow("empty-a") << 0 << 100;
        QTest::newRow("one-byte-each") << 1 << 1;
        QTest::newRow("odd-sizes") << 777 << 12345;
        QTest::newRow("chunk-sized-b") << 4096 << 16 * 65536 + 3;
    }

    void combineMatchesWhole()
    {
        QFETCH(int, lengthA);
        QFETCH(int, lengthB);
        const auto data = randomBytes(static_cast<std::size_t>(lengthA + lengthB), 17);
        const std::span<const std::byte> all(data);
        const auto a = all.first(static_cast<std::size_t>(lengthA));
        const auto b = all.subspan(static_cast<std::size_t>(lengthA));
        QCOMPARE(crc32cCombine(crc32cPortable(a), crc32cPortable(b), b.size()),
                 crc32cPortable(all));
    }

    // The combination rule on a published value: "123456789" split as "1234" + "56789"
    // must give the standard check value 0xE3069283.
    void combineGivesCheckValue()
    {
        const auto a = bytesOf(QByteArray("1234"));
        const auto b = bytesOf(QByteArray("56789"));
        QCOMPARE(crc32cCombine(crc32cPortable(a), crc32cPortable(b), b.size()), 0xE3069283u);
    }
};

QTEST_APPLESS_MAIN(TestCrc32c)
#include "tst_crc32c.moc"
