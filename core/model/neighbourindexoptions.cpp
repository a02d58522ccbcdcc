#include "core/model/neighbourindexoptions.h"

#include <string>

namespace ewb::core {

namespace {

    Result<void> checkRange(const char *name, std::size_t value, std::size_t low, std::size_t high)
    {
        if (value >= low && value <= high)
            return {};
        return fail(ErrorCode::InvalidArgument,
                    std::string(name) + " must lie in " + std::to_string(low) + ".."
                        + std::to_string(high) + ", got " + std::to_string(value));
    }

} // namespace

Result<void> NeighbourIndexOptions::validate() const
{
    if (auto checked = checkRange("m", m, 2, 100); !checked)
        return checked;
    if (auto checked = checkRange("efConstruction", efConstruction, m, 10'000); !checked)
        return checked;
    if (auto checked = checkRange("efSearch", efSearch, 1, 100'000); !checked)
        return checked;
    return checkRange("threads", threads, 0, 1'024);
}

} // namespace ewb::core
