#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ewb::core {

/// One JSON value (RFC 8259): null, true/false, a number, a UTF-8 string, an array or an object.
/// Objects keep their members in insertion order (so answers read in a stable order) and hold
/// each key once when they come from JsonParser. Numbers are doubles: integers up to 2^53 are
/// exact. A value built from a float remembers it and is written with the shortest digits that
/// round-trip the float ("0.8" rather than "0.800000011920929"). Plain value type; a const
/// JsonValue is safe to read from any number of threads.
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Array = std::vector<JsonValue>;
    using Member = std::pair<std::string, JsonValue>;
    using Object = std::vector<Member>;

    JsonValue() = default;
    JsonValue(std::nullptr_t) { }
    JsonValue(bool value) : m_data(value) { }
    JsonValue(double value) : m_data(value) { }
    JsonValue(float value) : m_data(static_cast<double>(value)), m_singlePrecision(true) { }
    JsonValue(int value) : m_data(static_cast<double>(value)) { }
    JsonValue(std::int64_t value) : m_data(static_cast<double>(value)) { }
    JsonValue(std::uint64_t value) : m_data(static_cast<double>(value)) { }
    JsonValue(std::string value) : m_data(std::move(value)) { }
    JsonValue(std::string_view value) : m_data(std::string(value)) { }
    JsonValue(const char *value) : m_data(std::string(value)) { }
    JsonValue(Array value) : m_data(std::move(value)) { }
    JsonValue(Object value) : m_data(std::move(value)) { }

    Type type() const { return static_cast<Type>(m_data.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    /// The value of the matching type; calling the wrong one is a programmer error (asserts).
    bool toBool() const;
    double toNumber() const;
    const std::string &toString() const;
    const Array &toArray() const;
    const Object &toObject() const;

    /// True when the number came from a float and should be written with float precision.
    bool isSinglePrecision() const { return m_singlePrecision; }

    /// The member `key` of an object, or nullptr when absent or when this is not an object.
    /// Linear in the number of members (objects of requests are small).
    const JsonValue *find(std::string_view key) const;

    /// Appends a member to an object (this must be an object); keeps insertion order.
    void insert(std::string key, JsonValue value);

    /// The JSON name of a type ("string", "number", ...), for error messages.
    static std::string_view typeName(Type type);

private:
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> m_data { nullptr };
    bool m_singlePrecision = false;
};

} // namespace ewb::core
