#include "core/serve/openapidocument.h"

namespace ewb::core {

namespace {

    // Written by hand so it documents the contract rather than echoing the code; the unit test
    // parses it and checks that every route of ModelService is in it.
    constexpr const char *document = R"json({
"openapi": "3.0.3",
"info": {
  "title": "Embedding Workbench model service",
  "version": "1",
  "description": "Nearest neighbours, analogies, similarity, odd one out and vectors of word embedding models. Bound to 127.0.0.1 unless started otherwise; the Host header must name the bound address. A word is looked up as given, then case-folded, then in NFKC_Casefold form (as training normalises tokens), and answers name the vocabulary form used; unknown words give 404 with suggestions."
},
"servers": [{"url": "/"}],
"security": [{}, {"bearerAuth": []}],
"paths": {
  "/v1/health": {"get": {"operationId": "health", "summary": "Liveness and number of models",
    "responses": {"200": {"description": "Serving", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
      "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models": {"get": {"operationId": "listModels", "summary": "The models served",
    "responses": {"200": {"description": "All models", "content": {"application/json": {"schema": {"type": "object", "required": ["models"], "properties": {"models": {"type": "array", "items": {"$ref": "#/components/schemas/Model"}}}}}}},
      "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}": {"get": {"operationId": "getModel", "summary": "One model",
    "parameters": [{"$ref": "#/components/parameters/ModelId"}],
    "responses": {"200": {"description": "The model", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Model"}}}},
      "404": {"$ref": "#/components/responses/Error"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}/neighbors": {"get": {"operationId": "neighbors", "summary": "The k words closest in cosine to a word",
    "parameters": [{"$ref": "#/components/parameters/ModelId"}, {"$ref": "#/components/parameters/Word"}, {"$ref": "#/components/parameters/K"}],
    "responses": {"200": {"description": "Neighbours, best first", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Neighbors"}}}},
      "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/WordNotFound"}, "422": {"$ref": "#/components/responses/Error"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}/analogy": {"post": {"operationId": "analogy", "summary": "a : b :: c : ?",
    "parameters": [{"$ref": "#/components/parameters/ModelId"}],
    "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AnalogyRequest"}}}},
    "responses": {"200": {"description": "Answers, best first; a, b and c are never answers", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Analogy"}}}},
      "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/WordNotFound"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}/similarity": {"get": {"operationId": "similarity", "summary": "Cosine similarity of two words",
    "parameters": [{"$ref": "#/components/parameters/ModelId"},
      {"name": "a", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 1000}},
      {"name": "b", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 1000}}],
    "responses": {"200": {"description": "Cosine in [-1, 1]", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Similarity"}}}},
      "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/WordNotFound"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}/doesnt-match": {"post": {"operationId": "doesntMatch", "summary": "The word that fits least",
    "parameters": [{"$ref": "#/components/parameters/ModelId"}],
    "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["words"], "additionalProperties": false,
      "properties": {"words": {"type": "array", "minItems": 2, "maxItems": 1000, "items": {"type": "string", "maxLength": 1000}}}}}}},
    "responses": {"200": {"description": "The odd one out and each word's cosine to the mean", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DoesntMatch"}}}},
      "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/WordNotFound"}, "413": {"$ref": "#/components/responses/Error"}, "415": {"$ref": "#/components/responses/Error"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/v1/models/{id}/vector": {"get": {"operationId": "vector", "summary": "The raw vector of a word",
    "parameters": [{"$ref": "#/components/parameters/ModelId"}, {"$ref": "#/components/parameters/Word"}],
    "responses": {"200": {"description": "The vector", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Vector"}}}},
      "400": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/WordNotFound"}, "default": {"$ref": "#/components/responses/Error"}}}},
  "/openapi.json": {"get": {"operationId": "openapi", "summary": "This document",
    "responses": {"200": {"description": "OpenAPI 3.0 document", "content": {"application/json": {"schema": {"type": "object"}}}}}}}
},
"components": {
  "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "description": "Required on every request when the server was started with a token"}},
  "parameters": {
    "ModelId": {"name": "id", "in": "path", "required": true, "description": "Model id or name, as listed by /v1/models", "schema": {"type": "string"}},
    "Word": {"name": "word", "in": "query", "required": true, "description": "UTF-8, percent-encoded", "schema": {"type": "string", "minLength": 1, "maxLength": 1000}},
    "K": {"name": "k", "in": "query", "required": false, "description": "Number of answers; plain decimal digits", "schema": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}}
  },
  "schemas": {
    "Health": {"type": "object", "required": ["status", "models"], "properties": {"status": {"type": "string", "enum": ["ok"]}, "models": {"type": "integer"}}},
    "Model": {"type": "object", "required": ["id", "name", "source", "vocab_size", "dim"], "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "source": {"type": "string", "enum": ["file", "trained", "imported"]}, "vocab_size": {"type": "integer"}, "dim": {"type": "integer"}, "created_ms": {"type": "integer", "description": "Unix time of the save in milliseconds"}}},
    "Scored": {"type": "object", "required": ["word", "score"], "properties": {"word": {"type": "string"}, "score": {"type": "number"}}},
    "Neighbors": {"type": "object", "required": ["model", "word", "k", "neighbors"], "properties": {"model": {"type": "string"}, "word": {"type": "string"}, "k": {"type": "integer"}, "neighbors": {"type": "array", "items": {"$ref": "#/components/schemas/Scored"}}}},
    "AnalogyRequest": {"type": "object", "required": ["a", "b", "c"], "additionalProperties": false, "properties": {"a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "string"}, "k": {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}, "method": {"type": "string", "enum": ["3cosadd", "3cosmul"], "default": "3cosadd"}}},
    "Analogy": {"type": "object", "required": ["model", "a", "b", "c", "method", "k", "answers"], "properties": {"model": {"type": "string"}, "a": {"type": "string"}, "b": {"type": "string"}, "c": {"type": "string"}, "method": {"type": "string"}, "k": {"type": "integer"}, "answers": {"type": "array", "items": {"$ref": "#/components/schemas/Scored"}}}},
    "Similarity": {"type": "object", "required": ["model", "a", "b", "similarity"], "properties": {"model": {"type": "string"}, "a": {"type": "string"}, "b": {"type": "string"}, "similarity": {"type": "number", "minimum": -1, "maximum": 1}}},
    "DoesntMatch": {"type": "object", "required": ["model", "word", "scores"], "properties": {"model": {"type": "string"}, "word": {"type": "string"}, "scores": {"type": "array", "items": {"$ref": "#/components/schemas/Scored"}}}},
    "Vector": {"type": "object", "required": ["model", "word", "dim", "vector"], "properties": {"model": {"type": "string"}, "word": {"type": "string"}, "dim": {"type": "integer"}, "vector": {"type": "array", "items": {"type": "number"}}}},
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
      "code": {"type": "string", "description": "Stable: invalid-argument, invalid-path, invalid-query, invalid-json, missing-host, unauthorized, forbidden-origin, route-not-found, model-not-found, word-not-found, method-not-allowed, payload-too-large, unsupported-media-type, misdirected-request, zero-vector, internal"},
      "message": {"type": "string"}, "word": {"type": "string"}, "suggestions": {"type": "array", "items": {"type": "string"}}}}}}
  },
  "responses": {
    "Error": {"description": "400 malformed request, 401 missing or wrong token, 403 foreign origin, 404 unknown route or model, 405 wrong method, 413 body too large, 415 not JSON, 421 foreign Host, 422 all-zero vector, 500 internal", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    "WordNotFound": {"description": "A word is not in the vocabulary; suggestions lists close words", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
  }
}
})json";

} // namespace

const std::string &OpenApiDocument::text()
{
    static const std::string compact = [] {
        // Strip the layout white space outside strings so the answer is compact.
        std::string out;
        bool inString = false;
        bool escaped = false;
        for (const char *p = document; *p; ++p) {
            const char c = *p;
            if (inString) {
                out += c;
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
                out += c;
            } else if (c != ' ' && c != '\n') {
                out += c;
            }
        }
        return out;
    }();
    return compact;
}

} // namespace ewb::core
