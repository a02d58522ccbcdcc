#pragma once

// Test helpers for the REST handlers: requests as a client would send them, the zh fixture model
// and JSON answers read back with the project's own strict parser.

#include "core/model/embeddingmodel.h"
#include "core/serve/jsonparser.h"
#include "core/serve/servicerequest.h"
#include "core/serve/serviceresponse.h"

#include <memory>
#include <string>

namespace ewb::test {

/// The Host header value the tests' services accept.
inline const std::string testHost = "127.0.0.1:8080";

inline core::ServiceRequest getRequest(const std::string &target)
{
    auto request = core::ServiceRequest::fromTarget("GET", target);
    request.headers = { { "Host", testHost } };
    return request;
}

inline core::ServiceRequest postRequest(const std::string &target, const std::string &body,
                                        const std::string &contentType = "application/json")
{
    auto request = core::ServiceRequest::fromTarget("POST", target, body);
    request.headers = { { "Host", testHost } };
    if (!contentType.empty())
        request.headers.emplace_back("Content-Type", contentType);
    return request;
}

/// The body of a response as JSON (a null value when it is not JSON: the test then fails on it).
inline core::JsonValue jsonOf(const core::ServiceResponse &response)
{
    auto value = core::JsonParser::parse(response.body);
    return value.ok() ? *value : core::JsonValue();
}

/// The same 7 x 3 model as tests/data/serve-zh-tiny.txt: unit vectors whose cosines are easy
/// by hand, plus one all-zero row (零).
inline std::shared_ptr<const core::EmbeddingModel> chineseModel()
{
    core::Matrix m(7, 3);
    m << 1, 0, 0, // 北京
        0.8f, 0.6f, 0, // 上海
        0.6f, 0.8f, 0, // 东京
        0, 0.6f, 0.8f, // 苹果
        0, 0, 1, // 香蕉
        0.28f, 0, 0.96f, // 西瓜
        0, 0, 0; // 零
    auto model = core::EmbeddingModel::create(
        { "北京", "上海", "东京", "苹果", "香蕉", "西瓜", "零" }, {}, std::move(m));
    return model ? *model : nullptr;
}

} // namespace ewb::test
