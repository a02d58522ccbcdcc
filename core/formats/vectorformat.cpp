#include "core/formats/vectorformat.h"

#include <string>

namespace ewb::core {

std::string_view vectorFormatName(VectorFormat format)
{
    switch (format) {
    case VectorFormat::Auto:
        return "auto";
    case VectorFormat::Word2VecText:
        return "word2vec-text";
    case VectorFormat::Word2VecBinary:
        return "word2vec-binary";
    case VectorFormat::GloveText:
        return "glove-text";
    }
    return "auto";
}

Result<VectorFormat> vectorFormatFromName(std::string_view name)
{
    if (name == "auto")
        return VectorFormat::Auto;
    if (name == "word2vec-text" || name == "text")
        return VectorFormat::Word2VecText;
    if (name == "word2vec-binary" || name == "binary")
        return VectorFormat::Word2VecBinary;
    if (name == "glove-text" || name == "glove")
        return VectorFormat::GloveText;
    return fail(ErrorCode::InvalidArgument,
                "unknown vector format '" + std::string(name)
                    + "' (expected auto, word2vec-text, word2vec-binary or glove-text)");
}

VectorFormat vectorFormatForPath(const std::filesystem::path &path)
{
    return path.extension() == ".bin" ? VectorFormat::Word2VecBinary : VectorFormat::Word2VecText;
}

} // namespace ewb::core
