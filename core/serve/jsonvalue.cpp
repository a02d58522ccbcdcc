#include "core/serve/jsonvalue.h"

#include <cassert>

namespace ewb::core {

bool JsonValue::toBool() const
{
    assert(isBool());
    return std::get<bool>(m_data);
}

double JsonValue::toNumber() const
{
    assert(isNumber());
    return std::get<double>(m_data);
}

const std::string &JsonValue::toString() const
{
    assert(isString());
    return std::get<std::string>(m_data);
}

const JsonValue::Array &JsonValue::toArray() const
{
    assert(isArray());
    return std::get<Array>(m_data);
}

const JsonValue::Object &JsonValue::toObject() const
{
    assert(isObject());
    return std::get<Object>(m_data);
}

const JsonValue *JsonValue::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (const auto &[name, value] : std::get<Object>(m_data)) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

void JsonValue::insert(std::string key, JsonValue value)
{
    assert(isObject());
    std::get<Object>(m_data).emplace_back(std::move(key), std::move(value));
}

std::string_view JsonValue::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Bool:
        return "boolean";
    case Type::Number:
        return "number";
    case Type::String:
        return "string";
    case Type::Array:
        return "array";
    case Type::Object:
        return "object";
    }
    return "null";
}

} // namespace ewb::core
